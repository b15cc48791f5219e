// Private matters whose words are close to a topic of the town's: a household appliance that has
// no water is no disruption of the water supply, a hacked account or a forgotten phone PIN is not
// the chat's data or the town's online services, which hedge grows fastest is no question of the
// felling season, and which insurer is cheapest is no registration of a car. The model finds the
// topic; answering it would be a wrong answer.

import { sentencesOf } from './tokenize';
import { namesSewerBill } from './water';

/** Appliances and installations in one's own home (not a pool or a cistern: their filling and rainwater have rules of the town's). */
const APPLIANCE =
  /(?<!\p{L})(?:waschmaschine\p{L}*|geschirrspüler\p{L}*|geschirrspueler\p{L}*|spülmaschine\p{L}*|spuelmaschine\p{L}*|trockner\p{L}*|wasserkocher\p{L}*|kaffeemaschine\p{L}*|kaffeevollautomat\p{L}*|boiler\p{L}*|durchlauferhitzer\p{L}*|therme|heizkörper\p{L}*|heizkoerper\p{L}*|aquarium\p{L}*|wasserhahn\p{L}*|armatur\p{L}*|spülkasten|spuelkasten|klospülung|klospuelung)(?!\p{L})/iu;

/** Whether a message is about an appliance of one's own ("Der Geschirrspüler zieht kein Wasser"), not the water supply. */
// "kein Tropfen Wasser … bei den Nachbarn auch nicht … ich hab noch ne volle Spülmaschine": the supply is cut, the appliance only waits;
// "die Nachbarin hat das gleiche", "am Netz gearbeitet", the water meter: the town's supply, whatever appliance is told beside it.
// ("bräunliches Wasser, bei den Nachbarn auch": the water itself and the neighbours too, the supply's.)
const SUPPLY_CUT =
  /(?<!\p{L})(?:kein(?:en)?\s+(?:tropfen\s+)?wasser\s+mehr|bei\s+(?:den|unseren?|meinen?)\s+nachbar\p{L}*\s+auch(?!\s+(?:nicht|net|nix|kein))|(?:braun\p{L}*|bräunlich\p{L}*|braeunlich\p{L}*|trüb\p{L}*|trueb\p{L}*|rostig\p{L}*|gelblich\p{L}*)\s+(?:\p{L}+\s+)?wasser|nachbar\p{L}*\s+(?:\p{L}+\s+){0,4}?(?:auch|ebenfalls)\s+(?:nicht|net|nix|kein\p{L}*)|nachbar\p{L}*\s+(?:hat|haben|hot)\s+(?:das\s+gleiche|dasselbe|des\s+gleiche)|(?:am|im)\s+(?:leitungs)?netz|wasserzähler\p{L}*|wasserzaehler\p{L}*|wasseruhr\p{L}*|ganze\s+(?:straße|strasse|ort|dorf|siedlung)|(?:aus\s+dem|im|am)\s+(?:gehweg|bürgersteig|buergersteig|boden|asphalt|straße|strasse)|rohrbruch\p{L}*)(?!\p{L})/iu;
// ("ne zisterne fürs gartenwasser und klospülung … auch kanalgebühren zahlen?": the town's fee, blind set 189.)
export const aboutAppliance = (text: string): boolean => APPLIANCE.test(text) && !SUPPLY_CUT.test(text) && !namesSewerBill(text);

/** A device's or a private account's access: a PIN, a password, a hacked account. */
const ACCESS = /(?<!\p{L})(?:pin|puk|passwort\p{L}*|kennwort\p{L}*|gehackt|entsperr\p{L}*|zugangsdaten|login)(?!\p{L})/iu;
const PRIVATE_SERVICE =
  /(?<!\p{L})(?:handy\p{L}*|smartphone\p{L}*|iphone|android|tablet|laptop|computer|pc|router|wlan|netflix|instagram|facebook|whatsapp|tiktok|amazon|ebay|paypal|spotify|google|apple|onlinebanking|online-banking|e-mail\p{L}*|email\p{L}*|mail-?konto|postfach)(?!\p{L})/iu;
/** The town's and the state's online services, whose access is the town's matter. */
// ("mit dem perso unn de app aufm handy einzulogge … die pin geht net": the ID card's online function, blind set 213.)
const TOWNS_ACCESS = /(?<!\p{L})(?:bayernid|bayern-id|bundid|bund-id|ausweis\p{L}*|perso|personalausweis\p{L}*|online-?ausweis\p{L}*|eid|bürgerkonto|buergerkonto|portal\p{L}*|elster)(?!\p{L})/iu;

/** Whether a message is about access to one's own device or a private account ("Handy-PIN vergessen"). */
export const aboutPrivateAccess = (text: string): boolean => ACCESS.test(text) && PRIVATE_SERVICE.test(text) && !TOWNS_ACCESS.test(text);

/** Which plant to choose or how it grows ("Welche Hecke wächst am schnellsten?"), not when it may be cut. */
const GARDEN_ADVICE =
  /(?<!\p{L})(?:welche[rs]?\s+(?:\p{L}+\s+){0,2}?(?:hecke|baum|bäume|baeume|strauch|sträucher|straeucher|pflanze\p{L}*|sorte\p{L}*)|wächst|waechst|winterhart|immergrün|immergruen|blickdicht|dünger\p{L}*|duenger\p{L}*|düngen|duengen|gießen|giessen)(?!\p{L})/iu;
/** When or whether it may be cut, which is the topic's. */
const CUTTING = /(?<!\p{L})(?:fäll\p{L}*|faell\p{L}*|gefällt|gefaellt|schneid\p{L}*|schnitt\p{L}*|zurückschneid\p{L}*|roden|entfern\p{L}*|darf|dürfen|erlaubt|genehmig\p{L}*)(?!\p{L})/iu;

/** Flowers, shrubs of the flower bed and vegetables, which no felling season covers. */
const BED_PLANTS =
  /(?<!\p{L})(?:rose|rosen|rosenstock|blume\p{L}*|stauden?|lavendel|hortensie\p{L}*|flieder|forsythie\p{L}*|tomate\p{L}*|gemüse\p{L}*|gemuese\p{L}*|kräuter\p{L}*|kraeuter\p{L}*|weinstock|weinrebe\p{L}*|beerensträucher|beerenstraeucher|johannisbeer\p{L}*|himbeer\p{L}*)(?!\p{L})/iu;
/** Whether a cut is allowed, which is the topic's answer even for a flower bed ("Darf ich im Juni meine Rosen schneiden?"). */
const PERMISSION = /(?<!\p{L})(?:darf|dürfen|duerfen|erlaubt|verboten|genehmig\p{L}*|bußgeld|bussgeld|strafe)(?!\p{L})/iu;

/** Whether a message asks for garden advice: which plant, how it grows, or how to care for a flower bed ("Wann schneidet man am besten Rosen zurück?"); not whether it may be cut or felled. */
/** "Wie schneid ich en alten Apfelbaum richtig zurück, damit er wieder trägt": how to prune, the gardener's craft (when it may be cut is the topic's). */
const HOW_TO_PRUNE =
  /(?<!\p{L})wie\s+(?:schneid\p{L}*|schneide|schneidet)\s+(?:\p{L}+\s+){0,5}?(?:richtig|am\s+besten|zurück|zurueck)(?!\p{L})(?![^.!?]*(?:darf|erlaubt|genehmig|wann))/iu;
/** "Mei Nachbar sei Hecke wächst über de Gehweg" (trial 62): growth over a public way, the town's matter (its clearance), no garden advice. */
const OVERGROWS_A_WAY =
  /(?<!\p{L})(?:wächst|waechst|wachse|wachsen|ragt|ragen|hängt|haengt|hängen|haengen)\s+(?:\p{L}+\s+){0,3}?(?:über|ueber|in|auf)\s+(?:de[nmr]?\s+|die\s+|das\s+|em\s+)?(?:gehweg|bürgersteig|buergersteig|trottoir|straße|strasse|fahrbahn|radweg|fußweg|fussweg)(?!\p{L})/iu;
