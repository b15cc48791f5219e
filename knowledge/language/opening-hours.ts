// "Ist das Rathaus morgen zu?", "Habt ihr am Pfingstmontag zu?": whether the office is open or
// closed, asked with "zu" or "auf" at the end of a sentence (a story may follow). The particle is a stop word and the office's name
// leads the model to the contact details; the question is the opening hours'.

/** The office, or "you" addressing it (also as typed in a hurry: "rathus"). */
// ("wie lang hot des Bauamt heut auf?": an office of the town by its name, trial 45.)
const OFFICE = String.raw`(?:rathaus|rathus|rahaus|rathhaus|rahtaus|bürgerbüro|buergerbuero|burgerburo|gemeinde|verwaltung|amt|einwohnermeldeamt|meldeamt|meldestelle|standesamt|bauamt|gewerbeamt|steueramt|ordnungsamt|gemeindekasse|ihr|sie|euch|eich)`;
/** The office as the one that is open or closed, not a place by it ("die Straße vor dem Rathaus"). */
const NAMED_OFFICE = String.raw`(?<!\p{L})(?<!\b(?:vor|neben|hinter|gegenüber|bei|an|zu|nach)\s+(?:dem|der|des|den)\s+)(?<!\b(?:beim|am|zum|vorm|hinterm|ums)\s+)${OFFICE}(?!\p{L})`;
/** Open or closed as the last word of the question's sentence. */
const STATE = String.raw`(?:zu|auf|uff|offen|offe|offn|ofen|geöffnet|geoeffnet|geöfnet|geöffent|geschlossen|dicht)`;

const OPEN_OR_CLOSED = new RegExp(
  String.raw`(?:^|[.!?,;]\s*|\b(?:oder|und|wann|wan|wie\s+lange?|bis\s+wann)\s+)(?:is|ist|isch|sind|hat|habt|hobt|hot|hott|haben|hän)\b(?=[^.!?]*${NAMED_OFFICE})[^.!?]*(?<!\p{L})${STATE}\s*(?:[?!.]+|$)`,
  'iu',
);

/** "Sind Sie morgen Abend da?": someone there at a time named, which is the office open then. */
const THERE_THEN =
  /(?:^|[.!?,;]\s*)(?:sind|seid|ist)\s+(?:sie|ihr|jemand|wer)\s+(?:\p{L}+\s+){0,3}?(?:heute|morgen|übermorgen|uebermorgen|abends?|nachmittags?|vormittags?|mittags?|montags?|dienstags?|mittwochs?|donnerstags?|freitags?|samstags?|sonntags?|am\s+\d)(?:\s+[\p{L}\d.]+){0,3}?\s+(?:da|erreichbar|im\s+(?:haus|rathaus|büro|buero))\s*[?!.]*$/iu;

/** "Gibt es einen Tag, an dem die Verwaltung länger auf hat?", "habt ihr auch mal abends offen": open late, the office named in the sentence. */
const OPEN_LATE = new RegExp(
  String.raw`(?=[^.!?]*${NAMED_OFFICE})[^.!?]*(?<!\p{L})(?:länger|laenger|abends|owends|obends|ohmds|spät|spaet|später|spaeter)\s+(?:auf|uff|offen|offe|geöffnet|geoeffnet)(?!\p{L})`,
  'iu',
);

/** "Wann macht ihr heute zu?", "Wann schließt das Rathaus?", "um wie viel Uhr macht das Bürgerbüro auf?": when the office closes or opens. */
const CLOSES_OR_OPENS = new RegExp(
  String.raw`(?<!\p{L})(?:wann|wan|um\s+wie\s*viel\s+uhr)\s+(?=[^.!?]*${NAMED_OFFICE})(?:(?:macht|machen|mach|sperrt|sperren)\s+[^.!?]*(?<!\p{L})(?:zu|auf|uff|dicht)\s*(?:[?!.]+|$)|(?:schließt|schliesst|schließen|schliessen|öffnet|oeffnet|öffnen|oeffnen)(?!\p{L})(?![^.!?]*(?<!\p{L})(?:ab|an|aus)\s*(?:[?!.]+|$)))`,
  'iu',
);

