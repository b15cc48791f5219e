// A move between two places of the town ("von Schimborn nach Mömbris") is an Ummeldung, and a move
// from elsewhere into the town ("von Hanau nach Königshofen") an Anmeldung, whatever registration
// topic the words alone suggest; the router recognizes both with these patterns.
import type { LanguageProfile } from './profile';
import { alternatives } from './alternatives';
import { STOPWORDS } from './stopwords';

/**
 * "von/aus <place> … nach/in <place>" over the town's places, in normalized spelling, two different
 * ones; none without places. The place left may follow a few words ("aus ihrem Haus in Daxberg zu
 * uns nach Schimborn"), none of them where it goes ("von Alzenau nach Schimborn in Mömbris" comes
 * from Alzenau). Also the place moved to first and the one before after it ("in Daxberg gezoge,
 * vorher warn mer … in Mömbris").
 */
export function moveWithinTown(places: readonly string[], profile: LanguageProfile): ((normalized: string) => boolean) | undefined {
  const place = placePattern(places, profile);
  if (!place) return undefined;
  const words = String.raw`(?:(?!(?:nach|in|ins|zu)(?!\p{L}))\p{L}+\s+){0,3}?(?:in\s+)?`;
  // "vom Hof in Strötzbach ins Austragshaus nach Brücken": from a house in one place to another.
  const fromTo = new RegExp(`(?<!\\p{L})(?:von|vun|vom|vo|aus)\\s+${words}${place}(?!\\p{L}).*?(?<!\\p{L})(?:nach|in|ins)\\s+${place}(?!\\p{L})`, 'u');
  // "vom Hauptort nach Hemsbach gezoche": the town's main place by that word.
  const fromMain = new RegExp(`(?<!\\p{L})(?:vom|von\\s+dem|aus\\s+dem)\\s+(?:hauptort|ortskern|kernort)(?!\\p{L}).*?(?<!\\p{L})(?:nach|in|ins)\\s+${place}(?!\\p{L})`, 'u');
  const toAndBefore = new RegExp(
    `(?<!\\p{L})(?:nach|in|ins)\\s+${place}\\s+(?:\\p{L}+\\s+){0,3}?(?:gezogen|gezoge|gezoche|umgezogen|umgezoge)(?!\\p{L}).*?(?<!\\p{L})(?:vorher|davor|fruher|frueher|bisher|zuvor)(?!\\p{L}).*?(?<!\\p{L})(?:in|aus)\\s+${place}(?!\\p{L})`,
    'u',
  );
  return (normalized) =>
    [fromTo, toAndBefore, fromMain].some((pattern) => {
      const move = pattern.exec(normalized);
      return Boolean(move && move[1] !== move[2]);
    });
}

/**
 * "Ich ziehe in Mömbris um", "innerhalb von Mömbris umgezogen": a move inside the town that names
 * no two places (normalized text in).
 */
export function moveInsideTown(places: readonly string[], profile: LanguageProfile): RegExp | undefined {
  const place = placePattern(places, profile);
  if (!place) return undefined;
  return new RegExp(
    // "… also bleibt ja in der Gemeinde": the move said to stay in the town, where a place's name was misheard.
    // "ich wohne jetzt andere straße aber immer noch in königshofen" (blind set 176).
    // ("jetzt wohne ich in mömbris seit umzug", blind set 220: living here since a move is no move inside.)
    // ("seit 3 Monaten in einer anderen Wohnung hier in Mömbris", blind set 226.)
    `(?<!\\p{L})(?:zieh\\p{L}*\\s+(?:\\p{L}+\\s+){0,3}?in\\s+${place}\\s+um|innerhalb\\s+(?:von\\s+)?${place}|in\\s+${place}\\s+(?:(?!(?:seit|nach|vor)(?!\\p{L}))\\p{L}+\\s+){0,2}?(?:umgezogen|umziehen|umzug)|bleib\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?(?:in\\s+der\\s+gemeinde|im\\s+ort|im\\s+markt|in\\s+${place})|innerhalb\\s+der\\s+gemeinde|in\\s+der(?:selben|\\s+gleichen)\\s+gemeinde|zieh\\p{L}*\\s+(?:\\p{L}+\\s+){0,5}?(?:stra(?:ß|ss)e[n]?|häuser|haeuser|hauser|hausnummern|ecken)\\s+weiter|beides\\s+(?:\\p{L}+\\s+)?(?:${place}|gemeinde|markt)|(?:andere|neue)\\s+(?:stra(?:ß|ss)e|wohnung|hausnummer)\\s+(?:\\p{L}+\\s+){0,3}?noch\\s+in\\s+${place}|andere[nr]?\\s+wohnung\\s+hier\\s+in\\s+${place}|noch\\s+in\\s+${place}\\s+(?:\\p{L}+\\s+){0,3}?(?:andere|neue)\\s+(?:stra(?:ß|ss)e|wohnung|hausnummer))(?!\\p{L})`,
    'u',
  );
}

