// A pet that ran away or a stray that turned up is a Fundtier (BGB § 90a, the Fundbüro), whatever
// the word "Hund" suggests to the router (the dog tax). The router recognizes it with these words.

import { splitDone } from './done';
/** Breeds listed as dangerous, by their names ("Kampfhund" is a dog by its own word): a dog wherever dogs are named. */
const LISTED_BREEDS = String.raw`staffordshire|staffy|pitbull\p{L}*|bullterrier\p{L}*|amstaff`;
const ANIMAL = String.raw`(?:hund|hunde|hündin|huendin|welpe|katze|katz|kater|kätzchen|kaetzchen|mieze|wellensittich|papagei|vogel|kaninchen|hase|meerschweinchen|schildkröte|schildkroete|pferd|pony|tier|dog|cat|pet)`;
const GONE = String.raw`(?:weg|fort|verschwunden|entlaufen|weggelaufen|fortgelaufen|abgehauen|abgehaun|ausgebüxt|ausgebuext|ausgebuxt|vermisst|zugelaufen|zugelaufe|zugelaafe|zugelaafen|zugeloffe|zugeloffen|zugeflogen|entflogen|weggelaafe|fortgelaafe|nicht\s+(?:mehr\s+)?(?:heim|nach\s+hause|zurück|zurueck)\w*)`;
/** The animal's tag, tax or registration: the dog tax's matters even when something is "weg". */
// A tax notice or what a dog costs is the tax's too ("der Bescheid für den zweiten Hund … wie viel kostet des pro Hund").
const TAX_MATTER = /marke|hunde?mark|steuer|meld|bescheid|kostet|koscht|teurer/iu;

const LOST_OR_FOUND = new RegExp(`(?<!\\p{L})${ANIMAL}(?!\\p{L})[^.!?]{0,60}?(?<!\\p{L})${GONE}(?!\\p{L})`, 'iu');

/** Whether a message names a pet ("unser Hund", "the cat"). */
const AN_ANIMAL = new RegExp(`(?<!\\p{L})${ANIMAL}(?!\\p{L})`, 'iu');
export const namesAnAnimal = (text: string): boolean => AN_ANIMAL.test(text);

/** "Unser Kater ist seit gestern weg", "mein hund is weg", "uns ist eine Katze zugelaufen", "Mir is en Hund zugelaafe". */
export const isLostOrFoundAnimal = (text: string): boolean => LOST_OR_FOUND.test(text) && !TAX_MATTER.test(text);

/** A dog named in any word of it ("Hundesteuer", "Hundemarke", "unser Hund"): a death told beside it may be the dog's ("Unser Bello ist gestorben"). */
const A_DOG_NAMED = new RegExp(String.raw`(?<!\p{L})(?:hund\p{L}*|hündin|huendin|welpe\p{L}*|dog\p{L}*|dackel\p{L}*|labrador\p{L}*|labbi|labbis|${LISTED_BREEDS}|retriever|terrier|pudel\p{L}*|mops|möpse|beagle|husky|collie)`, 'iu');
export const mentionsADog = (text: string): boolean => A_DOG_NAMED.test(text);
/**
 * "Ich hab den Bescheid für unsere zwei Dackel bekommen … wie sich das berechnet", "… Blindenführhund … dass man für solche
 * Hunde keine oder weniger Steuer zahlen muss": a dog's tax notice, how it is reckoned, or its exemption (a tax paid is told aside).
 */
const TAX_WORDS =
  /(?<!\p{L})(?:bescheid\p{L}*|berechn\p{L}*|betrag|beträge|betraege|(?:keine|weniger|ermäßigt\p{L}*|ermaessigt\p{L}*)\s+(?:\p{L}+\s+){0,2}?steuer|steuer\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:befrei\p{L}*|ermäßig\p{L}*|ermaessig\p{L}*|erlass\p{L}*))(?!\p{L})/iu;
/** "Warum muss ich für meinen zweiten Hund mehr zahlen …?": the tax's higher rate for a second dog. */
const SECOND_DOG_PAYS = /(?<!\p{L})(?:zweit|dritt)\p{L}*\s+hund\p{L}*(?!\p{L})[^.?!]{0,40}?(?<!\p{L})(?:mehr|teurer|zahl\p{L}*|kost\p{L}*)(?!\p{L})/iu;
/** "warum kost mein staffordshire so viel mehr wie de dackel vom nachbar?": a listed breed's higher rate (blind set 207). */
const LISTED_BREED = new RegExp(String.raw`(?<!\p{L})(?:${LISTED_BREEDS}|kampfhund\p{L}*|listenhund\p{L}*|rottweiler)(?!\p{L})`, 'iu');
const COSTS_MORE = /(?<!\p{L})(?:kost\p{L}*|zahl\p{L}*)\s+(?:\p{L}+\s+){0,4}?(?:mehr|teurer)(?!\p{L})|(?<!\p{L})(?:mehr|teurer)\s+(?:\p{L}+\s+){0,3}?(?:zahlen|zahle|kostet|koste)(?!\p{L})/iu;
export const dogsTaxTold = (text: string): boolean =>
  mentionsADog(text) && (TAX_WORDS.test(text) || SECOND_DOG_PAYS.test(text) || (LISTED_BREED.test(text) && COSTS_MORE.test(text)));

/** "Unser Bello musste eingeschläfert werden": a pet put to sleep (for the town, the dog tax's end, whatever tax the words suggest). */
export const petPutToSleep = (text: string): boolean => /(?<!\p{L})(?:eingeschläfert|eingeschlaefert|einschläfern|einschlaefern|einschläfer\p{L}*)(?!\p{L})/iu.test(text);

