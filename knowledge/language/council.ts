// The town's public life asked about: its council and its news.
// The council told by its members ("was steht bei de räte auf em plan", "wann tagen die Räte"):
// the model knows "Gemeinderat" and "Sitzung", not the plural, which led it to the development plan.
// "Rat" alone is advice ("ich brauche Rat"), so only the plural and the council's own names count.

// "im Rat besprochen", "was hat der Rat beschlossen": "Rat" with what a council does is the council;
// so is its building committee ("Wann kommt das in den Bauausschuss?").
const COUNCIL =
  /(?<!\p{L})(?:räte|raete|\p{L}+räte|\p{L}+raete|marktrat|marktrats|ratssitzung\p{L}*|bauausschuss\p{L}*|ausschusssitzung\p{L}*|(?:im|vom|der)\s+rat\s+(?:\p{L}+\s+){0,2}?(?:besproch\p{L}*|beschloss\p{L}*|beraten|entschied\p{L}*|abgestimmt)|(?:besproch\p{L}*|beschloss\p{L}*|beraten|entschied\p{L}*)\s+(?:\p{L}+\s+){0,3}?(?:im|vom)\s+rat)(?!\p{L})/iu;

/** Whether a message names the council by its members or its meeting. */
export const namesTheCouncil = (text: string): boolean => COUNCIL.test(text);

/**
 * "Steht der Kindergarten-Neubau am Dienstag auf der Tagesordnung?": the council's agenda, whatever matter is to be
 * on it (the matter's words had led the model to the Kita). A club's or a parents' meeting has an agenda of its own.
 */
const AGENDA = /(?<!\p{L})(?:auf\s+(?:der|die)\s+tagesordnung|tagesordnung\s+(?:der|des|vom|von\s+der)\s+(?:nächsten\s+|naechsten\s+)?(?:sitzung|gemeinderat\p{L}*|marktgemeinderat\p{L}*))(?!\p{L})/iu;
const OWN_MEETING = /(?<!\p{L})(?:verein\p{L}*|\p{L}*versammlung\p{L}*|elternbeirat\p{L}*|elternabend\p{L}*|schulforum|vorstand\p{L}*)(?!\p{L})/iu;
export const asksCouncilAgenda = (text: string): boolean => AGENDA.test(text) && !OWN_MEETING.test(text);

/** "Wo wird sowas wie eine Straßensperrung offiziell öffentlich gemacht?": the town's official notices, in its newsletter. */
const MADE_PUBLIC = /(?<!\p{L})wo\s+(?:wird|werden)\s+(?:\p{L}+\s+){0,6}?(?:öffentlich\s+gemacht|oeffentlich\s+gemacht|bekannt\s*gemacht|bekanntgegeben|bekannt\s+gegeben|veröffentlicht|veroeffentlicht)(?!\p{L})/iu;
/** "Wo hängt ihr eure amtliche Sache aus?": the official notices, posted or published ("wo stehen die öffentlichen mitteilungen vom markt", blind set 218). */
const OFFICIAL_NOTICES = /(?<!\p{L})(?:(?:offizielle[n]?|amtliche[n]?)\s+aushäng\p{L}*|aushäng\p{L}*\s+(?:der|von\s+der)\s+gemeinde|wo\s+häng\p{L}*\s+(?:ihr|sie|die\s+gemeinde)\s+(?:\p{L}+\s+){0,3}?aus|amtliche[n]?\s+(?:sache\p{L}*|bekanntmachung\p{L}*|mitteilung\p{L}*)|öffentliche[n]?\s+(?:bekanntmachung\p{L}*|mitteilung\p{L}*)|oeffentliche[n]?\s+(?:bekanntmachung\p{L}*|mitteilung\p{L}*)|bekanntmachungen)(?!\p{L})/iu;
export const asksWhereMadePublic = (text: string): boolean => MADE_PUBLIC.test(text) || OFFICIAL_NOTICES.test(text);
/** The town's official notices named ("die offiziellen Aushänge", "amtliche Bekanntmachungen"), which job offers never are. */
export const namesOfficialNotices = (text: string): boolean => OFFICIAL_NOTICES.test(text);

