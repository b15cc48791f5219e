// Schemas of the curated knowledge: the town's profile (municipality.yaml) and one entry per
// topic (entries/*.yaml). Aligned with LeiKa/FIM text modules so that texts can later be imported.
import { z } from 'zod';

/** A value the town has not confirmed yet stays empty; the assistant then refers to the Rathaus. */
const unknownable = z.string().trim().nullable().default(null);

const weekday = z.enum(['mo', 'di', 'mi', 'do', 'fr', 'sa', 'so']);
/** The days of opening hours, Monday first. */
export const WEEKDAYS = weekday.options;
export type Weekday = z.infer<typeof weekday>;
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');

const openingPeriodSchema = z.object({
  days: z.array(weekday).min(1),
  from: clock,
  to: clock,
  /** e.g. "jeden ersten Donnerstag im Monat"; such periods are shown but not used for scheduling unless `nthWeekdayOfMonth` is set. */
  note: z.string().optional(),
  /** 1 = only on the first such weekday of the month. */
  nthWeekdayOfMonth: z.number().int().min(1).max(5).optional(),
});
export type OpeningPeriod = z.infer<typeof openingPeriodSchema>;

/** A calendar day "YYYY-MM-DD" that exists (not "2026-02-30"). */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((d) => {
    const noon = Date.parse(`${d}T12:00:00Z`);
    return Number.isFinite(noon) && new Date(noon).toISOString().startsWith(d);
  }, 'no such day');
const spanSchema = z.object({ from: clock, to: clock }).refine((s) => s.from < s.to, { message: 'from must be before to', path: ['to'] });

/** One day closed or with changed hours ("24.12. geschlossen", "Betriebsausflug 12.6. ab 12 Uhr geschlossen"); it replaces the regular hours and holidays of that day. */
export const closureSchema = z.object({
  date: isoDay,
  /** Why, in a few words, shown to citizens ("Betriebsausflug"). */
  label: z.string().trim().min(1).max(80),
  /** The hours of that day; empty: closed all day. */
  hours: z.array(spanSchema).max(4).default([]),
});
export type Closure = z.infer<typeof closureSchema>;
export const openingHoursSchema = z.array(openingPeriodSchema.refine((p) => p.from < p.to, { message: 'from must be before to', path: ['to'] })).max(20);

const officeSchema = z.object({
  name: z.string().min(1),
  /** The Markt's own office, or an external body (Landratsamt, ZBFS, Bundesamt …). */
  external: z.boolean().default(false),
  address: unknownable,
  phone: unknownable,
  email: unknownable,
  website: unknownable,
  /** Empty: the hours of the Rathaus apply / are not known. */
  hours: z.array(openingPeriodSchema).default([]),
  /** Single days closed or changed; editors add them in the console (stored as overrides of this file). */
  closures: z.array(closureSchema).default([]),
  /** Short names of the services one can book an appointment for (buttons of termin-buchen). */
  services: z.array(z.string().min(1).max(40)).optional(),
  /** Minutes a service takes where it is longer than one slot (APPOINTMENT_SLOT_MINUTES), e.g. { Reisepass: 30 }. */
  serviceMinutes: z.record(z.string(), z.number().int().min(5).max(240)).optional(),
  note: z.string().optional(),
  /** The day ("YYYY-MM-DD") the editors last saved this office's hours in the console; the hours answer's "Stand" is not older. */
  hoursChanged: isoDay.optional(),
  /** The name in English answers ("Citizens' office (Bürgerbüro)"); the German name stays in it, as on the signs. */
  translations: z.object({ en: z.object({ name: z.string().min(1) }).optional() }).optional(),
}).refine((office) => Object.keys(office.serviceMinutes ?? {}).every((s) => office.services?.includes(s)), {
  message: 'serviceMinutes names a service that is not in services',
  path: ['serviceMinutes'],
});
export type Office = z.infer<typeof officeSchema>;

export const municipalitySchema = z.object({
  name: z.string().min(1),
  shortName: z.string().min(1),
  district: z.string(),
  state: z.string(),
  ags: z.string().regex(/^\d{8}$/),
  inhabitants: z.number().int().positive().optional(),
  website: unknownable,
  privacyContact: z.object({
    controller: z.string(),
    dataProtectionOfficer: unknownable,
  }),
  ortsteile: z.array(z.string().min(1)).min(1),
  /** The other municipalities around (the district's and the neighbours'): their taxes, hours and registers are theirs. */
  neighbours: z.array(z.string().min(1)).default([]),
  /** Days besides the public holidays of Bavaria on which no appointment is offered, by their name in date-holidays (e.g. "Mariä Himmelfahrt"). */
  alsoClosedOn: z.array(z.string().min(1)).optional(),
  /** Staff take chats on public holidays too (a staffed hotline); default: the offices are closed then. */
  openOnPublicHolidays: z.boolean().default(false),
  /** Keys referenced by entries' `office`; `rathaus` is the fallback contact. */
  offices: z.record(z.string().regex(/^[a-z0-9-]+$/), officeSchema).refine((o) => 'rathaus' in o, 'office "rathaus" is required'),
});
export type Municipality = z.infer<typeof municipalitySchema>;

/** An entry's id (its file name); its rule is said in the editors' words by entryErrorMap (loader.ts). */
export const entryIdSchema = z.string().regex(/^[a-z0-9-]{1,80}$/);

export const entrySchema = z.object({
  id: entryIdSchema,
  leika: z.string().regex(/^\d{14}$/).optional(),
  title: z.string().min(3),
  audience: z.array(z.enum(['Bürger', 'Vereine', 'Unternehmen'])).min(1).default(['Bürger']),
  office: z.string().regex(/^[a-z0-9-]+$/),
  /** Where `office` is another body's: the Markt's own office that advises on it and calls back about it (the Bauamt for a Bauantrag). */
  localOffice: z.string().regex(/^[a-z0-9-]+$/).optional(),
  /** The short answer, 1–3 sentences. */
  summary: z.string().min(10),
  details: z.object({
    documents: z.array(z.string()).default([]),
    requirements: z.array(z.string()).default([]),
    fees: z.string().optional(),
    deadlines: z.string().optional(),
    processingTime: z.string().optional(),
    appointment: z.string().optional(),
    procedure: z.array(z.string()).default([]),
    notes: z.array(z.string()).default([]),
  }).default({ documents: [], requirements: [], procedure: [], notes: [] }),
  legal: z.array(z.string()).default([]),
  links: z.array(z.object({ title: z.string(), url: z.url({ protocol: /^https$/ }) })).default([]),
  /** Where the service can be done online (BayernPortal, the Bundesamt für Justiz, i-Kfz …): offered as "Online beantragen". */
  online: z.object({ title: z.string().min(3), url: z.url({ protocol: /^https$/ }) }).optional(),
  synonyms: z.array(z.string()).default([]),
  questions: z.array(z.string()).default([]),
  /** A flow (dialogs/) to offer with the answer. */
  flow: z.string().optional(),
  /** The question usually needs a person (handoff is offered with the answer). */
  personalAdvice: z.boolean().default(false),
  reviewed: isoDay,
  source: z.string().min(3),
});
export type Entry = z.infer<typeof entrySchema>;
