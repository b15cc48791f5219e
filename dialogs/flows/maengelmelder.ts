// Schaden oder Mangel melden (maengelmelder): kind, place, description, an optional photo and contact.
import { z } from 'zod';
import { choice, text, type FlowDefinition } from '../engine';
import { button, declines } from '../../knowledge/texts/commands';
import { texts } from '../../knowledge/texts/index';
import { isOnlyAnAddress } from '../../knowledge/language/names';
import {
  anyContact,
  choices,
  contactNote,
  type FlowContext,
  neighbourIn,
  ortsteilIn,
  phoneSaidIn,
  placeInTown,
  showOptional,
  skippable,
} from '../fields';

/** At most this many words make a message a contact ("meine Mail ist …"), not more about the damage. */
const CONTACT_WORDS = 5;
/** "my email is tom.b@example.org", "0171 2345678": a contact and nothing else. */
const onlyAContact = (said: string): boolean =>
  said.trim().split(/\s+/).length <= CONTACT_WORDS && anyContact.safeParse(said.trim()).success;

// ("Glätte / Winterdienst": ice and snow not cleared, for the winter service to see at once; trial 53: it had been "Sonstiges".)
const CATEGORIES = [
  'Straßenbeleuchtung',
  'Straßenschaden',
  'Glätte / Winterdienst',
  'Wilder Müll',
  'Spielplatz',
  'Verkehrszeichen',
  'Sonstiges',
] as const;
const OTHER: (typeof CATEGORIES)[number] = 'Sonstiges';
const ICE: (typeof CATEGORIES)[number] = 'Glätte / Winterdienst';
/** Words from which a message typed at the category is a description of the damage, not a category misspelt. */
const DESCRIPTION_WORDS = 4;

/** Words that name the kind of damage in a citizen's report, by category. */
const DAMAGE_WORDS: ReadonlyArray<readonly [(typeof CATEGORIES)[number], RegExp]> = [
  // A burst water main has no category of its own (trial 50: "wasserrohrbruch" at the category had been asked again and again).
  [
    'Sonstiges',
    /rohrbruch|wasser\s+(?:sprudelt|spritzt|läuft|laeuft|tritt|kommt)|hydrant|burst\s+(?:water\s+)?(?:pipe|main)|water\s+main/iu,
  ],
  // Ice on a way not gritted (trial 51: "Glatteis melden", "spiegelglatt" had found none; trial 53: "Glatteis / Winterdienst").
  [
    ICE,
    /glatteis|glätte|glaette|spiegelglatt|vereist|winterdienst|schnee\s*(?:liegt|nicht|net)|(?:nicht|net|nix)\s+(?:geräumt|geraeumt|gestreut)|ungeräumt|\bicy\b|\bice\b|snow|not\s+(?:gritted|cleared)/iu,
  ],
  // "latern" also in dialect ("Straßelatern"); "Lampe" at a bus stop is a street light too. English
  // words too: a report written in English is taken in English.
  ['Straßenbeleuchtung', /latern|latärn|lamp|straßenbeleuchtung|beleuchtung|street\s*light|lantern/iu],
  // ("die Kinder rutschen aus" on ice is no slide.)
  ['Spielplatz', /spielplatz|schaukel|rutsche(?!n)|sandkasten|klettergerüst|playground|\bswings?\b|sandpit/iu],
  ['Verkehrszeichen', /verkehrszeichen|verkehrsschild|straßenschild|ortsschild|schild|ampel|traffic\s*(sign|light)|road\s*sign/iu],
  // Not "Frau Müller" (a neighbour named in the story).
  // ("… Bauschutt un alte Reife abgeladde", trial 56: the dialect's participle and rubble had found none.)
  ['Wilder Müll', /müll(?!er)|abfall|abgelad|abgelaad|bauschutt|entsorgt|sperrmüll|rubbish|garbage|trash|litter|fly-?tipp|dumped/iu],
  // Also in dialect and as typed on a phone: "schlachloch", "schlaglöcher", "e loch in de strass".
  [
    'Straßenschaden',
    // "e riesen loch in de stroß", "e loch in de gass": the street in Unterfränkisch and Hessisch ("in de schimborner stroß …
    // e riesen loch im teer": after "ß" there is no \b, trial 46 had become "Sonstiges");
    // "Straße kaputt, große Loch" (the street first, as non-native speakers write it) too.
    /schla[gc]h?l(?:o|ö|oe)ch|straßenschaden|gehweg|bürgersteig|asphalt|belag|fahrbahn|gull[iy]|straßenablauf|kanaldeckel|\bl(?:o|ö|oe)ch(?:er)?\b.*\b(?:stra(?:ß|ss|s)|stro(?:ß|ss|s)|gass)|\b(?:stra(?:ß|ss)e|stro(?:ß|ss)|gass)\p{L}*(?!\p{L}).*\bl(?:o|ö|oe)ch(?:er)?\b|\bl(?:o|ö|oe)ch(?:er)?\b.*\b(?:im|in\s+de[mr]?)\s+teer\b|\bstra(?:ß|ss)e\s+(?:ist\s+|is\s+)?(?:kaputt|beschädigt|aufgerissen|abgesackt)|pot\s*hole|road\s*damage|pavement|sidewalk|manhole/iu,
  ],
];