/**
 * "hallo, gibts was neues?", "gibt es Neuigkeiten aus der Gemeinde": the town's news asked in
 * general (the gazette and its notices), not about a matter ("was gibt's Neues beim Perso" is the ID
 * card's). Only the greeting, the town or a place may stand beside it; the model had guessed a car.
 */
const WHATS_NEW =
  /^\s*(?:(?:hallo|hi|hey|servus|moin|grüß\s*gott|gruess\s*gott|guten\s+(?:tag|morgen|abend))\p{P}*\s+)?(?:(?:und|na)\p{P}*\s+)?(?:(?:was\s+)?gibt['’]?s|gibts|was\s+gibt\s+es|gibt\s+es|welche)\s+(?:(?:was|etwas|irgendwas|e?bbes|ebbes)\s+)?(?:neues|neuigkeiten)(?:\s+(?:in|im|aus|bei|von)\s+(?!dir\b|euch\b|ihnen\b)(?:der\s+|dem\s+|unserer?\s+)?\p{L}+)?\s*[?!.]*\s*$/iu;

export const asksWhatsNew = (text: string): boolean => WHATS_NEW.test(text);

/**
 * "Gibt es aktuelle Hinweise?", "aktuelle Meldungen", "Hinweise oder Schließtage?", "any current notices?": the town's current
 * notices asked, which every notice answers and no entry does (trial 60: the register's information had come).
 */
const CURRENT_NOTICES =
  /(?<!\p{L})(?:aktuelle[n]?|neue[n]?|heutige[n]?|current|latest|recent)\s+(?:\p{L}+\s+)?(?:hinweis\p{L}*|meldungen|schließtag\p{L}*|schliesstag\p{L}*|notices?|announcements?)(?!\p{L})|^\W*(?:(?:gibt\s*(?:es|s|'s)|gibts|any)\s+)?(?:hinweise|schließtage|schliesstage|notices)(?:\s+\p{L}+){0,3}\W*$/iu;
export const asksCurrentNotices = (text: string): boolean => CURRENT_NOTICES.test(text);

/**
 * "Was is am Wocheend los in Mömbris? Gibts e Kerb odder e Fest?" (trial 55): what is on, which no answer here lists (the
 * clubs' events are theirs to announce); not a club's own event to notify, nor the noise or the mess after one, nor "was ist da los?" of a fault.
 */
const WHATS_ON =
  /(?<!\p{L})(?:was\s+(?:is|ist|isch|geht)\s+(?!(?:da|do|dort|hier|denn\s+da|bei\s+euch)\s+los)(?:\p{L}+\s+){0,3}?(?:los|geboten)|was\s+kann\s+m(?:an|er)\s+(?:\p{L}+\s+){0,3}?(?:unternehmen|machen))(?!\p{L})/iu;
const WHEN_ON = /(?<!\p{L})(?:wochenende|wocheend\p{L}*|wochenend|samstag|sonntag|feiertag|heute\s+abend|heut\s+owend|morgen\s+abend|ferien|advent|an\s+silvester)(?!\p{L})/iu;
const OWN_EVENT = /(?<!\p{L})(?:anmeld\p{L}*|anzeig\p{L}*|genehmig\p{L}*|ausschank|verkauf\p{L}*|veranstalte[nt]?|mache[nt]?\s+(?:\p{L}+\s+)?(?:fest|kerb|feier)|laut|lärm|laerm|dreck|müll|muell)(?!\p{L})/iu;
export const asksWhatsOn = (text: string): boolean => WHATS_ON.test(text) && WHEN_ON.test(text) && !OWN_EVENT.test(text);
