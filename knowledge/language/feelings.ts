// Feelings a message shows, answered before the matter: sympathy for a death in the family ("Mein
// Mann ist heute Nacht gestorben"; told, not asked about: "Wer meldet den Tod beim Standesamt?"
// names no loss of one's own), and an apology to someone annoyed ("seit 3 Monaten warte ich!!!").
import { dogDied, namesAnAnimal, relativeDied } from './animals';
import { scoldsTheStaff } from './small-talk';

/** One's own: the loss is the writer's ("mein Vater", "unsere Oma", "my mother"). */
const OWN = /(?<!\p{L})(mein\w*|mei|unser\w*|unsre|my|our)(?!\p{L})/iu;
/** A death told ("ist gestorben", "ist heute verstorben", "Todesfall in der Familie", "passed away"). */
const DEATH =
  /(?<!\p{L})(ist|sind|war|is|san|isch)(?!\p{L})[^.?!]{0,60}(?<!\p{L})(gestorben|verstorben|gestorbe|verstorbe|gstorbe|gstorbn|gstorben|gestorwe|gstorwe|verstorwe|verschieden|entschlafen|tot)(?!\p{L})|(?<!\p{L})(todesfall|trauerfall|died|passed\s+away|has\s+passed)(?!\p{L})/iu;

/** "Mei Vadder is heut nacht eigschlafe", "für immer eingeschlafen": fallen asleep for good; a baby asleep is none. */
const FELL_ASLEEP =
  /(?<!\p{L})(?:vater|vadder|vatter|mutter|mudder|mann|frau|oma|opa|papa|mama|großvater|grossvater|großmutter|grossmutter|schwiegervater|schwiegermutter)\s+(?:[\p{L}\d]+\s+){0,6}?(?:eingeschlafen|eingeschlafe|eigschlafe|eigschlafen|eigeschlafe|eigeschlafen|heimgegangen|von\s+uns\s+gegangen)(?!\p{L})|(?<!\p{L})(?:für|fuer)\s+immer\s+(?:eingeschlafen|eingeschlafe|eigschlafe|eigeschlafe)(?!\p{L})/iu;

/** Whether a message tells of a death in the writer's family or of their animal. */
export function lossTold(text: string): 'person' | 'animal' | undefined {
  if (!OWN.test(text) || !(DEATH.test(text) || FELL_ASLEEP.test(text))) return undefined;
  // An animal's death ("unser Hund ist gestorben"): sorry, but no condolence.
  // A relative's death told beside the dog is the relative's ("Meine Frau ist verstorben … unser Hund").
  return (namesAnAnimal(text) || dogDied(text)) && !relativeDied(text) ? 'animal' : 'person';
}

/** "Muss ich ihn beim Einwohnermeldeamt abmelden?" (trial 62: the residence's registration): the dead person deregistered, which the death's registration does. */
const DEREGISTERS_THEM =
  /(?<!\p{L})(?:(?:ihn|sie)\s+(?:\p{L}+\s+){0,3}?abmeld\p{L}*|abmelden\s+(?:\p{L}+\s+)?(?:ihn|sie)|(?:den|die|de)\s+(?:verstorbene[n]?|tote[n]?)\s+(?:\p{L}+\s+){0,3}?abmeld\p{L}*)(?!\p{L})/iu;
export const deregistersTheDead = (text: string): boolean => lossTold(text) === 'person' && DEREGISTERS_THEM.test(text);

/** Annoyance: waiting for months, a scandal, a useless assistant. */
const ANNOYED =
  /(?<!\p{L})(?:(?:warte\w*|wart)\s+(?:\p{L}+\s+){0,3}seit\s+(?:\d+|zwei|drei|vier|fünf|sechs|mehreren|vielen)\s+(?:monaten|jahren)|seit\s+(?:\d+|zwei|drei|vier|fünf|sechs|mehreren|vielen)\s+(?:monaten|jahren)\s+(?:\p{L}+\s+){0,3}warte\w*|unverschämt|frechheit|skandal\p{L}*|zu\s+(?:nix|nichts)\s+zu\s+gebrauchen|nutzlos|unfähig|unfaehig|saftladen|sauhaufen|inkompetent\p{L}*|(?:niemand|keiner|kein\s+mensch)\s+(?:geht|nimmt)\s+(?:\p{L}+\s+)?(?:ran|ab)|verärgert|stinksauer|useless|ridiculous|unacceptable)(?!\p{L})/iu;

/**
 * "!!!" with a reproach ("wo bleibt mein Ausweis!!!", "schon wieder nix abgeholt!!!"); alone it may be
 * joy, fright or hurry ("personalausweis verloren!!!", "prüfung bestande!!!"), and "???" is not
 * knowing what to say: no apology for an anger nobody showed.
 */