/**
 * A danger to people described ("gefährlich für die Kinner", "ausgerutscht", "Unfall", "heut noch"): the clerk sees the report marked
 * urgent (trial 53: ice before a school and a broken swing looked like a flickering lamp).
 */
const DANGER_DESCRIBED =
  /(?<!\p{L})(?:gefahr\p{L}*|gefährlich\p{L}*|gefaehrlich\p{L}*|lebensgefährlich|unfall\p{L}*|verletz\p{L}*|gestürzt|gestuerzt|hingefallen|ausgerutscht|stolper\p{L}*|einsturz\p{L}*|sofort|dringend|heute\s+noch|heut\s+noch|danger\p{L}*|injur\p{L}*|accident|urgent)(?!\p{L})/iu;

const BLOCKED_DRAIN =
  /(?<!\p{L})(?:gull[iy]|straßenablauf|strassenablauf|kanaldeckel)\p{L}*[^.?!]{0,80}(?<!\p{L})(?:verstopft|zu|voll|kaputt|defekt|lose|klappert|fehlt|abgesackt)(?!\p{L})|(?<!\p{L})verstopft\p{L}*\s+(?:gull[iy]|straßenablauf|kanaldeckel)/iu;
const WILD_WASTE =
  /(?<!\p{L})(?:illegal|wild)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:müll|muell|sperrmüll|sperrmuell|abfall|abgeladen|entsorgt|abgestellt|abgekippt|hingekippt)/iu;
// ("Im Wald hinner Rappach hat einer en ganze Haufe Bauschutt un alte Reife abgeladde", trial 56: it had been "Sonstiges".)
const SOMEONE_DUMPED =
  /(?<!\p{L})(?:jemand|irgendwer|irgendjemand|unbekannte|leute|einer|aaner|ebber|wer)\s+(?:\p{L}+\s+){0,8}?(?:abgeladen|abgelade|abgeladde|abgelaade|abgekippt|hingekippt|hingeworfen|entsorgt|abgestellt|hingestellt)(?!\p{L})/iu;
const WASTE = /müll|muell|abfall|sofa|couch|matratze|reifen|schutt|kühlschrank|kuehlschrank|säcke|saecke|möbel|moebel/iu;
/** Waste someone else left in the open, told as such. */
const dumpedWaste = (said: string): boolean => WILD_WASTE.test(said) || (SOMEONE_DUMPED.test(said) && WASTE.test(said));

/** "Where do I report a broken street light?": where or how to report asked, no description (trial 66: the question had become it). */
const ASKS_WHERE_TO_REPORT =
  /^\W*(?:where|how|who|whom|can|could|wo|wie|wem|wer|kann)\b[^.!?]*\b(?:report|melden|melde|meldet)\b[^.!]*\?\s*$/iu;