/**
 * A pet's food, health, training or care ("Welches Futter ist gut für meinen Hund?", "Wo ist der
 * nächste Tierarzt?"): a vet's, a shop's or a trainer's matter, none of the town's — unless its tag,
 * tax or registration is asked beside it. A dog from a breeder or a shelter is a new dog to register.
 */
const CARE = /(?<!\p{L})(?:\p{L}*futter|fressen|giftig\p{L}*|frisst|frißt|tierarzt\p{L}*|tierärzt\p{L}*|tieraerzt\p{L}*|tierklinik\p{L}*|hundeschul\p{L}*|leine|abgewöhn\p{L}*|abgewoehn\p{L}*|hundetrain\p{L}*|hundefriseur\p{L}*|gassi\p{L}*|wurmkur\p{L}*|flöhe|floehe|zecken?|tierpension\p{L}*)(?!\p{L})/iu;
/** "ob wir eine Katze oder einen Hund holen sollen": which pet to have, a private choice. */
const PET_CHOICE = /(?<!\p{L})(?:katze|kater|hund)\p{L}*\s+oder\s+(?:\p{L}+\s+){0,2}?(?:hund|katze|kater)\p{L}*(?!\p{L})/iu;
/** "Wo muss ich den registrieren, bei der Gemeinde oder reicht der Tierarzt?": the registration asked, the vet only named beside it. */
const REGISTERED_HERE = /(?<!\p{L})(?:registrier\p{L}*|anmeld\p{L}*|melden)(?!\p{L})[^.?!]{0,40}?(?<!\p{L})(?:gemeinde|rathaus|markt|bei\s+euch|bei\s+ihnen)(?!\p{L})/iu;
/** "mein hund bellt wie verrückt wenns klingelt, habt ihr tipps?": advice for one's own dog (blind set 189), not the quiet hours. */
const OWN_DOG_ADVICE = /(?<!\p{L})(?:mein|meine|mei|unser|unsere)\s+(?:\p{L}+\s+)?(?:hund|hündin|huendin|welpe)\p{L}*(?!\p{L})[^?]*?(?<!\p{L})(?:tipps?|ratschl\p{L}*)(?!\p{L})/iu;
export const petCare = (text: string): boolean =>
  (CARE.test(text) || PET_CHOICE.test(text) || OWN_DOG_ADVICE.test(text)) && !TAX_MATTER.test(text) && !REGISTERED_HERE.test(text);

/** A dog in any word ("Dackelwelpen", "Schäferhund") or by a common breed. */
const A_DOG = new RegExp(String.raw`(?<!\p{L})(?:\p{L}*(?:hund|hündin|huendin|welpe)\p{L}*|vierbeiner\p{L}*|fellnase\p{L}*|dackel\p{L}*|labrador\p{L}*|labbi|labbis|${LISTED_BREEDS}|pudel\p{L}*|mops|terrier\p{L}*|retriever\p{L}*|chihuahua\p{L}*|husky\p{L}*|collie\p{L}*|boxer|beagle|dalmatiner|rottweiler|dogge|pinscher|schnauzer|spaniel|setter|malteser|havaneser|yorkie|mischling)(?!\p{L})`, 'iu');
/** A dog that is new to the household: bought, taken in, or come along with a move. */
// ("ich möcht meinen Dackel anmelden, den hamma seit 1. November": had since a day or a while; "e klaaner dackelwelpe", "bringt ihren
// Dackel mit", "mit meim hund … nach brücke gezoge": blind sets 213 and 214; not "den neuen Rasenmäher" stolen, blind set 226.)
const NEW_DOG =
  /(?<!\p{L})(?:(?:ist|is|isch)\s+(?:ganz\s+)?neu(?!\s+(?:geimpft|gechippt|angemeldet|gemeldet))|(?<!(?:kein|keine|keinen|koan|koi)\s+)neue[nr]?\s+(?:\p{L}+\s+)?(?:hund|hündin|huendin)|seit\s+(?:dem\s+)?(?:\d{1,2}\.\s*(?:\d{1,2}\.|\p{L}+)|letzte[rnm]?\s+woche?|gestern|vorgestern|kurzem|ein\p{L}*\s+(?:woche|monat)\p{L}*|zwei\s+wochen)|geholt|gekauft|zugelegt|gekriegt|kriecht|dazukriecht|dazugekriegt|dazugekriecht|dazubekommen|dazugekommen|adoptiert|übernommen|uebernommen|übernomme|geerbt|zu\s+uns\s+gekommen|züchter\p{L}*|zuechter\p{L}*|tierheim\p{L}*|\p{L}*welpe\p{L}*|hergezogen|hierher\s+gezogen|gezogen|umgezogen|gezoche|hergezoche|umgezoche|gezoge|hergezoge|umgezoge|mitgebracht|(?:bringt|bringe|bringen|bring)\s+(?:\p{L}+\s+){1,3}?mit|zugezogen|(?:unsere[nm]?|meine[nm]?|einen?|den|hab|habe|haben)\s+neue[nrm]?(?!\s+\p{L}*(?:mäher|maeher|sense|auto|wagen|rad|handy|fernseher|küche|kueche|zaun|mieter|nachbarn?|chef|job|wohnung|haus|heizung|fenster|dach|pass|ausweis|perso|adresse|anschrift|freund|freundin|partner|partnerin)(?!\p{L}))|(?:hund|hündin|huendin|welpe)\s+(?:ist|is)\s+(?:ganz\s+|noch\s+)?neu(?!\p{L})|^\W*neue[rn]?(?=\s+(?:hund|welpe))|(?:hab|habe|haben|ham)\s+seit\s+(?:gestern|vorgestern|kurzem|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|[\p{L}\p{N}]+\s+(?:tagen|wochen|woche))\s+(?:einen|eine|nen|ne|en|ein)|(?:ziehen|ziehn|ziehe|umziehen)\s+mit\s+(?:unserem|meinem|unserm|dem)\s+(?:\p{L}+\s+)?hund\p{L}*)(?!\p{L})/iu;
