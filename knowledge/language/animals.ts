// A pet that ran away or a stray that turned up is a Fundtier (BGB § 90a, the Fundbüro), whatever
// the word "Hund" suggests to the router (the dog tax). The router recognizes it with these words.

const ANIMAL = String.raw`(?:hund|hunde|hündin|huendin|welpe|katze|katz|kater|kätzchen|kaetzchen|mieze|wellensittich|papagei|vogel|kaninchen|hase|meerschweinchen|schildkröte|schildkroete|pferd|pony|tier|dog|cat|pet)`;
const GONE = String.raw`(?:weg|fort|verschwunden|entlaufen|weggelaufen|fortgelaufen|abgehauen|abgehaun|ausgebüxt|ausgebuext|ausgebuxt|vermisst|zugelaufen|zugelaufe|zugelaafe|zugelaafen|zugeloffe|zugeloffen|zugeflogen|entflogen|weggelaafe|fortgelaafe|nicht\s+(?:mehr\s+)?(?:heim|nach\s+hause|zurück|zurueck)\w*)`;
/** The animal's tag, tax or registration: the dog tax's matters even when something is "weg". */
const TAX_MATTER = /marke|steuer|anmeld|abmeld/iu;

const LOST_OR_FOUND = new RegExp(`(?<!\\p{L})${ANIMAL}(?!\\p{L})[^.!?]{0,60}?(?<!\\p{L})${GONE}(?!\\p{L})`, 'iu');

/** Whether a message names a pet ("unser Hund", "the cat"). */
const AN_ANIMAL = new RegExp(`(?<!\\p{L})${ANIMAL}(?!\\p{L})`, 'iu');
export const namesAnAnimal = (text: string): boolean => AN_ANIMAL.test(text);

/** "Unser Kater ist seit gestern weg", "mein hund is weg", "uns ist eine Katze zugelaufen", "Mir is en Hund zugelaafe". */
export const isLostOrFoundAnimal = (text: string): boolean => LOST_OR_FOUND.test(text) && !TAX_MATTER.test(text);

/** A dog named in any word of it ("Hundesteuer", "Hundemarke", "unser Hund"): a death told beside it may be the dog's ("Unser Bello ist gestorben"). */
export const mentionsADog = (text: string): boolean => /(?<!\p{L})(?:hund\p{L}*|hündin|huendin|welpe\p{L}*|dog\p{L}*)/iu.test(text);

/** "Unser Bello musste eingeschläfert werden": a pet put to sleep (for the town, the dog tax's end, whatever tax the words suggest). */
export const petPutToSleep = (text: string): boolean => /(?<!\p{L})(?:eingeschläfert|eingeschlaefert|einschläfern|einschlaefern|einschläfer\p{L}*)(?!\p{L})/iu.test(text);

/**
 * A pet's food, health, training or care ("Welches Futter ist gut für meinen Hund?", "Wo ist der
 * nächste Tierarzt?"): a vet's, a shop's or a trainer's matter, none of the town's — unless its tag,
 * tax or registration is asked beside it. A dog from a breeder or a shelter is a new dog to register.
 */
const CARE = /(?<!\p{L})(?:\p{L}*futter|fressen|frisst|frißt|tierarzt\p{L}*|tierärzt\p{L}*|tieraerzt\p{L}*|tierklinik\p{L}*|hundeschule\p{L}*|hundetrain\p{L}*|hundefriseur\p{L}*|gassi\p{L}*|wurmkur\p{L}*|flöhe|floehe|zecken?|tierpension\p{L}*)(?!\p{L})/iu;
export const petCare = (text: string): boolean => CARE.test(text) && !TAX_MATTER.test(text);