/** Whether a message asks if the office is open or closed ("Is des Rathaus am Pfingstmontag zu?", "Sind Sie morgen Abend da?") or open late. */
/** "Wann ist bei Ihnen Parteienverkehr?": the office hours by Austria's or an old word. */
// ("habt ihr in den sommerferien normal auf oder gibts schließtage", blind set 244.)
const HOURS_BY_OTHER_NAME =
  /(?<!\p{L})(?:schließtag\p{L}*|schliesstag\p{L}*|schließzeit\p{L}*|schliesszeit\p{L}*|parteienverkehr\p{L}*|amtsstunden|schalterstunden|schalterzeiten|publikumsverkehr\p{L}*|kundenverkehr|(?:einen|nen|en)\s+langen\s+(?:tag|donnerstag|abend)|(?:nach\s+(?:ladenschluss|feierabend|der\s+arbeit))\s+(?:\p{L}+\s+){0,2}?(?:aufs|ins|zum)\s+(?:amt|rathaus|bürgerbüro|buergerbuero))(?!\p{L})/iu;
/** "Seid ihr eigentlich auch mal samstags da?": whether the office is there on a day or at a time. */
const THERE_ON_A_DAY =
  /(?<!\p{L})(?:seid|sind)\s+(?:ihr|sie)\s+(?:\p{L}+\s+){0,3}?(?:samstags|sonntags|montags|dienstags|mittwochs|donnerstags|freitags|abends|morgens|mittags|nachmittags|vormittags)\s+(?:\p{L}+\s+)?(?:da|erreichbar|offen|auf)(?!\p{L})/iu;
/** "wann macht ihr heut zu": when the office opens or closes. */
const OPENS_OR_CLOSES = /(?<!\p{L})wann\s+mach(?:t|en|st)\s+(?:ihr|sie)\s+(?:heut\p{L}*\s+|morgen\s+|samstags?\s+|freitags?\s+|denn\s+|eigentlich\s+){0,2}(?:zu|auf)(?!\p{L})/iu;
/** "öffnungszeiten standesamt", "öfnungzeiten bauamt": the hours asked by their word, one of the town's offices named (trial 41: the wedding's answer). */
const OFFICE_OF_THE_TOWN = String.raw`(?:standesamt|bauamt|gewerbeamt|steueramt|kämmerei|kaemmerei|ordnungsamt|einwohnermeldeamt|meldeamt|bürgerbüro|buergerbuero|gemeindekasse)`;
// (Not "während der Öffnungszeiten ins Bürgerbüro": the hours as the reason one cannot come, not asked.)
const HOURS_WORD = String.raw`(?<!\p{L})(?<!(?:während|waehrend|zu|außerhalb|ausserhalb|nach|wegen|in)\s+(?:\p{L}+\s+)?)(?:(?:ö|oe|o)f+nungs?zeit\p{L}*|sprechzeit\p{L}*)(?!\p{L})`;
const HOURS_OF_AN_OFFICE = new RegExp(
  String.raw`${HOURS_WORD}[^.!?]{0,40}?(?<!\p{L})${OFFICE_OF_THE_TOWN}(?!\p{L})|(?<!\p{L})${OFFICE_OF_THE_TOWN}(?!\p{L})[^.!?]{0,40}?${HOURS_WORD}`,
  'iu',
);
/** An office of the town named by its own name ("Bauamt", "Standesamt"), whose topic the model may find instead of its hours. */
const TOWN_OFFICE_NAMED = new RegExp(String.raw`(?<!\p{L})${OFFICE_OF_THE_TOWN}(?!\p{L})`, 'iu');
export const namesTownOffice = (text: string): boolean => TOWN_OFFICE_NAMED.test(text);
export const namesHoursOtherwise = (text: string): boolean =>
  HOURS_BY_OTHER_NAME.test(text) || THERE_ON_A_DAY.test(text) || OPENS_OR_CLOSES.test(text) || HOURS_OF_AN_OFFICE.test(text);

/** "Is the town hall open on December 24?", "when does the office close": in English (trial 66: taken as the day wished in a booking). */
const OPEN_IN_ENGLISH =
  /(?:^|[.!?,;]\s*)(?:is|are)\s+(?:the\s+)?(?:town\s+hall|rathaus|citizens['’]?\s+office|bürgerbüro|office|you)\s+(?:\p{L}+\s+){0,2}?(?:open|closed)(?!\p{L})|(?<!\p{L})(?:when|what\s+time)\s+(?:does|do|is)\s+(?:the\s+)?(?:town\s+hall|rathaus|citizens['’]?\s+office|bürgerbüro|office|you)\s+(?:\p{L}+\s+){0,2}?(?:open|close|closed)(?!\p{L})/iu;