export const asksGardenAdvice = (text: string): boolean =>
  (GARDEN_ADVICE.test(text) && !CUTTING.test(text) && !OVERGROWS_A_WAY.test(text)) || (BED_PLANTS.test(text) && !PERMISSION.test(text)) || HOW_TO_PRUNE.test(text);

/** Which insurer is cheapest or best, or one that gave notice ("kfz versicherung hat mich gekündigt"): private contracts, not the registration's eVB number. */
const INSURANCE_CHOICE =
  /(?<!\p{L})(?:welche\p{L}*|günstigst\p{L}*|guenstigst\p{L}*|billigst\p{L}*|beste\p{L}*|vergleich\p{L}*|wechseln|künd\p{L}*|kuend\p{L}*)\s+(?:\p{L}+\s+){0,3}?\p{L}*versicherung\p{L}*|\p{L}*versicherung\p{L}*\s+(?:\p{L}+,?\s+){0,7}?(?:günstigst\p{L}*|guenstigst\p{L}*|billig\p{L}*|beste\p{L}*|wechseln|wechsel|kündigen|kuendigen|gekündigt|gekuendigt|vergleich\p{L}*|erhöht|erhoeht|teurer)(?!\p{L})|(?<!\p{L})sonderkündigung\p{L}*|(?<!\p{L})sonderkuendigung\p{L}*/iu;

/** Whether a message asks which insurance to take or how to leave one ("Welche Kfz-Versicherung ist die beste?", "Versicherung für Auto BMW dreier, welche ist billig?"). */
export const asksInsuranceChoice = (text: string): boolean => INSURANCE_CHOICE.test(text);

/** "was kostet ein gebrauchter VW Golf ungefähr": a used car's market price, not the registration's fee. */
const USED_CAR_PRICE =
  /(?<!\p{L})(?:was|wie\s*viel|wieviel)\s+(?:kostet|kosten|kost|koscht|kriegt\s+man|bekommt\s+man|zahlt\s+man\s+für)\s+(?:so\s+)?(?:ein|eine|einen|en|der|die|das|mein|meine)\s+gebraucht\p{L}*(?!\p{L})|(?<!\p{L})(?:was|wie\s*viel|wieviel)\s+(?:ist|is)\s+(?:mein|meine|unser|unsere)\s+(?:\p{L}+\s+){0,2}?(?:auto|wagen|golf|motorrad|fahrzeug)\s+(?:noch\s+)?wert(?!\p{L})/iu;

/** "Womit macht man die Tonne am besten sauber, Essig oder Soda?": how to clean one's own things, a household tip. */
const CLEANING_ADVICE =
  /(?<!\p{L})(?:womit|mit\s+was|wie)\s+(?:\p{L}+\s+){0,6}?(?:sauber|putz\p{L}*|reinig\p{L}*|wasch\p{L}*)(?!\p{L})/iu;
const CLEANING_TIP = /(?<!\p{L})(?:am\s+besten|essig\p{L}*|soda|natron|reiniger\p{L}*|putzmittel\p{L}*|hausmittel\p{L}*|spülmittel\p{L}*|spuelmittel\p{L}*|hochdruckreiniger\p{L}*)(?!\p{L})/iu;

/** Whether a message asks how best to clean something of one's own ("Die Mülltonne stinkt … Womit macht man die am besten sauber?"). */
export const asksCleaningTip = (text: string): boolean => CLEANING_ADVICE.test(text) && CLEANING_TIP.test(text);

/** "Was kostet bei der Fahrschule der Führerschein Klasse B?": the driving school's prices, not the licence's fee. */
const DRIVING_LESSONS = /(?<!\p{L})(?:fahrschul\p{L}*|fahrstunde\p{L}*|fahrlehrer\p{L}*)(?!\p{L})/iu;
const PRICE = /(?<!\p{L})(?:kost\p{L}*|preis\p{L}*|teuer\p{L}*|günstig\p{L}*|guenstig\p{L}*|billig\p{L}*)(?!\p{L})/iu;
export const asksDrivingLessonsPrice = (text: string): boolean => DRIVING_LESSONS.test(text) && PRICE.test(text);

/** Whether a message asks what a vehicle is worth ("was kostet ein gebrauchter VW Golf ungefähr"). */
export const asksCarPrice = (text: string): boolean => USED_CAR_PRICE.test(text);

/** "Wo kann ich in Mömbris mein Auto waschen lassen?": a car's care or repair, a garage's or a car wash's business. */
const CAR_CARE =
  /(?<!\p{L})(?:wasch\p{L}*|wäsch\p{L}*|waesch\p{L}*|reparier\p{L}*|werkstatt|werkstätte\p{L}*|tanken|tankstelle\p{L}*|reifenwechsel|reifen\s+(?:wechseln|wechsle|tauschen)|lackier\p{L}*|polier\p{L}*|aufbereit\p{L}*)(?!\p{L})/iu;
/** The car's papers, which are the registration office's however the car is cared for. */
const CAR_PAPERS = /(?:zulass|kennzeichen|nummernschild|anmeld|abmeld|ummeld|fahrzeugschein|fahrzeugbrief|zulassungsbescheinigung)/iu;
/** Whether a message asks where to have a car washed, repaired or filled up, without its papers. */
export const asksCarCare = (text: string): boolean => CAR_CARE.test(text) && !CAR_PAPERS.test(text);

/** "Ein Marder hat mir die Kabel im Auto zerbissen, zahlt mir das jemand?", "Dellen vom Hagel … der Kaskoversicherung": a car's damage, the insurer's. */
const CAR_DAMAGE_CLAIM =
  /(?<!\p{L})(?:\p{L}*kasko\p{L}*|(?:marder\p{L}*|hagel\p{L}*|dellen|steinschlag\p{L}*)(?!\p{L})[^]*?(?<!\p{L})(?:versicherung\p{L}*|zahlt|bezahlt|ersetzt|erstattet))(?!\p{L})/iu;
export const claimsCarDamage = (text: string): boolean => CAR_DAMAGE_CLAIM.test(text) && !CAR_PAPERS.test(text);

/**
 * What the town asks about itself ("Welche Unterlagen …", "Welcher Termin …", "Welche Tonne …"), its
 * own places ("Welcher Wertstoffhof hat die besten Öffnungszeiten?", "Welche Halle ist am besten für …"), or
 * words of no product ("unter welchen Bedingungen", "bei welchen Dingen"): after "welche" these
 * make a question of the town's, not a wish for a recommendation.
 */
const TOWNS_CHOICE =
  /^(?:termin|tag|uhrzeit|zeit|unterlage|dokument|papier|formular|antrag|tonne|sack|säcke|saecke|nachweis|bescheinigung|urkunde|gebühr|gebuehr|frist|amt|ämter|aemter|stelle|behörde|behoerde|büro|buero|ortsteil|straße|strasse|weg|sprache|bedingung|ding|sache|angelegenheit|frage|fall|schritt|weise|wertstoffhof|kita|kindergarten|krippe|halle|saal|raum|räum|raeum|bürgerhaus|buergerhaus|gemeindehaus|friedhof|grab|container|behälter|behaelter|ansprechpartner|person|mitarbeiter|zuständig|zustaendig)/iu;