const EXCLAIMED = /!{3,}/u;
const REPROACH =
  /(?<!\p{L})(?:keiner|niemand|nix|nichts|immer\s+noch|schon\s+wieder|wieder\s+(?:net|nicht|nix|mal)|endlich|wo\s+bleibt|warum|wieso|weshalb|ewig|seit\s+wochen)(?!\p{L})/iu;

/** Whether a message shows annoyance, at the town ("ihr im rathaus seid doch alles faule säck") or at the assistant. */
export const isAnnoyed = (text: string): boolean => ANNOYED.test(text) || (EXCLAIMED.test(text) && REPROACH.test(text)) || scoldsTheStaff(text);

/**
 * A complaint that names no matter ("Ich möchte mich beschweren.", "Ich habe eine Beschwerde."):
 * a person should hear it. One that names its matter ("… über die Müllabfuhr") goes to that topic.
 */
const BARE_COMPLAINT =
  /^\W*(?:(?:hallo|guten\s+(?:tag|morgen|abend)|servus|grüß\s+gott)\W+)?(?:(?:ich|wir)\s+(?:möchte\w*|moechte\w*|will|wollen|würde\w*\s+gerne?|muss|müssen)\s+(?:mich|uns)\s+(?:mal\s+|hier\s+)?beschwer\w*|(?:ich|wir)\s+(?:habe|hab|hätte|haben|hätten)\s+(?:eine|e|ne|'ne)\s+beschwerde|beschwerde(?:\s+(?:einreichen|einlegen|melden|abgeben))?|(?:wo|bei\s+wem)\s+kann\s+(?:ich|man)\s+(?:mich|sich)\s+beschwer\w*|i\s+(?:want|would\s+like)\s+to\s+(?:make\s+a\s+)?complain\w*)(?:\s+bitte)?\W*$/iu;
export const isBareComplaint = (text: string): boolean => BARE_COMPLAINT.test(text);

/**
 * "entschuldigung, ich bin grad etwas durcheinander", "ich weiß nicht mehr weiter", "mir wird das
 * alles zu viel": someone overwhelmed (often after a death), who needs time, not a rephrasing.
 */
const OVERWHELMED =
  /(?<!\p{L})(?:durcheinander|überfordert|ueberfordert|verwirrt|(?:weiß|weiss|wees|woas)\s+(?:\p{L}+\s+){0,2}?(?:nicht|net|ned|nimmer)\s+(?:mehr\s+)?weiter|(?:alles|des|das)\s+(?:\p{L}+\s+){0,2}?zu\s+viel|(?:kopf|nerven)\s+(?:\p{L}+\s+){0,2}?(?:voll|durch|am\s+ende))(?!\p{L})/iu;
export const saysOverwhelmed = (text: string): boolean => OVERWHELMED.test(text);

/** "ich bin so allein über die feiertage", "fühl mich einsam": loneliness said of oneself. */
const ALONE =
  /(?<!\p{L})(?:(?:ich\s+bin|bin|fühl\p{L}*\s+mich|fuehl\p{L}*\s+mich|ich\s+fühle\s+mich)\s+(?:\p{L}+\s+){0,3}?(?:allein|alleine|allaa|alla|einsam)|einsam\p{L}*|niemand\p{L}*\s+(?:mehr\s+)?zum\s+reden|keiner\s+(?:mehr\s+)?(?:zum\s+reden|der\s+mit\s+mir\s+red\p{L}*))(?!\p{L})/iu;
/**
 * "ich wollt einfach mit jemand reden", "Keiner ruft an." (blind set 249): someone to talk to, not an office ("mit jemand vom Bauamt reden" is
 * a person of the Rathaus).
 */
const TO_TALK =
  /(?<!\p{L})(?:mit\s+(?:jemand\p{L}*|einem\s+menschen|wem|irgendwem|irgendjemand\p{L}*)\s+(?!(?:vom|von|aus|im)\s)(?:\p{L}+\s+){0,2}?(?:reden|rede|redde|sprechen|spreche|quatschen|quatsche|schwätze\p{L}*|schwaetze\p{L}*|babbel\p{L}*|unterhalten)|zum\s+reden|jemand\s+(?:der|die)\s+(?:mir\s+)?zuhört|zuhoert|(?:keiner|niemand|koaner|kaaner)\s+(?:mehr\s+)?(?:ruft|meldet\s+sich|besucht|kommt)(?:\s+(?:mich|mi|an|vorbei))*)(?!\p{L})/iu;
/** A message this short that says "einsam" is about that alone ("ich fühl mich so einsam"); "allein" alone is mostly a circumstance ("bin allein zu Hause"). */
const SHORT = 10;
const LONELY = /(?<!\p{L})einsam\p{L}*(?!\p{L})/iu;

/** Whether someone tells of being lonely and wishes to talk (the TelefonSeelsorge listens; the Rathaus has no service for it). */
export const feelsLonely = (text: string): boolean =>
  (ALONE.test(text) && TO_TALK.test(text)) || (LONELY.test(text) && text.trim().split(/\s+/).length <= SHORT);
