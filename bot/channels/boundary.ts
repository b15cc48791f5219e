// What every channel checks before an incoming body goes further: how deeply its JSON nests (a
// value nested thousands of levels overflows the stack of recursive code downstream, e.g. the SDK's
// own validation), the citizen's text normalized once, and the reasons of a refusal, told to the
// client and logged without the body.
import { z } from 'zod';
import type { Logger } from '../logger';

/** Far above what Bot Framework, Web Chat or Telegram send (an Adaptive Card's value: a few levels). */
const MAX_NESTING = 32;

/** Whether objects and arrays in `value` nest at most `limit` levels (iterative, so it cannot overflow itself). */
function nestedWithin(value: unknown, limit: number): boolean {
  const pending: Array<[unknown, number]> = [[value, 1]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, depth] = next;
    if (typeof item !== 'object' || item === null) continue;
    if (depth > limit) return false;
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return true;
}

/** `schema`, checked only after the nesting depth (which stops the parse when exceeded). */
export const boundedJson = <T extends z.ZodType>(schema: T) =>
  z
    .unknown()
    .refine((value) => nestedWithin(value, MAX_NESTING), { message: `nested too deeply (more than ${MAX_NESTING} levels)`, abort: true })
    .pipe(schema);

/**
 * Invisible characters: format characters (zero-width space, joiners, BOM, soft hyphen, the
 * bidirectional marks, embeddings, overrides and isolates) and control characters other than tab
 * and line breaks. They make a blank answer look filled in, or text shown to staff read otherwise
 * than it was written (a right-to-left override mirrors what follows).
 */
const INVISIBLE = /[\p{Cf}]|[^\P{Cc}\t\n\r]/gu;

/**
 * A citizen's text as the assistant keeps and shows it: compatibility forms folded (NFKC: full-width
 * letters, ligatures), invisible characters removed. Applied once, where a channel reads the text,
 * before its length is checked and before anything is stored.
 */
const normalizeCitizenText = (text: string): string => text.normalize('NFKC').replace(INVISIBLE, '');

/** A citizen's text field of an incoming activity: normalized, then at most `max` characters. */
export const citizenText = (max: number) => z.string().transform(normalizeCitizenText).pipe(z.string().max(max));

/** "path: message" per issue: names the field and the rule, never the value. */
export const reasonsOf = (issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): string[] =>
  issues.map((i) => `${i.path.map(String).join('.') || '(body)'}: ${i.message}`);

/** A refused body is worth a warning (a broken client, or an attack), with the reasons only. */
export const logRefused = (logger: Logger, channel: string, reasons: string[]): void =>
  logger.warn({ channel, reasons }, 'activity refused');
