// A business of one's own closed, moved or opened ("Ich mach meinen Kiosk zu, muss ich das
// abmelden?", "Unsere Schreinerei zieht nach Schimborn um", "Ich möchte eine Bäckerei eröffnen"):
// the trade office's Gewerbe-An-, Um- or Abmeldung, though "abmelden" and "umziehen" lead the model
// to the registration of a residence, and an opening told without "anmelden" to nothing sure.
import { negated } from './done';

/**
 * Businesses by the words their owners use, compounds included ("Friseursalon", "Hofladen",
 * "Malerbetrieb"). Not "Firma" or "Betrieb" alone: "meine Firma" is as often the employer.
 */
const BUSINESS = String.raw`(?:\p{L}*(?:laden|geschäft|geschaeft|salon|studio|werkstatt|handel|imbiss|kiosk|shop|boutique|gaststätte|gaststaette|kneipe|restaurant|pizzeria|café|cafe)|\p{L}+betrieb|lädsche|laedsche|lädchen|laedchen|lädche|laedche|lädle|laedle|laade|friseur|frisör|schreinerei|bäckerei|baeckerei|metzgerei|gärtnerei|gaertnerei|druckerei|konditorei|schlosserei|zimmerei|spenglerei|gewerbe)`;
// ("meim", "unserm": the dialect's "meinem", "unserem"; "ich hör auf mit meim nagelstudio", blind set 212.)
const OWN = String.raw`(?:mein|meine|meinen|meinem|meiner|mei|meim|unser|unsere|unseren|unserem|unserer|unsern|unserm)`;

/** A compound written with a hyphen ("Kfz-Werkstatt", "Bio-Laden"): its last part names the business. */
const HYPHENED = String.raw`(?:\p{L}+-)?`;
/** "meinen kleinen Laden", "unsere Schreinerei", "unsere Kfz-Werkstatt": a business the writer owns, with up to two words between. */
const OWN_BUSINESS = new RegExp(`(?<!\\p{L})${OWN}\\s+(?:\\p{L}+\\s+){0,2}?${HYPHENED}${BUSINESS}(?!\\p{L})`, 'iu');
/** "ich hab seit 3 jahren einen kleinen onlineshop": a business the writer has. */
const HAS_BUSINESS = new RegExp(`(?<!\\p{L})(?:ich|wir|mer)\\s+(?:hab|habe|haben|hatte|hatten)\\s+(?:\\S+\\s+){0,4}?(?:einen|eine|ein|nen|ne)\\s+(?:\\p{L}+\\s+)?${HYPHENED}${BUSINESS}(?!\\p{L})`, 'iu');

/** "wir verlegen unseren Betrieb nach Hösbach", "unseren Handwerksbetrieb … nach Mömbris", "Wir verlegen unsere Kfz-Werkstatt", "bin mit meiner firma nach mömbris gezogen", "den Firmensitz": only an owner relocates a firm (an employee's firm just "zieht um"). */
const RELOCATED_FIRM = new RegExp(
  `(?<!\\p{L})(?:verleg\\p{L}*\\s+${OWN}\\s+(?:\\p{L}+\\s+)?${HYPHENED}(?:${BUSINESS}|\\p{L}*betrieb|firma)|${OWN}\\s+(?:\\p{L}*betrieb|firma)\\s+(?:\\p{L}+\\s+){0,4}?verleg\\p{L}*|(?:wir|ich)\\s+(?:\\p{L}+\\s+){0,2}?(?:ziehen|ziehn|umziehen|ziehe)\\s+mit\\s+(?:der|unserer|meiner)\\s+(?:firma|\\p{L}*betrieb)|mit\\s+(?:der|unserer|meiner)\\s+(?:firma|\\p{L}*betrieb)\\s+(?:\\p{L}+\\s+){0,4}?(?:gezogen|umgezogen|hergezogen)|firmensitz\\p{L}*|betriebssitz\\p{L}*|betriebsstätte\\p{L}*|betriebsstaette\\p{L}*)(?!\\p{L})`,
  'iu',
);