/**
 * "nach Königshofen gezogen, vorher hab ich in Hessen gewohnt": where one lived before, told after the
 * move, is none of the town's places (normalized text in): a move into the town, not within it.
 */
export function livedElsewhereBefore(places: readonly string[], profile: LanguageProfile): ((normalized: string) => boolean) | undefined {
  const place = placePattern(places, profile);
  if (!place) return undefined;
  const before =
    /(?<!\p{L})(?:vorher|davor|früher|frueher|fruher|bisher|zuvor)(?!\p{L})[^.!?]{0,40}?(?<!\p{L})(?:in|im|aus)\s+(\p{L}+)(?!\p{L})[^.!?]{0,30}?(?<!\p{L})(?:gewohnt|gelebt|gewohnt\s+habe)(?!\p{L})/u;
  const ours = new RegExp(`^${place}$`, 'u');
  return (normalized) => {
    const found = before.exec(normalized);
    return Boolean(found && !ours.test(found[1]!));
  };
}

/**
 * "Wir ziehen nach Mömbris", "sind zum 1. April nach Hohl gezogen", "Ich bin umgezogen. Nach Mömbris." (short sentences, as
 * Leichte Sprache writes; trial 53: the move within the town): a move to one of the town's
 * places that names no place it comes from (normalized text in). Not one "innerhalb" the town or
 * from one of its places ("vun Hohl zu uns nach Strötzbach").
 */
export function moveToTown(places: readonly string[], profile: LanguageProfile): ((normalized: string) => boolean) | undefined {
  const place = placePattern(places, profile);
  if (!place) return undefined;
  // ("vun Alzenau nach Schimborn gezooche", trial 55: the dialect's participles.)
  const moving = String.raw`(?:zieh\p{L}*|umzieh\p{L}*|umzug|gezogen|umgezogen|gezoge|gezoche|gezooche|gezooge|umgezoge|umgezoche)`;
  const into = new RegExp(
    `(?<!\\p{L})(?:${moving}[.,;!]*\\s+(?:[\\p{L}\\p{N}.]+\\s+){0,4}?nach\\s+${place}|nach\\s+${place}\\s+(?:\\p{L}+\\s+){0,2}?${moving})(?!\\p{L})`,
    'u',
  );
  const fromOurs = new RegExp(`(?<!\\p{L})(?:von|vun|vo|aus)\\s+(?:\\p{L}+\\s+){0,3}?${place}(?!\\p{L})|(?<!\\p{L})innerhalb(?!\\p{L})`, 'u');
  return (normalized) => into.test(normalized) && !fromOurs.test(normalized);
}

/**
 * "von Hanau nach Mömbris-Königshofen", "aus Alzenau nach Schimborn": a move from a place that is
 * not the town's into one of the town's places (normalized text in, true for a move in), or a
 * newcomer ("Ich bin neu in Mömbris. Was muss ich tun?"). "aus der Wohnung in Schimborn" and "aus
 * unserm Haus in Königshofe" name no place it comes from.
 */
