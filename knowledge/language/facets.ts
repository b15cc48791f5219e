// What a question asks about a topic: its fees, how long it takes, the documents, the procedure,
// whether an appointment is needed, who is responsible (and when they are open), or whether it can
// be done online. The first answer to a topic answers that point; a follow-up ("Und was kostet
// das?") asks for one more.
import { normalize } from './normalize';
import { tokenize } from './tokenize';
import { asksWhenToPay } from './how-else';
import { asksAboutPenalty } from './penalty';

const FACET_NAMES = ['fees', 'duration', 'documents', 'procedure', 'appointment', 'office', 'online'] as const;
export type Facet = (typeof FACET_NAMES)[number];
/** Whether a kept value (the point answered last) names a facet. */
export const isFacet = (value: unknown): value is Facet => (FACET_NAMES as readonly unknown[]).includes(value);

// Normalized word prefixes per facet (prefixes cover inflections: "kostet", "Gebühren", "dauert");
// phrases with a space match whole words in order. The first matching facet wins.
// English words follow the German ones: a citizen writing English asks "how much" too.
const FACET_WORDS: Array<[Facet, string[]]> = [
  // "wie viel " and "wieviel " end with a space: "Wie viele Einwohner …?" asks a number, not a price.
  ['fees', ['kost', 'kosch', 'gebuhr', 'preis', 'teuer', 'bezahl', 'zahl', 'gunstig', 'euro', 'umsonst', 'kostenlos', 'wie hoch', 'wie viel ', 'wieviel ', 'betrag',
    'cost', 'fee', 'price', 'how much', 'pay', 'charge', 'free of charge']],
  // "Wie viel Zeit habe ich dafür?", "Wie lange ich habe Zeit?": the time one has, not the opening hours.
  ['duration', ['dauer', 'lang vorher', 'lange vorher', 'wie fruh', 'lang', 'wartezeit', 'bearbeitungszeit', 'fertig', 'fertisch', 'schnell', 'wann bekomm', 'habe ich zeit', 'hab ich zeit', 'ich habe zeit', 'ich hab zeit', 'haben wir zeit', 'wir haben zeit', 'wie viel zeit', 'wieviel zeit', 'how long', 'waiting time', 'when will i get']],
  // "was brauch ich", not "brauch ich eine Baugenehmigung?" (a yes-or-no question about the matter itself).
  // "brauch die kleine au e foto?": the photo is one of the documents (their line says how it is taken).
  // ("brauch isch e Bild mitbrinne?", trial 55: the dialect's "mitbrinne" and the photo as "Bild".)
  ['documents', ['unterlag', 'dokument', 'mitbring', 'mitbrin', 'mitnehm', 'bild ', 'mit bringen', 'mit nehmen', 'nachweis', 'was brauch', 'was benotig', 'foto', 'lichtbild', 'passbild', 'documents', 'what do i need', 'what should i bring', 'photo',
    // ("was für Papiere brauch ich?", "what papers", trial 61: no list had come.)
    'was fur papiere', 'welche papiere', 'what papers', 'which papers',
    // ("What do I need to bring?", trial 66: "bring" had named the recycling centre.)
    'need to bring', 'have to bring', 'must i bring', 'do i bring']],
  ['procedure', ['ablauf', 'vorgehen', 'vorgehensweise', 'wie geht', 'wie lauft', 'how do i', 'procedure', 'steps']],
  ['office', ['zustandig', 'anruf', 'aaruf', 'offnungszeit', 'geoffnet', 'sprechzeit', 'anschrift', 'telefonnummer', 'wann offen', 'wann auf', 'responsible', 'opening hours', 'phone number']],
  // "Muss ich persönlich hin?" is answered by the short answer (it says where one applies in person), not by the appointment.
  ['appointment', ['termin', 'vorbeikommen', 'vorbei', 'appointment']],
  ['online', ['online', 'internet', 'digital']],
];

/** The prefixes in normalized spelling ("dauer" folds to "daur" like "dauert" does). */
const FACETS: Array<[Facet, string[]]> = FACET_WORDS.map(([facet, prefixes]) => [facet, prefixes.map(normalize)]);
const PHRASES = FACETS.flatMap(([, prefixes]) => prefixes.filter((p) => p.includes(' ')));
/** "online" names a topic too (online-dienste), so it does not count as a mere facet word for routing. */
const ROUTING: Array<[Facet, string[]]> = FACETS.filter(([facet]) => facet !== 'online');

