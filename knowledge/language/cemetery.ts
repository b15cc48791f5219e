// The cemetery by its buildings and graves ("Wer ist zuständig für die Aussegnungshalle?", "eine
// Urnenwand in Schimborn"): the Friedhof's topic, where "Beerdigung" and "zuständig" led the model
// to the death's registration or to the contact.

const CEMETERY =
  /(?<!\p{L})(?:aussegnungshall\p{L}*|leichenhalle\p{L}*|trauerhalle\p{L}*|urnen(?:wand|wände|waende|feld|grab|gräber|graeber|stele|nische)\p{L}*|grabstelle\p{L}*|grabfeld\p{L}*|grabstätte\p{L}*|grabstaette\p{L}*|grabnutzung\p{L}*|(?:doppel|familien|reihen|wahl|erd|einzel|kinder)grab\p{L}*|ruhezeit\s+(?:des|vom)\s+grab\p{L}*|\p{L}*friedhof\p{L}*)(?!\p{L})/iu;

/** "… wollte aber in Mömbris beerdigt werden. Geht das, obwohl er nicht mehr hier gemeldet war?": a burial here asked whether it may be. */
// ("Mir wolle ihn aber in Königshofen beerdige wo er herkommt, obwohl mir in Mömbris wohne. Geht des?": the place named before the verb, blind set 194.)
const BURIAL_HERE =
  /(?<!\p{L})(?:(?:beerdigt|beigesetzt|bestattet)\s+werden|in\s+\p{L}+\s+(?:\p{L}+\s+){0,2}?(?:beerdig|beisetz|bestatt|begrab)\p{L}*)(?!\p{L})[^]*?(?<!\p{L})(?:geht\s+das|geht\s+des|darf|dürfen|duerfen|möglich|moeglich|obwohl)(?!\p{L})/iu;
/** "ob wir ihn im Grab von der Oma mit beisetzen dürfen", "zu seiner Frau ins Grab legen": a burial in a grave that is there (the cemetery's statute). */
const INTO_A_GRAVE =
  /(?<!\p{L})(?:(?:ins|im|in\s+(?:das|dem|des|s))\s+grab\s+(?:von|vom|der|des|seiner|ihrer|unserer|meiner|zur|zum)(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:mit\s*)?(?:beisetz|beigesetzt|beerdig|bestatt|begrab|leg|dazu)\p{L}*|(?:mit|dazu)\s*(?:beisetzen|beerdigen|bestatten|begraben)|zubestatt\p{L}*|zubettung\p{L}*)(?!\p{L})/iu;
export const asksBurialHere = (text: string): boolean => BURIAL_HERE.test(text) || INTO_A_GRAVE.test(text);

/** "unter einem Baum beisetzen lassen", "muslimische Beerdigung … Richtung Mekka": a kind of burial the cemetery's statute allows or not. */
const KIND_OF_BURIAL =
  /(?<!\p{L})(?:(?:muslimisch|islamisch|jüdisch|juedisch|anonym|orthodox)\p{L}*\s+(?:beerdigung|bestattung|beisetzung|grab|gräber|graeber|grabfeld)\p{L}*|baumbestattung\p{L}*|baumgrab\p{L}*|unter\s+(?:einem|nem|dem)\s+baum\s+(?:\p{L}+\s+)?(?:beisetzen|beerdigen|bestatten|begraben|beigesetzt|beerdigt|bestattet|begraben)|richtung\s+mekka)(?!\p{L})/iu;
export const asksKindOfBurial = (text: string): boolean => KIND_OF_BURIAL.test(text);

/** "Wir möchten ihn in Königshofen beisetzen … wann kann die Beerdigung sein?", "beisetzen. Wer ist zuständig?": the burial's when and who, the cemetery administration's. */
const BURIAL_ARRANGED =
  /(?<!\p{L})(?:wann|wo)\s+(?:\p{L}+\s+){0,4}?(?:beerdigung|beisetzung|bestattung|urnenbeisetzung)(?!\p{L})|(?<!\p{L})(?:beisetzen|beerdigen|bestatten|begraben)(?:\s+lassen)?\s*[.,;]?\s+(?:\p{L}+\s+){0,2}?wer\s+(?:ist|is)\s+(?:da\s+|dafür\s+|dafuer\s+)?zuständig(?!\p{L})/iu;