export function moveIntoTown(places: readonly string[], profile: LanguageProfile): ((normalized: string) => boolean) | undefined {
  const place = placePattern(places, profile);
  if (!place) return undefined;
  const ours = new Set(placeNames(places, profile));
  const move = new RegExp(`(?<!\\p{L})(?:(?:von|vun|vo|aus)\\s+(\\p{L}{3,})|vom\\s+(\\p{L}{3,}(?:er|ische|ischen)))(?!\\p{L})[^.!?]{0,60}?(?<!\\p{L})(?:nach|in|ins)\\s+${place}(?!\\p{L})`, 'u');
  // "Ich bin neu in Mömbris", "wir sind neu zugezogen", "frisch hergezogen", "bin seit 1.3. in Schimborn", "ich wohne jetzt (seit
  // einer Woche) in Schimborn": new in the town.
  const newcomer = new RegExp(
    `(?<!\\p{L})(?:(?:bin|sind|ich|wir)\\s+(?:\\p{L}+\\s+){0,2}neu\\s+(?:hier|in\\s+${place})|neu\\s+zugezogen|(?:her|hierher)gezogen|(?:bin|sind)\\s+(?:erst\\s+|jetzt\\s+)?seit\\s+(?:(?:\\d{1,2}\\.(?:\\d{1,2}\\.)?|\\d+|einer?|zwei|drei|paar|kurzem|woche\\p{L}*|tag\\p{L}*|monat\\p{L}*)\\s+){1,3}(?:hier|in\\s+${place})|wohnen?\\s+(?:(?:jetzt|nun|erst|gerade|seit|\\d{1,2}\\.(?:\\d{1,2}\\.)?|\\d+|einer?|zwei|drei|paar|woche\\p{L}*|tag\\p{L}*|monat\\p{L}*)\\s+){1,4}(?:bei\\s+(?:\\p{L}+\\s+){1,3})?in\\s+${place})(?!\\p{L})`,
    'u',
  );
  // "zu meiner Tochter nach Schimborn, von Offenbach her": the place moved from after the one moved to.
  const fromAfter = new RegExp(`(?<!\\p{L})(?:zieh\\p{L}*|umzieh\\p{L}*|gezogen|umgezogen)(?!\\p{L})[^.!?]{0,80}?(?<!\\p{L})nach\\s+${place}\\s*,?\\s+(?:von|vun|vo|aus)\\s+(?<from>\\p{L}{3,})\\s+(?:her|aus|kommend)(?!\\p{L})`, 'u');
  // "mir ziehe zum ersten nach daxberg … mir komme aus alzenau": where the family comes from, told in a sentence of its own (blind set 186).
  const toOurs = new RegExp(`(?<!\\p{L})nach\\s+${place}(?!\\p{L})`, 'u');
  return (normalized) => {
    if (newcomer.test(normalized)) return true;
    // "vom Frankfurter Nordend", "vom hessische rüber": a town's or a land's adjective; "vom Haus", "vom Ortskern" are no place.
    const found = move.exec(normalized);
    const from =
      found?.[1] ?? found?.[2] ?? fromAfter.exec(normalized)?.groups?.from ?? (toOurs.test(normalized) ? CAME_FROM.exec(normalized)?.[1] : undefined);
    return from !== undefined && isElsewhere(from, ours);
  };
}

/**
 * "vun Alzenau nach Schimborn gezooche": from a place that is not the town's straight to one of its places (normalized text in);
 * where a story only tells where a family comes from ("aus Syrien … wohnen jetzt in Mömbris"), it names no move in.
 */
export function fromElsewhereTo(places: readonly string[], profile: LanguageProfile): ((normalized: string) => boolean) | undefined {
  const place = placePattern(places, profile);
  if (!place) return undefined;
  const ours = new Set(placeNames(places, profile));
  const move = new RegExp(`(?<!\\p{L})(?:von|vun|vo|aus)\\s+(\\p{L}{3,})\\s+nach\\s+${place}(?!\\p{L})`, 'u');
  return (normalized) => {
    const from = move.exec(normalized)?.[1];
    return from !== undefined && isElsewhere(from, ours);
  };
}