/**
 * A sentence that says what is wrong, not only that the citizen wants to report something:
 * "Die Laterne … ist kaputt" is a description, "Ich möchte ein Schlagloch melden" is not.
 */
const DESCRIBES =
  /\b(ist|is|isch|sind|war|hat|haben|liegt|liegen|steht|stehen|hängt|hängen|brennt|brennen|funktioniert|geht|fehlt|fehlen|seit|kaputt|defekt|beschädigt|flackert|flackern|abgesackt|abgesunken|eingesackt|eingesunken|eingebrochen|aufgerissen|gerissen|wackelt|wackelig|locker|stolpert|stolpern|umgefallen|umgeknickt|verstopft|abgebrochen|zerstört|abgeladen|abgestellt|entsorgt|weggeworfen|hingeworfen|gekippt|abgekippt|gefährlich|riesig\w*|riesen\w*|tief\w*|groß\w*|are|is|has|since|broken|damaged|missing|fallen|dumped|dangerous|blocked|working|flickering|leaking|cracked|overflowing)\b/iu;
/**
 * A street or square, with the word that places it ("hinter dem Sportplatz", "am Marktplatz") and its
 * number; also written small ("in der brückenstraße"), as citizens type on a phone, and named after a
 * place in two words ("Hemsbacher Weg", "Schimborner Straße", "schimborner stroß", "Schimborner Straß"; not "später weg").
 */
const STREET =
  /(?:\b((?:hinter|vor|neben|gegenüber|am|beim|auf|unter)\s+(?:(?:dem|der|den)\s+)?))?(?<![\p{L}-])(\p{L}[\p{L}-]*(?:straße|strasse|stroß|stross|straß(?!\p{L})|str\.|weg|gasse|platz|ring|allee|pfad|steig)|(?!(?:oder|jeder|einer|keiner|dieser|jener|unser|euer|ihrer|seiner|meiner|hinter|unter|über|ueber|wieder|immer|weiter|aber|länger|laenger|später|spaeter|früher|frueher|lieber|näher|naeher|besser|sicher|schneller|leider|außer|ausser|daher|bisher|vorher|nachher|hier)\s)\p{L}{2,}er\s+(?:straße|strasse|stroß|stross|straß(?!\p{L})|str\.|weg|gasse|platz|ring|allee|pfad|steig))(?:\s+(\d+\s?[a-z]?)\b)?/giu;
/** Words with a street's ending that name no street. */
const NOT_STREETS = new Set(['gering', 'bürgersteig', 'gehweg', 'unterwegs']);
/** A street's ending that only streets have: preferred when a message names a footway and a street. */
const STREET_ENDING = /(straße|strasse|str\.|gasse|allee)$/iu;

/**
 * A place everyone in the village knows, with the word that places it ("im Park", "an der Bushaltestelle"); also in a compound
 * ("vor der Grundschule", trial 52 and 53: the place had been asked again).
 */
const LANDMARK =
  /(?:\b((?:im|am|beim|hinter|vor|neben|gegenüber|an|auf|bei|unter)\s+(?:(?:dem|der|den)\s+)?))\b(park|\p{L}*friedhof|bushaltestelle|haltestelle|\p{L}*kindergarten|kita|\p{L}*schule|rathaus|bahnhof|\p{L}*kirche|feuerwehrhaus|wertstoffhof|\p{L}*halle|bach|brücke|kreisel|ortseingang|ortsausgang|wald|waldrand|\p{L}*spielplatz|sportplatz|festplatz|dorfplatz|\p{L}*parkplatz)\b/iu;

function streetIn(said: string): RegExpExecArray | undefined {
  const found = [...said.matchAll(STREET)].filter((m) => !NOT_STREETS.has(m[2]!.toLowerCase()));
  return found.find((m) => STREET_ENDING.test(m[2]!)) ?? found[0] ?? LANDMARK.exec(said) ?? undefined;
}
// ("vor Nummer 23", trial 49: the number had been lost from the place.)
const HOUSE_NUMBER = /\b(?:hausnummer|haus\s*nr\.?|nr\.?|(?:vor|bei|neben|gegenüber)\s+nummer)\s*(\d+\s?[a-z]?)\b/iu;

