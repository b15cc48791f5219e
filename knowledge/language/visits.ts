// "Der Monteur kommt zum Wasserzähler – kann man den Termin verschieben?": an appointment someone
// makes to come to the citizen's home (a fitter, the meter reader, the chimney sweep) is not one in
// the Bürgerbüro, though "Termin verschieben" leads the model to the booking. And the other way
// round: "ich will termin machen für anmeldung" is the booking, where the model is torn.
import { normalize } from './normalize';

/** Who comes to the house (stems, at the start of a word), and someone having to be at home for it. */
const HOME_VISIT =
  /(?<!\p{L})(?:monteur\p{L}*|handwerker\p{L}*|techniker\p{L}*|ableser\p{L}*|schornsteinfeger\p{L}*|kaminkehrer\p{L}*|kaminfeger\p{L}*|installateur\p{L}*|daheim\s+sein|zu\s+hause\s+sein|zuhause\s+sein|jemand\s+da(?:heim)?\s+sein)(?!\p{L})/iu;

/** Whether a message is about someone coming to the citizen's home. */
export const aboutHomeVisit = (text: string): boolean => HOME_VISIT.test(text);

/** "ich will termin machen für anmeldung", "wie kriege ich einen Termin": a wish for an appointment, said in words. */
const WANTS_APPOINTMENT =
  /(?<!\p{L})termin\p{L}*\s+(?:\p{L}+\s+){0,1}(?:machen|mache|ausmachen|ausmache|vereinbaren|vereinbare|buchen|buche|holen|bekommen|kriegen|kriege|reservieren)(?!\p{L})|(?<!\p{L})(?:brauch\p{L}*|möchte|moechte|will|hätte\s+gern\p{L}*|haette\s+gern\p{L}*)\s+(?:\p{L}+\s+){0,2}termin(?!\p{L})|(?<!\p{L})(?:slot|zeitfenster|zeitslot)\s+(?:\p{L}+\s+){0,3}?(?:schalter|bürgerbüro|buergerbuero|rathaus)(?!\p{L})/iu;

/** An appointment somewhere else: at a doctor's, a garage, a hairdresser's, for a vaccination. */
const ELSEWHERE =
  /(?<!\p{L})(?:\p{L}*(?:arzt|ärzt|aerzt)\p{L}*|praxis|klinik\p{L}*|krankenhaus|impf\p{L}*|friseur\p{L}*|frisör\p{L}*|werkstatt|tüv|tuev|anwalt\p{L}*|notar\p{L}*|bank|sparkasse|finanzamt|landratsamt|zulassungsstelle)(?!\p{L})/iu;

/**
 * "Wie lange dauert der Termin?", "Dauert der Termin lange?", "how long is the appointment": the appointment's own length, asked while booking it or after (not how
 * long a document takes to be made; trial 49 had got the day's help).
 */
const APPOINTMENT_LENGTH =
  /(?<!\p{L})(?:(?:wie\s*lang\p{L}*|wie\s*viel\s+zeit|wieviel\s+zeit)\s+(?:\p{L}+\s+){0,3}?(?:dauert|dauer|geht|brauch\p{L}*|bin\s+ich|sind\s+wir)\s+(?:\p{L}+\s+){0,3}?(?:termin\p{L}*|dort|da\s+drin|vor\s+ort|im\s+bürgerbüro|im\s+buergerbuero|bei\s+euch|bei\s+ihnen)|termin\s+(?:\p{L}+\s+){0,2}?(?:dauert|dauer)|(?:dauert|geht)\s+(?:der|mein|unser|so\s+ein|ein|en|de)\s+termin\s+(?:\p{L}+\s+)?(?:lange|lang)|how\s+long\s+(?:is|does|will|takes?)\s+(?:the\s+|my\s+|an\s+|this\s+)?appointment|how\s+long\s+(?:will|does)\s+(?:the\s+|my\s+|an\s+)?appointment\s+(?:take|last))(?!\p{L})/iu;
export const asksAppointmentLength = (text: string): boolean => APPOINTMENT_LENGTH.test(text);

