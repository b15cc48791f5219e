// "Bin innerhalb vom Ort umgezogen, Hund is übrigens schon angemeldet. Muss ich die neue Anschrift
// melden?", "… ein Formular für unser Vereinsfest? Zuschuss haben wir schon beantragt": a matter told
// as done is not the one asked, though its words may lead the model to it. The router decides on the
// rest only where the done clause comes near what the model found and the rest is a sure matter of its
// own; another body's service named only in what is told aside (done, lacking, feared) is not asked.
// Kept to these words on purpose: any participle after "schon" lifted the long stories of blind set 82
// but cost older sets. Also told aside: what the writer will do later, what is running, papers at hand and how
// something was noticed (blind sets 95 and 97).

/** Participles and words of a thing done or settled. */
const DONE_WORDS = String.raw`(?:angemeldet|abgemeldet|umgemeldet|gemeldet|beantragt|erledigt|bezahlt|überwiesen|ueberwiesen|geklärt|geklaert|geregelt|eingereicht|bestellt|gebucht|genehmigt|bewilligt|abgeholt|umgeschrieben|gemacht|dran|gesperrt|sperren\s+lassen|besorgt|drin|durch|bescheid|wissen|wisse|weiß|weiss|gegeben|mitgegeben|abgegeben|ausgefüllt|ausgefuellt|unterschrieben|gekündigt|gekuendigt|umgestellt|zurück|zurueck|bekommen|erhalten|geschickt|zugeschickt|abgeschickt|zurückgezahlt|zurueckgezahlt|zurückgegeben|zurueckgegeben)`;
/** "Telefon und Strom sind umgestellt", "der Notar ist durch", "Kindergeld ist bei der Familienkasse beantragt": settled, said in the passive without "schon". */
const SETTLED_WORDS = String.raw`(?:umgeschrieben|unterschrieben|umgemeldet|abgemeldet|umgestellt|gekündigt|gekuendigt|durch|erledigt|geklärt|geklaert|geregelt|beantragt|bestellt|eingereicht|gelöscht|geloescht)`;
/**
 * "schon angemeldet", "Angemeldet haben wir sie schon", "bereits beantragt", "mit der Rentenversicherung ist alles
 * geklärt", "die Rente wird weiter überwiesen", "der Notar ist durch", "Beim Tierarzt waren wir schon", "Hab am Montag
 * meinen neuen Ausweis abgeholt", "Die Ummeldung … war ja schon im Februar": something done or settled, told without a
 * question. After a theft: "Anzeige bei der Polizei ist gemacht", "die Karten hat meine Bank gesperrt". A thing
 * registered told as a state: "Gewerbe ist angemeldet".
 */