/** The period a price is asked for ("per year", "im Jahr", "monatlich"), as the index keeps those words. */
const PRICE_PERIOD_WORDS: ReadonlySet<string> = new Set(['per', 'pro', 'year', 'years', 'yearly', 'annual', 'annually', 'month', 'monthly', 'jahr', 'jahre', 'jährlich', 'jaehrlich', 'monat', 'monatlich']);
/** Whether a word only says the period of a price asked ("what does it cost per year?" names no matter, trial 58). */
export const isPricePeriodWord = (word: string): boolean => PRICE_PERIOD_WORDS.has(word);

/** Whether a normalized word only names a facet ("kostet", "dauert", "Termin") and not a topic. */
export function isFacetWord(word: string): boolean {
  return ROUTING.some(([, prefixes]) => prefixes.some((p) => (p.endsWith(' ') ? word === p.trim() : !p.includes(' ') && word.startsWith(p))));
}

/** Whether a normalized word asks whether something can be done online ("online", "digital"). */
export function isOnlineWord(word: string): boolean {
  return FACETS.some(([facet, prefixes]) => facet === 'online' && prefixes.some((p) => word.startsWith(p)));
}

/** The words of the facet phrases a text contains ("how much" → how, much), as the index spells them. */
export function facetPhraseWords(text: string): Set<string> {
  const joined = ` ${tokenize(text).map(normalize).join(' ')} `;
  return new Set(PHRASES.filter((p) => joined.includes(` ${p.trim()} `)).flatMap((p) => p.trim().split(' ')));
}

/**
 * "Wie melde ich den an und was kostet das?", "wie bekomm ich nen kitaplatz … und was kosted das": how to, asked in its
 * verb beside another point, is the procedure too (trial 34: only the cost had been answered). Alone, such a question
 * is the short answer's ("Wie melde ich mich an?"), with the note it names.
 */
const HOW_TO = ['wie meld', 'wie beantrag', 'wie bekomm', 'wie krieg', 'how can i get', 'how do i get'].map(normalize);

/** "was muss ich da mache", "was ist zu tun", "what do I have to do": what to do, in its verb (not "Was muss ich zahlen?", the amount). */
const WHAT_TO_DO =
  /(?<!\p{L})(?:(?:was|wos)\s+(?:muss|müssen|muessen|soll|sollen)\s+(?:ich|isch|i|wir|mer|man)\s+(?:\p{L}+\s+){0,3}?(?:machen|mache|macha|tun|tue|erledigen|erledige|beachten|beachte)|was\s+(?:ist|gibt\s+es)\s+(?:da\s+)?zu\s+tun|what\s+(?:do|should|must)\s+(?:i|we)\s+(?:have\s+to\s+|need\s+to\s+)?do|what\s+(?:i|we)\s+(?:need|have|must)\s+(?:to\s+)?do)(?!\p{L})/iu;

/**
 * "Wie lange ist die Ruhezeit für ein Grab?": a period the matter has, named (trial 61: answered as how long applying takes); not
 * the processing or waiting time, which is the duration asked.
 */
const PERIOD_NAMED =
  /(?<!\p{L})wie\s+lang\p{L}*\s+(?:ist|sind|is|isch|geht|gilt|läuft|laeuft|dauert)\s+(?:die|der|das|eine?)\s+(?!bearbeitungs|warte|liefer|verfahrens|antrags)\p{L}*(?:zeit|frist)(?!\p{L})/iu;

