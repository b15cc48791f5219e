// What the assistant did, counted without personal data: no message text, no user or conversation
// id — only kinds, topics, channels and times. Counters are kept per day (Europe/Berlin) in the
// store, so totals outlive the conversations, add up across instances (atomic increments) and can
// be reported for any period. A turn's events are counted after its state is saved, so a turn
// that runs again after a conflict is not counted twice.
import { berlinWallClock } from '../../knowledge/hours';
import type { Store } from '../storage';

export const FEEDBACK_REASONS = ['falsch', 'veraltet', 'unverstaendlich', 'nicht-meine-frage'] as const;
export type FeedbackReason = (typeof FEEDBACK_REASONS)[number];

/** What happened; built by the assistant itself (no outside input), so a type rather than a schema. */
export type AnalyticsEvent =
  /** A citizen's message; `first` for the first message of a conversation. */
  | { kind: 'message'; channel: string; first: boolean }
  /** What the router decided for a question (topic: the answered or started topic). */
  | { kind: 'decision'; decision: 'answer' | 'clarify' | 'none' | 'referral' | 'flow' | 'system'; topic?: string }
  /** The asked point of an answer (fees, documents …). */
  | { kind: 'facet'; facet: string }
  | { kind: 'feedback'; topic: string; helpful: boolean }
  | { kind: 'feedback-reason'; topic: string; reason: FeedbackReason }
  /** A request: created (submitted), delivered to the office, cancelled (an appointment), or moved (the old appointment of a move). */
  | { kind: 'case'; flow: string; event: 'created' | 'delivered' | 'cancelled' | 'moved'; channel?: string }
  /** Staff: queued for a person, taken (with the wait), returned to the assistant, or a call-back instead. */
  | { kind: 'handoff'; event: 'queued' | 'taken' | 'returned' | 'call-back'; waitSeconds?: number }
  /** A conversation reached staff for the first time (for the share answered without staff). */
  | { kind: 'staff-conversation' };

/** The counter key of a day. */
const dayKey = (date: string): string => `stats/${date}`;

/** Waits are counted in minute buckets up to an hour (the median is read from them). */
export const WAIT_BUCKETS = 61;

/** The counters an event adds one to (a list, not an object per event: this runs on every turn). */
function countersOf(event: AnalyticsEvent, hour: string): string[] {
  switch (event.kind) {
    case 'message': {
      const counters = ['messages', `messages:${event.channel}`, `hour:${hour}`];
      if (event.first) counters.push('conversations', `conversations:${event.channel}`);
      return counters;
    }
    case 'decision':
      return event.topic ? [`decision:${event.decision}`, `topic:${event.topic}`] : [`decision:${event.decision}`];
    case 'facet':
      return [`facet:${event.facet}`];
    case 'feedback': {
      const rating = event.helpful ? 'up' : 'down';
      return [`feedback:${rating}`, `feedback:${event.topic}:${rating}`];
    }
    case 'feedback-reason':
      return [`reason:${event.reason}`, `reason:${event.topic}:${event.reason}`];
    case 'case': {
      const counters = [`case:${event.event}`, `case:${event.flow}:${event.event}`];
      if (event.channel) counters.push(`case-channel:${event.channel}`);
      return counters;
    }
    case 'handoff': {
      const counters = [`handoff:${event.event}`];
      if (event.waitSeconds !== undefined) counters.push(`wait:${Math.min(WAIT_BUCKETS - 1, Math.floor(event.waitSeconds / 60))}`);
      return counters;
    }
    case 'staff-conversation':
      return ['conversations:with-staff'];
  }
}

export class Analytics {
  constructor(
    private readonly store: Store,
    private readonly retentionSeconds: number,
  ) {}

  /** Counts the events at `at`, in one atomic increment of that day's counters. */
  async record(events: readonly AnalyticsEvent[], at = new Date()): Promise<void> {
    for (const { key, counts, ttlSeconds } of this.increments(events, at)) await this.store.increment(key, counts, ttlSeconds);
  }

  /** The increments that count the events at `at`, for a write that counts them with other data (Store.write's `also`). */
  increments(
    events: readonly AnalyticsEvent[],
    at = new Date(),
  ): Array<{ key: string; counts: Record<string, number>; ttlSeconds: number }> {
    if (!events.length) return [];
    const { date, time } = berlinWallClock(at);
    const counts: Record<string, number> = {};
    const hour = time.slice(0, 2);
    for (const event of events) {
      for (const field of countersOf(event, hour)) counts[field] = (counts[field] ?? 0) + 1;
    }
    return [{ key: dayKey(date), counts, ttlSeconds: this.retentionSeconds }];
  }

  /** The counters of one day. */
  day(date: string): Promise<Record<string, number>> {
    return this.store.counters(dayKey(date));
  }
}
