// Termin verschieben (termin-verschieben, not a topic of the catalogue: reached from termin-buchen's
// words): the booking found as for cancelling, then bot/ begins the booking of a new one for the
// same service, so the citizen chooses the new time right away; the old one is cancelled only when
// the new one is booked.
import type { FlowDefinition } from '../engine';
import type { FlowContext } from '../fields';
import { byReference } from './termin-absagen';

/** Moving: the booking found, and the booking of a new one begun for the same service at once. */
export const terminVerschieben = (context: FlowContext): FlowDefinition =>
  byReference(
    context,
    {
      id: 'termin-verschieben',
      title: 'Termin verschieben',
      completion: 'move-appointment',
      starters: ['Termin umbuchen'],
      // "Kann ich meinen Termin verschieben?", "Ich brauche einen anderen Termin", "Termin umbuchen".
      startsOn:
        /\btermin\b.*\b(verschieb\w*|verleg\w*|umbuch\w*)\b|\b(verschieb\w*|verleg\w*|umbuch\w*)\b.*\btermin|\banderen termin\b|\b(reschedul\w*|postpon\w*|move|change)\b.*\bappointment|\bappointment\b.*\b(reschedul\w*|postpon\w*)/iu,
      intro:
        'Gern verschiebe ich Ihren Termin im Bürgerbüro. Ich suche Ihre Buchung und zeige Ihnen gleich die freien Zeiten. Den alten Termin sage ich ab, sobald der neue gebucht ist.',
      verb: 'verschieben',
    },
    {
      en: {
        title: 'Move an appointment',
        intro:
          'I will gladly move your appointment at the Bürgerbüro. I will look up your booking and show you the free times. I will cancel the old time as soon as the new one is booked.',
        verb: 'move',
      },
      ls: {
        intro:
          'Sie möchten Ihren Termin im Bürger·büro verschieben?\nSie suchen einen neuen Termin aus.\nDann sage ich den alten Termin ab.',
        verb: 'verschieben',
      },
    },
  );