/** "Hauptstraße 12, Schimborn" from a sentence that names a street and an Ortsteil; undefined otherwise. */
function placeFrom(said: string, ortsteile: readonly string[]): string | undefined {
  const ortsteil = ortsteilIn(said, ortsteile);
  const street = streetOf(said);
  return ortsteil && street ? `${street}, ${ortsteil}` : undefined;
}

/**
 * "Am Hang 4", "In der Au 3", "Zum Kalten Brunnen 12": a street named without a street's word, capitalized and with its
 * number (trial 47: "Straßenlampe kaputt in Schimborn, Am Hang 4" had asked for the street); not a day or a time of it.
 */
const STREET_BY_PREPOSITION =
  /(?<!\p{L})((?:Am|Im|An der|In der|Auf der|Auf dem|Zum|Zur|Hinter der|Hinterm|Unterm)\s+(?!(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende|Ende|Anfang|Abend|Morgen|Mittag|Vormittag|Nachmittag|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?!\p{L}))\p{Lu}\p{Ll}{1,}(?:\s+\p{Lu}\p{Ll}{2,})?)\s+(\d{1,3}\s?[a-z]?)(?![\d\p{L}])(?!\s*(?:uhr|h|tage?n?|wochen?|monaten?|jahren?|meter|m|cm|mal|min|minuten|stunden?|euro|€)(?!\p{L}))/u;

/** "Hemsbacher Weg 4", "am Sportplatz", "Am Hang 4" from a sentence that names a street or a landmark; undefined otherwise. */
function streetOf(said: string): string | undefined {
  const street = streetIn(said);
  const byPreposition = street ? undefined : STREET_BY_PREPOSITION.exec(said);
  if (byPreposition) return `${byPreposition[1]} ${byPreposition[2]}`;
  if (!street) return undefined;
  const number = (street[3] ?? HOUSE_NUMBER.exec(said)?.[1])?.trim();
  // "schimborner stroß", "Kirchstraß" (trial 56): the region's words for Straße, written as the street sign has it.
  const typed = street[2]!.replace(/(\s)(?:stro(?:ß|ss)|straß)$/iu, '$1Straße').replace(/(?:stro(?:ß|ss)|straß)$/iu, 'straße');
  const name = typed.charAt(0).toUpperCase() + typed.slice(1);
  return `${street[1]?.toLowerCase() ?? ''}${name}${number ? ` ${number}` : ''}`;
}

/** What the photo field says to a message that is no picture, before its question (which names the choices) again. */
const PHOTO_ONLY = {
  de: 'Das war kein Bild.',
  en: 'That was not a picture.',
  ls: 'Das ist kein Foto.',
};

/** "no photo", "kein Foto" where the description is asked: the photo's answer given early, no description (trial 60: stored as one). */
const NO_PHOTO = /^\W*(?:kein(?:e|en)?\s+(?:foto|bild)|ohne\s+(?:foto|bild)|no\s+(?:photo|picture|pic)|without\s+(?:a\s+)?photo)\W*$/iu;
const DESCRIPTION_FIRST = {
  de: 'Bitte beschreiben Sie zuerst den Schaden kurz. Nach einem Foto frage ich danach.',
  en: 'Please describe the damage briefly first. I will ask for a photo next.',
  ls: 'Bitte schreiben Sie zuerst: Was ist kaputt?\nDanach frage ich nach einem Foto.',
};

/**
 * "zwischen Rappach und Reichenbach am Waldweg hinter der Schreinerei", "Spielplatz an der Kahlgrundstraße in Mensengesäß" typed
 * after the place was asked: a more exact place, which tells nothing of the damage (trial 60: added to the description, the place
 * left vague).
 */