/** "mir komme aus alzenau": where the writer comes from (its place in group 1). */
const CAME_FROM = /(?<!\p{L})(?:mir|wir|ich)\s+(?:komme|kommen|kumme|kumm|komm)\s+(?:\p{L}+\s+)?(?:aus|vun|von|vo)\s+(\p{L}{3,})(?!\p{L})/u;

/**
 * "mir komme aber vo Alzenau": where the writer comes from, a place not the town's, told without where to (normalized text in);
 * after the answer on a move within the town, it corrects that answer (trial 49).
 */
export function comesFromElsewhere(places: readonly string[], profile: LanguageProfile): ((normalized: string) => boolean) | undefined {
  if (!placePattern(places, profile)) return undefined;
  const ours = new Set(placeNames(places, profile));
  return (normalized) => {
    const from = CAME_FROM.exec(normalized)?.[1];
    return from !== undefined && isElsewhere(from, ours);
  };
}

/** "aus unserm Haus in Königshofe": whose house, not a place a move comes from (normalized). */
const POSSESSIVE = /^(?:unser|unsr|mein|mei|dein|euer|eur|ihr|sein)\p{L}*$/u;
/** A place moved from that is none of the town's, nor a word or a possessive read as a place. */
const isElsewhere = (from: string, ours: ReadonlySet<string>): boolean => !ours.has(from) && !STOPWORDS.has(from) && !POSSESSIVE.test(from);

/** The town's places as one group of alternatives, in normalized spelling; none without places or in English. */
function placePattern(places: readonly string[], profile: LanguageProfile): string | undefined {
  const names = placeNames(places, profile);
  if (!names.length || !profile.german) return undefined;
  return `(${alternatives(names)})`;
}

/** A name's "-en" said as "-e" in the dialect ("Königshofe", "Brücke"); shorter ones would be other words. */
const DIALECT_ENDING_FROM = 7;

/** The town's places in normalized spelling, with their dialect forms. */
function placeNames(places: readonly string[], profile: LanguageProfile): string[] {
  return places
    .map((p) => profile.normalize(p).trim())
    .filter(Boolean)
    .flatMap((name) => (name.length >= DIALECT_ENDING_FROM && name.endsWith('en') ? [name, name.slice(0, -1)] : [name]));
}

/** "Was müssen wir hier erledigen, bevor wir gehen?": what to do before leaving, whatever else the story names (a pension settled). */
const BEFORE_LEAVING =
  /(?<!\p{L})(?:bevor|ehe)\s+(?:wir|ich|mer|isch)\s+(?:\p{L}+\s+){0,2}?(?:gehen|geh|fahren|fahr|fliegen|flieg|wegziehen|umziehen|ausreisen|weg\s+sind|abreisen)(?!\p{L})|(?<!\p{L})vor\s+(?:der|unserer|meiner)\s+(?:abreise|ausreise|rückkehr|rueckkehr|heimreise)(?!\p{L})/iu;
export const asksBeforeLeaving = (text: string): boolean => BEFORE_LEAVING.test(text);

/**
 * "mir komme nach 8 jahr in der schweiz zurück nach deutschland … wenn mer aus dem ausland zurückkommt und sich hier wieder einträgt":
 * coming back from abroad to live here, the registration of moving in (blind set 198: the words of abroad had made it the leaving).
 */
const RETURNS_FROM_ABROAD =
  /(?<!\p{L})(?:(?:zurück|zurueck|heim)\s+nach\s+deutschland|aus\s+dem\s+ausland\s+(?:\p{L}+\s+)?(?:zurück\p{L}*|zurueck\p{L}*|heim\p{L}*)|(?:zurückkomm\p{L}*|zurueckkomm\p{L}*|zurückgekommen|zurueckgekommen|zurückzieh\p{L}*|zurueckzieh\p{L}*)\s+(?:\p{L}+\s+){0,3}?aus\s+(?:dem\s+ausland|der\s+\p{L}+|\p{L}+)|(?:back\s+to\s+germany|moving\s+back|coming\s+back)\s+(?:\p{L}+\s+){0,3}?from\s+(?:abroad|the\s+\p{L}+|\p{L}+))(?!\p{L})/iu;
