// The town as the employer asked in everyday words: "Nimmt die Gemaa selbst aach Lehrlinge?" is the
// town's job and training offers; the model knows "Ausbildung beim Markt", not apprentices at the Gemaa.

import { asksProvisionalIdDocument } from './documents';

/** An apprentice, a trainee, a job or an internship. */
const TRAINEE_OR_JOB = /(?<!\p{L})(?:lehre(?=\s+(?:im|beim)\s+(?:rathaus|bauhof|markt))|lehrling\p{L}*|lehrstelle\p{L}*|azubi\p{L}*|auszubildende\p{L}*|ausbildungsplatz\p{L}*|ausbildungsstelle\p{L}*|praktikant\p{L}*|praktikum\p{L}*)(?!\p{L})/iu;
/** The town itself taking them on. */
const THE_TOWN = /(?<!\p{L})(?:gemeinde|gemaa|gemää|gmaa|markt|rathaus|verwaltung|bauhof|bei\s+(?:euch|ihnen))(?!\p{L})/iu;

/** A document to pick up ("darf ich den Reisepass für ihn abholen"): an internship elsewhere is only why he cannot come. */
const DOCUMENT_PICKED_UP =
  /(?<!\p{L})(?:abhol\p{L}*|abgeholt|abzuholen)(?!\p{L})[^]*?(?<!\p{L})(?:pass|reisepass|ausweis|personalausweis|perso)(?!\p{L})|(?<!\p{L})(?:pass|reisepass|ausweis|personalausweis|perso)(?!\p{L})[^]*?(?<!\p{L})(?:abhol\p{L}*|abgeholt|abzuholen)(?!\p{L})/iu;

/** Certified copies for an application ("beglaubigte Kopien von meinem Zeugnis für die Bewerbung"): the certification, not a job. */
// "Lehrvertrag von meim Azubi muss eingetragen werden": an own apprentice's contract, the chamber's.
// "wie funktioniert das deutschlandticket für azubis": a ticket for them, no job.
const CERTIFIED = /(?<!\p{L})(?:beglaubig\p{L}*|amtlich\s+(?:bestätigt|bestaetigt|bestätich|bestaetich)\p{L}*|lehrvertrag\p{L}*|ausbildungsvertrag\p{L}*|\p{L}*ticket\p{L}*|fahrkarte\p{L}*|monatskarte\p{L}*)(?!\p{L})/iu;

/**
 * "Ich habe mich … für den Bauhof beworben, Kennziffer 07/2024", "Hab mich bei euch auf die Stelle im Kindergarten
 * beworben": an application to the town, its state asked.
 */
const APPLIED_TO_THE_TOWN =
  /(?<!\p{L})(?:beworben|bewerbung\p{L}*)(?!\p{L})[^]*?(?<!\p{L})(?:bauhof|gemeinde|markt|rathaus|verwaltung|kennziffer|stellenausschreibung\p{L}*)(?!\p{L})|(?<!\p{L})bei\s+(?:euch|ihnen|eich)\s+(?:\p{L}+\s+){0,6}?beworben(?!\p{L})/iu;
export const appliedToTheTown = (text: string): boolean => APPLIED_TO_THE_TOWN.test(text) && !CERTIFIED.test(text);

/** "Habt ihr ebbes frei fer Erzieherinne in eure Kindergärte?", "ich bin erzieherin und such was" (blind set 212), "stellen in der kita als erzieherin" (blind set 236): a job in the town's Kitas, not a place for a child. */
const EDUCATOR_JOB =
  /(?<!\p{L})(?:(?:sucht|suchen)\s+(?:die\s+gemeinde|der\s+markt|ihr|sie)\s+(?:\p{L}+\s+){0,5}?(?:personal|erzieher\p{L}*|kinderpfleger\p{L}*)|(?:frei|stelle\p{L}*|job\p{L}*|arbeit)\s+(?:\p{L}+\s+){0,2}?(?:für|fuer|fer)\s+(?:eine?\s+)?(?:erzieher\p{L}*|kinderpfleger\p{L}*|kinderpflegerin\p{L}*)|(?:erzieher\p{L}*|kinderpfleger\p{L}*)\s+(?:\p{L}+\s+){0,3}?(?:gesucht|sucht|einstell\p{L}*|bewerb\p{L}*)|(?:bin|als)\s+(?:\p{L}+\s+)?(?:erzieher\p{L}*|kinderpfleger\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:such\p{L}*|bewerb\p{L}*)|(?:stelle[n]?|jobs?|arbeit)\s+(?:\p{L}+\s+){0,4}?als\s+(?:eine?\s+)?(?:erzieher\p{L}*|kinderpfleger\p{L}*))(?!\p{L})/iu;