/** Whether a message speaks of a business of the writer's own. */
export const ownBusiness = (text: string): boolean => OWN_BUSINESS.test(text) || HAS_BUSINESS.test(text) || RELOCATED_FIRM.test(text);
/** "kann ich meinen kleinen onlineshop auch übers internet bei euch anmelden" (blind set 221): an own business to register, whatever way is asked. */
const TO_REGISTER = /(?<!\p{L})(?:anmelden|anmelde|anmeldung|anzumelden)(?!\p{L})/iu;
export const registersOwnBusiness = (text: string): boolean => ownBusiness(text) && TO_REGISTER.test(text);
/** Whether a message moves a firm of the writer's own (the trade office's Ummeldung). */
export const relocatesFirm = (text: string): boolean => RELOCATED_FIRM.test(text);

/**
 * "Ich mache mein Kiosk zu, Ende Monat", "Meine Firma zieht um von Mömbris nach Alzenau": an own business closed or moved, told without "abmelden".
 * ("Die Werkstatt in Schimborn mach ich zu": the business first, then who closes it; blind set 214.)
 */
const CLOSED_OR_MOVED = new RegExp(
  `(?<!\\p{L})(?:(?:die|den|das|de|der)\\s+${BUSINESS}\\s+(?:\\p{L}+\\s+){0,3}?(?:mach|mache|machen)\\s+(?:ich|i|mer|wir)\\s+(?:\\p{L}+\\s+){0,3}?(?:zu|dicht)|(?:mache|mach|machen|macht)\\s+${OWN}\\s+(?:\\p{L}+\\s+)?${BUSINESS}\\s+(?:\\p{L}+\\s+){0,2}?(?:zu|dicht)|${OWN}\\s+(?:\\p{L}+\\s+)?${BUSINESS}\\s+(?:mach|mache|machen)\\s+(?:\\p{L}+\\s+){0,5}?(?:zu|dicht)|(?:${OWN}\\s+(?:\\p{L}+\\s+)?|^\\W*)(?:${BUSINESS}|firma)\\s+(?:\\p{L}+\\s+){0,2}?(?:zieht|ziehen)\\s+(?:\\p{L}+\\s+){0,4}?(?:um|nach))(?!\\p{L})`,
  'iu',
);
/** "ich hab mein friseursalon seit 12 jahr in schimborn und zieh jetzt im april in en größere lade in mömbris": an own business moving to other premises (blind set 198). */
const MOVES_PREMISES = new RegExp(
  `(?<!\\p{L})${OWN}\\s+(?:\\p{L}+\\s+){0,2}?${HYPHENED}${BUSINESS}(?!\\p{L})[^.!?]{0,80}?(?<!\\p{L})(?:zieh|ziehe|ziehen|ziehn|umziehen)\\s+(?:\\p{L}+\\s+){0,4}?in\\s+(?:en|einen|ein|e|ne|eine|die|den|das)\\s+(?:\\p{L}+\\s+)?(?:${BUSINESS}|lade|räume|raeume|räumlichkeit\\p{L}*|raeumlichkeit\\p{L}*)(?!\\p{L})`,
  'iu',
);
/** "Mein Kiosk läuft nicht mehr, ich gebe auf, Ende des Monats ist Schluss", "ich hör mit meinem imbiss auf", "Ich hör mit meinem Laden zum Monatsende auf", "mei lädche is zu, hab aufgehört" (blind set 232): an own business given up, told in a story. */
const GIVES_UP = /(?<!\p{L})(?:(?:ist|is|isch)\s+(?:\p{L}+\s+){0,4}?zu(?=\s*[,.!?]|\s*$)|(?:gebe|geb|geben)\s+(?:\p{L}+\s+){0,2}?auf(?=\s*[,.!?]|\s*$)|(?:hör|höre|hoer|hoere|hören|hoeren)\s+(?:\p{L}+\s+){0,6}?auf(?!\p{L})|aufgeben|aufhören|aufhoeren|aufgehört|aufgehoert|(?:ist|is)\s+schluss|schließ\p{L}*|schliess\p{L}*|zusperren|zumachen|dichtmachen)(?!\p{L})/iu;
/** "Hab meinen Laden zum 31.12. zugemacht": closed by the writer (not "mei Werkstatt hat zugemacht", a customer's garage). */
// ("mein imbiss hab ich zu gemacht ende mai", blind set 220: the business first, the verb in two words.)
const CLOSED = String.raw`(?:zugemacht|zu\s+gemacht|dichtgemacht|dicht\s+gemacht|aufgegeben|zugesperrt|geschlossen)`;
const CLOSED_BY_ME = new RegExp(
  `(?<!\\p{L})(?:(?:hab|habe|haben|hob)\\s+(?:ich\\s+|wir\\s+)?${OWN}\\s+(?:\\p{L}+\\s+)?${BUSINESS}\\s+(?:\\S+\\s+){0,4}?|${OWN}\\s+(?:\\p{L}+\\s+)?${BUSINESS}\\s+(?:hab|habe|haben|hob)\\s+(?:ich|wir|mer|i)\\s+(?:\\S+\\s+){0,3}?)${CLOSED}(?!\\p{L})`,
  'iu',
);
/** "Jetzt muss noch mein Malerbetrieb abgemeldet werden" (blind set 247: the pension applied for beside it had been answered). */
const DEREGISTERED = /(?<!\p{L})(?:abmelden|abmelde|abgemeldet|abmeldung|abzumelden)(?!\p{L})/iu;
export const closesOrMovesBusiness = (text: string): boolean =>
  CLOSED_OR_MOVED.test(text) || CLOSED_BY_ME.test(text) || MOVES_PREMISES.test(text) || (OWN_BUSINESS.test(text) && (GIVES_UP.test(text) || DEREGISTERED.test(text)));

