// The bodies the assistant names for frequent questions that are not a matter of the Markt
// (referrals.yaml). Read at start-up; a broken file is a packaging error and stops start-up.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { KNOWLEDGE_DIR } from './paths';

export const REFERRALS_FILE = path.join(KNOWLEDGE_DIR, 'referrals.yaml');

/** A referral in English or Leichte Sprache: the matter, and the phone where its note is words ("free of charge"). */
const translatedReferralSchema = z.object({ matter: z.string().min(10), phone: z.string().optional() });

const referralSchema = z.object({
  /** The file training/out-of-scope/<key>.txt holds its example questions (unless `byRule`). */
  key: z.string().regex(/^[a-z0-9-]+$/),
  /**
   * Named only by a rule of the router's (knowledge/language), never learned: a body whose
   * questions share their words with a topic (a trip's visa and the passport), where example
   * questions of its own would pull the model away from the topic.
   */
  byRule: z.boolean().default(false),
  /** The town may be the one to turn to (a claim for a damage on its road): the reply does not begin with "not our matter". */
  townMayBeAsked: z.boolean().default(false),
  name: z.string().min(3),
  /** What the body does, in one or two sentences for the citizen. */
  matter: z.string().min(10),
  /** A key of municipality.yaml's offices, for its address. */
  office: z.string().optional(),
  phone: z.string().optional(),
  website: z.url({ protocol: /^https$/ }).optional(),
  source: z.string().min(3),
  reviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Without one, the German text is said in every language. */
  translations: z.object({ en: translatedReferralSchema.optional(), ls: translatedReferralSchema.optional() }).default({}),
});
export type Referral = z.infer<typeof referralSchema>;

export function loadReferrals(file: string = REFERRALS_FILE): Map<string, Referral> {
  const parsed = z.array(referralSchema).safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return new Map(parsed.data.map((r) => [r.key, r]));
}