export const asksEducatorJob = (text: string): boolean => EDUCATOR_JOB.test(text);

/** "Gibt es Minijobs bei der Gemeinde, z.B. Schulweghelfer?": a side job at the town asked for (blind set 184: it had been the hall's rent). */
const SIDE_JOB = /(?<!\p{L})(?:minijob\p{L}*|nebenjob\p{L}*|aushilfsjob\p{L}*|ferienjob\p{L}*|schülerjob\p{L}*|schuelerjob\p{L}*|450-?euro-?job\p{L}*|520-?euro-?job\p{L}*)(?!\p{L})/iu;
const ASKED_FOR = /(?<!\p{L})(?:gibt\s+es|gibts|gibt's|habt\s+ihr|haben\s+sie|sucht|suchen|such\p{L}*|bewerb\p{L}*)(?!\p{L})/iu;
export const asksSideJobAtTheTown = (text: string): boolean => SIDE_JOB.test(text) && ASKED_FOR.test(text) && THE_TOWN.test(text);

/** Whether a message asks if the town takes on apprentices or interns. */
/** "als kleiner handwerksbetrieb mit nur mir und einem azubi": the writer's own apprentice, no job asked. */
const OWN_TRAINEE = /(?<!\p{L})(?:mein\p{L}*|unser\p{L}*|mit\s+(?:\p{L}+\s+){0,3}?einem)\s+(?:\p{L}+\s+)?(?:azubi|lehrling|auszubildend|praktikant)\p{L}*/iu;
export const asksTownAsTrainer = (text: string): boolean =>
  TRAINEE_OR_JOB.test(text) && THE_TOWN.test(text) && !OWN_TRAINEE.test(text) && !DOCUMENT_PICKED_UP.test(text) && !CERTIFIED.test(text) && !asksProvisionalIdDocument(text);

/** "wo kann ich mich bewerben und an wen schicke ich die unterlagen": an application to the town, whatever licence or trade is told. */
const APPLIES = /(?<!\p{L})(?:(?:wo|wie|wohin|bei\s+wem)\s+(?:kann|muss|soll)\s+(?:ich|man)\s+(?:mich\s+)?(?:\p{L}+\s+){0,2}?bewerb\p{L}*|(?:an\s+wen|wohin)\s+(?:\p{L}+\s+){0,2}?(?:schicke|sende|schick)\s+(?:ich\s+)?(?:die\s+|meine\s+)?(?:bewerbung|unterlagen))(?!\p{L})/iu;
export const asksWhereToApply = (text: string): boolean => APPLIES.test(text);

/** "Sucht die Firma im Gewerbegebiet noch Staplerfahrer? … die stellen ein", "ob de rewe odder de edeka in mömbris grad leut sucht": a firm's jobs, not the town's (nor a trade to register). */
const FIRM_HIRING =
  /(?<!\p{L})(?:(?:sucht|suchen|stellt|stellen)\s+(?:die|der|das|eine?|diese)\s+(?:firma|fabrik|spedition|supermarkt|bäckerei|baeckerei|metzgerei|druckerei|gärtnerei|gaertnerei|werkstatt)|(?:firma|fabrik|spedition|supermarkt|werkstatt|rewe|edeka|aldi|lidl|netto|penny|kaufland|norma|rossmann|tankstelle|tankstell)\s+(?:\p{L}+\s+){0,4}?(?:sucht|suchen|stellt\s+(?:\p{L}+\s+)?ein|stellen\s+(?:\p{L}+\s+)?ein))(?!\p{L})/iu;
export const firmHires = (text: string): boolean => FIRM_HIRING.test(text) && !THE_TOWN.test(text);
