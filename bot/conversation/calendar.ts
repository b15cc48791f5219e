// The booked appointment as a calendar file (.ics, RFC 5545, built with the `ics` library), so that
// the citizen can add it to the phone's calendar with one tap. Times are written in UTC, which every
// calendar shows in its own zone; the file carries no personal data beyond the reference number.
import type { Attachment } from '@microsoft/agents-activity';
import { berlinInstant } from '../../knowledge/hours';
import type { Slot } from '../../dialogs/slots';
import type { CitizenTexts } from '../../knowledge/texts/catalogue';
import type { Office } from '../../knowledge/schema';
import { downloadable } from '../channels/capabilities';

export async function appointmentCalendar(
  slot: Slot,
  minutes: number,
  office: Office,
  reference: string,
  service: string,
  t: CitizenTexts['appointments'],
): Promise<Attachment | undefined> {
  // Loaded at the first booking: the library and its validation are 10 MB of memory that the other turns never need.
  const { createEvent } = await import('ics');
  const { error, value } = createEvent({
    start: berlinInstant(slot.date, slot.time).getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes },
    title: t.calendarTitle(service, office.name),
    description: t.calendarNote(reference),
    ...(office.address ? { location: office.address } : {}),
    uid: `${reference}@buerger-assistent`,
    productId: 'buerger-assistent',
    status: 'CONFIRMED',
  });
  // createEvent reports invalid input instead of throwing; the booking stands without the file.
  if (error || !value) return undefined;
  return downloadable('text/calendar', `Termin-${reference}.ics`, value);
}