/** A tag lost, a dog dead or given away: the dog tax's matters, not a new registration. */
const NOT_NEW = /(?<!\p{L})(?:verloren|verlegt|kaputt|gestorben|tot|eingeschläfert|eingeschlaefert|abgegeben|abmeld\p{L}*|abgemeldet)(?!\p{L})/iu;
/** Registering it or its tag ("melden", "eintragen lassen", "Hundemarke"). */
// ("Welches Formular und wie lang hab ich Zeit?" for a dog just had: blind set 216.)
// ("Ich habe einen Hund. Er ist neu. Muss ich das der Gemeinde sagen?", blind set 219: told to the town, a dog that is new.)
const DOG_REGISTERED = /(?<!\p{L})(?:(?:gemeinde|rathaus|euch|ihnen|amt|markt)\s+(?:\p{L}+\s+)?(?:sagen|sage|mitteilen|bescheid\s+geben)|\p{L}*meld\p{L}*|angebe\p{L}*|eintrag\p{L}*|eitrag\p{L}*|eingetragen|eigetrage\p{L}*|\p{L}*marke|\p{L}*mark|formular\p{L}*)(?!\p{L})/iu;
/** How much the tax is: the dog tax's answer, new dog or not. */
const AMOUNT = /(?<!\p{L})(?:wie\s*viel|was\s+kostet|koste[nt]?|kost|höhe|hoehe|betrag|euro|steuersatz|satz)(?!\p{L})/iu;

/**
 * Whether a message registers a dog new to the household ("Wir haben uns einen Welpen geholt … wie
 * melden wir den?", "Mit meinem Hund … von Hanau hierher gezogen. Wie trage ich ihn ein?"), not how
 * much its tax is.
 */
/** Sentences about another animal ("jetz is der kater gestorben"), whose end says nothing of the dog. */
const OTHER_ANIMALS_SENTENCE = /[^.!?]*(?<!\p{L})(?:katze\p{L}*|katzen|katezn|kater|kaninchen|hasen?|vogel|wellensittich\p{L}*)(?!\p{L})[^.!?]*/giu;
/** "In Hanau haben wir sie schon abgemeldet": deregistered in the town it came from, new here. */
const DEREGISTERED_ELSEWHERE = /(?<!\p{L})(?:[Ii]n|[Dd]ort|[Bb]ei)\s+(?:\p{Lu}\p{L}+\s+)?(?:\p{L}+\s+){0,4}?abgemeldet(?!\p{L})/gu;
/** "Hund is übrigens schon angemeldet": the dog's registration told as done here, beside another matter asked. */
const dogToldRegistered = (text: string): boolean => {
  const told = splitDone(text);
  return told !== undefined && A_DOG.test(told.done);
};
/**
 * A move to come with the dog, and its tax named ("ich zieh nächste monat mit meim labrador … nach mömbris … neu angebe wege der
 * steuer", blind set 186); without the tax, "Wir ziehen nach Schimborn und haben einen Hund. Muss ich den anmelden?" is the
 * move's registration, with the dog offered beside it.
 */
const MOVING_HERE_WITH_ITS_TAX = /(?<!\p{L})(?:zieh|ziehe|ziehen)\s+(?:[\p{L}\d]+\s+){0,8}?nach\s+\p{L}+[^]*?(?<!\p{L})steuer(?!\p{L})/iu;
/** "zieh mit meinem labrador im januar nach hohl, muss ich den … eintragen lassen?": the dog moved along by name (blind set 189; "gezoge mit unserm hund … nochmal neu gemeldet", 207). */
const MOVING_WITH_THE_DOG = new RegExp(
  String.raw`(?<!\p{L})(?:zieh|ziehe|ziehen|gezogen|gezoge|umgezogen|umgezoge)\s+(?:\p{L}+\s+)?mit\s+(?:meinem|meim|mei|unserem|unserm|unsrem|dem)\s+${A_DOG.source}[^]*?(?<!\p{L})(?:eintrag\p{L}*|eitrag\p{L}*|angebe\p{L}*|steuer|(?:nochmal|neu|wieder)\s+(?:\p{L}+\s+)?(?:gemeldet|anmelden|anmelde|angemeldet|melden|melde))(?!\p{L})`,
  'iu',
);
/** "mer müsse uns ja auch irgendwo offiziell melde": the family registering itself, the dog only moved along (blind set 223). */
const OURSELVES_REGISTERED =
  /(?<!\p{L})(?:uns|mich)\s+(?:(?:ja|auch|noch|irgendwo|offiziell|hier|dort|da|do|bei\s+euch|bei\s+ihnen|erst|schnell|mal)\s+){0,4}(?:an)?(?:melden|melde|meld)(?!\p{L})/iu;
export const registersANewDog = (text: string): boolean =>
  A_DOG.test(text) &&
  !dogToldRegistered(text) &&
  !OURSELVES_REGISTERED.test(text) &&
  (NEW_DOG.test(text) || MOVING_HERE_WITH_ITS_TAX.test(text) || MOVING_WITH_THE_DOG.test(text)) &&
  DOG_REGISTERED.test(text) &&
  !AMOUNT.test(text) &&
  !NOT_NEW.test(text.replace(OTHER_ANIMALS_SENTENCE, ' ').replace(DEREGISTERED_ELSEWHERE, ' '));