/** "welche(s) X …", X not a word of the town's choices; the words up to the verb that asks for a pick. */
const WHICH = String.raw`(?<!\p{L})welche[rsnm]?\s+(?<thing>\p{L}+(?:-\p{L}+)*)(?:[\s,]+\p{L}+){0,5}?[\s,]+`;
/** "Welches Futter ist am besten", "welche Bank ist gut", "welche fahrschule is gut", "welche Bank hat das beste Girokonto", "Welche Fotografen machen gute Passbilder", "welcher Rasenmäher ist leise genug", "welche Ausbildung ist da die richtige", "welches Shampoo hilft", "welchen Anwalt könnt ihr empfehlen". */
const WHICH_IS_BEST = new RegExp(
  `${WHICH}(?:(?:ist|is|sind|wäre|waere|hilft|helfen)(?:[\\s,]+\\p{L}+){0,4}?[\\s,]+(?:am\\s+)?(?:günstigsten|guenstigsten|billigsten|besten|zuverlässig\\p{L}*|zuverlaessig\\p{L}*|gut|leise\\p{L}*|geeignet\\p{L}*|(?:der|die|das)\\s+richtige)|(?:hat|haben|bietet|macht|machen)(?:[\\s,]+\\p{L}+){0,2}?[\\s,]+(?:(?:die|das|den)\\s+)?(?:beste|günstigste|guenstigste|billigste|gute)\\p{L}*|(?:gibt|geben|gäbe|gaebe)(?:[\\s,]+\\p{L}+){0,3}?[\\s,]+am\\s+ehesten|hilft|helfen|passt|passen|kaufen|empfehlen|empfiehlst|empfehlt|nehmen|nehm|pflanzen)(?!\\p{L})`,
  'iu',
);
/** "Können Sie mir einen guten Zahnarzt empfehlen?" */
const CAN_YOU_RECOMMEND =
  /(?<!\p{L})(?:können|koennen|könnt|koennt|kannst)\s+(?:sie|ihr|du)\s+(?:mir|uns)?\s*(?:ein\p{L}*\s+|den\s+|die\s+|das\s+)?(?:gute\p{L}*\s+|günstige\p{L}*\s+|guenstige\p{L}*\s+|zuverlässige\p{L}*\s+|zuverlaessige\p{L}*\s+|seriöse\p{L}*\s+)?(?<thing>\p{L}+)(?:\s+\p{L}+){0,8}?\s+empfehlen(?!\p{L})/iu;
/** "Gibt es eine gute Hundeschule oder einen Hundetrainer, den ihr empfehlen könnt?": a provider asked for, recommended by the town. */
const ONE_YOU_RECOMMEND =
  /(?<!\p{L})(?:gibt\s+es|gibts|kennt\s+ihr)\s+(?:\p{L}+\s+){0,7}?(?:eine?n?\s+)?(?:gute\p{L}*\s+)(?<thing>\p{L}+)[^.!?]{0,60}?(?<!\p{L})(?:den|die|das|welche[nrs]?)\s+(?:ihr|sie|du)\s+(?:\p{L}+\s+)?empfehlen(?!\p{L})/iu;
/** "Kennt ihr einen guten Fotografen?", "Kennt jemand gute Nachhilfelehrer?" */
const KNOWS_A_GOOD =
  /(?<!\p{L})(?:kennt|kennen|kennst)\s+(?:ihr|sie|jemand|du)\s+(?:(?:hier|vielleicht|zufällig|zufaellig|evtl)\s+)*(?:(?:einen?|eine[nm]?|e|en|ne|nen|a|an)\s+)?(?:gut\p{L}*|günstige\p{L}*|guenstige\p{L}*|zuverlässige\p{L}*|zuverlaessige\p{L}*|empfehlenswert\p{L}*)/iu;
/** "kennt ihr en steinmetz hier in de gegend der ordentlich is", "kennt ihr e entrümpelungsfirma die des macht": a provider asked for by its trade. */
const KNOWS_A_PROVIDER =
  /(?<!\p{L})(?:kennt|kennen|kennst)\s+(?:ihr|sie|jemand|du)\s+(?:(?:hier|vielleicht|zufällig|zufaellig|evtl)\s+)*(?:einen?|eine[nm]?|e|en|ne|nen|a|an)\s+(?<thing>\p{L}+)\s+(?:(?:hier|in|bei|aus|im|rum|der|die|das|de|den|dem|wo|welche[rs]?|gegend|umgebung|nähe|naehe)\s+){0,4}?(?:der|die|das|wo|welche[rs]?|,)(?!\p{L})/iu;