/** "is nächste woch dienstag noch was frei bei euch?\": a free time asked on a day (blind set 204); a hall named is a room to rent. */
const SOMETHING_FREE = /(?<!\p{L})(?:was|etwas|ebbes|ebbs|eppes|termin\p{L}*)\s+(?:\p{L}+\s+)?frei(?!\p{L})/iu;
const ON_A_DAY =
  /(?<!\p{L})(?:montag|dienstag|mittwoch|donnerstag|freitag|mo|di|mi|do|fr|morgen|übermorgen|uebermorgen|nächst\p{L}*\s+woch\p{L}*|naechst\p{L}*\s+woch\p{L}*|diese\p{L}*\s+woch\p{L}*)(?!\p{L})/iu;
const A_HALL = /(?<!\p{L})(?:\p{L}*saal|\p{L}*halle|\p{L}*raum|\p{L}*räume|\p{L}*raeume|\p{L}*haus|platz)(?!\p{L})/iu;
const asksAFreeTime = (text: string): boolean => SOMETHING_FREE.test(text) && ON_A_DAY.test(text) && !A_HALL.test(text);

/** "… den antrag im rathaus stelle, stimmt des? muss ich do en termin mache?": whether one is needed, asked in a sentence of its own (blind set 207). */
const asksInASentenceWhetherNeeded = (text: string): boolean => text.split(/(?<=[.?!])\s+/u).some((sentence) => WHETHER_NEEDED.test(sentence));
/** "Was ich brauche für Termin?", "was muss ich zum Termin mitbringen": what to bring to one, the service's papers (blind set 214). */
const WHAT_TO_BRING = /(?<!\p{L})(?:was|welche\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:brauch\p{L}*|mitbring\p{L}*|mitnehm\p{L}*)\s+(?:\p{L}+\s+){0,2}?termin(?!\p{L})/iu;
/** Whether a message says that the citizen wants an appointment (the model may still be torn between it and another). */
export const wantsAppointment = (text: string): boolean =>
  (WANTS_APPOINTMENT.test(text) || asksAFreeTime(text)) && !asksInASentenceWhetherNeeded(text) && !aboutHomeVisit(text) && !ELSEWHERE.test(text) && !WHAT_TO_BRING.test(text);

/**
 * "Termin für ein Führungszeugnis am 31.11. bitte", "so schnell wie möglich einen Termin für eine Meldebescheinigung",
 * "Termin für Reisepass", "heut um 13 Uhr en Termin für e Beglaubigung" (trial 45): an appointment for a service wished for, not the service's answer (the form takes the
 * service from the words). Not whether one is needed ("Brauche ich für den Pass einen Termin?"), nor one already made.
 */
// ("mach mir nen termin morgen um 8 für den vorläufigen reisepass", "termin rentenantrag am 15.12. um 14:30": the day first, or the service as a keyword; trial 50.)
// ("Ich wollt en Termin wege meim Rentenantrag mache": the dialect's "wege" and "wollt", trial 53: the pension's card came.)
const FOR_A_SERVICE = /(?<!\p{L})termin\p{L}*\s+(?:[\p{L}\d:.]+\s+){0,4}?(?:für|fuer|wegen|wege|zum|zur)(?!\p{L})|^\W*termin\s+\p{L}{5,}\s+(?:am|um|morgen|heute|übermorgen|uebermorgen|nächst\p{L}*|naechst\p{L}*)(?!\p{L})/iu;
const BOOKING_MARK =
  /(?<!\p{L})(?:bitte|so\s+schnell\s+wie\s+möglich|so\s+schnell\s+wie\s+moeglich|asap|möglichst\s+bald|moeglichst\s+bald|nächste\p{L}*\s+woche|naechste\p{L}*\s+woche|heute?|um\s+\d{1,2}(?:[:.]\d{2})?\s*uhr|morgen|übermorgen|uebermorgen|am\s+(?:mo|di|mi|do|fr|montag|dienstag|mittwoch|donnerstag|freitag)|(?:möchte|moechte|möcht|moecht|will|wollt|wollte|würde\s+gern\p{L}*|wuerde\s+gern\p{L}*|hätte\s+gern\p{L}*|haette\s+gern\p{L}*)\s+(?:\p{L}+\s+){0,2}?termin|(?:ich|wir|mer)\s+(?:brauch\p{L}*|bräucht\p{L}*|braeucht\p{L}*)\s+(?:\p{L}+\s+){0,2}?termin)(?!\p{L})|\d{1,2}\.\d{1,2}\.?|^\W*(?:einen\s+|nen\s+)?termin/iu;