const namesOnlyAPlace = (said: string, ortsteile: readonly string[]): boolean =>
  (ortsteilIn(said, ortsteile) !== undefined || streetIn(said) !== undefined) && !DESCRIBES.test(said) && !/\d{4,}|@/u.test(said);

/**
 * "beim Spielplatz hinten", "gegenüber von der Bäckerei", "an der Bushaltestelle": a short phrase that only says where, by what is
 * near (a house number said so stays with the description, which it had been for long).
 */
const PLACE_DETAIL =
  /^(?:(?:gleich|direkt|ganz)\s+)?(?:beim|bei\s+(?:dem|der|de|den)|neben\s+(?:dem|der|de|den)|gegenüber\s+(?:vom|von\s+der|dem|der)|gegenueber\s+(?:vom|von\s+der|dem|der)|hinter\s+(?:dem|der|de|den)|hinterm|vorm|vor\s+(?:dem|der|de|den)|am|an\s+(?:der|de|den)|in\s+der\s+nähe\s+(?:vom|von|des|der)|in\s+der\s+naehe\s+(?:vom|von|des|der)|zwischen)\s+(?!(?:hausnummer|haus|nr|nummer)\b)\p{L}+(?:\s+\p{L}+){0,4}[.!]?$/iu;

/** The category's choice, also by its everyday words (the field's check). */
const KIND = choice(CATEGORIES, DAMAGE_WORDS);