export const asksBurialArranged = (text: string): boolean => BURIAL_ARRANGED.test(text);

/** "Mir wolle en Grab in Mömbris", "wir brauchen ein Grab": a grave wanted (after a death told, trial 58). */
const GRAVE_WANTED =
  /(?<!\p{L})(?:(?:wolle|wollen|wolln|möchten|moechten|möchte|moechte|brauchen|bräuchten|braeuchten)\s+(?:\p{L}+\s+){0,3}?grab|grab\s+(?:\p{L}+\s+){0,2}?(?:kaufen|aussuchen|reservieren|haben))(?!\p{L})/iu;
export const wantsAGrave = (text: string): boolean => GRAVE_WANTED.test(text) || CEMETERY.test(text);

/** A contact person or number asked for ("Ansprechpartner mit Telefonnummer"): the contact's answer, whatever it is for. */
const CONTACT_ASKED = /(?<!\p{L})(?:ansprechpartner\p{L}*|ansprechperson\p{L}*|telefonnummer\p{L}*|nummer|e-?mail\p{L}*|durchwahl)(?!\p{L})/iu;

/** Whether a message names the cemetery, one of its buildings or a kind of grave (not asking whom to call about it). */
/** "Der Bestatter sagt er kümmert sich um den Friedhof, aber ich soll beim Standesamt …" (blind set 242): the cemetery in another's hands, not asked. */
const CEMETERY_IN_OTHERS_HANDS = /(?<!\p{L})(?:kümmert|kuemmert)\s+sich\s+(?:schon\s+|auch\s+)?um\s+(?:\p{L}+\s+){0,2}?\p{L}*friedhof\p{L}*(?!\p{L})/iu;
export const namesTheCemetery = (text: string): boolean => CEMETERY.test(text) && !CONTACT_ASKED.test(text) && !CEMETERY_IN_OTHERS_HANDS.test(text);

/** "ist es möglich hier in Mömbris zu begraben nach islamische Art, ohne Sarg": a burial here by a faith's custom, the cemetery's rules. */
const BURIED = /(?<!\p{L})(?:begrab\p{L}*|beerdig\p{L}*|bestatt\p{L}*|beisetz\p{L}*|beigesetzt)(?!\p{L})/iu;
const BY_A_CUSTOM = /(?<!\p{L})(?:islamisch\p{L}*|muslimisch\p{L}*|jüdisch\p{L}*|juedisch\p{L}*|orthodox\p{L}*|ohne\s+sarg|im\s+tuch|leichentuch|mekka|nach\s+\p{L}+\s+art)(?!\p{L})/iu;
export const asksBurialByCustom = (text: string): boolean => BURIED.test(text) && BY_A_CUSTOM.test(text);

/** "wird des wasser uffm friedhof im winter abgestellt?" (blind set 231): the cemetery's taps, not a water supply failing. */
const CEMETERY_WATER =
  /(?<!\p{L})(?:wasser\p{L}*|wasserhahn\p{L}*|wasserstelle\p{L}*|zapfstelle\p{L}*|gießkanne\p{L}*|giesskanne\p{L}*)(?!\p{L})[^.!?]{0,40}?(?<!\p{L})(?:uffm|auf\s+dem|aufm|am|im)\s+friedhof(?!\p{L})|(?<!\p{L})friedhof\p{L}*(?!\p{L})[^.!?]{0,40}?(?<!\p{L})(?:wasser\p{L}*|wasserhahn\p{L}*|wasserstelle\p{L}*|zapfstelle\p{L}*)(?!\p{L})/iu;
export const asksCemeteryWater = (text: string): boolean => CEMETERY_WATER.test(text);