const NEEDED_OR_MADE = /(?<!\p{L})(?:(?:brauch\p{L}*|muss)\s+(?:ich|man|wir|mer)|hab|habe|hatte|haben|hatten)\s+(?:\p{L}+\s+){0,4}?(?:einen\s+|nen\s+)?termin/iu;
export const booksForAService = (text: string): boolean => FOR_A_SERVICE.test(text) && BOOKING_MARK.test(text) && !NEEDED_OR_MADE.test(text);

/** "wie krieg ich nen termin bei euch im einwohnermeldeamt?", "wie komm ich an einen termin beim einwohnermeldeamt" (blind set 218): an appointment at the office that books them, not the registration its name suggests. */
const AT_THE_OFFICE =
  /(?<!\p{L})termin\p{L}*(?!\p{L})[^.?!]{0,30}?(?<!\p{L})(?:einwohnermeldeamt|meldeamt|einwohneramt|bürgerbüro|buergerbuero|bürgeramt|buergeramt)(?!\p{L})/iu;
const ASKS_FOR_ONE = /(?<!\p{L})(?:(?:wie|wo)\s+(?:krieg|bekomm|mach|vereinbar|buch)\p{L}*\s+(?:ich|man|wir|mer)|(?:wie|wo)\s+(?:komm|komme|kommt|kommen)\s+(?:ich|man|wir|mer)\s+an|(?:ich|wir)\s+(?:brauch|möcht|moecht|will|wollen|hätte|haette)\p{L}*)\s+(?:\p{L}+\s+){0,2}?termin/iu;
export const wantsAppointmentAtTheOffice = (text: string): boolean => AT_THE_OFFICE.test(text) && (WANTS_APPOINTMENT.test(text) || ASKS_FOR_ONE.test(text));
/** "ich hab für donnerstag was ausgemacht bei euch, kann ich des auf nächst woch verlege" (blind set 221): an appointment made, to be moved. */
const MADE_AND_MOVED =
  /(?<!\p{L})(?:was|etwas|ebbes|en|einen|nen|termin)\s+(?:\p{L}+\s+){0,2}?ausgemacht(?!\p{L})[^]{0,80}?(?<!\p{L})(?:verleg\p{L}*|verschieb\p{L}*|absag\p{L}*|später|spaeter|früher|frueher)(?!\p{L})/iu;
export const movesAppointmentMade = (text: string): boolean => MADE_AND_MOVED.test(text);
/** "appointment für donnerstag früh möglich": the English word in a German message, with the day or time wished (blind set 190). */
const APPOINTMENT_WISHED_IN_ENGLISH =
  /(?<!\p{L})appointment(?!\p{L})[^.?!]{0,40}?(?<!\p{L})(?:montag|dienstag|mittwoch|donnerstag|freitag|heute|morgen|übermorgen|uebermorgen|früh|frueh|vormittag\p{L}*|nachmittag\p{L}*|nächste\p{L}*|naechste\p{L}*|\d{1,2}\s*(?:\.|uhr))/iu;
export const wishesAppointmentInEnglishWord = (text: string): boolean => APPOINTMENT_WISHED_IN_ENGLISH.test(text);

/**
 * "Brauche ich einen Passtermin?", "Muss man für den Perso einen Termin machen?", "Geht das auch ohne
 * Termin?": whether an appointment is needed (the verb first, a question), not the wish for one
 * ("Ich brauche einen Termin").
 */
const WHETHER_NEEDED =
  /^\W*(?:(?:und|also|hallo|guten\s+tag)\W+)?(?:(?:brauch|benötig|bräucht|muss|müss|braucht)\p{L}*\s+(?:ich|man|wir|mer|mr)\b[^?]*?\p{L}*termin\p{L}*|[^?]*\bohne\s+(?:einen\s+|\p{L}*)?termin\b)|^\W*do\s+(?:i|we|you)\s+need\s+an?\s+appointment\b/iu;
export const asksWhetherAppointmentNeeded = (text: string): boolean => WHETHER_NEEDED.test(text);