/** A business opened with "aufmachen": also a firm ("Ich mache eine Reinigungsfirma auf", blind set 232), which opened is the writer's own, not the employer. */
const OPENED = String.raw`(?:${BUSINESS}|\p{L}*firma)`;
const OPENING = String.raw`(?:eröffne\p{L}*|eroeffne\p{L}*|aufmache\p{L}*|aufzumachen|gründe\p{L}*|gruende\p{L}*|übernehme\p{L}*|uebernehme\p{L}*)`;
/** "ich möchte eine Bäckerei eröffnen", "Ich eröffne im März einen Friseursalon": a business opened (or taken over). */
const OPENS_BUSINESS = new RegExp(
  `(?<!\\p{L})(?:(?:ein|eine|einen|nen|e|${OWN})\\s+(?:\\p{L}+\\s+){0,3}?${BUSINESS}\\s+(?:\\p{L}+\\s+){0,6}?${OPENING}|${OPENING}\\s+(?:\\p{L}+\\s+){0,4}?(?:ein|eine|einen|nen|e|${OWN})\\s+(?:\\p{L}+\\s+){0,2}?${BUSINESS})(?!\\p{L})`,
  'iu',
);

/** "ich will Döner Imbiss aufmachen": the same in German learnt as one goes, without the article. */
const WANTS_TO_OPEN = new RegExp(
  `(?<!\\p{L})(?:will|möchte|moechte|wollen|möchten|moechten)\\s+(?:\\p{L}+\\s+){0,2}?${BUSINESS}\\s+(?:\\p{L}+\\s+){0,2}?${OPENING}(?!\\p{L})`,
  'iu',
);

/** "Ich mache im Frühjahr einen kleinen Blumenladen auf": opening said with the separable "aufmachen". */
const OPENS_SEPARATELY = new RegExp(
  `(?<!\\p{L})(?:mache|mach|machen|macht)\\s+(?:\\p{L}+\\s+){0,4}?(?:ein|eine|einen|nen|e)\\s+(?:\\p{L}+\\s+){0,2}?${OPENED}\\s+(?:\\p{L}+\\s+){0,4}?auf(?!\\p{L})`,
  'iu',
);

/** "Ich übernehme zum 1. April die Bäckerei von meinem Onkel": a business taken over, with its definite article. */
const TAKES_OVER = new RegExp(
  `(?<!\\p{L})(?:übernehm\\p{L}*|uebernehm\\p{L}*|übernimmt|uebernimmt|übernommen|uebernommen)\\s+(?:[\\p{L}\\d.]+\\s+){0,4}?(?:die|den|das|ein|eine|einen|${OWN})\\s+(?:\\p{L}+\\s+){0,2}?${BUSINESS}(?!\\p{L})`,
  'iu',
);

/** Whether a message tells of opening or taking over a business ("Ich möchte eine Bäckerei eröffnen"). */
/** "hab ne gmbh gegründet beim notar": a firm founded, whose trade is still to register. */
const FIRM_FOUNDED = /(?<!\p{L})(?:gmbh|ug|gbr|kg|firma|unternehmen)\s+(?:\p{L}+\s+){0,2}?(?:gegründet|gegruendet)(?!\p{L})/iu;
export const opensBusiness = (text: string): boolean =>
  OPENS_BUSINESS.test(text) || WANTS_TO_OPEN.test(text) || OPENS_SEPARATELY.test(text) || FIRM_FOUNDED.test(text) || TAKES_OVER.test(text);