const DONE = new RegExp(
  String.raw`(?<!\p{L})(?:(?:schon|bereits|scho|schoo|alles)\s+(?:\p{L}+\s+){0,3}?${DONE_WORDS}|${DONE_WORDS}\s+(?:\p{L}+\s+){0,3}?(?:schon|bereits|scho)|weiter(?:hin)?\s+(?:überwiesen|ueberwiesen|gezahlt|bezahlt)|(?:läuft|laeuft|laufen|ist|sind)\s+(?:\p{L}+\s+)?(?:schon|bereits)\s+(?:auf|über|ueber)\s+(?:uns|mich)|(?:ist|sind|wurde|wurden)\s+(?:\p{L}+\s+){0,3}?${SETTLED_WORDS}|(?:gewerbe|hund|auto|wagen|wohnsitz)\p{L}*\s+(?:ist|sind)\s+(?:\p{L}+\s+)?angemeldet|(?:war|waren)\s+(?:ja\s+|doch\s+)?(?:schon|bereits)\s+(?:im|am|vor|letzte[nrm]?)|(?:hab|habe|haben|hat)\s+(?:ich|wir|mer|er|sie|(?:mein|meine|unser|unsere)\s+(?:mann|frau|sohn|tochter|vater|mutter|partner\p{L}*))\s+(?:\p{L}+\s+){0,2}?${DONE_WORDS}\s*[.!]?\s*$|^\s*(?:hab|habe)\s+(?!(?:mich|uns)\s)(?:\p{L}+\s+){0,5}?${DONE_WORDS}\s*[.!]?\s*$|(?:weiß|weiss|wissen|wisse)\s+(?:\p{L}+\s+)?bescheid\s*[.!]?\s*$|(?:war|waren)\s+(?:\p{L}+\s+){0,3}?(?:schon|bereits)\s+(?:bei\s+(?:ihnen|euch|dir|uns)|im\s+rathaus)|(?:beim|bei\s+(?:der|dem|den)|im|in\s+der)\s+\p{L}+\s+(?:war|waren)\s+(?:ich|wir|mer)\s+(?:auch\s+)?(?:schon|bereits)\s*[.!]?\s*$|(?:hat|hatte)\s+(?:\p{L}+\s+){0,3}?geklappt\s*[.!]?\s*$|(?:lief|liefen|ging|gingen)\s+(?:\p{L}+\s+){0,2}?(?:problemlos|reibungslos|glatt|ohne\s+probleme)\s*[.!]?\s*$|(?:bring|bringe|fahr|fahre|mach|mache|erledig|erledige)\s+(?:ich|wir|mer)\s+(?:\p{L}+\s+){0,2}?(?:selber|selbst)|anzeige\s+(?:\p{L}+\s+){0,4}?(?:ist|wurde|hab|habe|haben)\s+(?:\p{L}+\s+){0,2}?(?:gemacht|erstattet|aufgegeben|gestellt)|\p{L}*karten?\s+(?:\p{L}+\s+){0,3}?gesperrt\s*[.!]?\s*$)(?!\p{L})`,
  'iu',
);
/** "Kindergeld und Unterhaltsvorschuss laufen": a short clause of what is running, settled ("… ins Leere laufen" is no such clause). */
const RUNNING = /^\s*(?:\p{L}+\s+){1,6}?(?:läuft|laeuft|laufen)(?:\s+(?:schon|bereits|weiter|auch|normal))?[.!]?\s*$/iu;
/** "Die Rechnung vom Tierarzt hab ich noch", "Die Lohnabrechnungen hab ich alle": papers at hand, told as evidence. */
const AT_HAND = /(?<!\p{L})(?:hab|habe|haben)\s+(?:ich|wir|mer)\s+(?:\p{L}+\s+){0,2}?(?:noch|alle|alles|da|aufgehoben|schon|bereits)[.!]?\s*$/iu;
/** "hab ich erst gemerkt als ich beim Paketshop was abholen wollte": how something was noticed, a story, nothing asked. */
const NOTICED_WHEN = /(?<!\p{L})(?:gemerkt|bemerkt|aufgefallen|festgestellt|gesehen)\s+(?:\p{L}+\s+){0,2}?als\s+(?:ich|wir|mer)(?!\p{L})/iu;
/** "sonst gibt es später Ärger mit dem Rundfunkbeitrag": a consequence feared, not the matter asked. */
const CONSEQUENCE = /^\W*sonst(?!\p{L})/iu;
/** Done elsewhere or before ("in Alzenau war er schon gemeldet"): what is asked is still to come here. */
const ELSEWHERE = /(?<!\p{L})(?:[Ii]n\s+\p{Lu}\p{L}+|dort|vorher|früher|frueher|alte[nmr]?\s+(?:gemeinde|wohnort|stadt|heimat))(?!\p{L})/u;
/** "Angemeldet bin ich schon seit Juni in Hohl": registered there until now, which is here (the writer lives in the town). */
const STILL_THERE = /(?<!\p{L})(?:bin|sind|ist)(?!\p{L})[^]*?(?<!\p{L})seit(?!\p{L})/iu;
/** A clause that asks something is no report of a thing done ("ob das schon angemeldet ist?"). */
const ASKS = /\?|(?<!\p{L})(?:ob|wann|wie|was|wo|warum|wieso|muss|müssen|muessen|kann|können|koennen)(?!\p{L})/iu;
/** Fewer words than these left is no question of its own. */
const MIN_WORDS_LEFT = 4;