export const returnsFromAbroad = (text: string): boolean => RETURNS_FROM_ABROAD.test(text);

/** Countries people move to, in normalized spelling (no umlauts). */
const COUNTRY = String.raw`(?:usa|amerika|kanada|australien|neuseeland|england|grossbritannien|schottland|irland|frankreich|spanien|portugal|italien|griechenland|turkei|polen|rumanien|bulgarien|kroatien|serbien|ungarn|tschechien|osterreich|schweiz|niederlande|holland|belgien|luxemburg|danemark|schweden|norwegen|finnland|russland|ukraine|china|japan|indien|thailand|brasilien|mexiko|dubai|singapur|sudafrika)`;
/** "Wir heiraten im Dezember in Dänemark": a country other than Germany, or abroad, named (normalized text in). */
const FOREIGN_COUNTRY = new RegExp(String.raw`(?<!\p{L})(?:${COUNTRY}|im\s+ausland|ins\s+ausland)(?!\p{L})`, 'u');
export const namesAForeignCountry = (normalized: string): boolean => FOREIGN_COUNTRY.test(normalized);
/** "nach kanada", "ins ausland": a country named as where someone went (normalized text in). */
const TO_A_COUNTRY = new RegExp(String.raw`(?<!\p{L})(?:nach\s+${COUNTRY}|ins\s+ausland)(?!\p{L})`, 'u');
/** "der hat natürlich vergesse sich hier abzumelde": deregistering forgotten by someone gone abroad (blind set 199). */
const FORGOT_TO_DEREGISTER = /(?<!\p{L})(?:vergessen|vergesse|vergess)\s+(?:\p{L}+\s+){0,3}?(?:abzumelden?|abmelden?)(?!\p{L})/u;
export const forgotToDeregisterAbroad = (normalized: string): boolean => TO_A_COUNTRY.test(normalized) && FORGOT_TO_DEREGISTER.test(normalized);
/** "Ich zieh für zwei Jahre zum Arbeiten nach Kanada": a move to a country named (normalized text in). */
const MOVE_TO_A_COUNTRY = new RegExp(
  String.raw`(?<!\p{L})(?:zieh\p{L}*|umzieh\p{L}*|umzug|gezogen)\s+(?:[\p{L}\p{N}]+\s+){0,6}?nach\s+${COUNTRY}(?!\p{L})|(?<!\p{L})nach\s+${COUNTRY}(?!\p{L})[^.?!]{0,120}?(?<!\p{L})(?:ganz\s+(?:runter|runner|ruber|rueber|hin|dorthin|dahin|weg)|fur\s+immer|fuer\s+immer|dauerhaft)(?!\p{L})|(?<!\p{L})nach\s+${COUNTRY}\s+(?:\p{L}+\s+){0,2}?(?:zieh\p{L}*|ziehen|umziehen|gezogen)(?!\p{L})`,
  'u',
);

/** Words after "nach" that are no place ("nach Hause", "nach Weihnachten", "nach Ostern"). */
const NO_PLACE_AFTER_NACH = new Set(['hause', 'haus', 'weihnachten', 'ostern', 'pfingsten', 'silvester', 'neujahr', 'feierabend', 'abschluss', 'ende', 'januar', 'februar', 'marz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember', 'monat', 'woche', 'jahr', 'studium', 'ausbildung', 'hochzeit', 'trennung', 'scheidung', 'rente', 'umzug']);

/**
 * "Kann ich mei Sohn ummelden, der zieht nach München": a move away from the town to a place by its name, none of the
 * town's ("nach München", "nach Alzenau"), which the Abmeldung's answer answers (within Germany one registers at the new
 * place; abroad one deregisters here). The name is read as written (a capital, four letters at least), so "nach dem Essen"
 * and "nach Mom Bris" (the town typed apart) name no place.
 */