/** "kann mer bei eich eifach vorbeikomme oder muss mer des vorher ausmache?": dropping in without one, asked about (the booking's answer says whether). */
const DROPS_IN = /(?<!\p{L})(?:(?:einfach|eifach|so)\s+(?:\p{L}+\s+){0,2}?(?:vorbei|rein|rei)(?:komm|kumm|schau|geh)\p{L}*|(?:einfach|eifach)\s+so\s+(?:komm\p{L}*|vorbei\p{L}*))(?!\p{L})/iu;
/** "muss man fürs einwohnermeldeamt einen termin haben oder kann man einfach komme": "einfach kommen" only in a short question (in a story it is one detail of the matter told). */
const JUST_COMES = /(?<!\p{L})(?:einfach|eifach)\s+(?:komm\p{L}*|kumm\p{L}*|hingeh\p{L}*|hinkomm\p{L}*)(?!\p{L})/iu;
const SHORT_QUESTION_WORDS = 16;
const ARRANGED_BEFORE = /(?<!\p{L})(?:vorher|zuvor|vorab)\s+(?:\p{L}+\s+){0,3}?(?:ausmach\p{L}*|ausgemacht|vereinbar\p{L}*|anmeld\p{L}*|melde\p{L}*|termin\p{L}*|ankündig\p{L}*|ankuendig\p{L}*)|(?<!\p{L})termin(?!\p{L})/iu;
export const asksToDropIn = (text: string): boolean =>
  (DROPS_IN.test(text) || (JUST_COMES.test(text) && text.split(/\s+/).length <= SHORT_QUESTION_WORDS)) && ARRANGED_BEFORE.test(text);

/** "Ich möchte einen Termin beim Bürgermeister": the mayor's diary is kept in the Rathaus, not booked in the Bürgerbüro. */
const WITH_THE_MAYOR =
  /(?<!\p{L})(?:termin\p{L}*|gespräch|gespraech|sprechstunde)\s+(?:\p{L}+\s+){0,2}?(?:beim|bei\s+der|mit\s+dem|mit\s+der)\s+(?:ersten\s+)?(?:bürgermeister|buergermeister)\p{L}*/iu;
export const withTheMayor = (text: string): boolean => WITH_THE_MAYOR.test(text);

/** "Wer ist der Bürgermeister?", "wer is eigentlich de bürgermeister?" (trial 45), "Wann ist Sprechstunde vom Bürgermeister?" (trial 63: the council's answer), "Wie heißt der Bürgermeister und wie kann ich ihn erreichen?": the mayor asked after, whom the Rathaus's contact reaches. */
const ASKS_FOR_THE_MAYOR =
  /(?<!\p{L})(?:(?:wer\s+(?:ist|is|isch)|wie\s+heißt|wie\s+heisst|wie\s+heist|name)\s+(?:\p{L}+\s+){0,2}?(?:erste[rn]?\s+)?(?:bürgermeister|buergermeister|burgermeister)\p{L}*|(?:bürgermeister|buergermeister)\p{L}*[^.!?]{0,30}?(?<!\p{L})(?:erreich\p{L}*|sprechen|durchwahl|anschrift|adresse|e-?mail|telefon\p{L}*|sprechstunde\p{L}*|sprechzeit\p{L}*)|(?:sprechstunde|sprechzeit)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:vom|von\s+der|des|der)\s+(?:ersten\s+)?(?:bürgermeister|buergermeister|burgermeister)\p{L}*)(?!\p{L})/iu;
export const asksForTheMayor = (text: string): boolean => ASKS_FOR_THE_MAYOR.test(text);

/** A person of the family (dialect too: "mei Fraa", "de Bub"). */
const FAMILY = String.raw`(?:frau|fraa|mann|ehefrau|ehemann|sohn|bub|tochter|mutter|mama|vater|papa|oma|opa|kind|partner\p{L}*|freundin|freund|schwester|bruder)`;
const MY = String.raw`(?:mei|meine|meinen|meiner|mein|unsere?[nmr]?|uns(?:ere)?)`;
/**
 * "und für mei frau direkt danach auch einen", "meine Frau braucht auch einen Termin, gleich danach":
 * after a booking, the same appointment for someone of the family.
 */
const SAME_FOR_ANOTHER = new RegExp(
  String.raw`(?<!\p{L})(?:für|fuer)\s+${MY}\s+${FAMILY}(?!\p{L})[^.?!]*?(?<!\p{L})(?:auch|aach|ebenfalls|noch)(?:\s+(?:einen|ein|eins|en|oan|aan|termin))?(?!\p{L})|(?<!\p{L})${MY}\s+${FAMILY}\s+(?:braucht|brauch|bräucht|braucht\s+jetzt|will|möchte|moechte)\s+(?:auch|aach|ebenfalls|noch)\s+(?:einen|en|ein)\s+termin`,
  'iu',
);
/** Whether a message asks for the same appointment for someone of the family. */
export const asksSameForAnother = (text: string): boolean => SAME_FOR_ANOTHER.test(text);