/** "gibts bei euch e vergünstigung bei de abgab fürn hund …": a reduction of the tax asked, not a registration (blind set 216). */
const REDUCTION = /(?<!\p{L})(?:vergünstig\p{L}*|verguenstig\p{L}*|ermäßig\p{L}*|ermaessig\p{L}*|ermässig\p{L}*|rabatt\p{L}*|steuerbefrei\p{L}*|befreit|billiger)(?!\p{L})/iu;
export const asksDogTaxReduction = (text: string): boolean => A_DOG.test(text) && REDUCTION.test(text) && !registersANewDog(text);

/** "hund neu", "neuer hund anmelden", "welpe gekauft", "hundemarke fur neuen hund": a new dog typed as a search, in a few words. */
const NEW_DOG_KEYWORDS = new RegExp(
  `^\\s*(?:(?:neue[rn]?|neu)\\s+${A_DOG.source}|${A_DOG.source}\\s+(?:neu|gekauft|geholt|zugelegt|angeschafft)|(?:hunde)?marke\\s+(?:für|fuer|fur)\\s+(?:\\p{L}+\\s+)?neue[nrs]?\\s+${A_DOG.source})(?:\\s+(?:anmelden|melden|was\\s+tun))?\\s*[?!.]*\\s*$`,
  'iu',
);
export const newDogInKeywords = (text: string): boolean => NEW_DOG_KEYWORDS.test(text);

/** A death told ("ist gestorben", "ist tot", "lebt nicht mehr", "über die Regenbogenbrücke gegangen"). */
const DIED = String.raw`(?:gestorben|verstorben|gestorbe|tot|verendet|überfahren|ueberfahren|eingeschläfert|eingeschlaefert|lebt\s+nicht\s+mehr|regenbogenbrücke|regenbogenbruecke)`;
/** The dog and its death close together ("Mein Dackel ist tot", "unser Hund ist letzte Woche gestorben"). */
const DOG_DIED = new RegExp(`${A_DOG.source}\\s+(?:[\\p{L}\\d]+\\s+){0,8}?${DIED}(?!\\p{L})`, 'iu');
const A_DEATH = new RegExp(`(?<!\\p{L})${DIED}(?!\\p{L})`, 'iu');
/** Its tax and its tag named beside a death ("Unser Bello ist gestorben … die Steuer für ihn … die Marke"). */
const TAX_AND_TAG = /(?<!\p{L})\p{L}*steuer\p{L}*(?!\p{L}).*(?<!\p{L})\p{L}*marke(?!\p{L})|(?<!\p{L})\p{L}*marke(?!\p{L}).*(?<!\p{L})\p{L}*steuer\p{L}*(?!\p{L})/isu;

/** People one may mourn, by the words a message names them with: no pet's name. */
const PERSON_WORD =
  /^(?:mann|ehemann|frau|ehefrau|vater|vadder|vatter|mutter|mudder|papa|mama|opa|oma|sohn|bub|tochter|kind|baby|bruder|schwester|onkel|tante|cousin\p{L}*|neffe|nichte|enkel\p{L}*|schwager|schwägerin|schwaegerin|schwieger\p{L}*|lebensgefährt\p{L}*|partner\p{L}*|freund\p{L}*|nachbar\p{L}*|kolleg\p{L}*|chef\p{L}*|vermieter\p{L}*|mieter\p{L}*|großvater|großmutter|grossvater|grossmutter|eltern|familie)$/iu;
/** "Unser Bello is … gestorbe": one's own by a name after "unser" or "mein". */
const NAMED_ONE_DIED = new RegExp(`(?<!\\p{L})(?:[Uu]nser|[Uu]nsere|[Mm]ein|[Mm]eine)\\s+(\\p{Lu}\\p{Ll}+)\\s+(?:[\\p{L}\\d]+\\s+){0,6}?${DIED}(?!\\p{L})`, 'u');
/** Paying on for it ("Muss mer do jetzt noch weiter zahle für den?"). */
// ("Die Marke hab ich noch": its tag, which only a dog has; "kriegen wir was zurück?": the year's tax refunded.)
const PAYING_ON =
  /(?<!\p{L})(?:weiter\s+(?:\p{L}+\s+)?(?:zahlen|zahle|bezahlen|bezahle)|\p{L}*steuer\p{L}*|abbuch\p{L}*|abgebucht|\p{L}*marke|(?:kriegen|krieg|bekommen|bekomm|kriege)\s+(?:wir|ich|mer)\s+(?:\p{L}+\s+){0,2}?zurück|zurückerstatt\p{L}*|erstattet)(?!\p{L})/iu;
/** A death of one named by its name, not as a person ("Unser Bello … gestorben", not "Unser Nachbar"), and its payments asked. */
function namedPetDiedAndPaid(text: string): boolean {
  const named = NAMED_ONE_DIED.exec(text)?.[1];
  return named !== undefined && !PERSON_WORD.test(named) && PAYING_ON.test(text);
}

/**
 * Whether a message tells that the family's dog died ("Mein Dackel ist tot. Muss ich den abmelden?",
 * "Unser Bello is gestorbe … weiter zahle für den?"): the dog tax's end, not a person's death or deregistration.
 */
export const dogDied = (text: string): boolean =>
  DOG_DIED.test(text) || (A_DEATH.test(text) && TAX_AND_TAG.test(text)) || namedPetDiedAndPaid(text);

