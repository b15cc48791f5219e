// Renders an entry as a citizen needs it: the short answer first, then what matters (documents,
// fees, processing time, appointment), who is responsible with contact and hours, links, and the
// review date. Follow-up questions get one facet of the entry.
import type { Facet } from './language/facets';
import type { Referral } from './referrals';
import { de } from './texts/de';
import type { Entry, Municipality, Office, OpeningPeriod } from './schema';

const DAY_NAMES: Record<OpeningPeriod['days'][number], string> = { mo: 'Mo', di: 'Di', mi: 'Mi', do: 'Do', fr: 'Fr', sa: 'Sa', so: 'So' };

/** "Mo, Di 08:00–12:30; …" from the opening periods (notes such as the long Thursday are shown). */
export function formatHours(hours: OpeningPeriod[]): string {
  return hours
    .map((p) => `${p.days.map((d) => DAY_NAMES[d]).join(', ')} ${p.from}–${p.to}${p.note ? ` (${p.note})` : ''}`)
    .join('; ');
}

/** "12.03.2026" from "2026-03-12". */
const formatDate = (iso: string): string => iso.split('-').reverse().join('.');

/** Who is responsible and how to reach them; values the town has not confirmed fall back to the Rathaus. */
function officeText(officeKey: string, town: Municipality): string {
  const t = de.answers;
  const rathaus = town.offices.rathaus!;
  const office: Office = town.offices[officeKey] ?? rathaus;
  const contact = [
    office.address && `${t.address}: ${office.address}`,
    office.phone && `${t.phone}: ${office.phone}`,
    office.email && `${t.email}: ${office.email}`,
    office.website && `${t.website}: ${office.website}`,
  ].filter(Boolean);
  const hours = office.hours.length ? office.hours : office.external ? [] : rathaus.hours;
  const lines = [`${t.responsible}: ${office.name}`];
  if (contact.length) lines.push(contact.join(' · '));
  else lines.push(t.askRathaus(rathaus.name, rathaus.phone));
  if (hours.length) lines.push(`${t.hours}: ${formatHours(hours)}`);
  if (office.note) lines.push(office.note);
  return lines.join('\n');
}

const list = (title: string, items: string[]): string | undefined =>
  items.length ? `${title}:\n${items.map((i) => `• ${i}`).join('\n')}` : undefined;

/** The full answer for an entry. */
export function renderAnswer(entry: Entry, town: Municipality): string {
  const t = de.answers;
  const d = entry.details;
  const parts = [
    entry.summary.trim(),
    list(t.documents, d.documents),
    list(t.requirements, d.requirements),
    d.fees && `${t.fees}: ${d.fees}`,
    d.deadlines && `${t.deadlines}: ${d.deadlines}`,
    d.processingTime && `${t.processingTime}: ${d.processingTime}`,
    d.appointment && `${t.appointment}: ${d.appointment}`,
    list(t.procedure, d.procedure),
    list(t.notes, d.notes),
    officeText(entry.office, town),
    entry.links.length ? `${t.links}:\n${entry.links.map((l) => `• ${l.title}: ${l.url}`).join('\n')}` : undefined,
    `${t.reviewed}: ${formatDate(entry.reviewed)}`,
  ];
  return parts.filter(Boolean).join('\n\n');
}

/** The answer to a follow-up question about one facet of an entry ("Und was kostet das?"). */
export function renderFacet(entry: Entry, facet: Facet, town: Municipality): string {
  const t = de.answers;
  const d = entry.details;
  const topic = t.about(entry.title);
  const unknown = `${topic} ${t.noFacet}\n\n${officeText(entry.office, town)}`;
  let body: string | undefined;
  switch (facet) {
    case 'fees':
      body = d.fees && `${t.fees}: ${d.fees}`;
      break;
    case 'duration':
      body = [d.processingTime && `${t.processingTime}: ${d.processingTime}`, d.deadlines && `${t.deadlines}: ${d.deadlines}`].filter(Boolean).join('\n') || undefined;
      break;
    case 'appointment':
      body = d.appointment ? `${t.appointment}: ${d.appointment}\n\n${officeText(entry.office, town)}` : undefined;
      break;
    case 'documents':
      body = list(t.documents, [...d.documents, ...d.requirements]);
      break;
  }
  return body ? `${topic}:\n${body}\n\n${t.reviewed}: ${formatDate(entry.reviewed)}` : unknown;
}

/** Who helps with a matter of another body, and how to reach them. */
export function renderReferral(referral: Referral, town: Municipality): string {
  const t = de.answers;
  const office = referral.office ? town.offices[referral.office] : undefined;
  const contact = [office?.address && `${t.address}: ${office.address}`, referral.phone && `${t.phone}: ${referral.phone}`, referral.website && `${t.website}: ${referral.website}`].filter(Boolean);
  return [`${t.notOurs(town.name)} ${referral.matter}`, contact.length ? `${referral.name} – ${contact.join(' · ')}` : undefined].filter(Boolean).join('\n');
}
