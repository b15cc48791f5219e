// Field builders shared by the flows: a choice whose buttons and check come from one list, free
// text, contact details, a place in the town, past dates and future dates and times. Each takes
// what it depends on (the town, the clock) from the FlowContext.
import { z } from 'zod';
import type { Municipality } from '../knowledge/schema';
import { berlinWallClock } from '../knowledge/hours';
import { berlinInstant, parseGermanDateTime, showInstant } from './dates';
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
const email = z.email({ message: 'Bitte geben Sie eine gültige E-Mail-Adresse an, zum Beispiel name@beispiel.de.' });
const SKIP = ['überspringen', 'ueberspringen', 'nein', 'keine', 'kein'];
export const SKIP_BUTTON = 'überspringen';

/** An optional answer: "überspringen" (or "nein", "keine") gives null. */
export const skippable = <T>(inner: z.ZodType<T, string>): z.ZodType<T | null, string> =>
  z.string().transform((value, ctx) => {
    if (SKIP.includes(value.trim().toLowerCase())) return null;
    const parsed = inner.safeParse(value);
    if (parsed.success) return parsed.data;
    ctx.addIssue({ code: 'custom', message: parsed.error.issues[0]?.message ?? 'Das habe ich nicht verstanden.' });
    return z.NEVER;
  });

/** A telephone number or an e-mail address, as the chosen way of contact asks. */
export const contactFor = (way: unknown): z.ZodType<string, string> =>
  way === 'Telefon' ? z.string().trim().regex(phone, { message: 'Bitte geben Sie eine gültige Telefonnummer an, zum Beispiel 06029 1234.' }) : email;

/** A telephone number or an e-mail address. */
export const anyContact: z.ZodType<string, string> = z
  .string()
  .trim()
  .refine((v) => phone.test(v) || email.safeParse(v).success, { message: 'Bitte geben Sie eine Telefonnummer oder E-Mail-Adresse an.' });

/** An optional answer as shown in the summary ("—" when skipped, the file name of a photo). */
export const showOptional = (value: unknown): string =>
  value === null ? '—' : typeof value === 'object' && value && 'name' in value ? `Foto (${String((value as { name: unknown }).name)})` : String(value);

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
      message: `Bitte nennen Sie den Ortsteil (${municipality.ortsteile.join(', ')}) und die Straße oder eine Beschreibung.`,
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
        message: parsed?.date ? 'Das Datum liegt in der Zukunft. Bitte prüfen Sie es.' : `Bitte nennen Sie ein Datum, z. B. ${example}.`,
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
        ctx.addIssue({ code: 'custom', message: 'Bitte nennen Sie Datum und Uhrzeit, z. B. „12.7. 14 Uhr“ oder „nächsten Samstag halb drei“.' });
        return z.NEVER;
      }
      const at = berlinInstant(date, parsed.time);
      if (at <= clock()) ctx.addIssue({ code: 'custom', message: 'Dieser Zeitpunkt liegt in der Vergangenheit. Bitte nennen Sie einen späteren.' });
      else if (after && at <= new Date(after)) ctx.addIssue({ code: 'custom', message: `Das Ende muss nach dem Beginn liegen (${showDateTime(after)}).` });
      else return at.toISOString();
      return z.NEVER;
    });
