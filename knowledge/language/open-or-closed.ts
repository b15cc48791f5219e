// "Ist das Rathaus morgen zu?", "Habt ihr am Pfingstmontag zu?": whether the office is open or
// closed, asked with "zu" or "auf" at the end. The particle is a stop word and the office's name
// leads the model to the contact details; the question is the opening hours'.

/** The office, or "you" addressing it. */
const OFFICE = String.raw`(?:rathaus|bürgerbüro|buergerbuero|burgerburo|gemeinde|verwaltung|amt|einwohnermeldeamt|meldeamt|ihr|sie|euch|eich)`;
/** The office as the one that is open or closed, not a place by it ("die Straße vor dem Rathaus"). */
const NAMED_OFFICE = String.raw`(?<!\p{L})(?<!\b(?:vor|neben|hinter|gegenüber|bei|an|zu|nach)\s+(?:dem|der|des|den)\s+)(?<!\b(?:beim|am|zum|vorm|hinterm|ums)\s+)${OFFICE}(?!\p{L})`;
/** Open or closed as the last word of the question. */
const STATE = String.raw`(?:zu|auf|uff|offen|offe|geöffnet|geoeffnet|geschlossen|dicht)`;

const OPEN_OR_CLOSED = new RegExp(
  String.raw`(?:^|[.!?,;]\s*|\b(?:oder|und)\s+)(?:is|ist|isch|sind|hat|habt|hobt|haben|hän)\b(?=[^.!?]*${NAMED_OFFICE})[^.!?]*(?<!\p{L})${STATE}\s*[?!.]*\s*$`,
  'iu',
);

/** Whether a message asks if the office is open or closed ("Is des Rathaus am Pfingstmontag zu?"). */
export const asksOpenOrClosed = (text: string): boolean => OPEN_OR_CLOSED.test(text.trim());