/** A relative's death told ("Mein Mann ist gestorben"), the dog's matters (tax, tag, registration) not asked beside it. */
const RELATIVE_DIED = new RegExp(
  `(?<!\\p{L})(?:mann|ehemann|frau|ehefrau|vater|mutter|papa|mama|opa|oma|sohn|tochter|bruder|schwester|schwiegervater|schwiegermutter|onkel|tante|cousin\\p{L}*|neffe|nichte|lebensgefährt\\p{L}*|partner\\p{L}*)\\s+(?:[\\p{L}\\d]+\\s+){0,4}?${DIED}(?!\\p{L})`,
  'iu',
);
// "Jetzt kam der Bescheid für die Hunde … für den zweiten zahlt er mehr": the tax, though not named.
const DOGS_MATTER =
  /(?<!\p{L})(?:\p{L}*steuer\p{L}*|\p{L}*marke|\p{L}*meld\p{L}*|halter\p{L}*|\p{L}*bescheid|zahl\p{L}*|ermäßig\p{L}*|ermaessig\p{L}*|ermässig\p{L}*)(?!\p{L})/iu;

/** Whether a relative's death is told, not the dog's ("Meine Frau ist verstorben. Auf sie war auch unser Hund angemeldet."). */
export const relativeDied = (text: string): boolean => RELATIVE_DIED.test(text) && !DOG_DIED.test(text);

/** Whether a relative's death is told with the family's dog only beside it ("Mein Mann ist gestorben, wir haben einen Hund. Was muss ich erledigen?"). */
export const relativeDiedBesideDog = (text: string): boolean => relativeDied(text) && !DOGS_MATTER.test(text);

/** A dog barking, howling or making noise ("der Hund vom Nachbarn bellt jede Nacht"; not a "Bello"): the quiet hours' matter, not the dog tax. */
const DOG_NOISE = /(?<!\p{L})(?:bell(?:t|en|te|ten|end\p{L}*)|gebell\p{L}*|kläff\p{L}*|klaeff\p{L}*|gekläffe|jault|jaulen|heult|heulen|lärm\p{L}*|laerm\p{L}*|krach)(?!\p{L})/iu;
const DOG_TAX_WORDS = /hundesteuer|hundemarke|anmeld|abmeld/iu;
/** Noise denied ("der bellt doch gar nicht"; "der Hund auch net gebellt" in a burglary's story, blind set 226). */
const NO_NOISE =
  /(?<!\p{L})(?:bell\p{L}*|kläff\p{L}*|klaeff\p{L}*|jault|heult)\s+(?:\p{L}+\s+){0,3}?(?:nicht|nie|kaum)(?!\p{L})|(?<!\p{L})(?:nicht|net|ned|nit|nie|kein\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:bell\p{L}*|gebell\p{L}*|kläff\p{L}*|lärm\p{L}*|laerm\p{L}*)(?!\p{L})/iu;
/** The tax of one's own dog asked ("warum muss ich für meinen kleinen Hund Steuer zahlen"). */
const OWN_DOGS_TAX =
  /(?<!\p{L})(?:mein\p{L}*|unser\p{L}*)\s+(?:\p{L}+\s+){0,2}?\p{L}*hund\p{L}*[^.!?]{0,40}?steuer|steuer[^.!?]{0,40}?(?:mein\p{L}*|unser\p{L}*)\s+(?:\p{L}+\s+){0,2}?\p{L}*hund/iu;

/** Whether a message complains of a dog's noise ("Seit 3 Wochen bellt der Hund vom Nachbarn jede Nacht … Ich zahle hier Steuern!"). */
export const dogNoise = (text: string): boolean =>
  A_DOG.test(text) && DOG_NOISE.test(text) && !DOG_TAX_WORDS.test(text) && !NO_NOISE.test(text) && !OWN_DOGS_TAX.test(text);

/** Only thinking of a dog ("Ich will einen Hund haben", "Wir überlegen, uns einen Hund anzuschaffen"): what to know first, not its registration yet. */
const PLANS_A_DOG =
  /(?<!\p{L})(?:will|möchte|moechte|möchten|moechten|wollen|würde\p{L}*|wuerde\p{L}*|überleg\p{L}*|ueberleg\p{L}*|plan\p{L}*)\s+(?:\p{L}+\s+){0,4}?(?:\p{L}*hund|welpe\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:haben|anschaffen|anzuschaffen|holen|zu\s+holen|kaufen|zu\s+kaufen|zulegen|zuzulegen)(?!\p{L})/iu;
export const plansADog = (text: string): boolean => PLANS_A_DOG.test(text);

/** A dog given to others for good ("abgegeben", "verschenkt", "ins Tierheim gebracht") and its deregistration or tax. */
const GIVEN_AWAY =
  /(?<!\p{L})(?:abgegeben|abgebe|abgeben|weggegeben|hergegeben|verschenkt|verkauft|(?:ins|im)\s+tierheim\s+(?:gebracht|gegeben|abgegeben)|lebt\s+(?:jetzt\s+)?bei)(?!\p{L})/iu;
const DEREGISTERED = /(?<!\p{L})(?:abmeld\p{L}*|abgemeldet|abzumelden|meld\p{L}*\s+(?:\p{L}+\s+){0,4}?ab|steuer\p{L}*|\p{L}*steuer|\p{L}*marke)(?!\p{L})/iu;

/** Whether a message deregisters a dog given away ("Ich habe meinen Hund abgegeben, wie melde ich ihn ab?"), which "abgegeben" led to lost and found. */
export const dogGivenAway = (text: string): boolean => A_DOG.test(text) && GIVEN_AWAY.test(text) && DEREGISTERED.test(text);

