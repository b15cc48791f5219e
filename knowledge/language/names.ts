// Words that never stand in a person's name, so a sentence is not taken for one ("was kostet das
// denn im Jahr", trial 38: "the chairman", "my daughter"; "so zwaa Johr alt", a dog's age, had been taken for its keeper's name). Name particles (von, zu, der, den, de) are left out: "Ursula von der Leyen".
export const NOT_IN_NAMES: ReadonlySet<string> = new Set(
  'ich du er sie es wir ihr die das dem ein eine einen und oder ist is isch sind war ka kaa kein net ned des was wie wo wer wann warum kostet kosten mein meine bitte danke ja nein nicht im um für mit hallo heute morgen vormittag vormittags nachmittag nachmittags abend abends uhr nächste nächsten nächster kommende kommenden woche meinem meinen meiner meines unser unsere unserem unseren wegen frage fragen anliegen ok okay weiter zurück überspringen ueberspringen egal keine keinen nix nichts jo jep nee stimmt genau abbrechen stopp hilfe yes no skip next thanks bezüglich betreff rathaus bürgerbüro buergerbuero gemeinde verwaltung standesamt verein feuerwehr mischling hund hündin labrador seit seitdem letzte letzten letzter woch wochen gestern vorgestern monat monaten jahren tagen schon erst the my our your his a of is for with please chairman chairwoman chairperson secretary treasurer daughter wife husband mother father tochter sohn mutter ehefrau ehemann zwei zwaa zwoa drei vier jahr jahre johr'.split(
    ' ',
  ),
);

/**
 * A word of a place, not of a person ("Dorfplatz", "Hauptstraße", "Festhalle"): the endings of
 * streets, squares and halls in a compound; "Platz" or "Hall" alone are family names too.
 */
/** A street with its house number ("Hauptstraße 14", "Hemsbacher Weg 4a"): the street and the number as groups 1 and 2. */
/** How the names of streets end ("Hauptstraße", "Am Mühlweg", "Rosengasse"). */
export const STREET_ENDING = String.raw`(?:straße|strasse|str\.|weg|gasse|platz|ring|allee)`;
export const STREET_AND_NUMBER = new RegExp(String.raw`(\p{L}[\p{L}.-]*${STREET_ENDING})\s*(\d{1,4}\s?[a-z]?)(?![\d\p{L}])`, 'iu');
// (Trial 38: "Pfarrkirche St. Kilian" had been taken for the person responsible.)
export const isPlaceWord = (word: string): boolean => /\p{L}{2}(straße|strasse|str\.|platz|gasse|allee|halle|gelände|gelaende|kirche|kapelle|schule)$/iu.test(word);
/** A word of a club, an event or a dog, not of a person ("Gesangverein", "Faschingsball", "Kampfhund"; trial 36: they had been taken for names). */
export const isClubOrEventWord = (word: string): boolean => /\p{L}{3}(verein|fest|ball|feier|konzert|hund)$/iu.test(word);

/** Salutations and titles before a name ("Frau", "Dr. med.", "Dipl.-Ing."): part of how it is written, not of the name. */
const TITLES: ReadonlySet<string> = new Set('herr herrn frau hr fr dr prof med dipl ing rer nat phil mr mrs ms miss'.split(' '));

/** Whether a word of a name is a salutation or title (case and dots aside; "Dipl.-Ing." in either part). */
export const isTitle = (word: string): boolean => word.split(/[.-]/).filter(Boolean).every((part) => TITLES.has(part.toLowerCase()));

/** Particles of family names ("von der Leyen", "de Vries"): they do not count as one of a name's parts. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['von', 'vom', 'zu', 'zum', 'zur', 'der', 'den', 'de', 'van', 'di', 'da', 'del']);

/**
 * A message that is only an address ("Bahnhofstraße 4, Mömbris", "Am Rathaus 3"): where, not what
 * about it; given alone, it may be for a damage, a move or the contact, so the citizen is asked.
 */
