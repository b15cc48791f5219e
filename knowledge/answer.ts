// Renders an entry as a citizen needs it: the short answer first, then what matters (documents,
// fees, processing time, appointment), who is responsible with contact and hours, links, and the
// review date. Follow-up questions get one facet of the entry.
import type { Facet } from './facets';
import type { Referral } from './referrals';
import type { Entry, Municipality, Office, OpeningPeriod } from './schema';

const DAY_NAMES: Record<OpeningPeriod['days'][number], string> = { mo: 'Mo', di: 'Di', mi: 'Mi', do: 'Do', fr: 'Fr', sa: 'Sa', so: 'So' };

/** "Mo, Di 08:00–12:30; …" from the opening periods (notes such as the long Thursday are shown). */
export function formatHours(hours: OpeningPeriod[]): string {
  return hours
    .map((p) => `${p.days.map((d) => DAY_NAMES[d]).join(', ')} ${p.from}–${p.to}${p.note ? ` (${p.note})` : ''}`)
    .join('; ');
}

/** "12.03.2026" from "2026-03-12". */
export const formatDate = (iso: string): string => iso.split('-').reverse().join('.');

/** Who is responsible and how to reach them; values the town has not confirmed fall back to the Rathaus. */
export function officeText(officeKey: string, town: Municipality): string {
  const rathaus = town.offices.rathaus!;
  const office: Office = town.offices[officeKey] ?? rathaus;
  const contact = [
    office.address && `Adresse: ${office.address}`,
    office.phone && `Telefon: ${office.phone}`,
    office.email && `E-Mail: ${office.email}`,
    office.website && `Internet: ${office.website}`,
  ].filter(Boolean);
  const hours = office.hours.length ? office.hours : office.external ? [] : rathaus.hours;
  const lines = [`Zuständig: ${office.name}`];
  if (contact.length) lines.push(contact.join(' · '));
  else lines.push(`Kontakt: bitte beim ${rathaus.name} erfragen${rathaus.phone ? ` (Telefon ${rathaus.phone})` : ''}.`);
  if (hours.length) lines.push(`Öffnungszeiten: ${formatHours(hours)}`);
  if (office.note) lines.push(office.note);
  return lines.join('\n');
}

const list = (title: string, items: string[]): string | undefined =>
  items.length ? `${title}:\n${items.map((i) => `• ${i}`).join('\n')}` : undefined;

/** The full answer for an entry. */
export function renderAnswer(entry: Entry, town: Municipality): string {
  const d = entry.details;
  const parts = [
    entry.summary.trim(),
    list('Das brauchen Sie', d.documents),
    list('Voraussetzungen', d.requirements),
    d.fees && `Gebühren: ${d.fees}`,
    d.deadlines && `Fristen: ${d.deadlines}`,
    d.processingTime && `Bearbeitungsdauer: ${d.processingTime}`,
    d.appointment && `Termin: ${d.appointment}`,
    list('So geht es', d.procedure),
    list('Gut zu wissen', d.notes),
    officeText(entry.office, town),
    entry.links.length ? `Links:\n${entry.links.map((l) => `• ${l.title}: ${l.url}`).join('\n')}` : undefined,
    `Stand: ${formatDate(entry.reviewed)}`,
  ];
  return parts.filter(Boolean).join('\n\n');
}

/** The answer to a follow-up question about one facet of an entry ("Und was kostet das?"). */
export function renderFacet(entry: Entry, facet: Facet, town: Municipality): string {
  const d = entry.details;
  const topic = `Zu „${entry.title}“`;
  const unknown = `${topic} habe ich dazu keine gesicherte Angabe. Bitte fragen Sie direkt nach.\n\n${officeText(entry.office, town)}`;
  let body: string | undefined;
  switch (facet) {
    case 'fees':
      body = d.fees && `Gebühren: ${d.fees}`;
      break;
    case 'duration':
      body = [d.processingTime && `Bearbeitungsdauer: ${d.processingTime}`, d.deadlines && `Fristen: ${d.deadlines}`].filter(Boolean).join('\n') || undefined;
      break;
    case 'appointment':
      body = d.appointment ? `Termin: ${d.appointment}\n\n${officeText(entry.office, town)}` : undefined;
      break;
    case 'documents':
      body = list('Das brauchen Sie', [...d.documents, ...d.requirements]);
      break;
  }
  return body ? `${topic}:\n${body}\n\nStand: ${formatDate(entry.reviewed)}` : unknown;
}

/** Who helps with a matter of another body, and how to reach them. */
export function renderReferral(referral: Referral, town: Municipality): string {
  const office = referral.office ? town.offices[referral.office] : undefined;
  const contact = [office?.address && `Adresse: ${office.address}`, referral.phone && `Telefon: ${referral.phone}`, referral.website && `Internet: ${referral.website}`].filter(Boolean);
  return [`Dafür ist der ${town.name} nicht zuständig. ${referral.matter}`, contact.length ? `${referral.name} – ${contact.join(' · ')}` : undefined]
    .filter(Boolean)
    .join('\n');
}