/** A neighbour's dog complained of, without a lawsuit or a lawyer asked (those are no topic of the town's). */
const NEIGHBOUR = /(?<!\p{L})(?:nachbar\p{L}*|nochber\p{L}*|nochbar\p{L}*|nebenan|gegenüber|gegenueber)(?!\p{L})/iu;
const LAWSUIT = /(?<!\p{L})(?:\p{L}*anwalt\p{L}*|\p{L}*anwält\p{L}*|klage\p{L}*|klagen|verklagen|gericht\p{L}*|unterlassung\p{L}*)(?!\p{L})/iu;
export const neighboursDogNoise = (text: string): boolean => NEIGHBOUR.test(text) && !LAWSUIT.test(text);

/** "was passiert wenn ich den hund erst nach nem halben jahr meld": the registration's deadline, not the tax's amount. */
const REGISTERED_LATE =
  /(?<!\p{L})(?:erst\s+(?:nach|in|im)\s+(?:\p{L}+\s+){0,3}?(?:meld\p{L}*|anmeld\p{L}*)|zu\s+spät\s+(?:\p{L}+\s+)?(?:meld\p{L}*|anmeld\p{L}*|angemeldet)|(?:meld\p{L}*|anmeld\p{L}*)\s+(?:\p{L}+\s+){0,2}?zu\s+spät|(?:welche|bis\s+wann|wie\s+lange)\s+(?:\p{L}+\s+){0,3}?(?:frist|zeit)\s+(?:\p{L}+\s+){0,3}?(?:meld\p{L}*|anmeld\p{L}*)|(?:nicht|net)\s+(?:\p{L}+\s+)?(?:anmeld\p{L}*|meld\p{L}*))(?!\p{L})/iu;
export const asksDogRegistrationDeadline = (text: string): boolean => A_DOG.test(text) && REGISTERED_LATE.test(text);

/**
 * "… einen Labrador … In Alzenau war er angemeldet und da haben wir ihn jetzt auch abgemeldet. Muss ich den hier neu
 * anmelden oder läuft das automatisch mit der Ummeldung?", "… in alzenau hab ich ihn schon abgemeldet. wie meld ich ihn hier an?": the dog's registration told and asked, not the family's
 * (a dog only told beside a move is offered after the registration's answer).
 */
const REGISTER_HIM = /(?<!\p{L})(?:muss|müssen|muessen|soll|sollen|kann|können|koennen)\s+(?:ich|wir|man|mer)\s+(?:den|ihn)\s+(?:\p{L}+\s+){0,3}?(?:anmelden|ummelden|anmelde|ummelde)(?!\p{L})/iu;
/** "wie meld ich ihn hier an?": the dog registered here, asked of the dog named (what he had elsewhere may be told aside). */
// ("Wie melde ich den bei euch an?": the office addressed.) "Hiermit melde ich meinen Hund an": the registration made in the message.
const REGISTER_HIM_HERE =
  /(?<!\p{L})(?:(?:wie|wo)\s+(?:meld|melde|melden)\s+(?:ich|wir|man|mer)\s+(?:den|ihn)\s+(?:\p{L}+\s+)?(?:hier|bei\s+(?:euch|eich|ihnen))\s+(?:\p{L}+\s+)?(?:an|um)\s*[?.!]*\s*$|hiermit\s+(?:melde|melden)\s+(?:ich|wir)\s+(?:meinen|unseren|den)\s+(?:\p{L}+\s+){0,2}?an(?!\p{L}))/imu;
const HIS_REGISTRATION_BEFORE = /(?<!\p{L})(?:war\s+er|ist\s+er|ihn|den\s+hund)\s+(?:\p{L}+\s+){0,4}?(?:angemeldet|abgemeldet)(?!\p{L})/iu;
/**
 * "Ich ziehe nach Mömbris mit meine Hund … Wo bekomme ich neue Marke für Halsband?", "mei schwiegermutter zieht zu uns nach hemsbach mit
 * ihrem dackel, muss der hier neu gemeldet werde?" (blind set 249): a dog moving in, its tag or registration here asked.
 */
// ("Bin mit meinem Hund aus Würzburg hergezogen … Muss ich das hier nochmal machen?")
const MOVES_IN_WITH =
  /(?<!\p{L})(?:(?:ziehe|ziehen|zieh|zieht|umgezogen|gezogen|zugezogen|hergezogen)\s+(?:\p{L}+\s+){0,4}?(?:mit\s+(?:meine[mnr]?|unsere[mnr]?|ihre[mnr]?|seine[mnr]?|dem)\s+(?:\p{L}*hund|dackel|welpe\p{L}*)|nach|hierher|hier\s*her)|mit\s+(?:meine[mnr]?|unsere[mnr]?|dem)\s+hund\s+(?:\p{L}+\s+){0,3}?(?:hergezogen|zugezogen|umgezogen|hierher\s*gezogen))(?!\p{L})/iu;
const TAG_OR_ANEW = /(?<!\p{L})(?:neue\p{L}?\s+(?:hunde)?marke|hier\s+(?:\p{L}+\s+){0,2}?(?:neu|nochmal|noch\s+einmal|nochmals|erneut)|neu\s+(?:an)?(?:melden|angeben))(?!\p{L})/iu;
export const registersTheDogHere = (text: string): boolean =>
  A_DOG.test(text) && ((REGISTER_HIM.test(text) && HIS_REGISTRATION_BEFORE.test(text)) || REGISTER_HIM_HERE.test(text) || (MOVES_IN_WITH.test(text) && TAG_OR_ANEW.test(text)));