/** A trade on the side: done besides one's job, to order, for customers ("nebebei", "als kleiner Nebenverdienst"). */
// "neben meinem Job abends Nägel machen", "von zu Hause aus ein bisschen Haare schneiden", "meine Rente ein bisschen aufbessern mit Nähen" too.
const ON_THE_SIDE =
  /(?<!\p{L})(?:neben?bei|nebenberuflich|neben?her|auf\s+bestellung|\p{L}*neben?verdienst\p{L}*|neben?erwerb\p{L}*|zuverdienst\p{L}*|neben\s+(?:meinem|meiner|dem|der|meim)\s+(?:job|arbeit|beruf|hauptjob|hauptberuf|studium|ausbildung|rente)|von\s+(?:zu\s*hause|zuhause|daheim|dahaam)\s+aus|(?:rente|einkommen|haushaltskasse)\s+(?:\p{L}+\s+){0,3}?aufbesser\p{L}*|aufbesser\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:rente|einkommen))(?!\p{L})/iu;
/** What is done for money ("Kuchen verkaufen", "Nägel machen", "Torten backen"; "mach nebenbei nails … bei paar kundinnen", blind set 206). */
const TRADING = /(?<!\p{L})(?:verkauf\p{L}*|anbiet\p{L}*|anzubieten|machen|mache|mach|kunde[n]?|kundin\p{L}*|kundschaft|backen|backe|back|schneid\p{L}*|verkaaf\p{L}*|reparier\p{L}*|verdien\p{L}*|näh\p{L}*|naeh\p{L}*|geld)(?!\p{L})/iu;
/** Whether something must be registered or made official. */
// "des darf isch net einfach so", "was muss isch do mache": whether it is allowed as it is ("muss ich des irgendwo amtlich mache", blind set 224).
const MUST_REGISTER =
  /(?<!\p{L})(?:anmeld\p{L}*|anmelde|melden|melde|gemeldet|offiziell|amt|amtlich|gewerbe\p{L}*|darf\s+(?:\p{L}+\s+){0,2}?(?:nicht|net|ned|einfach)|was\s+muss\s+(?:ich|isch|i|man|mer))(?!\p{L})/iu;

/** Whether a message starts a trade on the side ("Ich will nebenbei Kuchen auf dem Wochenmarkt verkaufen. Muss ich da was anmelden?"). */
export const startsSideBusiness = (text: string): boolean => ON_THE_SIDE.test(text) && TRADING.test(text) && MUST_REGISTER.test(text);

/** "Zahlungsaufforderungen für die Steuer vom Gewerbe": the trade tax in other words, not the trade's registration. */
/** "Steuerbescheid für den Betrieb" too (blind set 86); "die steuer für mein lädchen", "post … wegen vorauszahlung gewerbe" (blind sets 218, 219). */
const TRADE_TAX_WORDS =
  /(?<!\p{L})steuer(?:bescheid\p{L}*|forderung\p{L}*|nachzahlung\p{L}*)?\s+(?:vom|von\s+meinem|von\s+meim|für\s+(?:das|den|mein|meinen)|fürs|fuers|fuer\s+(?:das|den))\s+(?:gewerbe|betrieb|laden|geschäft|geschaeft|firma|werkstatt|lädchen|laedchen|lädle|laedle|imbiss|kiosk|salon|studio)(?!\p{L})|(?<!\p{L})vorauszahlung\p{L}*\s+(?:\p{L}+\s+){0,2}?gewerbe(?!\p{L})/iu;
/** Whether a message names the tax of a business in words ("die Steuer vom Gewerbe", "Steuerbescheid für den Betrieb"). */
export const namesTaxOfTheBusiness = (text: string): boolean => TRADE_TAX_WORDS.test(text);
/** A business of one's own and a tax to the town, in two sentences ("nen kleinen onlineshop … muss ich jetz auch an die gemeinde steuer zahlen?"). */
const A_BUSINESS = /(?<!\p{L})(?:\p{L}*shop|gewerbe|laden|firma|betrieb|selbst(?:st)?ändig\p{L}*|selbst(?:st)?aendig\p{L}*|nebengewerbe|kleingewerbe)(?!\p{L})/iu;
const TAX_TO_THE_TOWN =
  /(?<!\p{L})(?:(?:an\s+die|der|die)\s+gemeinde\s+(?:\p{L}+\s+){0,2}?steuer\p{L}*|steuer\p{L}*\s+(?:\p{L}+\s+)?an\s+die\s+gemeinde|freibetrag)(?!\p{L})/iu;
