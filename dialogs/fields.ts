// Field builders shared by the flows: a choice whose buttons and check come from one list, free
// text, contact details, a place in the town, past dates and future dates and times. Each takes
// what it depends on (the town, the clock) from the FlowContext.
import { z } from 'zod';
import type { Municipality } from '../knowledge/schema';
import { berlinWallClock } from '../knowledge/hours';
import { berlinInstant, parseGermanDateTime, showInstant } from './dates';
import { isCommand } from '../knowledge/texts/commands';
import { de } from '../knowledge/texts/de';
import { choice, type FlowField } from './engine';

/** What a flow definition may depend on. */
export interface FlowContext {
  municipality: Municipality;
  /** The current time; tests pass a fixed one. */
  clock: () => Date;
}

/** A field's buttons and the check of the answer, from one list. */
export const choices = (list: readonly string[]): Pick<FlowField, 'choices' | 'schema'> => ({ choices: [...list], schema: choice(list) });
export const YES_NO = ['Ja', 'Nein'] as const;

const phone = /^\+?[0-9][0-9 /()-]{5,20}$/;
const email = z.email({ message: de.fields.email });

/** An optional answer: "überspringen" (or "nein", "keine") gives null. */
export const skippable = <T>(inner: z.ZodType<T, string>): z.ZodType<T | null, string> =>
  z.string().transform((value, ctx) => {
    if (isCommand(value, 'skip')) return null;
    const parsed = inner.safeParse(value);
    if (parsed.success) return parsed.data;
    ctx.addIssue({ code: 'custom', message: parsed.error.issues[0]?.message ?? de.flows.notUnderstood });
    return z.NEVER;
  });

/** A telephone number or an e-mail address, as the chosen way of contact asks. */
export const contactFor = (way: unknown): z.ZodType<string, string> =>
  way === 'Telefon' ? z.string().trim().regex(phone, { message: de.fields.phone }) : email;

/** A telephone number or an e-mail address. */
export const anyContact: z.ZodType<string, string> = z
  .string()
  .trim()
  .refine((v) => phone.test(v) || email.safeParse(v).success, { message: de.fields.phoneOrEmail });

/** An optional answer as shown in the summary ("—" when skipped, the file name of a photo). */
export const showOptional = (value: unknown): string =>
  value === null
    ? '—'
    : typeof value === 'object' && value && 'name' in value
      ? de.flows.photo(String((value as { name: unknown }).name))
      : String(value);

/** "01.03.2026", or "03/2024" for an approximate date. */
export const showDate = (value: unknown): string => {
  const [y, m, d] = String(value).split('-');
  return d ? `${d}.${m}.${y}` : `${m}/${y}`;
};
export const showDateTime = (value: unknown): string => showInstant(new Date(String(value)));

/** A place in the town: it must name one of the Ortsteile. */
export const placeInTown = ({ municipality }: FlowContext): z.ZodType<string, string> =>
  z
    .string()
    .trim()
    .refine((v) => v.length >= 5 && municipality.ortsteile.some((o) => v.toLowerCase().includes(o.toLowerCase())), {
      message: de.fields.placeInTown(municipality.ortsteile),
    });

/** A past day ("YYYY-MM-DD", or "YYYY-MM" when only month and year are known). */
export const pastDate =
  ({ clock }: FlowContext) =>
  (example: string): z.ZodType<string, string> =>
    z.string().transform((value, ctx) => {
      const parsed = parseGermanDateTime(value, clock(), 'past');
      const today = berlinWallClock(clock()).date;
      if (parsed?.date && parsed.date <= today) return parsed.approximate ? parsed.date.slice(0, 7) : parsed.date;
      ctx.addIssue({
        code: 'custom',
        message: parsed?.date ? de.fields.dateInFuture : de.fields.date(example),
      });
      return z.NEVER;
    });

/** A future date and time (an ISO instant); with `after`, a time alone means that day. */
export const futureDateTime =
  ({ clock }: FlowContext) =>
  (after?: string): z.ZodType<string, string> =>
    z.string().transform((value, ctx) => {
      const parsed = parseGermanDateTime(value, clock());
      const date = parsed?.date ?? (after && !parsed?.approximate ? berlinWallClock(new Date(after)).date : undefined);
      if (!date || !parsed?.time || parsed.approximate) {
        ctx.addIssue({ code: 'custom', message: de.fields.dateAndTime });
        return z.NEVER;
      }
      const at = berlinInstant(date, parsed.time);
      if (at <= clock()) ctx.addIssue({ code: 'custom', message: de.fields.inThePast });
      else if (after && at <= new Date(after)) ctx.addIssue({ code: 'custom', message: de.fields.endAfterStart(showDateTime(after)) });
      else return at.toISOString();
      return z.NEVER;
    });