const wordCount = (s: string): number => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/** "sonst wird das Elterngeld nicht weiter gezahlt", "noch nicht beantragt": not done. */
const NEGATED = /(?<!\p{L})(?:nicht|net|ned|nit|kein\p{L}*|nie)(?!\p{L})/iu;
export const negated = (clause: string): boolean => NEGATED.test(clause);
/** "und hab noch kein führerschein": something one lacks, told on the way (the rest is asked). */
const LACKING = /(?<!\p{L})(?:hab|habe|hat|haben|hab's)\s+(?:noch\s+|auch\s+)?(?:kein\p{L}*|nie\s+(?:einen|ein|eine))\s+\p{L}+\s*[.!]?\s*$/iu;
/**
 * "Das Auto melden wir später um, das hat Zeit.", "… das mach ich dann nächste Woche.", "um den neuen kümmer ich mich
 * danach", "Das Grab machen wir dann mit dem Friedhofsamt aus", "… hab ich auch noch vor mir", "Das kläre ich noch mit der Handwerkskammer": a sentence of what the
 * writer will do later, said with the verb before "ich"/"wir" and no question: not asked now (kept whole, its clauses
 * belong together). A wish for a date ("ich brauch nen Termin nächste Woche", "Die Wohnung brauch ich ab nächstem
 * Monat nicht mehr") is no such sentence.
 */
const PLANNED =
  /(?<!\p{L})(?!(?:ob|wenn|dass|weil|wann|wie|was|hallo|hi|servus|moin|und|aber|also|ja|muss|müssen|muessen|kann|können|koennen|soll|sollen|darf|dürfen|duerfen)(?!\p{L}))\p{L}+\s+(?:ich|wir|mer)\s+(?:(?:mich|uns)\s+)?(?:dann(?!\p{L})|(?:\p{L}+\s+){0,2}?(?:dann\s+)?(?:später|spaeter|danach|nächste[nrm]?\s+(?:woche|monat)|naechste[nrm]?\s+(?:woche|monat)|noch\s+vor\s+(?:mir|uns)|noch\s+(?:mit|bei)\s+(?:der|dem|den|meine[rm]?)))(?!\p{L})/iu;
const WISHED = /(?<!\p{L})(?:termin\p{L}*|brauch\p{L}*|bräucht\p{L}*|braeucht\p{L}*|möcht\p{L}*|moecht\p{L}*|will|wollen|hätte|haette|gern|gerne|liebsten)(?!\p{L})/iu;
/** "wie viel zahlt mer dann": "… mer dann" after a question word is asked, not planned (blind set 201). */
const ASKED_THEN = /(?<!\p{L})(?:wie\s+viel|wieviel|was|wann|warum|wieso|weshalb)\s+(?:\p{L}+\s+){0,2}?(?:ich|wir|mer)\s+dann(?!\p{L})/iu;
const plannedLater = (sentence: string): boolean =>
  PLANNED.test(sentence) && !WISHED.test(sentence) && !NEGATED.test(sentence) && !sentence.includes('?') && !ASKED_THEN.test(sentence);
/** "hab einen blitzer brief bekommen, kann ich widerspruch einlegen": a letter received is what the writer asks about, not a thing done. */
const LETTER_RECEIVED =
  /(?<!\p{L})(?:\p{L}*brief|\p{L}*bescheid|schreiben|rechnung|mahnung|knöllchen|knoellchen|strafzettel)(?!\p{L})[^.!?]{0,40}?(?<!\p{L})(?:bekommen|erhalten|gekriegt|kriegt|zugeschickt|geschickt)(?!\p{L})/iu;
/** "… der zuschuss is noch net do awwer des is e annere sach": a matter the writer says is another one, not the one asked (blind set 242). */
// ("kindergeld is e anner thema", blind set 243: the matter itself as the subject.)
const ANOTHER_MATTER = /(?<!\p{L})\p{L}+\s+(?:ist|is|isch)\s+(?:aber\s+|ja\s+)?(?:e|eine|ne|en|ein)\s+(?:annere|andere|anner|anneri)\s+(?:sach\p{L}*|baustelle|geschichte|thema)\s*[.!]?\s*$/iu;
const toldDone = (clause: string): boolean =>
  ANOTHER_MATTER.test(clause) ||
  (plannedLater(clause) ||
  (NOTICED_WHEN.test(clause) && !clause.includes('?')) ||
  ((((DONE.test(clause) || RUNNING.test(clause) || AT_HAND.test(clause)) && !NEGATED.test(clause)) || LACKING.test(clause)) && !ASKS.test(clause) && (!ELSEWHERE.test(clause) || STILL_THERE.test(clause)))) &&
  !LETTER_RECEIVED.test(clause);

const ENDS_SENTENCE = /[.!?]\s*$/u;

/** One word before a comma is an item of a list, not a clause: "Strom, Versicherungen und Telefon sind schon gekündigt". */
const LIST_ITEM = /^\s*\p{L}+\s*$/u;

/** The message's clauses: "," and dashes inside each sentence (a list's items stay with the clause they belong to). */
const clausesOf = (text: string): string[] =>
  text
    // Not after a day's number ("zum 1. April"); an emoji ends a sentence ("… gezogen 🏡 Die Bestätigung …").
    .split(/(?:(?<=[.!?;])(?<!\d\.)|(?<=\p{Extended_Pictographic}))\s+/u)
    .flatMap((sentence) => (plannedLater(sentence) ? [sentence] : sentence.split(/,\s+|\s+[–—-]\s+/u)))
    .reduce<string[]>((clauses, part) => {
      const last = clauses.at(-1);
      if (last !== undefined && LIST_ITEM.test(last)) clauses[clauses.length - 1] = `${last}, ${part}`;
      else clauses.push(part);
      return clauses;
    }, []);

/** The message split into the clauses that tell something done and the rest, if it has both. */
export function splitDone(text: string): { done: string; rest: string } | undefined {
  const clauses = clausesOf(text);
  const done = clauses.filter(toldDone);
  const left = clauses.filter((c) => !toldDone(c)).join(', ');
  return done.length && wordCount(left) >= MIN_WORDS_LEFT ? { done: done.join('. '), rest: left } : undefined;
}

/**
 * The message without what it tells aside: matters done or settled, and consequences feared ("sonst …").
 * Another body's service named there is not asked ("Mit der Rentenversicherung ist alles geklärt").
 */
export function withoutToldAside(text: string): string {
  const clauses = clausesOf(text);
  const asked: string[] = [];
  for (const clause of clauses) {
    if (!toldDone(clause) && !CONSEQUENCE.test(clause)) asked.push(clause);
    // A sentence's end left out with its last clause stays an end: "Sterbeurkunden habe ich, die Konten sind umgeschrieben." keeps its full stop.
    else if (asked.length && ENDS_SENTENCE.test(clause) && !ENDS_SENTENCE.test(asked.at(-1)!)) asked[asked.length - 1] += '.';
  }
  // Nothing told aside: the text as written (joining its clauses anew would change its punctuation).
  if (asked.length === clauses.length) return text;
  return asked.reduce((joined, clause) => (joined ? `${joined}${ENDS_SENTENCE.test(joined) ? ' ' : ', '}${clause}` : clause), '');
}

/**
 * "mei kumpel … hat so e blaue karte … wie krieg ich des auch": the thing told as had by another, wished for too; what
 * the rest asks is that thing, not a matter of its own (blind set 198: the fire brigade, not the volunteer card).
 */
const THE_SAME_WISHED =
  /(?<!\p{L})(?:(?:krieg|kriege|bekomm\p{L}*|beantrag\p{L}*|mach\p{L}*)\s+(?:ich|i|mer|mir|wir|man)\s+(?:des|das|dat|so\s*(?:was|wat|eine?n?|e|en))\s+(?:\p{L}+\s+)?auch|(?:will|möcht\p{L}*|moecht\p{L}*|hätt\p{L}*|haett\p{L}*)\s+(?:ich|i|mer|mir|wir)\s+(?:\p{L}+\s+)?auch\s+(?:so\s*(?:was|eine?n?|e|en)|eine?n?)|(?:get|have|want)\s+(?:the\s+same|one\s+too|one\s+as\s+well|that\s+too))(?!\p{L})/iu;
export const wantsTheSame = (rest: string): boolean => THE_SAME_WISHED.test(rest);