export function moveAwayFromTown(places: readonly string[], profile: LanguageProfile): ((text: string) => boolean) | undefined {
  if (!profile.german) return undefined;
  const ours = new Set(placeNames(places, profile));
  const away = /(?<!\p{L})(?:zieh\p{L}*|umzieh\p{L}*|gezogen|wegzieh\p{L}*)\s+(?:\p{L}+\s+){0,3}?nach\s+(\p{Lu}\p{L}{3,})(?!\p{L})/gu;
  return (text) =>
    [...text.matchAll(away)].some(([, name]) => {
      const place = profile.normalize(name!).trim();
      return !ours.has(place) && !NO_PLACE_AFTER_NACH.has(place) && !STOPWORDS.has(place);
    });
}

/**
 * "Ich gehe zurück nach Polen für immer", "wir wandern aus", "ich ziehe ins Ausland": leaving the
 * country is the Abmeldung, though the word "Anmeldung" in "was mache ich mit meiner Anmeldung"
 * leads the model to registering (normalized text in: no umlauts). Going back to one of the town's
 * places or a neighbour (a town in Germany) is no leaving of the country.
 */
export function moveAbroad(places: readonly string[], neighbours: readonly string[], profile: LanguageProfile): ((normalized: string) => boolean) | undefined {
  if (!profile.german) return undefined;
  const inGermany = new Set([...places, ...neighbours].map((p) => profile.normalize(p).trim()));
  const back = /(?<!\p{L})(?:zuruck|zurueck)\s+(?:nach|in\s+die|in\s+den|ins)\s+(\p{L}{3,})(?!\p{L})/u;
  // ("Ich verreise nicht mehr ins Ausland": a journey, or none, is no move.)
  const abroad =
    /(?<!\p{L})(?:(?<!(?:reis|fahr|flieg|urlaub|nicht|mehr)\p{L}*\s+)ins\s+ausland|auswander\p{L}*|wander\p{L}*\s+(?:\p{L}+\s+){0,5}aus|deutschland\s+(?:\p{L}+\s+){0,2}verlass\p{L}*|verlass\p{L}*\s+(?:\p{L}+\s+){0,2}deutschland|(?:zuruck|zurueck)\s+in\s+(?:die|meine|unsere)\s+heimat\p{L}*)(?!\p{L})/u;
  return (normalized) => {
    if (abroad.test(normalized) || MOVE_TO_A_COUNTRY.test(normalized)) return true;
    const to = back.exec(normalized)?.[1];
    return to !== undefined && !inGermany.has(to) && !STOPWORDS.has(to) && to !== 'deutschland';
  };
}

/** A move here told in English ("we moved from Poland", "we found a flat in Mömbris", "just arrived"). */
const ENGLISH_MOVED_HERE =
  /\b(?:moved|moving|relocated|relocating|just\s+arrived|came)\b[^.?!]{0,80}?\b(?:to\s+germany|to\s+m(?:ö|oe|o)mbris|here)\b|\bfound\s+(?:a|an)\s+(?:flat|apartment|house)\b|\bnew\s+(?:flat|apartment)\b|\b(?:i|we|i'm|im|we're|were|i\s+am|we\s+are)\b[^.?!]{0,40}?\b(?:move|moving|moved)\s+in(?:to)?\b/iu;
// (German words mixed in: "ich muss mich registrieren bei gemeinde".)
const ENGLISH_REGISTERING = /\bregist(?:er|ering|ration|rieren)\b/iu;
/** Other things one registers, named beside the word: a car, a dog, a business ("a job at a logistics company" is no such thing). */
const ENGLISH_OTHER_REGISTRATION =
  /\bregist(?:er|ering|ration)\s+(?:\p{L}+\s+){0,3}?(?:car|vehicle|dog|business|trade|company)\b|\b(?:car|vehicle|dog|business|trade|company)\s+regist(?:er|ering|ration)\b/iu;
/**
 * "We moved from Poland … My colleague said we must register at the town hall. What documents do we
 * need, translated birth certificates?": registering one's residence, not the birth's registering.
 */
export const englishNewcomerRegisters = (text: string): boolean =>
  ENGLISH_MOVED_HERE.test(text) && ENGLISH_REGISTERING.test(text) && !ENGLISH_OTHER_REGISTRATION.test(text);
