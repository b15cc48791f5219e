// The report for the council: what the assistant did in a period and the staff time it saved,
// summed from the day counters (analytics/events.ts). Pure arithmetic over the counters, so the
// API, the console page, the CSV, the PDF and `npm run report` show the same figures.
import { z } from 'zod';
import { addDays } from '../../dialogs/dates';
import { de } from '../../knowledge/texts/de';
import type { Config } from '../config';
import { FEEDBACK_REASONS, WAIT_BUCKETS, type Analytics, type FeedbackReason } from './events';

const isoDate = z.string(de.report.badPeriod).regex(/^\d{4}-\d{2}-\d{2}$/, de.report.badPeriod);

/** A period of whole days (Europe/Berlin), at most about three years long; each mistake named for the editor. */
export const periodSchema = z
  .object({ from: isoDate, to: isoDate })
  .refine((p) => p.from <= p.to, { message: de.staff.datesReversed, path: ['to'] })
  .refine((p) => Date.parse(p.to) - Date.parse(p.from) <= 1100 * 86_400_000, { message: de.report.periodTooLong, path: ['to'] });
export type Period = z.infer<typeof periodSchema>;

/** The settings of the time-saved estimate, shown next to the figure. */
export interface SavingsSettings {
  minutesPerAnswer: number;
  minutesPerRequest: number;
  hourlyRate: number;
}

export interface Report {
  period: Period;
  conversations: number;
  messages: number;
  /** Questions the router decided on (answers, clarifications, no answer, referrals). */
  questions: number;
  answered: number;
  clarified: number;
  unanswered: number;
  referred: number;
  /** Conversations that never needed staff, of all conversations (0–1; null without conversations). */
  withoutStaffShare: number | null;
  clarificationRate: number | null;
  noAnswerRate: number | null;
  handoffs: { queued: number; taken: number; returned: number; callBacks: number; medianWaitMinutes: number | null };
  requests: Array<{ flow: string; created: number; delivered: number; cancelled: number; moved: number }>;
  requestsTotal: number;
  /** Appointments booked (a move's new one not counted again), moved and cancelled. */
  appointments: { booked: number; moved: number; cancelled: number };
  /** `label`: the channel as the administration calls it ("Website (Web Chat)"). */
  channels: Array<{ channel: string; label: string; conversations: number; messages: number; requests: number }>;
  topics: Array<{ topic: string; answers: number; helpful: number; notHelpful: number }>;
  feedback: { helpful: number; notHelpful: number; reasons: Record<FeedbackReason, number> };
  /** Messages by weekday (0 = Monday) and hour. */
  peakHours: number[][];
  days: Array<{ date: string; conversations: number; messages: number }>;
  saved: SavingsSettings & { answers: number; requests: number; minutes: number; hours: number; euros: number };
}

export const savingsOf = (config: Config): SavingsSettings => ({
  minutesPerAnswer: config.REPORT_MINUTES_PER_ANSWER,
  minutesPerRequest: config.REPORT_MINUTES_PER_REQUEST,
  hourlyRate: config.REPORT_HOURLY_RATE_EUR,
});

const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** Sums every day of the period; the counters of one day are read in one call each. */
export async function buildReport(analytics: Analytics, period: Period, savings: SavingsSettings): Promise<Report> {
  const dates: string[] = [];
  for (let date = period.from; date <= period.to; date = addDays(date, 1)) dates.push(date);
  const perDay = await Promise.all(dates.map(async (date) => ({ date, counts: await analytics.day(date) })));
  const sum: Record<string, number> = {};
  const peakHours = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
  for (const { date, counts } of perDay) {
    const weekday = (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7;
    for (const [field, n] of Object.entries(counts)) {
      sum[field] = (sum[field] ?? 0) + n;
      const hour = /^hour:(\d{2})$/.exec(field)?.[1];
      if (hour) peakHours[weekday]![Number(hour)]! += n;
    }
  }
  const n = (field: string): number => sum[field] ?? 0;
  const suffixes = (prefix: string): string[] => Object.keys(sum).flatMap((f) => (f.startsWith(prefix) ? [f.slice(prefix.length)] : []));

  const answered = n('decision:answer');
  const questions = answered + n('decision:clarify') + n('decision:none') + n('decision:referral');
  const flows = [...new Set(suffixes('case:').flatMap((rest) => (rest.includes(':') ? [rest.split(':')[0]!] : [])))].sort();
  const requests = flows.map((flow) => ({
    flow,
    created: n(`case:${flow}:created`),
    delivered: n(`case:${flow}:delivered`),
    cancelled: n(`case:${flow}:cancelled`),
    moved: n(`case:${flow}:moved`),
  }));
  const channels = [...new Set([...suffixes('messages:'), ...suffixes('case-channel:')])].sort().map((channel) => ({
    channel,
    label: de.report.channels[channel] ?? channel,
    conversations: n(`conversations:${channel}`),
    messages: n(`messages:${channel}`),
    requests: n(`case-channel:${channel}`),
  }));
  const topics = suffixes('topic:')
    .map((topic) => ({ topic, answers: n(`topic:${topic}`), helpful: n(`feedback:${topic}:up`), notHelpful: n(`feedback:${topic}:down`) }))
    .sort((a, b) => b.answers - a.answers || a.topic.localeCompare(b.topic));

  const waits = Array.from({ length: WAIT_BUCKETS }, (_, minute) => n(`wait:${minute}`));
  const taken = waits.reduce((a, b) => a + b, 0);
  let seen = 0;
  const median = taken ? waits.findIndex((count) => (seen += count) >= taken / 2) : -1;

  const savedAnswers = Math.max(0, answered - n('feedback:down'));
  // An appointment cancelled again, and the old one of a move, was no request the office had to handle.
  const requestsTotal = Math.max(0, n('case:created') - n('case:cancelled') - n('case:moved'));
  const minutes = savedAnswers * savings.minutesPerAnswer + requestsTotal * savings.minutesPerRequest;
  const conversations = n('conversations');
  return {
    period,
    conversations,
    messages: n('messages'),
    questions,
    answered,
    clarified: n('decision:clarify'),
    unanswered: n('decision:none'),
    referred: n('decision:referral'),
    withoutStaffShare: share(conversations - n('conversations:with-staff'), conversations),
    clarificationRate: share(n('decision:clarify'), questions),
    noAnswerRate: share(n('decision:none'), questions),
    handoffs: {
      queued: n('handoff:queued'),
      taken: n('handoff:taken'),
      returned: n('handoff:returned'),
      callBacks: n('handoff:call-back'),
      medianWaitMinutes: median < 0 ? null : median,
    },
    requests,
    requestsTotal,
    appointments: {
      booked: Math.max(0, n('case:termin-buchen:created') - n('case:termin-buchen:moved')),
      moved: n('case:termin-buchen:moved'),
      cancelled: n('case:termin-buchen:cancelled'),
    },
    channels,
    topics,
    feedback: {
      helpful: n('feedback:up'),
      notHelpful: n('feedback:down'),
      reasons: Object.fromEntries(FEEDBACK_REASONS.map((r) => [r, n(`reason:${r}`)])) as Record<FeedbackReason, number>,
    },
    peakHours,
    days: perDay.map(({ date, counts }) => ({ date, conversations: counts.conversations ?? 0, messages: counts.messages ?? 0 })),
    saved: {
      ...savings,
      answers: savedAnswers,
      requests: requestsTotal,
      minutes,
      hours: round(minutes / 60),
      euros: Math.round((minutes / 60) * savings.hourlyRate),
    },
  };
}