/** "direkt danach", "gleich im Anschluss": the new appointment right after the first. */
const RIGHT_AFTER = /(?<!\p{L})(?:direkt|gleich|glei|unmittelbar|sofort)\s+(?:danach|dahinter|hinterher|im\s+anschluss)(?!\p{L})|(?<!\p{L})im\s+anschluss(?!\p{L})/iu;
export const wantsRightAfter = (text: string): boolean => RIGHT_AFTER.test(text);

/** The words a booking for another person starts with: the service, and from the first booking's time when asked "danach" (read like a citizen's first message). */
export function bookingWishFor(service: string, from?: { date: string; time: string }): string {
  if (!from) return `Termin für ${service}`;
  const [year, month, day] = from.date.split('-');
  return `Termin für ${service} am ${day}.${month}.${year} ab ${from.time} Uhr`;
}

/**
 * "Ich bin 84 und kann nicht mehr so gut laufen … muss ich da wirklich selbst hinkommen?", "Ich bin
 * pflegebedürftig und kann das Haus nicht verlassen": someone who cannot come to the office, whom an
 * entry's note on a visit at home or an exemption answers (it had been the children's note on
 * coming along).
 */
const CANNOT_COME =
  /(?<!\p{L})(?:(?:kann|können|koennen)\s+(?:\p{L}+\s+){0,3}?(?:(?:nicht|net|ned)\s+(?:mehr\s+)?(?:so\s+)?(?:gut\s+)?(?:laufen|laufe|gehen|gehe|raus)|(?:das\s+)?haus\s+nicht\s+(?:mehr\s+)?verlassen|nicht\s+(?:mehr\s+)?(?:raus|aus\s+dem\s+haus))|pflegebedürftig\p{L}*|pflegebeduerftig\p{L}*|bettlägerig\p{L}*|bettlaegerig\p{L}*|gehbehindert\p{L}*|rollstuhl\p{L}*|(?:wirklich\s+)?(?:selbst|selber|persönlich|persoenlich)\s+(?:hin|vorbei)?(?:kommen|kumme))(?!\p{L})/iu;
export const cannotComeToTheOffice = (text: string): boolean => CANNOT_COME.test(text);
/** The words of a note on it (a visit at home, the exemption). */
export const CANNOT_COME_WORDS: readonly string[] = ['Hausbesuch', 'befreit'].map(normalize);

/** "lieber einen Termin für …", "an appointment": an appointment named, however it is wished. */
const AN_APPOINTMENT = /(?<!\p{L})(?:termin\p{L}*|appointment)(?!\p{L})/iu;
export const namesAnAppointment = (text: string): boolean => AN_APPOINTMENT.test(text);

/** "für mich", "in meinem Namen", "für meine Frau": a matter done on another's behalf or for another grown-up. */
const ON_MY_BEHALF =
  /(?<!\p{L})(für mich|fuer mich|für uns|fuer uns|statt mir|an meiner stelle|in meinem namen|vollmacht|bevollmächtig\w*|bevollmaechtig\w*|for me|on my behalf|(?:für|fuer|fer)\s+(?:meine[nm]?|unsere[nm]?|mei|mai|unser)\s+(?:mutter|vater|mama|papa|oma|opa|eltern|schwieger\p{L}+|großmutter|grossmutter|großvater|grossvater|frau|fraa|mann|partner\p{L}*|nachbar\p{L}*))(?!\p{L})/iu;
/** The words that say for whom a matter is done, if a message has them. */
export const behalfSaid = (text: string): string | undefined => text.match(ON_MY_BEHALF)?.[0];
/** The words of a note on it (a power of attorney, a family registered together): "Kann ich für meine Frau gleich mit anmelden?" (trial 48). */
export const BEHALF_WORDS: readonly string[] = ['Vollmacht', 'Familie'].map(normalize);

/** "ich hab mein termin heut verpasst weil der bus net kam. kann ich en neue mache?" (blind set 243): a missed appointment, a new one wished. */
const MISSED_ONE_AGAIN =
  /(?<!\p{L})termin\p{L}*\s+(?:\p{L}+\s+){0,3}?verpasst(?!\p{L})[^?]{0,80}?(?<!\p{L})(?:neue[nmrs]?|nochmal|noch\s+mal|anderen|andere[nmr]?)(?!\p{L})/iu;
export const missedAppointmentAgain = (text: string): boolean => MISSED_ONE_AGAIN.test(text);