/** "wie lange ist der gültig": how long a document is valid, not how long it takes to get. */
/** A second or further dog, whose tax rate differs. */
const ANOTHER_DOG = /(?<!\p{L})(?:zweite[nrs]?\s+hund\p{L}*|weitere[nrs]?\s+hund\p{L}*|zwei\s+hunde\s+(?:hab|habe|haben|hätt\p{L}*|haett\p{L}*|halt\p{L}*)|zweithund\p{L}*|second\s+dog)(?!\p{L})/iu;
const VALIDITY = ['gultig', 'gilt', 'valid'];
/** "langt der Kinnerausweis?": the dialect's "is it enough", no length of time (trial 55: the processing time had come). */
const ENOUGH = new Set(['langt', 'langts', 'langet']);
/** "und wenn ich die Unterlagen verloren habe?": documents lost, not which ones to bring. */
const LOST = ['verlor', 'verlegt', 'gestohl', 'geklaut', 'verschwund', 'lost'];
/** "Bis wann muss ich zahlen?": by when, not what it costs (the deadlines answer it: how-else.ts). */
const BY_WHEN = ' bis wann ';
/** Words of paying, which ask by when in "Wann muss ich … zahlen?" (asksWhenToPay); "kostet", "Gebühr" still ask the amount. */
const PAYING = ['zahl', 'bezahl'];
/** "Can I pay … by direct debit?", "kann ich per Lastschrift zahlen": the way of paying asked, not the amount (trial 63: "I have no reliable information on what it costs"). */
const WAY_OF_PAYING =
  /(?<!\p{L})(?:by\s+(?:direct\s+debit|debit|card|credit\s+card|bank\s+transfer|transfer|cash|paypal)|direct\s+debit|per\s+(?:lastschrift|überweisung|ueberweisung|karte|ec-?karte|kreditkarte|paypal|einzug)|mit\s+(?:karte|ec-?karte|kreditkarte|bargeld|paypal)|lastschrift\p{L}*|abbuch\p{L}*|sepa\p{L}*)(?!\p{L})/iu;
const PAY_WORDS = ['zahl', 'bezahl', 'pay'];
/** Money paid to the citizen: "Wie hoch ist meine Rente?" asks its amount, which is no fee of the office's. */
const BENEFITS = ['rente', 'wohngeld', 'elterngeld', 'kindergeld', 'burgergeld', 'pflegegeld', 'arbeitslosengeld', 'pension'].map(normalize);
/** The words that ask an amount without naming a price ("wie hoch", "wie viel"); "kostet", "Gebühr" still ask the fee. */
const AMOUNT = ['wie hoch', 'wie viel ', 'wieviel ', 'betrag', 'how much'].map(normalize);

/** "Wie hoch darf eine Hecke … sein?": a height or size allowed, not an amount (trial 43: it had been answered as the fee). */
const SIZE_ALLOWED = /(?<!\p{L})wie\s+(?:hoch|groß|gross|breit|tief|weit|lang)\s+(?:darf|dürf\p{L}*|duerf\p{L}*|kann|muss|soll)(?!\p{L})/iu;

/** The facets a question asks about ("Was kostet … und wie lange dauert es?": fees, duration), in the list's order. */
function facetsOf(text: string): Facet[] {
  const words = tokenize(text).map(normalize);
  const joined = ` ${words.join(' ')} `;
  const validity = words.some((w) => VALIDITY.some((v) => w.startsWith(v)));
  const lost = words.some((w) => LOST.some((l) => w.startsWith(l)));
  const byWhen = joined.includes(BY_WHEN);
  const whenToPay = asksWhenToPay(text);
  const wayOfPaying = WAY_OF_PAYING.test(text);
  // "muss ich dann Strafe zahlen?": a fine for not having done it (a note of the entry), not the service's fee.
  const penalty = asksAboutPenalty(text);
  const benefit = words.some((w) => BENEFITS.some((b) => w.startsWith(b))) || SIZE_ALLOWED.test(text);
  const asks = (p: string) => (p.includes(' ') ? joined.includes(` ${p}`) : words.some((w) => w.startsWith(p)));
  const facets = FACETS.filter(
    ([facet, prefixes]) =>
      // ("krieg ich da strafe weil der scho so lang abgelaufe is?": the fine, not how long it takes; trial 49.)
      !(facet === 'duration' && (validity || penalty || words.some((w) => ENOUGH.has(w)) || PERIOD_NAMED.test(text))) &&
      !(facet === 'documents' && lost) &&
      !(facet === 'fees' && (byWhen || penalty)) &&
      prefixes.some(
        (p) =>
          asks(p) &&
          !(facet === 'fees' && ((whenToPay && PAYING.includes(p)) || (wayOfPaying && PAY_WORDS.includes(p)) || (benefit && AMOUNT.includes(p)))),
      ),
  ).map(([facet]) => facet);
  // ("Und fürn zweite Hund?", "un wenn isch zwei hunde hab?" after the dog tax, trial 56: its rate for another dog; not a word
  // of the routing's, where "Hund" names the topic.)
  if (!facets.includes('fees') && ANOTHER_DOG.test(text)) facets.unshift('fees');
  // ("Mei Perso is abgelaufe, was muss ich da mache und was kost des?", trial 59: what to do beside the price is the procedure too.)
  return facets.length && !facets.includes('procedure') && (HOW_TO.some(asks) || WHAT_TO_DO.test(text)) ? [...facets, 'procedure'] : facets;
}