export const asksOpenOrClosed = (text: string): boolean => {
  const asked = text.trim();
  return OPEN_IN_ENGLISH.test(asked) || OPEN_OR_CLOSED.test(asked) || THERE_THEN.test(asked) || OPEN_LATE.test(asked) || CLOSES_OR_OPENS.test(asked);
};

/** Split only where a mark is followed by a space: "am 24.12. offen?" stays one sentence (tokenize's sentencesOf would cut it at the date). */
const sentencesKeepingDates = (text: string): string[] => text.trim().split(/(?<=[?!.])\s+/u);

/** Whether the first sentence of a message asks if the office is open ("wie lange hat heute das bürgerbüro auf? und kann ich ohne termin kommen?"). */
export const asksFirstIfOpen = (text: string): boolean => asksOpenOrClosed(sentencesKeepingDates(text)[0] ?? '');

/**
 * The message up to its question whether the office is open, where a question of another matter comes
 * before it ("Wer meldet das beim Standesamt, wir oder der Bestatter? Und hat das Standesamt zwischen den
 * Jahren überhaupt offen?", blind set 246): the point asked first, with the hours one tap away.
 */
export function askedBeforeIfOpen(text: string): string | undefined {
  const sentences = sentencesKeepingDates(text);
  const hoursAt = sentences.findIndex((s) => asksOpenOrClosed(s));
  const before = sentences.slice(0, Math.max(0, hoursAt));
  return before.some((s) => s.endsWith('?') && !asksOpenOrClosed(s)) ? before.join(' ') : undefined;
}

/**
 * Places whose hours are not the Rathaus's: their own topic (the Kita, the Wertstoffhof) or
 * another body's matter (the post office, the Finanzamt). Stems, at the start of a word; the library
 * and the pools also at the end of a compound ("Gemeindebücherei" had been the Rathaus's hours).
 */
const OTHER_PLACE =
  /(?<!\p{L})(?:\p{L}*(?:bücherei|buecherei|bibliothek|schwimmbad|freibad|hallenbad)|post(?:filiale|agentur|stelle)?|bank|sparkasse|raiffeisen\p{L}*|volksbank|finanzamt|landratsamt|zulassungsstelle|führerscheinstelle|fuehrerscheinstelle|arbeitsagentur|jobcenter|krankenkasse|apotheke|\p{L}*arzt|\p{L}*ärztin|\p{L}*praxis|bücherei|buecherei|bibliothek|freibad|hallenbad|schwimmbad|kita|kindergarten|krippe|hort|schule|supermarkt|edeka|rewe|aldi|lidl|netto|penny|bäcker\p{L}*|baecker\p{L}*|metzger\p{L}*|wertstoffhof|recyclinghof|friedhof|polizei|bahnhof|tankstelle|pizzeria|restaurant|gaststätte|gaststaette|wirtschaft|kneipe|café|cafe|eisdiele|imbiss|döner|doener|friseur\p{L}*|jugendtreff\p{L}*|jugendzentrum\p{L}*|jugendhaus\p{L}*|jugendraum\p{L}*)(?!\p{L})/iu;
/** The Rathaus named, or addressed ("habt ihr", "haben Sie"). */
const TOWN_HALL = new RegExp(NAMED_OFFICE, 'iu');
/** The words that ask for hours, taken out to see what the question is about. */
const HOURS_WORDS =
  /(?<!\p{L})(?:öffnungszeit\p{L}*|oeffnungszeit\p{L}*|offnungszeit\p{L}*|sprechzeit\p{L}*|geöffnet|geoeffnet|offen|offe|auf|uff|zu|geschlossen|wann|hat|haben|macht|machen)(?!\p{L})/giu;

/**
 * "Wann hat die Post offen?": the hours of a place other than the Rathaus. Returns what the
 * question is about without the words that ask for hours, or undefined when it asks the Rathaus's.
 */
export function hoursOfAnotherPlace(text: string): string | undefined {
  if (!OTHER_PLACE.test(text) || TOWN_HALL.test(text)) return undefined;
  return text.replace(HOURS_WORDS, ' ').replace(/\s+/g, ' ').trim();
}
