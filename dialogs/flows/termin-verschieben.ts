// Termin verschieben (termin-verschieben, not a topic of the catalogue: reached from termin-buchen's
// words): the booking found as for cancelling, then bot/ begins the booking of a new one for the
// same service, so the citizen chooses the new time right away; the old one is cancelled only when
// the new one is booked.
import type { FlowDefinition } from '../engine';
import type { FlowContext } from '../fields';
import { byReference, OWN_APPOINTMENT } from './termin-absagen';

// (In English by its pronoun too: "Can I move it to the same day 16:30?", trial 52: a new booking began.)
const MOVES =
  /\btermin\b.*\b(verschieb\w*|verleg\w*|umbuch\w*)\b|\b(verschieb\w*|verleg\w*|umbuch\w*)\b.*\btermin|\banderen termin\b|\b(reschedul\w*|postpon\w*|move|change)\b.*\bappointment|\bappointment\b.*\b(reschedul\w*|postpon\w*)|\b(?:move|reschedule|postpone|shift)\s+it\s+to\b/iu;
/**
 * "Oh sorry, can I change it? same day 16:30 please", and "same day 16:30 please" or "am selben Tag um 16:30" alone: another time
 * for the appointment just booked (trial 53: the local court's answer, then a temporary ID card); "same day" points to it alone.
 */
// ("oh wait, can we do the same day but in the afternoon, like half past four?", "same day but later please, around 5pm": trial 54.)
const CHANGES_IT_TO =
  /\b(?:change|move|reschedule|shift)\s+it\b[^]{0,80}?\b(?:\d{1,2}[:.]\d{2}|\d{1,2}\s*(?:am|pm)|same\s+day|another\s+(?:day|time)|tomorrow|later|earlier)\b|^\W*(?:(?:on\s+)?the\s+)?same\s+day\b|^\W*(?:am\s+)?(?:selben|gleichen)\s+tag\b|\bsame\s+day\b[^.?!]{0,40}?\b(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|o'?clock)|later|earlier|afternoon|morning|evening|half\s+past)\b|\b(?:am\s+)?(?:selben|gleichen)\s+tag\b[^.?!]{0,40}?(?:\d{1,2}(?:[:.]\d{2})?\s*uhr|später|spaeter|früher|frueher|nachmittags?|vormittags?|abends?)/iu;
/**
 * "dann verschieb ich ihn auf Mittwoch früh", "kann ich den auf Freitag verlegen?": the appointment talked about, by its pronoun
 * (trial 48: a new booking began); "den Umzug verschieben" names another thing.
 */
const PRONOUN_AFTER = String.raw`(?=\s+(?:auf|um|in|nach|zu|an|doch|lieber|dann|bitte|mal|noch|halt)(?!\p{L})|\s*[?.!,]|\s*$)`;
const MOVES_IT = new RegExp(
  String.raw`(?<!\p{L})(?:verschieb|verschiebe|verschiebt|verleg|verlege|verlegt)\s+(?:ich|mer|wir|isch)\s+(?:ihn|den|des|das)${PRONOUN_AFTER}|(?<!\p{L})(?:ihn|den)${PRONOUN_AFTER}\s*(?:(?:auf|um|in|nach|zu|an|doch|lieber|dann|bitte|mal|noch|halt)\s+(?:\p{L}+\s+){0,3}?)?(?:verschieben|verlegen|verschiebe|verlege)(?!\p{L})`,
  'iu',
);
/** Another time for it ("eine Stunde später legen", "an einem anderen Tag", "another day"). */
const OTHER_TIME =
  /(?<!\p{L})(?:später|spaeter|früher|frueher|later|earlier)\s+(?:\p{L}+\s+)?(?:legen|verlegen|machen|setzen|haben|kriegen|bekommen|time|slot)(?!\p{L})|(?<!\p{L})(?:anderen|andern|neuen)\s+(?:tag|zeitpunkt|uhrzeit|zeit)(?!\p{L})|(?<!\p{L})another\s+(?:day|time)(?!\p{L})/iu;

/** Moving: the booking found, and the booking of a new one begun for the same service at once. */
export const terminVerschieben = (context: FlowContext): FlowDefinition =>
  byReference(
    context,
    {
      id: 'termin-verschieben',
      title: 'Termin verschieben',
      completion: 'move-appointment',
      starters: ['Termin umbuchen'],
      // "Kann ich meinen Termin verschieben?", "Ich brauche einen anderen Termin", "Termin umbuchen",
      // "Kann ich meinen Termin eine Stunde später legen?", "Geht der Termin auch an einem anderen Tag?".
      startsOn: {
        test: (said) =>
          MOVES.test(said) || MOVES_IT.test(said) || CHANGES_IT_TO.test(said) || (OWN_APPOINTMENT.test(said) && OTHER_TIME.test(said)),
      },
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