/** The questions of a message (with a question mark), else the whole message. */
const questionsOf = (text: string): string[] => text.match(/[^.!?]*\?/g) ?? [text];

/**
 * The facets the questions of a message ask about: with a question mark, those of its sentences
 * that ask ("Mein Ausweis ist fertig. Kann das mein Mann abholen?" asks no duration, the story
 * around it says "fertig"); without one, the whole message.
 */
export function facetsAsked(text: string): Facet[] {
  return facetsOf(questionsOf(text).join(' '));
}

/** Words that open a question of its own ("ab wann …", "muss ich …", "do I …"), in German, the region's words and English. */
const QUESTION_OPENING =
  /^(?:ab\s+wann|bis\s+wann|wann|wo|woher|wohin|wer|wen|wem|warum|wieso|weshalb|wie|was|welche\p{L}*|ob|muss|muß|mus|müssen|muessen|kann|darf|brauch\p{L}*|soll|gibt\s+(?:es|'s|s)|when|where|who|why|how\s+old|do|does|must|can|is|are)(?!\p{L})/iu;
/** "Muss ich Hundesteuer zahlen?", "Do I have to pay dog tax?": whether one pays at all (not "Was muss ich zahlen?", the amount). */
const WHETHER_TO_PAY =
  /(?<!(?:was|wieviel|viel|wann|what|how\s+much|when)\s+)(?<!\p{L})(?:muss|muß|mus|müssen|muessen)\s+(?:ich|isch|i|man|mer|wir)\s+(?:\p{L}+\s+){0,4}?(?:be)?zahl\p{L}*|(?<!(?:what|how\s+much|when)\s+)(?<!\p{L})(?:do|does|must)\s+(?:i|we|one)\s+(?:have\s+to\s+|need\s+to\s+)?pay(?!\p{L})/iu;

/**
 * The part of a question beside its points that no point answers ("ab wann kann mei Kleine in die Kita" beside "was kost
 * des"; "Do I have to pay dog tax?", whether at all beside the amount; trial 59: only the price had been answered), or
 * undefined when every part asks a point.
 */
export function askedBesideTheFacets(text: string): string | undefined {
  const questions = questionsOf(text);
  const whether = questions.find((q) => WHETHER_TO_PAY.test(q));
  if (whether !== undefined) return whether;
  const parts = questions.flatMap((q) => q.split(/[,;]|(?<!\p{L})(?:und|and|un)(?!\p{L})/iu)).map((part) => part.trim());
  return parts.find((part) => QUESTION_OPENING.test(part) && facetsOf(part).length === 0);
}

/**
 * "Muss ich eine Bescheinigung vom Tierarzt bringen?", "Brauch ich was vom Arbeitgeber?": a paper from someone else,
 * asked to bring or need. After an answer, it asks what that matter needs (trial 48: a proof of registration had been answered).
 */
const PROOF_FROM_SOMEONE =
  /(?<!\p{L})(?:bescheinigung\p{L}*|nachweis\p{L}*|attest\p{L}*|bestätigung\p{L}*|bestaetigung\p{L}*|papier\p{L}*|schreiben|was|etwas|irgendwas)\s+(?:vom|von\s+(?:der|dem|meine[mr]?|unsere[mr]?|ihre[mr]?|seine[mr]?))\s+\p{L}+/iu;
const NEEDED = /(?<!\p{L})(?:brauch\p{L}*|benötig\p{L}*|benoetig\p{L}*|muss|müssen|muessen|soll|bring\p{L}*|mitbring\p{L}*|vorleg\p{L}*|vorzeig\p{L}*)(?!\p{L})/iu;
export const asksProofFromSomeone = (text: string): boolean => PROOF_FROM_SOMEONE.test(text) && NEEDED.test(text);

/** The facet a question asks about, or undefined. The first matching facet wins. */
export const facetOf = (text: string): Facet | undefined => facetsOf(text)[0];

/** "zum Termin", "for the appointment": a field's label named as the occasion of a question, not as the question's subject. */
export const namesAsOccasion = (text: string, label: string): boolean =>
  new RegExp(
    `(?<!\\p{L})(?:zum|zur|zu\\s+dem|zu\\s+der|for\\s+the|for\\s+my)\\s+${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`,
    'iu',
  ).test(text);