const ONLY_AN_ADDRESS =
  /^\s*(?:(?:[Aa]m|[Aa]n\s+der|[Ii]m|[Ii]n\s+der|[Aa]uf\s+der|[Zz]um|[Zz]ur)\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?|(?:\p{Lu}[\p{L}.-]*\s+)?\p{Lu}[\p{L}-]*(?:straße|strasse|str\.|weg|gasse|platz|ring|allee|steige|pfad|damm|berg)|\p{Lu}[\p{L}.-]*\s+(?:Straße|Strasse|Weg|Gasse|Platz|Ring|Allee))\s+\d{1,4}\s*[a-zA-Z]?(?:\s*,\s*(?:\d{5}\s+)?\p{Lu}[\p{L}-]*(?:[\s-]+\p{Lu}[\p{L}-]*)?)?\s*[.!]?\s*$/u;
export const isOnlyAnAddress = (text: string): boolean => ONLY_AN_ADDRESS.test(text);

/** Words that begin a detail of time or place, never a name ("Seit Montag", "Vor Nummer 12"). */
const NOT_A_NAME_START = /^(?:seit|vor|ab|bis|am|im|an|in|auf|bei|hinter|neben|gegenüber|gegenueber|ecke|nähe|naehe)$/iu;

/**
 * Whether a message is only a person's name ("Lukas Bauer", "Dr. Anna Weber"): 2–4 capitalized words
 * of letters, none a word that never stands in names, a place's or a detail's first word.
 */
export function isOnlyAName(text: string): boolean {
  const parts = text.trim().split(/\s+/).filter((p) => !isTitle(p));
  return (
    parts.length >= 2 &&
    parts.length <= 4 &&
    parts.every((p) => /^\p{Lu}[\p{L}'’-]*$/u.test(p) && !NOT_IN_NAMES.has(p.toLowerCase()) && !isPlaceWord(p)) &&
    !NOT_A_NAME_START.test(parts[0]!)
  );
}

/** Roles after a salutation ("Frau Bürgermeisterin", "Herr Pfarrer"): no one's name, but what is meant. */
const ROLE = String.raw`(?:b(?:ü|ue|u)rgermeister\p{L}*|doktor|pfarrer\p{L}*|kaplan|lehrer\p{L}*|rektor\p{L}*|nachbar\p{L}*|kolleg\p{L}*|standesbeamt\p{L}*|sachbearbeiter\p{L}*)`;
/**
 * "hier schreibt Frau Müller aus Hohl", "Gruß, Herr Fischer": a family name after a salutation. Not
 * after a word that makes "Frau" a noun ("meine Frau braucht …", "als Frau"), nor a role.
 */
const SALUTED_NAME = new RegExp(
  String.raw`(?<!(?:^|[^\p{L}])(?:mein|dein|sein|ihr|unser|euer|eur|ein|dies|jed|welch|alt|jung|nett|(?:ä|ae|a)lter)\p{L}{0,2}\s+)(?<!(?:^|[^\p{L}])(?:die|der|den|dem|des|ne|nem|ner|als|zur)\s+)(?<![\p{L}])((?:frau|herrn?|fr\.|hr\.)\s+(?:(?:dr|prof)\.?\s+)*)(?!${ROLE}(?!\p{L}))(\p{L}[\p{L}-]+)(?!\p{L})`,
  'giu',
);

/**
 * The text without the family names saluted in it (blind set 179: "Frau Müller" had been read as the
 * waste's "Müll"; "Herr Fischer" and "Frau Koch" alike): the salutation stays, the name goes.
 */
export const withoutSalutedNames = (text: string): string =>
  text.replace(SALUTED_NAME, (whole: string, salutation: string, name: string) => (NOT_IN_NAMES.has(name.toLowerCase()) ? whole : salutation.trimEnd()));

/**
 * An e-mail address or a web address alone: its words ("max.fischer@web.de") name a person or a site, no matter
 * (trial 50: the fishing licence). Beside other words it stays: they are read as a whole.
 */
const ADDRESS = /[\p{L}\d._%+-]+@[\p{L}\d.-]+\.\p{L}{2,}|(?:https?:\/\/|www\.)\S+/giu;
export const isOnlyAnAddressOnline = (text: string): boolean => {
  const rest = text.replace(ADDRESS, ' ');
  return rest !== text && !/\p{L}/u.test(rest);
};