/** "wie hoch is der hebesatz … überlege mein ingenieurbüro … hierher zu verlegen": the rate asked for a business (blind set 202). */
const RATE = /(?<!\p{L})hebes(?:a|ä|ae)tz\p{L}*(?!\p{L})/iu;
const A_FIRM = /(?<!\p{L})(?:\p{L}*büro|\p{L}*buero|kanzlei|praxis|firma|betrieb|\p{L}+betrieb|unternehmen|gewerbe)(?!\p{L})/iu;
export const namesTradeTax = (text: string): boolean =>
  TRADE_TAX_WORDS.test(text) || (A_BUSINESS.test(text) && TAX_TO_THE_TOWN.test(text)) || (RATE.test(text) && A_FIRM.test(text));

/** "muss ich jetzt gewerbesteuer an mömbris zahlen?": the trade tax named and its paying asked. */
const TRADE_TAX_PAID = /(?<!\p{L})gewerbesteuer\p{L}*(?!\p{L})[^.!?]{0,40}?(?<!\p{L})(?:zahl\p{L}*|bezahl\p{L}*|kost\p{L}*|höhe|hoehe|hebesatz|fällig|faellig)(?!\p{L})/iu;
export const paysTradeTax = (text: string): boolean => TRADE_TAX_PAID.test(text);

/**
 * "gewärbe anmelden kleinunternehmer", "jetzt mach ich mich selbstständich mit Gartepflech": the trade named as spoken,
 * by the small business's tax status, or by going self-employed.
 */
const TRADE_AS_SPOKEN =
  /(?<!\p{L})(?:gewärbe\p{L}*|gewaerbe\p{L}*|gewerb|kleinunternehm\p{L}*|kleingewerbe\p{L}*|nebengewerbe\p{L}*|mach\p{L}*\s+(?:ich\s+)?mich\s+(?:\p{L}+\s+){0,2}?(?:selbstständi[gc]h?|selbständi[gc]h?|selbststaendi[gc]h?|selbstaendi[gc]h?))(?!\p{L})/iu;
export const namesTradeAsSpoken = (text: string): boolean => TRADE_AS_SPOKEN.test(text);

/** "verkaufen seit kurzem Eier am Hoftor mit Kasse des Vertrauens", "… Marmelad und Honig … dazu verkaafe" (blind set 237): produce sold at the farm gate, a trade to register or not. */
const PRODUCE_SOLD =
  /(?<!\p{L})verka(?:u|a|aa)f\p{L}*(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:eier|honig|obst|gemüse|gemuese|kartoffeln|marmelade?|kuchen|torten|hoftor|hofladen|kasse\s+des\s+vertrauens)(?!\p{L})|(?<!\p{L})(?:eier|honig|obst|gemüse|gemuese|kartoffeln|marmelade?)(?!\p{L})[^.!?]{0,60}?(?<!\p{L})verka(?:u|a|aa)f\p{L}*(?!\p{L})/iu;
export const sellsProduce = (text: string): boolean => PRODUCE_SOLD.test(text);

/** "Gewerbe ist angemeldet, Küche fast fertig", "das Gewerbe hab ich schon angemeldet": the trade's registration told done (not "noch nicht"). */
const TRADE_REGISTERED =
  /(?<!\p{L})(?:gewerbe\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:ist|sind|hab|habe|haben|hat)\s+(?:\p{L}+\s+){0,2}?(?:angemeldet|erledigt|gemacht|durch)|(?:hab|habe|haben|hat)\s+(?:\p{L}+\s+){0,3}?gewerbe\p{L}*\s+(?:\p{L}+\s+){0,2}?angemeldet)(?!\p{L})/iu;
export const tradeRegistered = (text: string): boolean => {
  const told = TRADE_REGISTERED.exec(text);
  return told !== null && !negated(told[0]);
};