/** "Handsteuer": the dog tax as a phone's autocorrect writes it. */
const DOG_TAX_MISSPELLED = /(?<!\p{L})(?:handsteuer|hundsteuer|hundesteur|hundessteuer)(?!\p{L})/iu;
export const namesDogTaxMisspelled = (text: string): boolean => DOG_TAX_MISSPELLED.test(text);

/** "Mein Nachbar angelt jeden Sonntag … Was brauch ich dafür?": fishing told by its verb, the fishing licence's matter. */
const FISHING = /(?<!\p{L})(?:angel(?:n|t|e|st)?|angle|angler\p{L}*|zum\s+fischen|fischen\s+gehen)(?!\p{L})/iu;
const WHAT_IS_NEEDED = /(?<!\p{L})(?:brauch\p{L}*|darf|dürfen|duerfen|erlaubt|muss|schein|offiziell)(?!\p{L})/iu;
export const goesFishing = (text: string): boolean => FISHING.test(text) && WHAT_IS_NEEDED.test(text);

/** A thing found ("ein fremdes Fahrrad in unserer Hecke gefunden"): the Fundbüro's, whatever brought it there. */
const THING_FOUND =
  /(?<!\p{L})(?:fahrrad|rad|e-?bike|schlüssel\p{L}*|schluessel\p{L}*|geldbeutel|geldbörse|geldboerse|portemonnaie|handy|smartphone|iphone|tasche|rucksack|brille|ring|uhr|kinderwagen|roller|jacke)(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:gefunden|gefunde|rumliegen|herumliegen|abgelegt|hingeschmissen|hingeworfen)(?!\p{L})/iu;
/** "ein fremdes Fahrrad … gehört keinem von uns", "im Laden liegt ein Regenschirm, den keine Kundschaft abholt": a thing nobody owns or claims. */
const THING = String.raw`(?:\p{L}*fahrrad|rad|e-?bike|schlüssel\p{L}*|schluessel\p{L}*|autoschlüssel\p{L}*|geldbeutel|geldbörse|geldboerse|portemonnaie|handy|tasche|rucksack|brille|ring|uhr|kinderwagen|roller|regenschirm\p{L}*|schirm|jacke)`;
const NOBODY_CLAIMS = new RegExp(
  `(?<!\\p{L})(?:fremde[sn]?\\s+${THING}|${THING}(?!\\p{L})[^.!?]{0,80}?(?<!\\p{L})(?:gehört\\s+(?:keinem|niemandem|nicht\\s+uns)|keine\\s+(?:kundschaft|kunde|kundin|gast|gäste|gaeste)\\s+(?:\\p{L}+\\s+)?(?:abholt|abgeholt|vermisst)|(?:holt|abholt)\\s+(?:\\p{L}+\\s+)?(?:keiner|niemand)|liegen\\s*gelassen|vergessen))(?!\\p{L})`,
  'iu',
);
/** "beim Bäcker lag ein Geldbeutel auf dem Boden … Wo kann ich den abgeben?": a thing lying about, taken along to hand in. */
const LYING_ABOUT = new RegExp(
  `(?<!\\p{L})(?:lag|lagen|liegt|liegen)\\s+(?:\\p{L}+\\s+){0,2}?${THING}(?!\\p{L})[^.!?]{0,40}?(?<!\\p{L})(?:boden|straße|strasse|gehweg|rum|herum|parkplatz)(?!\\p{L})`,
  'iu',
);
/**
 * "an der bushaltestell lag heut morge e handy … ich habs erstmal mitgenommen. wohin damit", "lag e ganz gutes mountainbike im graben …
 * wo kann ich des abgebe?": something lying about or found, taken along or to be handed in (blind set 198), whatever the thing.
 */
// (Only a thing taken along or found: "liegt der ganze Stapel Papier aufm Küchetisch. Kann ich die Steuererklärung bei euch abgebe" hands in no find.)
const FOUND_AND_TAKEN =
  /(?<!\p{L})(?:lag|lagen|liegt|rumlag|herumlag|gefunden|gefunde|gfunde)(?!\p{L})[^?]{0,200}?(?<!\p{L})(?:mitgenommen|mitgenomme|mitgnomme|mit\s+(?:heim|nach\s+hause|hoam|haam)\s+genomm\p{L}*|eingesteckt)(?!\p{L})|(?<!\p{L})(?:gefunden|gefunde|gfunde)(?!\p{L})[^?]{0,200}?(?<!\p{L})(?:wohin\s+damit|abgeben|abgebe|hinbringen|hinbringe|was\s+(?:soll|mach|mache|tu|tue)\s+(?:ich|mer|man)\s+(?:\p{L}+\s+)?damit)(?!\p{L})/iu;
/** A lost thing of one's own, looked for: not one found ("mein Schlüssel lag … verloren"). ("gefunden: geldbörse … was soll ich damit machen?", blind set 236, is one found.) */
const OWN_LOST = /(?<!\p{L})(?:verloren|verlore|vermisse|vermisst|suche\s+mein\p{L}*)(?!\p{L})/iu;
/** "war meine Jacke weg … irgendwer hat wohl die falsche mitgenommen": one's own thing gone (blind set 224: the jackets lying about had made it found). */
const OWN_GONE = /(?<!\p{L})(?:war|ist|is)\s+(?:meine?|mei|unsere?)\s+\p{L}+\s+weg(?!\p{L})|(?<!\p{L})(?:die|den|das)\s+falsche[n]?\s+(?:\p{L}+\s+)?mitgenomm\p{L}*/iu;
export const foundAThing = (text: string): boolean =>
  (THING_FOUND.test(text) || NOBODY_CLAIMS.test(text) || LYING_ABOUT.test(text) || (FOUND_AND_TAKEN.test(text) && !OWN_LOST.test(text))) && !OWN_GONE.test(text);