/** "wo gibts in der nähe ne gute baumschul", "kann mir jemand aus der gegend en DJ empfehle": a provider asked for in the dialect's words. */
const WHERE_IS_A_GOOD =
  /(?<!\p{L})(?:wo\s+(?:gibt'?s|gibts|gibt\s+es|find\p{L}*\s+(?:ich|man|mer))\s+(?:\p{L}+\s+){0,4}?(?:e|en|ne|nen|eine?n?)\s+(?:gute\p{L}*|günstige\p{L}*|guenstige\p{L}*)\s+(?<thing>\p{L}+)|(?:kann|könnte|koennte)\s+(?:mir|uns)\s+(?:jemand|einer|aaner|wer)\s+(?:\p{L}+\s+){0,6}?(?:empfehle|empfehlen))(?!\p{L})/iu;
/** "Wen könnt ihr empfehle?", "gibts da Firme die des komplett mache": a provider asked for, by whom or by firms. */
const WHOM_RECOMMENDED =
  /(?<!\p{L})(?:(?:wen|welche[nrs]?\s+\p{L}+)\s+(?:könnt|koennt|können|koennen|kannst)\s+(?:ihr|sie|du)\s+(?:mir\s+|uns\s+)?(?:empfehle|empfehlen)|gibt'?s\s+(?:(?:da|hier|do)\s+)?(?:\p{L}+\s+)?(?:firma|firmen|firme|betriebe)\s+(?:die|wo|welche))(?!\p{L})/iu;
/** Which firm does a job for oneself ("welche firma baut die hier ein"); not which one works for the town ("Welche Firma holt bei euch den Müll ab?"). */
const WHICH_FIRM =
  /(?<!\p{L})welche[rnsm]?\s+(?:\p{L}+\s+)?(?:firma|firmen|fachfirma|fachbetrieb|handwerker\p{L}*|betrieb)\s+(?:\p{L}+\s+){0,3}?(?:baut|bauen|einbau\p{L}*|macht|machen|repariert|reparier\p{L}*|installier\p{L}*|empfiehl\p{L}*|empfehl\p{L}*|nehm\p{L}*|beauftrag\p{L}*)(?!\p{L})/iu;

/**
 * Whether a message asks which product or private provider to choose ("Welches Hundefutter ist am
 * besten?", "Kennt ihr einen guten Fotografen?"). Whatever topic its words are near, the town does
 * not recommend products or businesses; a recommendation would be invented.
 */
export function asksForRecommendation(text: string): boolean {
  if (KNOWS_A_GOOD.test(text) || WHICH_FIRM.test(text) || WHOM_RECOMMENDED.test(text)) return true;
  const where = WHERE_IS_A_GOOD.exec(text);
  if (where !== null && !TOWNS_CHOICE.test(where.groups?.thing ?? '')) return true;
  const provider = KNOWS_A_PROVIDER.exec(text);
  if (provider !== null && !TOWNS_CHOICE.test(provider.groups?.thing ?? '')) return true;
  const asked = WHICH_IS_BEST.exec(text) ?? CAN_YOU_RECOMMEND.exec(text) ?? ONE_YOU_RECOMMEND.exec(text);
  return asked !== null && !TOWNS_CHOICE.test(asked.groups!.thing!);
}

/**
 * "Wer war der erste Mensch auf dem Mond?", "Wie viele Einwohner hat eigentlich China?", "Was ist
 * die Hauptstadt von Australien?", "Wie alt ist eigentlich die Kirche in Mömbris?": general knowledge, whose words ("Mensch", "Einwohner") lead the
 * model to a person to talk to or the registration.
 */
const GENERAL_KNOWLEDGE =
  /(?<!\p{L})(?:wer\s+(?:war|ist|hat)\s+(?:eigentlich\s+)?(?:der|die|das)\s+erste|wer\s+hat\s+(?:eigentlich\s+)?(?:\p{L}+\s+){1,5}?(?:erfunden|entdeckt|geschrieben|gemalt|komponiert|gebaut)|lohnt\s+sich\s+(?:\p{L}+\s+){0,3}?(?:ein|eine|einen)\s+(?:e-?auto|elektroauto|hybrid\p{L}*|wärmepumpe|waermepumpe|wallbox|diesel|benziner)|hauptstadt\s+von|wie\s+heißt\s+(?:das|des|der|die)\s+(?:lied|song|film|buch|serie)|wie\s+heisst\s+(?:das|des|der|die)\s+(?:lied|song|film|buch|serie)|wie\s*viele?\s+(?:einwohner|menschen|leute)\s+(?:hat|haben|leben\s+in|wohnen\s+in)\s+(?:eigentlich\s+)?(?:china|indien|amerika|die\s+usa|usa|deutschland|bayern|europa|die\s+welt|der\s+welt|afrika|russland|japan|berlin|münchen|muenchen|frankfurt|new\s+york|paris|london|die\s+erde)|wie\s*viele?\s+einwohner\s+(?:hat|haben)\s+(?:eigentlich\s+)?\p{L}+|einwohnerzahl|wie\s+alt\s+ist\s+(?:eigentlich\s+)?(?:die|das|der|unser[e]?)\s+(?:\p{L}+\s+)?(?:kirche|kapelle|rathaus|burg|schloss|brücke|bruecke|dorf|mühle|muehle|turm)|wann\s+wurde\s+(?:eigentlich\s+)?(?:die|das|der)\s+(?:\p{L}+\s+)?(?:kirche|kapelle|rathaus|burg|schloss|brücke|bruecke|mühle|muehle|turm)\s+(?:\p{L}+\s+)?(?:gebaut|errichtet)|kreuzworträtsel\p{L}*|kreuzwortraetsel\p{L}*|sudoku\p{L}*|quizfrage\p{L}*|(?<!(?:gut|stark|schlecht|schwach)\s+in\s+)mathe\p{L}*|hausaufgabe(?!n?(?:hilfe|betreuung))\p{L}*|gleichung\p{L}*|(?:was\s+(?:heißt|heisst|bedeutet)|wie\s+sagt\s+man)\s+[^?]{1,60}?\s+auf\s+(?:englisch|deutsch|hochdeutsch|bairisch|bayerisch|hessisch|fränkisch|fraenkisch|französisch|franzoesisch|spanisch|italienisch|türkisch|tuerkisch|russisch|polnisch|arabisch))(?!\p{L})|\d\s*[a-z]?\s*[+*/:-]\s*\d+\s*=|(?<!\p{L})(?:was|wieviel|wie\s+viel)\s+(?:(?!kost)\p{L}+\s+){0,2}?\d+\s*(?:mal|plus|minus|geteilt\s+durch|x)\s*\d+(?!\d)(?=\s*(?:ist|is|sind|ergibt|gibt|[?!.=]|$))/iu;
/** "Wie alt kann ein Dackel werden?", "wer wird deutscher Meister", "welcher Tag ist heute", "Was schenkt man da so?": asked of anyone, not of a town (a gym only in a sentence that asks: "dusche tu ich meistens im fitnessstudio." is told aside). */
const EVERYDAY_KNOWLEDGE =
  /(?<!\p{L})(?:wer\s+wird\s+(?:eigentlich\s+|denn\s+)?(?:deutscher\s+|welt|europa)?meister|wer\s+gewinnt\s+(?:eigentlich\s+|denn\s+)?(?:heute|morgen|am\s+\p{L}+|die\s+wahl|das\s+spiel|die\s+bundesliga|die\s+meisterschaft)|(?:ergebnis\p{L}*|tabelle|spielplan)\s+(?:der|von\s+der|in\s+der)\s+(?:bundesliga|champions\s+league)|wie\s+hat\s+(?:die\s+)?(?:eintracht|bayern|der\s+bvb|dortmund|offenbach)\s+gespielt|wie\s+alt\s+(?:kann|können|koennen|wird|werden)\s+(?:ein|eine|der|die|das)\s+\p{L}+\s+werden|welche[rns]?\s+(?:tag|datum|wochentag)\s+(?:ist|haben\s+wir)\s+heute|was\s+(?:schenkt|schenke|schenken)\s+(?:man|ich|wir|mer)|geschenkidee\p{L}*|was\s+(?:hältst|haeltst|halten)\s+(?:du|sie)\s+(?:eigentlich\s+|denn\s+)?von\s+(?:der\s+|den\s+|unserer\s+)?(?:regierung|politik\p{L}*|bundesregierung|kanzler\p{L}*|partei\p{L}*|ampel)|erste[-\s]?hilfe[-\s]?kurs\p{L}*|(?:beim|im|ins)\s+(?:fitnessstudio|fitness-studio|sportstudio|gym)(?=[^.!]*(?:\?|$))|welche\s+(?:hunde)?rasse\s+(?:\p{L}+\s+){0,2}?(?:passt|eignet|ist\s+besser|empfiehlst|empfehlen)|geschenktipp\p{L}*|auf\s+welchem\s+sender|lottozahlen|(?:schreib|formulier)\p{L}*\s+(?:mir|uns)\s+(?:bitte\s+)?(?:ein(?:en|e)?\s+)?(?:bewerbung\p{L}*|anschreiben|lebenslauf|motivationsschreiben)|(?:iphone|samsung|xiaomi|pixel|android|apple)\s+oder\s+(?:iphone|samsung|xiaomi|pixel|android|apple)|bundesweit\s+(?:\p{L}+\s+){0,3}?(?:die\s+)?meisten\s+stimmen|(?:üblicherweise|ueblicherweise|normalerweise|im\s+schnitt)\s+pro\s+(?:quadratmeter|qm|m²|m2|stunde|meter)|(?:schreiben|verfassen)\s+sie\s+(?:bitte\s+|mir\s+|uns\s+)*(?:eine[n]?\s+)?(?:pressemitteilung|pressetext|rede|grußwort|grusswort)|\p{L}*rezept(?:e|en)?\s+(?:für|fuer)\s+(?:\p{L}+\s+)?\p{L}*(?:kuchen|torte|suppe|salat|brot|plätzchen|plaetzchen|soße|sosse|bowle)|fernsehprogramm\p{L}*|tv-?programm\p{L}*|wie\s+(?:macht|mache|kocht|koche|backt|backe)\s+(?:man|ich|mer)\s+(?:\p{L}+\s+){0,3}?\p{L}*(?:klöße|kloesse|knödel|knoedel|kuchen|soße|sosse|suppe|braten|plätzchen|plaetzchen|teig)|(?:hält|haelt|halten)\s+(?:\p{L}+\s+){0,3}?im\s+(?:kühlschrank|kuehlschrank|gefrierschrank)|im\s+(?:kühlschrank|kuehlschrank|gefrierschrank)\s+(?:\p{L}+\s+){0,2}?(?:hält|haelt|halten|haltbar)|liebesbrief\p{L}*|speicher\s+(?:ist\s+)?voll|(?:verdampft|verkocht|verfliegt)\s+(?:\p{L}+\s+){0,4}?alkohol|wie\s+bast(?:e)?l\p{L}*\s+(?:ich|man)|bastelanleitung\p{L}*|(?:netflix|spotify|amazon\s+prime|disney|dazn|sky)\s+(?:\p{L}+\s+){0,3}?(?:ab|kündig\p{L}*|kuendig\p{L}*)|(?:kündig\p{L}*|kuendig\p{L}*|abmeld\p{L}*|meld\p{L}*\s+(?:\p{L}+\s+){0,2}?bei)\s+(?:\p{L}+\s+){0,2}?(?:netflix|spotify|amazon\s+prime|disney|dazn|sky)|(?:alte|meine)\s+fotos\s+(?:\p{L}+\s+)?(?:löschen|loeschen))(?!\p{L})/iu;

/** "was hilft gege erkältung", "wie viel kalorie hat en glühwein": a remedy or a food's calories, a doctor's or anyone's knowledge (blind set 204). */
const HEALTH_OR_FOOD =
  /(?<!\p{L})(?:was\s+(?:hilft|hilf|helft|tut\s+gut|mach\s+ich|mache\s+ich|nehm\s+ich|nehme\s+ich)\s+(?:\p{L}+\s+){0,2}?(?:gegen|gege|geje|bei)\s+(?:\p{L}+\s+)?(?:erkältung|erkaeltung|husten|schnupfen|fieber|grippe|kopfschmerz\p{L}*|kopfweh|halsschmerz\p{L}*|halsweh|bauchweh|bauchschmerz\p{L}*|zahnweh|zahnschmerz\p{L}*|rückenschmerz\p{L}*|rueckenschmerz\p{L}*|sodbrennen|durchfall|übelkeit|uebelkeit|kater|heuschnupfen|allergie\p{L}*|schlaflosigkeit)|(?:wie\s*viel\p{L}*|wieviel\p{L}*)\s+kalorie[n]?)(?!\p{L})/iu;

/** Whether a message asks a question of general knowledge, none of a town's ("gut in Mathe" tells of a person, it asks nothing). */
/**
 * Kitchen, custom and household (blind sets 218, 220, 223: "rotweinflecke aus der tischdeck", a green pool, when it gets dark): "wie mach ich apfelmus, hab drei eimer äpfel vom baum" (not the tree's felling),
 * "braune pilze … kann mer die esse" (not lost property), "wie viel trinkgeld gibt man dene müllmänner" (not the collection), "wie oft soll ich den rase im frühjahr dünge" (blind set 221; not the quiet hours).
 */
const KITCHEN_OR_CUSTOM =
  /(?<!\p{L})(?:wie\s+(?:mach|mache|macht|koch|koche|kocht|back|backe|backt)\p{L}*\s+(?:ich|man|mer|i)\s+(?:\p{L}+\s+)?(?:apfelmus|marmelade|gelee|kompott|\p{L}*kuchen|\p{L}*suppe|soße|sosse|plätzchen|plaetzchen|stollen|glühwein|gluehwein|\p{L}*gans|\p{L}*saft)|pilz\p{L}*(?!\p{L})[^.?!]{0,60}?(?<!\p{L})(?:essen|esse|essbar\p{L}*|giftig\p{L}*)|rase[n]?\s+(?:\p{L}+\s+){0,4}?(?:düngen|dünge|duengen|duenge|vertikutier\p{L}*|kalken|säen|saeen)|\p{L}*fleck\p{L}*\s+(?:\p{L}+\s+){0,5}?(?:raus|weg)|(?:krieg|kriege|bekomm|bekomme|mach|mache)\s+(?:ich|man|mer|i)\s+\p{L}*fleck\p{L}*\s+(?:aus|raus|weg)|pool\p{L}*\s+(?:\p{L}+\s+){0,4}?(?:klar|grün|gruen|algen|trüb|trueb)|wann\s+wird\s+(?:es|des|das)\s+dunkel|sonnenuntergang|moos\s+(?:\p{L}+\s+){0,3}?(?:rase[n]?|raus|weg)|trinkgeld\p{L}*(?!\p{L})[^.?!]{0,40}?(?<!\p{L})(?:gibt|geben|gebe|üblich|ueblich)|(?:wie\s*viel|wieviel)\s+trinkgeld)(?!\p{L})/iu;
export const asksGeneralKnowledge = (text: string): boolean => GENERAL_KNOWLEDGE.test(text) || EVERYDAY_KNOWLEDGE.test(text) || HEALTH_OR_FOOD.test(text) || KITCHEN_OR_CUSTOM.test(text);

/**
 * "Wer zahlt, wenn der Baum vom Nachbarn beim Sturm auf mein Auto gefallen ist? Die Versicherung
 * stellt sich quer.": who pays for a damage between private persons and their insurers, a matter of
 * civil law, not the town's defect report or the car's registration.
 */
// "Zahlt das meine Wohngebäudeversicherung oder seine Kfz-Versicherung?": which insurer pays.
// ("Muss ich den Installateur selber zahlen oder der Vermieter?", blind set 191.)
const WHO_PAYS = /(?<!\p{L})(?:wer\s+(?:zahlt|bezahlt|haftet|kommt\s+(?:\p{L}+\s+){0,2}?auf)|(?:muss|müssen|muessen)\s+(?:ich|wir)\s+(?:\p{L}+\s+){0,3}?(?:selber|selbst|selbscht)\s+(?:be)?zahlen\s+oder\s+(?:\p{L}+\s+)?(?:vermieter\p{L}*|mieter\p{L}*|nachbar\p{L}*|versicherung\p{L}*|eigentümer\p{L}*|eigentuemer\p{L}*|hausverwaltung)|(?:zahlt|bezahlt|übernimmt|uebernimmt)\s+(?:das|des|den|die|es)\s+(?:\p{L}+\s+){0,2}?\p{L}*versicherung|haftung|haftpflicht\p{L}*|versicherung\s+(?:\p{L}+\s+){0,2}?(?:stellt\s+sich\s+quer|zahlt\s+nicht|will\s+nicht\s+zahlen|lehnt\s+ab|weigert\s+sich))(?!\p{L})/iu;
/** A private person a claim is against: the neighbour, a landlord or tenant, the other party of an accident. */
const PRIVATE_PERSON = /(?<!\p{L})(?:nachbar\p{L}*|nochber\p{L}*|vermieter\p{L}*|mieter\p{L}*|unfallgegner\p{L}*)(?!\p{L})/iu;
/** Whether a message names a private person a claim is against (damage.ts: then no claim on the town's road). */
export const namesPrivatePerson = (text: string): boolean => PRIVATE_PERSON.test(text);
const INSURER = /(?<!\p{L})versicherung\p{L}*(?!\p{L})/iu;
/** The town's own things, whose damage the town answers for (its trees, roads, a pothole). */
const TOWNS_THING = /(?<!\p{L})(?:gemeinde\p{L}*|markt|rathaus|schlagloch\p{L}*|gemeindestraße|gemeindestrasse|bauhof|öffentlich\p{L}*|oeffentlich\p{L}*)(?!\p{L})/iu;
/** Whether a message asks who pays for a damage between private persons (the neighbour's tree, an insurer that will not pay). */
/** A person's death told ("mein Onkel ist gestorben"): who pays is the funeral's matter, not a damage's. */
const A_DEATH = /(?<!\p{L})(?:gestorben|verstorben|gestorbe|verstorbe|tod|beerdigung|bestattung)(?!\p{L})/iu;
export const asksWhoPaysPrivateDamage = (text: string): boolean => WHO_PAYS.test(text) && (PRIVATE_PERSON.test(text) || INSURER.test(text)) && !TOWNS_THING.test(text) && !A_DEATH.test(text);

/** "schreib mir ne bewerbung als lagerist", "kannst du mir ein gedicht zum geburtstag schreiben", "kannst du mer e lustich Gedicht mache", "schreib mir ein python programm": a text or program written for one's private use. */
const WRITE_FOR_ME =
  /(?<!\p{L})(?:(?:schreib|verfass|formulier)\p{L}*\s+(?:mir|uns|mer)\s+(?:\p{L}+\s+){0,4}?|wie\s+(?:formulier|schreib|verfass)\p{L}*\s+(?:ich|man|wir)\s+(?:\p{L}+\s+){0,3}?|(?:kannst|könntest|koenntest|können|koennen|könnten|koennten)\s+(?:du|sie)\s+(?:mir|uns|mer)\s+(?:\p{L}+[\s,]+){0,4}?)(?:gedicht|bewerbung\p{L}*|liebesbrief|rede|aufsatz|lied|witz|geschichte|hausaufgabe\p{L}*|anschreiben|lebenslauf|glückwunsch\p{L}*|glueckwunsch\p{L}*|einladung\p{L}*|sätze|saetze|zeilen|verse|reim\p{L}*|sprüche|sprueche|\p{L}*programm|code|quellcode|skript|script|python\p{L}*|excel\p{L}*)(?!\p{L})/iu;
/** "kannst du mir nen namen für meinen hund vorschlagen": a name for a pet or a child, a private choice. */
const NAME_IDEAS =
  /(?<!\p{L})\p{L}*namen?\s+(?:mit\s+\p{L}+\s+)?(?:für|fuer)\s+(?:\p{L}+\s+){0,2}?(?:hund\p{L}*|katze\p{L}*|kater|welpe\p{L}*|hasen?|pferd|baby|kind|tochter|sohn)(?!\p{L})[^.?!]*?(?<!\p{L})(?:vorschlag\p{L}*|vorschläg\p{L}*|vorschlaeg\p{L}*|idee\p{L}*|einfall\p{L}*|empfehl\p{L}*|schön\p{L}*|schoen\p{L}*)|(?<!\p{L})(?:vorschlag\p{L}*|vorschläg\p{L}*|vorschlaeg\p{L}*|idee\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:für|fuer)\s+(?:einen\s+|den\s+)?namen|(?<!\p{L})(?:logo|namen?|slogan|werbespruch)\s+(?:und\s+(?:einen\s+|ein\s+)?(?:logo|namen?|slogan)\s+)?(?:für|fuer)\s+(?:\p{L}+\s+){0,3}?(?:\p{L}*laden|\p{L}*geschäft|\p{L}*geschaeft|firma|\p{L}*atelier|\p{L}*café|\p{L}*cafe|\p{L}*salon|\p{L}*betrieb|verein|\p{L}*bäckerei|\p{L}*baeckerei|\p{L}*studio|praxis|\p{L}*shop)(?!\p{L})[^.?!]*[.?!]\s*(?:[^.?!]*[.?!]\s*)?[^.?!]*(?:idee\p{L}*|vorschl\p{L}*|vorschläg\p{L}*)/iu;
/** Whether a message asks for a private text to be written (a poem, an application for a job), translated, or a name to be found. */
export const asksToWriteSomething = (text: string): boolean => WRITE_FOR_ME.test(text) || NAME_IDEAS.test(text) || asksForTranslation(text);
/**
 * "übersetz mir 'guten morgen' auf russisch", "übersetze thank you", "translate …": a translation asked of the assistant
 * (not who translates a certificate for the Standesamt, "Übersetzen Sie Urkunden?").
 */
const TRANSLATE_FOR_ME = /(?<!\p{L})(?:übersetz|uebersetz)\p{L}*\s+(?:mir|uns|mal|bitte|du)(?!\p{L})|(?<!\p{L})(?:satz|text|sätze|saetze)\s+(?:\p{L}+\s+){0,3}?(?:auf|ins)\s+(?:englisch|deutsch|französisch|franzoesisch|spanisch|italienisch|türkisch|tuerkisch|polnisch|russisch|arabisch)e?\s+(?:übersetz|uebersetz)\p{L}*|^\s*(?:bitte\s+)?(?:übersetz|uebersetz)e?(?!\p{L})|^\s*(?:please\s+)?translate(?!\p{L})|(?<!\p{L})how\s+(?:do\s+(?:you|i|we)\s+|to\s+|can\s+i\s+)say\s+[^?]{1,60}?\s+in\s+(?:the\s+)?(?:\p{L}+\s+)?(?:dialect|german|english|japanese|chinese|french|spanish|italian|turkish|polish|russian|arabic|ukrainian|greek|portuguese|dutch|korean)(?!\p{L})/iu;
/** Whether a message asks the assistant to translate something, in German or in English ("translate thank you"). */
export const asksForTranslation = (text: string): boolean => TRANSLATE_FOR_ME.test(text);

/** "what is the capital of Australia", "who invented the telephone": general knowledge asked in English (the German is GENERAL_KNOWLEDGE). */
const ENGLISH_TRIVIA =
  /(?<!\p{L})(?:(?:what(?:'s|\s+is)\s+)?the\s+capital\s+of|how\s+(?:tall|far|old)\s+is\s+the|who\s+(?:invented|wrote|painted|discovered|composed)|tell\s+me\s+a\s+joke)(?!\p{L})/iu;
export const asksEnglishTrivia = (text: string): boolean => ENGLISH_TRIVIA.test(text);

/** Fishing or its licence named, which an exam passed alone is not ("ich hab heut mei prüfung bestande!!!"). */
const FISHING = /(?:fisch|angel|angl|schein|gewässer|gewaesser|weiher|teich)/iu;
/** Whether a message names nothing of fishing (the model heard only an exam passed). */
export const namesNoFishing = (text: string): boolean => !FISHING.test(text);

/** A trip to be booked cheaply ("flug nach mallorca günstig", "Hotel in Rom buchen"): a travel agent's matter, not a passport's. */
const TRAVEL_DEAL =
  /(?<!\p{L})(?:flug|flüge|fluege|billigflug\p{L}*|hotel\p{L}*|pauschalreise\p{L}*|ferienwohnung\p{L}*|last\s+minute|kreuzfahrt\p{L}*)(?!\p{L})[^.!?]*?(?<!\p{L})(?:günstig\p{L}*|guenstig\p{L}*|billig\p{L}*|buchen|angebot\p{L}*|preis\p{L}*|schnäppchen|schnaeppchen|kostet|kosten)(?!\p{L})|(?<!\p{L})(?:günstig\p{L}*|guenstig\p{L}*|billig\p{L}*|buchen|kostet|kosten)\s+(?:\p{L}+\s+){0,3}?(?:flug|flüge|fluege|hotel\p{L}*|pauschalreise\p{L}*|ferienwohnung\p{L}*|kreuzfahrt\p{L}*)(?!\p{L})/iu;
const TRAVEL_DOCUMENT = /(?<!\p{L})(?:(?:kinder)?(?:reise)?pass|pässe|paesse|ausweis|personalausweis|perso|visum|visa|dokument)\p{L}*(?!\p{L})/iu;
/** Whether a message looks for a trip to book, naming no travel document ("Flug nach Mallorca günstig"). */
/** A sentence that asks ("Wo gibt's günstige Flüge", "…?"); "Seine Familie muss ja auch die Flüge buchen." only tells. */
const ASKING_SENTENCE = /\?|(?<!\p{L})(?:wo|wie|was|welche\p{L}*|gibt|gibts|kennt|kennen|empfehl\p{L}*|such\p{L}*|find\p{L}*)(?!\p{L})/iu;
export const asksForTravelDeal = (text: string): boolean => {
  const sentences = sentencesOf(text);
  const asked = sentences.some((s) => TRAVEL_DEAL.test(s) && (sentences.length === 1 || ASKING_SENTENCE.test(s)));
  return asked && !TRAVEL_DOCUMENT.test(text);
};

/**
 * Everyday matters of one's own, near no topic but the model's guess: a broken phone, a used car sold
 * on eBay, a toothache, how long rice keeps, the water for tea, a console's controller, charging a battery.
 */
const OWN_EVERYDAY =
  /(?<!\p{L})(?:schnarch\p{L}*|(?:such\p{L}*|hast\s+du|kennst\s+du)\s+(?:\p{L}+\s+){0,3}?(?:gedicht|spruch|sprüche|sprueche|reim)|vegan\p{L}*|vegetarisch\p{L}*|ernährung\p{L}*|ernaehrung\p{L}*|d-?mark|liste\s+(?:\p{L}+\s+){0,2}?(?:bude|einrichtung|haushalt)|(?:bude|einrichtung|haushalt)[^]{0,40}?(?<!\p{L})liste|was\s+(?:mach|tu)\p{L}*\s+(?:ich|i)\s+(?:\p{L}+\s+){0,2}?mit\s+(?:der|meiner)\s+(?:ganze[n]?\s+)?(?:zeit|freizeit)|(?:handy|smartphone|display|laptop|tablet|fernseher|konsole|ps[45]|xbox|controller)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:kaputt|reparatur\p{L}*|reparier\p{L}*|benutzen|verbinden|laden|voll)|(?:ebay|kleinanzeigen)\p{L}*|einkaufsliste\p{L}*|(?:besser|schöner|schoener)\p{L}*[,\s]+(?:\p{L}+\s+){0,2}?(?:urlaub|ferien)\p{L}*\s+(?:\p{L}+\s+){0,3}?oder|(?:zahn|kopf|bauch|rücken|ruecken|hals)(?:schmerz\p{L}*|weh)|wie\s+lange\s+hält\s+sich|wie\s+lange\s+haelt\s+sich|welche\s+temperatur|\p{L}*akku\p{L}*\s+(?:\p{L}+\s+){0,2}?laden|wie\s+oft\s+(?:\p{L}+\s+){0,3}?laden)(?!\p{L})/iu;
/** "ich such jemand der mir den Rasen mäht gegen Bezahlung": a private helper for the house or the garden, none of the town's staff. */
const PRIVATE_HELPER =
  /(?<!\p{L})(?:such\p{L}*|brauch\p{L}*)\s+(?:\p{L}+\s+){0,1}?(?:jemand\p{L}*|wen|einen|eine)[\s,]+(?:\p{L}+\s+){0,1}?(?:der|die)\s+(?:mir|uns)\s+(?:\p{L}+\s+){0,4}?(?:mäht|maeht|putzt|schneidet|streicht|tapeziert|bügelt|buegelt|einkauft|gießt|giesst|ausführt|ausfuehrt)(?!\p{L})/iu;
export const seeksPrivateHelper = (text: string): boolean => PRIVATE_HELPER.test(text);

/** "kettensäge kette schärfen welcher winkel", "Kartoffelkäfer was hilft da": a tool's care or a pest in one's own garden or field. */
const TOOL_OR_PEST =
  /(?<!\p{L})(?:(?:kettensäge|kettensaege|motorsäge|motorsaege|rasenmäher|rasenmaeher|freischneider|motorsense|werkzeug|bohrmaschine)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:schärfen|schaerfen|ölen|oelen|einstellen|anspringen|springt|welche[rsn]?\s+(?:winkel|öl|oel))|(?:kartoffelkäfer|kartoffelkaefer|blattl(?:ä|ae)us\p{L}*|nacktschneck\p{L}*|schnecken|wühlm(?:a|ä)us\p{L}*|wuehlm\p{L}*|maulw(?:u|ü)rf\p{L}*|buchsbaumzünsler|buchsbaumzuensler|mehltau|apfelwickler)[\s,]+(?:\p{L}+[\s,]+){0,3}?(?:was\s+(?:hilft|tun|machen)|bekämpf\p{L}*|bekaempf\p{L}*|loswerden|los\s+werden|vertreiben|mittel))(?!\p{L})/iu;
export const asksToolOrPestAdvice = (text: string): boolean => TOOL_OR_PEST.test(text);

/**
 * "Ab wann schlafen Babys eigentlich durch?", "Tipps für eine lange Autofahrt mit einem Kleinkind?",
 * "wo kann man hier schön wandern gehen", "hab gestern ein reh im garten gesehen", "sorry falscher chat":
 * a parent's worry, a leisure tip, a sighting or a slip of the thumb, which children's or trees' words lead the model to;
 * also a streaming subscription, a hacked messenger, a film for the evening, a diet, a friend who does not answer and wild
 * boars in the garden (the hunting tenant's), whatever wedding, account or child they tell of.
 */
// ("Ideen für den Kindergeburtstag, Sohn wird 6?": a party's or a present's ideas.)
const OFF_TOPIC_EVERYDAY =
  /(?<!\p{L})(?:schlafen\s+(?:\p{L}+\s+){0,3}?durch|(?:ideen|tipps?|vorschläge|vorschlaege)\s+(?:für|fuer)\s+(?:den|die|das|einen|eine|meinen|unseren)?\s*\p{L}*(?:geburtstag|party|geschenk)\p{L}*|geschenkidee\p{L}*|durchschlafen|zahnen|trotzphase|beikost|tipps?\s+(?:für|fuer)\s+(?:eine\s+)?(?:lange\s+)?(?:autofahrt|reise|flug)|wo\s+kann\s+man\s+(?:hier\s+)?(?:\p{L}+\s+){0,2}?(?:wandern|spazieren|radeln|radfahren|joggen|walken)|(?:reh|rehe|fuchs|füchse|fuechse|igel|eichhörnchen|eichhoernchen|storch|dachs|marder|hirsch)\s+(?:\p{L}+\s+){0,4}?gesehen|(?:auf|in)\s+englisch\s+(?:\p{L}+\s+){0,2}?bewerbung|bewerbung\s+(?:\p{L}+\s+){0,2}?auf\s+englisch|(?:drucker|laptop|computer|handy|tablet|fernseher)\s+(?:\p{L}+\s+){0,4}?(?:verbinde|verbinden|einrichten|installieren)|(?:sorry|sry|sorri|oops|ups|hoppla)\W+(?:\p{L}+\s+)?falsche[rn]?\s+(?:chat|fenster|gruppe|nummer)|welche[rs]?\s+(?:pizzeria|restaurant|gaststätte|gaststaette|kneipe|café|cafe|bäckerei|baeckerei|apotheke|tankstelle|supermarkt)\s+(?:\p{L}+\s+){0,5}?(?:auf|offen|geöffnet|geoeffnet)|was\s+zieh\p{L}*\s+(?:ich|man|mer)\s+(?:\p{L}+\s+){0,5}?an|(?:moos|unkraut|klee)\s+(?:\p{L}+\s+){0,3}?rasen|mach\p{L}*\s+(?:mal\s+)?(?:das|die)\s+(?:fenster|tür|tuer)\s+zu|(?:sorry|sry|oops|ups),?\s+(?:\p{L}+\s+)?verschrieben|(?:netflix|spotify|disney|dazn|streaming)\p{L}*|(?:whatsapp|instagram|insta|facebook|tiktok|snapchat|account|profil)\s+(?:\p{L}+\s+){0,3}?gehackt|welche[nrs]?\s+film\p{L}*|\d+\s*(?:kilo|kg)\s+abnehmen|diät\p{L}*|diaet\p{L}*|mein(?:e)?\s+(?:freund|freundin|partner|partnerin|ex)\s+(?:antwortet|meldet\s+sich|schreibt)\s+(?:\p{L}+\s+){0,4}?(?:nicht|nimmer)|wildschwein\p{L}*\s+(?:\p{L}+\s+){0,4}?(?:wühl\p{L}*|wuehl\p{L}*|garten|rasen)|(?:garten|rasen|wiese)\s+(?:\p{L}+\s+){0,4}?wildschwein\p{L}*)(?!\p{L})/iu;
/** "Ich bin so gestresst, alles bleibt an mir hängen 😩": a sigh that asks nothing (a question beside it is that question). */
const ONLY_A_SIGH =
  /^\s*(?:ich\s+bin|bin)\s+(?:so\s+|total\s+|echt\s+|voll\s+|einfach\s+)?(?:gestresst|fertig|erschöpft|erschoepft|genervt|überfordert|ueberfordert)(?:[\s,]+[^?.!]{0,60})?[\s.!\p{Extended_Pictographic}\u{FE0F}]*$/iu;
/** "Soll ich meine Aktien verkaufen?", "Lohnt sich Bitcoin noch?": money invested, a bank's or adviser's matter. */
const INVESTMENT = /(?<!\p{L})(?:aktie[n]?|aktiendepot|depot|börse\p{L}*|boerse\p{L}*|bitcoin\p{L}*|krypto\p{L}*|etf\p{L}*|geldanlage\p{L}*|tagesgeld\p{L}*|festgeld\p{L}*)(?!\p{L})/iu;
/** "Ich möchte einen Kredit aufnehmen für ein Auto", "Wie beantrage ich einen Kredit für den Hausbau?": a loan, the bank's. */
const LOAN_ASKED =
  /(?<!\p{L})(?:(?:brauch\p{L}*|bräucht\p{L}*|will|möchte|moechte)\s+(?:\p{L}+\s+){0,2}?(?:kredit|darlehen)\p{L}*|(?:kredit|darlehen)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:aufnehmen|aufzunehmen|beantrag\p{L}*|bekomm\p{L}*|kriegen)|(?:beantrag\p{L}*|aufnehm\p{L}*|bekomm\p{L}*)\s+(?:ich\s+|man\s+|wir\s+)?(?:einen\s+|ein\s+|nen\s+)?(?:kredit|darlehen)\p{L}*)(?!\p{L})/iu;
/** "wo kann ich in mömbris günstig nen rasenmäher kaufen": where to shop (the town sells only its own sacks, tags and cards). */
const SHOPPING = /(?<!\p{L})wo\s+(?:kann|könnte|koennte|krieg|bekomm|find)\p{L}*\s+(?:ich|man|mer|isch)\s+(?:\p{L}+\s+){0,5}?kaufen(?!\p{L})/iu;
const SOLD_BY_THE_TOWN = /(?:sack|säck|saeck|marke|tonne|karte|plakette|ticket|gutschein|ausweis|urkunde)/iu;
/** "kann ich des geschenk vom weihnachtsmarkt umtausche": a purchase taken back to the seller, whose "umtauschen" led to the driving licence (blind set 204). */
const GOODS_EXCHANGED =
  /(?<!\p{L})(?:\p{L}*geschenk\p{L}*|gekauft\p{L}*|kassenbon|kassenzettel|quittung|bestellung|bestellt)(?!\p{L})[^?]{0,60}?(?<!\p{L})(?:umtausch\p{L}*|umtausche|zurückgeben|zurueckgeben|zurückgebe|zurueckgebe|reklamier\p{L}*)(?!\p{L})/iu;
/** ("Mei Bank will en Nachweis … weil isch en Kredit fürs Haus beantrag": a paper of the town's for the loan is asked.) */
const PAPER_FOR_IT = /(?<!\p{L})(?:nachweis\p{L}*|\p{L}*bescheinigung\p{L}*|bestätigung\p{L}*|bestaetigung\p{L}*|\p{L}*urkunde\p{L}*|papier\p{L}*)(?!\p{L})/iu;
/** "Ich verkaufe einen gebrauchten Kinderwagen, 50 Euro, wer Interesse hat bitte melden": a private ad, not a question to the town. */
/** ("…, intresse?": the ad's own question, not one to the town; blind set 208.) */
const INTEREST_ASKED = /(?<!\p{L})(?:interesse|intresse)\s*\?/giu;
const PRIVATE_AD =
  /(?<!\p{L})(?:verkaufe?|verschenke?|biete)\s+(?:\p{L}+\s+){0,4}?(?:\p{L}+)(?!\p{L})[^?]{0,80}?(?<!\p{L})(?:interesse|intresse|interessenten|bei\s+interesse|wer\s+(?:will|möchte|moechte|braucht))(?!\p{L})/iu;
/** "Mein Enkel hat mir das Tablet eingerichtet … wie man die Schrift größer macht": how to use one's own device (being set up by a grandchild only introduces many a question). */
const OWN_DEVICE =
  /(?<!\p{L})(?:tablet|handy|smartphone|computer|laptop|fernseher|drucker)(?!\p{L})[^?]{0,80}?(?<!\p{L})(?:schrift\s+(?:\p{L}+\s+)?(?:größer|groesser|grösser)|lauter\s+stellen|ton\s+(?:\p{L}+\s+)?lauter)(?!\p{L})/iu;
/** "der fc hat gestern schon wieder verloren 😭": a team's result, nothing lost (blind set 225: the lost property office came). */
const A_TEAMS_RESULT =
  /(?<!\p{L})(?:fc|sv|tsv|tus|vfb|vfl|sg|fsv|bayern|eintracht|kickers|mannschaft|team|elf)\s+(?:hat|hot|hatte|ist|is|sin|sind)\s+(?:[\p{L}\d:]+\s+){0,4}?(?:verloren|verlore|verlorn|gewonnen|gewonne|abgestiegen|aufgestiegen|unentschieden)(?!\p{L})/iu;
/** ("… die Schrift größer machen in diesem Chat": the assistant's own page.) */
const THIS_CHAT = /(?<!\p{L})(?:diese[mnr]?|im|dem|ihrem|eurem)\s+chat(?!\p{L})/iu;
export const offTopicEveryday = (text: string): boolean => OFF_TOPIC_EVERYDAY.test(text) || A_TEAMS_RESULT.test(text) || GOODS_EXCHANGED.test(text) || (OWN_DEVICE.test(text) && !THIS_CHAT.test(text)) || ONLY_A_SIGH.test(text) || INVESTMENT.test(text) || (LOAN_ASKED.test(text) && !PAPER_FOR_IT.test(text)) || (SHOPPING.test(text) && !SOLD_BY_THE_TOWN.test(text)) || (PRIVATE_AD.test(text) && !text.replace(INTEREST_ASKED, ' ').includes('?'));

/**
 * Words of a town's matter beside them (a trade on eBay, a car's registration): then not private.
 * "Die Möbel will keiner, nicht mal auf Kleinanzeigen": what nobody would take is to be disposed of.
 */
const TOWN_MATTER_BESIDE =
  /(?<!\p{L})(?:(?:klein|neben|haupt|reise)?gewerbe\p{L}*|anmeld\p{L}*|abmeld\p{L}*|ummeld\p{L}*|zulassung\p{L}*|steuer\p{L}*|genehmigung\p{L}*|rathaus|gemeinde|wertstoffhof\p{L}*|sperrm\p{L}*|entsorg\p{L}*|abholen\s+lassen|(?:will|wollte|wollten|nimmt|nahm|mag)\s+(?:\p{L}+\s+){0,2}?(?:keiner|keener|niemand))(?!\p{L})/iu;
/** "dass mir letzt Woch die goldene Hochzeit gefeiert hawwe": a marriage's anniversary, a family's feast, not a wedding at the registry office. */
const WEDDING_ANNIVERSARY = /(?<!\p{L})(?:(?:silberne|goldene|diamantene|eiserne|gnaden|rubin|perlen)[nr]?\s*hochzeit|ehejubiläum\p{L}*|ehejubilaeum\p{L}*)(?!\p{L})/iu;
export const celebratesWeddingAnniversary = (text: string): boolean => WEDDING_ANNIVERSARY.test(text);

export const ownEverydayMatter = (text: string): boolean => OWN_EVERYDAY.test(text) && !TOWN_MATTER_BESIDE.test(text);