export const maengelmelder = (context: FlowContext): FlowDefinition => {
  const ortsteile = context.municipality.ortsteile;
  /** What the report's description placed: its Ortsteil ("Bei uns in Schimborn ist …"), or else its street ("Im Hemsbacher Weg 4 …"). */
  const placed = (answers: Record<string, unknown>): { ortsteil?: string; street?: string } => {
    const description = typeof answers.beschreibung === 'string' ? answers.beschreibung : '';
    const ortsteil = ortsteilIn(description, ortsteile);
    return ortsteil ? { ortsteil } : { street: streetOf(description) };
  };
  /** The place question for what is still missing: the street in a known Ortsteil, or the Ortsteil of a known street. */
  const missingPart =
    (inOrtsteil: (ortsteil: string) => string, ofStreet: (street: string) => string) =>
    (answers: Record<string, unknown>): string | undefined => {
      const { ortsteil, street } = placed(answers);
      return ortsteil ? inOrtsteil(ortsteil) : street ? ofStreet(street) : undefined;
    };
  /**
   * A damage told instead of a choice: with one category's words ("Da hat jemand Müll in den Wald
   * gekippt, an der Straße nach Hohl": it had been asked to choose, since "Straße" named two more),
   * that category; without any ("Bushaltestelle in Königshofen, die Scheibe ist eingeschlagen"),
   * "Sonstiges"; each with the description and the place it tells. Only a place ("Hohler Straße,
   * Ortsausgang Schimborn") is the place, and the kind is asked; a place is no description of the damage.
   */
  const toldOtherwise = (said: string): Record<string, string> | undefined => {
    const named = DAMAGE_WORDS.filter(([, words]) => words.test(said)).map(([category]) => category);
    // Where the choice itself is clear, it takes the message (and says the rest in one line).
    if (named.length > 1 || said.trim().split(/\s+/).length < DESCRIPTION_WORDS || (named.length && KIND.safeParse(said).success))
      return undefined;
    const ort = placeFrom(said, ortsteile);
    if (!DESCRIBES.test(said)) return named.length ? undefined : ort ? { ort } : undefined;
    return { kategorie: named[0] ?? OTHER, beschreibung: said.trim(), ...(ort ? { ort } : {}) };
  };
  return {
    id: 'maengelmelder',
    office: 'bauhof',
    urgent: (answers) =>
      answers.kategorie === ICE
        ? 'ice'
        : typeof answers.beschreibung === 'string' && DANGER_DESCRIBED.test(answers.beschreibung)
          ? 'danger'
          : undefined,
    title: 'Schaden oder Mangel melden',
    // Offered under the burst pipe's answer, which is no topic of every report.
    ofManyMatters: true,
    starters: ['Schaden melden', 'Mangel melden'],
    // A blocked or broken street drain ("is e Gulli verstopft, do steht des Wasser …"): the street's
    // report, which the router would take for a burst water pipe.
    // Waste someone dumped ("liegt seit Tagen illegal Sperrmüll am Straßenrand"): the report of wild
    // waste, not how to order one's own bulky-waste collection.
    startsOn: { test: (said) => BLOCKED_DRAIN.test(said) || dumpedWaste(said) },
    // "In der Hauptstraße in Schimborn vor Hausnummer 12 ist ein riesiges Schlagloch": category,
    // place and, in the citizen's own words, the description. "Ich möchte ein Schlagloch melden"
    // gives the category only; the description is asked.
    // "… ist ein Baum auf die Straße gefallen": no category's word, but a damage told with its place: "Sonstiges", as at the category's question.
    prefill: (said): Record<string, string> => {
      const kategorie = DAMAGE_WORDS.find(([, words]) => words.test(said))?.[0];
      if (!kategorie) return toldOtherwise(said) ?? {};
      const ort = placeFrom(said, ortsteile);
      const described = DESCRIBES.test(said) && said.trim().split(/\s+/).length >= 4 && !ASKS_WHERE_TO_REPORT.test(said);
      // "… Meine Nummer 06029 12345": the contact for questions, not asked again (trial 28).
      const kontakt = phoneSaidIn(said);
      return { kategorie, ...(ort ? { ort } : {}), ...(described ? { beschreibung: said.trim() } : {}), ...(kontakt ? { kontakt } : {}) };
    },
    intro:
      // A tree across the road, a burst pipe: the report reaches the Bauhof in office hours, an emergency needs 112 now.
      'Danke, dass Sie uns einen Schaden melden. Besteht Gefahr, rufen Sie bitte sofort 112 an. Ich frage kurz nach Art, Ort und Beschreibung. Mit „abbrechen“ beenden Sie die Meldung.',
    fields: [
      {
        name: 'kategorie',
        label: 'Kategorie',
        fallback: OTHER,
        prompt: 'Was möchten Sie melden?',
        // The everyday words of the first message count here too ("die Latern is kaputt").
        ...choices(CATEGORIES, DAMAGE_WORDS),
        // A description typed instead of a choice ("Bushaltestelle in Königshofen, die Scheibe ist
        // eingeschlagen"): "Sonstiges", with the description and the place it tells (it had been asked to choose again and again).
        answeredWith: toldOtherwise,
        help: 'Wählen Sie die passende Art. Wenn nichts passt, wählen Sie „Sonstiges“.',
      },
      {
        name: 'ort',
        label: 'Ort',
        prompt: 'Wo genau ist es? Bitte nennen Sie den Ortsteil und die Straße oder eine Beschreibung.',
        // A report that named its Ortsteil ("in Schimborn ist die Laterne kaputt") needs only the street.
        promptFor: missingPart(
          (ortsteil) => `Wo genau in ${ortsteil} ist es? Bitte nennen Sie die Straße oder eine Beschreibung.`,
          (street) => `In welchem Ortsteil ist „${street}“?`,
        ),
        // A contact typed here ("my email is …") is the contact asked later, not the place (trial 33: it had become the place).
        schema: (answers) =>
          z
            .string()
            .refine((said) => !onlyAContact(said))
            .pipe(placeInTown(context, placed(answers))),
        answeredWith: (said): Record<string, string> | undefined => (onlyAContact(said) ? { kontakt: said.trim() } : undefined),
        // "Vor Hausnummer 12, Richtung Kirche" where the street's Ortsteil is asked: kept with the street, and the Ortsteil asked again (it had been lost).
        // "Hauptstraße 12" without its Ortsteil: kept, and only the Ortsteil asked (it had been lost when the Ortsteil came next).
        partOf: (said, answers) => {
          const fresh = !ortsteilIn(said, ortsteile) && !neighbourIn(said, context.municipality.neighbours) && !declines(said);
          if (!fresh) return undefined;
          if (placed(answers).street && /\p{L}{3}/u.test(said)) return { kept: said.trim(), missing: texts().fields.placeDetailKept };
          // A street or a house number, not a landmark alone ("am Waldrand": the place is asked again).
          const street = /\d|\p{L}(?:straße|strasse|str\.|weg|gasse|platz|ring|allee)(?!\p{L})/iu.test(said) ? streetOf(said) : undefined;
          return street ? { kept: said.trim(), missing: texts().fields.ortsteilOfStreet(street), asks: true } : undefined;
        },
        help: `Nennen Sie einen Ortsteil (${ortsteile.join(', ')}) und die Straße, Hausnummer oder eine Beschreibung.`,
      },
      {
        name: 'beschreibung',
        label: 'Beschreibung',
        prompt: 'Bitte beschreiben Sie den Schaden kurz.',
        // An address alone ("Hauptstraße 12, Schimborn") is the place said again or corrected, not the
        // damage (trial 45: it had been stored as the description, and the description never asked again).
        schema: text('den Schaden', 5)
          .refine((said) => !isOnlyAnAddress(said.trim()))
          .refine((said) => !NO_PHOTO.test(said), { error: () => DESCRIPTION_FIRST[context.language] }),
        answeredWith: (said): Record<string, string> | undefined => (isOnlyAnAddress(said.trim()) ? { ort: said.trim() } : undefined),
        freeText: true,
        help: 'Was ist kaputt oder stört? Ein, zwei Sätze genügen.',
      },
      {
        name: 'foto',
        label: 'Foto',
        prompt: 'Möchten Sie ein Foto anhängen? Senden Sie es jetzt oder tippen Sie auf „überspringen“.',
        choices: [button('skip')],
        schema: skippable(z.string().refine(() => false, { message: PHOTO_ONLY[context.language] })),
        acceptsImage: true,
        // "vor Hausnummer 12", "seit Montag" typed here: more about the damage, kept with it.
        addsTo: 'beschreibung',
        // A phone number or e-mail address typed here is the contact asked next, not part of the description;
        // an address alone ("Schulstraße 12, Schimborn") is the place (said again or corrected), not more description.
        answeredWith: (said, answers): Record<string, string> | undefined => {
          const typed = said.trim();
          // "beim Spielplatz hinten" (trials 63 and 64: it had become part of the description): the place given before, told more exactly.
          if (PLACE_DETAIL.test(typed) && ortsteilIn(typed, ortsteile) === undefined && typeof answers.ort === 'string')
            return { ort: `${answers.ort.replace(/[.\s]*$/u, '')}, ${typed.replace(/[.!\s]*$/u, '')}` };
          if (isOnlyAnAddress(typed) || namesOnlyAPlace(typed, ortsteile)) return { ort: typed };
          return onlyAContact(typed) ? { kontakt: typed } : undefined;
        },
        show: showOptional,
        help: 'Ein Foto hilft dem Bauhof, den Schaden einzuschätzen. Es ist freiwillig.',
      },
      {
        name: 'kontakt',
        label: 'Kontakt',
        prompt:
          'Für Rückfragen können Sie eine Telefonnummer oder E-Mail-Adresse angeben. Das ist freiwillig; tippen Sie sonst auf „überspringen“.',
        choices: [button('skip')],
        schema: skippable(anyContact),
        note: contactNote,
        show: showOptional,
        help: 'Mit Ihrem Kontakt kann der Bauhof nachfragen. Wir nutzen ihn nur für diese Meldung.',
      },
    ],
    translations: {
      en: {
        title: 'Report damage or a defect',
        intro:
          'Thank you for reporting damage to us. If anyone is in danger, please call 112 now. I will briefly ask what it is, where it is and what happened. Write “cancel” to stop.',
        fields: {
          kategorie: {
            label: 'Category',
            prompt: 'What would you like to report?',
            choices: ['Street lighting', 'Road damage', 'Ice / winter service', 'Illegal dumping', 'Playground', 'Traffic sign', 'Other'],
            help: 'Choose the kind that fits. If nothing fits, choose “Other”.',
          },
          ort: {
            label: 'Place',
            prompt: 'Where exactly is it? Please name the part of town and the street or a description.',
            promptFor: missingPart(
              (ortsteil) => `Where exactly in ${ortsteil} is it? Please name the street or a description.`,
              (street) => `In which part of town is “${street}”?`,
            ),
            help: `Name a part of town (${ortsteile.join(', ')}) and the street, house number or a description.`,
          },
          beschreibung: {
            label: 'Description',
            prompt: 'Please describe the damage briefly.',
            help: 'What is broken or in the way? One or two sentences are enough.',
          },
          foto: {
            label: 'Photo',
            prompt: 'Would you like to add a photo? Send it now or tap “skip”.',
            help: 'A photo helps the building yard (Bauhof) to judge the damage. It is voluntary.',
          },
          kontakt: {
            label: 'Contact',
            prompt: 'For questions you can give a phone number or an e-mail address. This is voluntary; otherwise tap “skip”.',
            help: 'With your contact the building yard can ask you questions. We use it only for this report.',
          },
        },
      },
      ls: {
        title: 'Schaden melden',
        intro:
          'Danke für Ihre Meldung.\nSie haben einen Schaden gesehen?\nIst es gefährlich?\nDann rufen Sie sofort an: 112.\nIch stelle Ihnen jetzt ein paar Fragen.\nSie möchten aufhören?\nDann schreiben Sie: abbrechen.',
        fields: {
          kategorie: {
            label: 'Art',
            prompt: 'Was ist kaputt?\nBitte wählen Sie aus.',
            choices: [
              'Straßen·lampe',
              'Loch in der Straße',
              'Glatt oder nicht geräumt',
              'Müll liegt herum',
              'Spiel·platz',
              'Verkehrs·schild',
              'Etwas anderes',
            ],
            help: 'Nichts passt?\nDann tippen Sie auf: Etwas anderes.',
          },
          ort: {
            label: 'Ort',
            prompt: 'Wo ist der Schaden?\nBitte schreiben Sie den Ort·teil.\nUnd bitte schreiben Sie die Straße.',
            promptFor: missingPart(
              (ortsteil) => `Wo in ${ortsteil} ist der Schaden?\nBitte schreiben Sie die Straße.`,
              (street) => `Sie haben geschrieben: ${street}.\nIn welchem Ort·teil ist das?`,
            ),
            help: `Die Ort·teile sind: ${ortsteile.join(', ')}.\nSchreiben Sie auch die Straße.\nOder beschreiben Sie den Ort.`,
          },
          beschreibung: {
            label: 'Beschreibung',
            prompt: 'Was ist kaputt?\nBitte schreiben Sie es kurz.',
            help: 'Schreiben Sie 1 oder 2 Sätze.\nZum Beispiel: Die Lampe brennt nicht.',
          },
          foto: {
            label: 'Foto',
            prompt: 'Sie können ein Foto schicken.\nDas müssen Sie nicht.\nKein Foto?\nDann tippen Sie auf: Weiter ohne.',
            help: 'Mit einem Foto sieht der Bau·hof den Schaden.\nDer Bau·hof repariert Schäden im Ort.',
          },
          kontakt: {
            label: 'Kontakt',
            prompt:
              'Hat der Bau·hof noch Fragen?\nDann kann er Sie anrufen.\nOder er schreibt Ihnen eine E-Mail.\nSchreiben Sie Ihre Telefon-Nummer oder E-Mail-Adresse.\nDas müssen Sie nicht.\nSonst tippen Sie auf: Weiter ohne.',
            help: 'Wir nutzen Ihre Telefon-Nummer nur für diese Meldung.',
          },
        },
      },
    },
  };
};