/** "Was passiert wenn sich keiner meldet, krieg ich den dann?", "Finderlohn": what the finder gets when the owner does not come. */
const UNCLAIMED = /(?<!\p{L})(?:finderlohn\p{L}*|wenn\s+sich\s+(?:keiner|niemand|kaaner|koaner)\s+(?:\p{L}+\s+)?meldet[^.!?]{0,40}?(?<!\p{L})(?:krieg|kriege|bekomm\p{L}*|gehört|gehoert|behalten|darf)(?!\p{L}))/iu;
export const asksIfNobodyClaims = (text: string): boolean => UNCLAIMED.test(text);

/** "seine Brille beim Faschingsumzug verloren … Ist da zufällig etwas abgegeben worden?": a thing lost, asked after as handed in. */
// ("mei ehering abhande gekomme … hat den jemand abgegebe?", blind set 201.)
const THING_LOST = new RegExp(
  `(?<!\\p{L})(?:${THING}|\\p{L}*ring|kette|armband|ohrring\\p{L}*)(?!\\p{L})[^.!?]{0,60}?(?<!\\p{L})(?:verloren|verlorn|verlore|liegen\\s*lassen|liegengelassen|vergessen|abhanden\\s+gekommen|abhande\\s+gekomme)(?!\\p{L})`,
  'iu',
);
const HANDED_IN = /(?<!\p{L})(?:abgegeben|abgegebe|gebracht|gefunden|gefunde|fundbüro|fundbuero|fundsache\p{L}*)(?!\p{L})/iu;
export const asksForLostThing = (text: string): boolean => THING_LOST.test(text) && HANDED_IN.test(text);

/** "mei hundemark is verlorn gange beim gassi": the dog tag lost, its replacement is the dog tax office's (also said without its last "e"). */
const DOG_TAG_LOST =
  /(?<!\p{L})(?:hunde?mark\p{L}*|hundesteuermark\p{L}*|steuermark\p{L}*)(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:verlor\p{L}*|verlorn|weg|kaputt|abgerissen|abgefallen|verschwunden)(?!\p{L})|(?<!\p{L})(?:verlor\p{L}*|verlorn)\s+(?:\p{L}+\s+){0,2}?(?:hunde?mark\p{L}*|steuermark\p{L}*)(?!\p{L})/iu;
export const lostDogTag = (text: string): boolean => DOG_TAG_LOST.test(text);

/** "uns ist ein Hofhund zugelaufen, den wir jetzt behalten. Muss der bei euch registriert werden": a stray kept is a new dog to register, no more a find. */
const STRAY_KEPT =
  /(?<!\p{L})\p{L}*(?:hund|hündin|huendin|welpe)\p{L}*(?!\p{L})[^.!?]{0,40}?(?<!\p{L})zugelauf\p{L}*(?!\p{L})[^]{0,80}?(?<!\p{L})(?:behalten|behalte|bleibt|bleiben)(?!\p{L})/iu;
const REGISTERED_WITH_US = /(?<!\p{L})(?:registrier\p{L}*|anmeld\p{L}*|anzumelden|melden|gemeldet)(?!\p{L})/iu;
export const keepsAStrayDog = (text: string): boolean => STRAY_KEPT.test(text) && REGISTERED_WITH_US.test(text);

/** "Die Katze vom Nachbarn macht ständig in unser Hochbeet": a neighbour's cat, a matter between neighbours (no cat tax, no rule of the town's); a dog beside it may be the question. */
const NEIGHBOURS_CAT =
  /(?<!\p{L})(?:katze|kater)\s+(?:vom|von\s+(?:den|dem|der|unseren?|meinem)|des|der)\s+nachbar\p{L}*|(?<!\p{L})nachbars?katze\p{L}*|(?<!\p{L})nachbarkatze\p{L}*/iu;
export const neighboursCat = (text: string): boolean => NEIGHBOURS_CAT.test(text) && !mentionsADog(text);

/** "mir hawwe en Hund", "… und haben einen Hund und zwei Katzen": a clause that only tells a dog is had. */
const DOG_HAD =
  /(?:(?:^|(?<=[,.;!?]))\s*(?:mir|wir|ich|mer|i)\s+|\s+(?:und|un)\s+(?:(?:mir|wir|ich|mer|i)\s+)?)(?:hawwe|hawe|haben|habe|hab|hann|han|hamm)\s+(?:auch\s+|noch\s+)?(?:en|einen|ein|nen|'nen|e|a)\s+(?:\p{L}+\s+)?hund\p{L}*(?:\s+(?:und|un)\s+(?:\p{L}+\s+)?\p{L}+)?\s*(?=[,.;!?]|$)/iu;
/** A move told ("Mir ziehe um nach Schimborn", "wir ziehen von Alzenau nach Mömbris"). */
const MOVING = /(?<!\p{L})(?:zieh\p{L}*\s+(?:\p{L}+\s+){0,4}?(?:um|nach|weg)|umzieh\p{L}*|umzug\p{L}*|ziehen\s+um)(?!\p{L})/iu;
/**
 * "Mir ziehe um nach Schimborn, mir hawwe en Hund. Was muss ich mache?" (trial 64: the dog's registration had started): the move
 * is the matter, the dog only told beside it. The text without the dog's clause, where that is so.
 */
export function moveBesideADog(text: string): string | undefined {
  if (!MOVING.test(text) || !DOG_HAD.test(text) || registersANewDog(text) || dogsTaxTold(text)) return undefined;
  return text.replace(DOG_HAD, ' ').replace(/\s{2,}/gu, ' ').trim();
}
