// A vehicle registered, re-registered or deregistered ("Ich muss mein Bulldog ummelde", "Wo melde
// ich meinen Schlepper an?"): the registration office of the Landratsamt, though "ummelden" and
// "anmelden" lead the model to the registration of a residence. "Bulldog" is the region's word for
// a tractor.

/** Vehicles by the words citizens use for them ("Traktoranhänger" too). */
const VEHICLE = String.raw`(?:bulldog|traktor\p{L}*|trecker\p{L}*|schlepper\p{L}*|anhänger\p{L}*|anhaenger\p{L}*|wohnmobil\p{L}*|wohnwagen\p{L}*|motorrad\p{L}*|roller|moped\p{L}*|quad|auto|autos|cabrio|cabriolet|oldtimer|karre|karren|pkw|lkw|kfz|fahrzeug\p{L}*|dienstwagen|firmenwagen|dienstfahrzeug\p{L}*|firmenfahrzeug\p{L}*|geschäftswagen|geschaeftswagen)`;
/**
 * The vehicle and its registering next to each other ("mein Bulldog ummelde", "melde ich meinen
 * Schlepper an", "zulassen"): a move named beside it ("Ich bin umgezogen, was ist mit dem Auto?")
 * stays the move.
 */
const VEHICLE_REGISTERED = new RegExp(
  [
    // "drei Dienstwagen auf unseren neuen Firmensitz in Mömbris ummelden": the words between may name where to.
    String.raw`(?<!\p{L})${VEHICLE}\s+(?:\p{L}+\s+){0,6}?(?:(?:um|an|ab)(?:ge)?mel\p{L}*|zulass\p{L}*|zugelassen|umschreib\p{L}*|umgeschrieben)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:(?:um|an|ab)mel\p{L}*|melde|zulass\p{L}*)\s+(?:\p{L}+\s+){0,3}?${VEHICLE}(?!\p{L})`,
    // "wie meld ich mei alte moped ab": the separable verb around the vehicle.
    String.raw`(?<!\p{L})(?:meld|melde|melden|meldet)\s+(?:\p{L}+\s+){0,4}?${VEHICLE}\s+(?:um|an|ab)(?!\p{L})`,
  ].join('|'),
  'iu',
);

/** The number plate ("Kennzeichen", "AB-Kennzeichen", "Nummernschild"): the vehicle's registration, whatever move is told beside it. */
const PLATE = /(?<!\p{L})(?:\p{L}*-?kennzeichen\p{L}*|\p{L}*-?kennzeiche|nummernschild\p{L}*|autonummer\p{L}*)(?!\p{L})/iu;

/** Whether a message is about registering a vehicle or its number plate ("Bin aus Hessen hergezogen, muss ich jetzt AB-Kennzeichen machen lassen?"). */
/** "auto nach umzug … auf neue adresse ändern": the vehicle's papers changed to the new address, its registration's matter. */
// ("muss ich jetzt auch im fahrzeugschein die adresse ändern lasse", blind set 198: the vehicle's papers.)
const CAR_ADDRESS_CHANGED = /(?<!\p{L})(?:auto|wagen|fahrzeug\p{L}*|kfz|pkw|motorrad|zulassungsbescheinigung\p{L}*)(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:auf\s+(?:die\s+|meine\s+)?neue\s+adresse|adresse\s+(?:\p{L}+\s+){0,2}?(?:ändern|aendern|umschreiben))(?!\p{L})/iu;
export const registersAVehicle = (text: string): boolean => VEHICLE_REGISTERED.test(text) || PLATE.test(text) || CAR_ADDRESS_CHANGED.test(text);
/** A car by its everyday word or its model, bought, sold or handed on ("einen größeren Wagen gekauft", "kauft mir meinen alten Golf ab"). */
const CAR = String.raw`(?:wagen|auto|pkw|kombi|cabrio|cabriolet|oldtimer|lieferwagen|transporter|sprinter|kleinbus|wohnmobil|van|minivan|gebrauchtwagen|neuwagen|golf|polo|passat|corsa|astra|fiesta|octavia|kangoo)`;
const HANDED_ON = String.raw`(?:gekauft|kauf\p{L}*|verkauf\p{L}*|geerbt|überlass\p{L}*|ueberlass\p{L}*|geschenkt)`;
const CAR_CHANGES_HANDS = new RegExp(
  `(?<!\\p{L})${CAR}(?!\\p{L})[^.!?]{0,60}?(?<!\\p{L})${HANDED_ON}(?!\\p{L})|(?<!\\p{L})${HANDED_ON}(?!\\p{L})[^.!?]{0,40}?(?<!\\p{L})${CAR}(?!\\p{L})`,
  'iu',
);
/** Its registration asked of it by a pronoun ("Wo melde ich den an?", "Wie wird der auf ihn umgeschrieben?"). */
const IT_REGISTERED =
  /(?<!\p{L})(?:(?:melde|meld|melden)\s+(?:ich|wir|man|mer)\s+(?:den|das|ihn|es|des)\s+(?:\p{L}+\s+){0,2}?(?:an|um|ab)|(?:lass|lasse|lassen)\s+(?:ich|wir|man|mer)\s+(?:den|das|ihn|es|des)\s+(?:\p{L}+\s+){0,2}?zu|(?:wird|werden|kann|muss|soll|will|möchte|moechte|wollen)\s+(?:der|den|das|er|es|des)\s+(?:\p{L}+\s+){0,4}?(?:umgeschrieben|umschreiben|angemeldet|umgemeldet|abgemeldet|zugelassen)|auf\s+(?:ihn|sie|mich|uns)\s+(?:\p{L}+\s+){0,2}?(?:umschreib\p{L}*|umgeschrieben|ummelden|umgemeldet))(?!\p{L})/iu;

/** Whether a message registers a vehicle in words ("mei alder bulldog soll abgemeldt werre"); a plate alone may be another's (a hit and run). */
export const vehicleRegisteredInWords = (text: string): boolean => VEHICLE_REGISTERED.test(text) || (CAR_CHANGES_HANDS.test(text) && IT_REGISTERED.test(text));

/** "Führerschein beantragen mit Behinderung": the driving licence applied for, whatever is told beside it. */
const LICENCE_APPLIED = /(?<!\p{L})(?:führerschein\p{L}*|fuehrerschein\p{L}*|fahrerlaubnis\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:beantrag\p{L}*|machen|erwerben)(?!\p{L})/iu;
export const appliesForDrivingLicence = (text: string): boolean => LICENCE_APPLIED.test(text);

/** "Für den Mannschaftsbus brauch ich die Klasse C1", "Prüfung machen fürs Auto fahren": the licence by its class or its test. */
const LICENCE_IN_WORDS =
  /(?<!\p{L})(?:(?:klasse|führerscheinklasse|fuehrerscheinklasse)\s+(?:c1e|c1|ce|be|b96|b|a1|a2|d1e|d1)(?![\p{L}\d])|prüfung\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:fürs|fuers|für\s+das|zum)\s+auto\s*fahren|auto\s*fahren\s+lernen|fahrprüfung\p{L}*|fahrpruefung\p{L}*)(?!\p{L})/iu;
/** The classes whose letters are also words ("am", "de"): only as written in capitals ("Klasse AM", not "Klasse am Gymnasium"). */
const CAPITAL_CLASS = /(?<!\p{L})(?:Klasse|Führerscheinklasse|Fuehrerscheinklasse)\s+(?:AM|L|T|DE|C|D)(?![\p{L}\d])/u;
export const namesDrivingLicenceOtherwise = (text: string): boolean => LICENCE_IN_WORDS.test(text) || CAPITAL_CLASS.test(text);
/** "hab führerschein klasse b und traktor": a licence the writer holds, told (of an applicant, say). */
const LICENCE_HELD = /(?<!\p{L})(?:hab|habe|haben|hat|mit)\s+(?:\p{L}+\s+){0,2}?(?:führerschein|fuehrerschein)\p{L}*\s+(?:\p{L}+\s+)?klasse(?!\p{L})/iu;
export const heldLicence = (text: string): boolean => LICENCE_HELD.test(text);

/** "den alten grauen Lappen … umtauschen", "so en alte graue Lappe vun 1984": the old paper licence exchanged (Pflichtumtausch, FeV § 24a). */
const LICENCE_EXCHANGED =
  /(?<!\p{L})(?:(?:graue[n]?|rosa|rosane[n]?|rosafarbene[n]?)\s+lappe[n]?|(?:lappe[n]?|führerschein\p{L}*|fuehrerschein\p{L}*)\s+(?:\p{L}+\s+){0,4}?umtausch\p{L}*|umtausch\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:lappen|führerschein\p{L}*|fuehrerschein\p{L}*)|führerscheinumtausch\p{L}*|fuehrerscheinumtausch\p{L}*)(?!\p{L})/iu;
/** "Meine Frau hat gerade ihren alten Führerschein umtauschen lassen": another's exchange, done, told on the way. */
const ANOTHERS_EXCHANGE_DONE = /(?<!\p{L})hat\s+(?:\p{L}+\s+){0,5}?(?:umtauschen\s+lassen|umgetauscht)(?!\p{L})/iu;
export const exchangesOldLicence = (text: string): boolean => LICENCE_EXCHANGED.test(text) && !ANOTHERS_EXCHANGE_DONE.test(text);

/** "will mit 17 begleitet fahren", "BF17", "Führerschein mit 17": accompanied driving from 17, a driving licence (the Landratsamt's). */
const ACCOMPANIED_DRIVING =
  /(?<!\p{L})(?:begleitet\p{L}*\s+(?:\p{L}+\s+)?fahr(?:en|e|n)|bf\s*-?\s*17|(?:führerschein\p{L}*|fuehrerschein\p{L}*|lappen|fahrerlaubnis)\s+(?:mit|ab)\s+17)(?!\p{L})/iu;
export const asksAccompaniedDriving = (text: string): boolean => ACCOMPANIED_DRIVING.test(text);

/**
 * "ich brauch nen Anwohnerparkausweis": parking for residents (StVO § 45 Abs. 1b), which no topic
 * covers; "Ausweis" had led the model to the disability card, whose blue parking card is its own.
 */
const RESIDENTS_PARKING = /(?<!\p{L})(?:anwohnerpark\p{L}*|bewohnerpark\p{L}*|anwohnerparkausweis\p{L}*|anwohnerparkplatz\p{L}*)(?!\p{L})/iu;
export const asksResidentsParking = (text: string): boolean => RESIDENTS_PARKING.test(text);

/** "habe dort Auto fahren gelernt. Kann ich mit meine Papier hier fahren": a licence from abroad, not a car's registration. */
const LICENCE_FROM_ABROAD =
  /(?<!\p{L})(?:auto\s*)?fahren\s+(?:\p{L}+\s+)?gelernt|(?<!\p{L})fahrprüfung\p{L}*|(?<!\p{L})fahrpruefung\p{L}*|(?<!\p{L})(?:papier\p{L}*|lizenz)\s+(?:\p{L}+\s+){0,2}?(?:hier|in\s+deutschland)\s+(?:auto\s+)?fahren/iu;
const A_CARS_PAPERS = /(?<!\p{L})(?:zugelassen|zulassung\p{L}*|kennzeichen\p{L}*|ummeld\p{L}*|anmeld\p{L}*)(?!\p{L})/iu;
export const drivesOnForeignLicence = (text: string): boolean => LICENCE_FROM_ABROAD.test(text) && !A_CARS_PAPERS.test(text);

/** "Ich will das ja ummelden, weiß aber nicht wo": the writer's own wish to register a vehicle named in the message. */
const WANTS_TO_REGISTER = /(?<!\p{L})(?:ich|wir)\s+(?:will|möchte|moechte|muss|wollen|möchten|moechten|müssen|muessen)\s+(?:\p{L}+\s+){0,4}?(?:ummelden|anmelden|zulassen|abmelden|umschreiben)(?!\p{L})/iu;
/** A vehicle named by any of its words. */
const A_VEHICLE = new RegExp(String.raw`(?<!\p{L})${VEHICLE}(?!\p{L})`, 'iu');
export const wantsToRegisterAVehicle = (text: string): boolean => WANTS_TO_REGISTER.test(text) && A_VEHICLE.test(text);

/** "hat de TÜV nimmer gepackt … de Schrotthändler holt den … muss isch den ja vorher abmelde": a car scrapped and deregistered, the registration office's. */
const SCRAPPED = /(?<!\p{L})(?:tüv|tuev|schrott\p{L}*|verschrott\p{L}*|verwert\p{L}*|ausschlacht\p{L}*)(?!\p{L})/iu;
const DEREGISTERED = /(?<!\p{L})(?:abmeld\p{L}*|abmelde|abgemeldet|stilllegen|stillgelegt)(?!\p{L})/iu;
export const deregistersScrappedCar = (text: string): boolean => SCRAPPED.test(text) && DEREGISTERED.test(text);

/**
 * "Sein alter Passat steht … in der Garage und soll weg. Wie melden wir den ab?": a car named (also by its make or
 * model, which the model does not know) and "it" deregistered in the question.
 */
const A_CAR = new RegExp(String.raw`(?<!\p{L})(?:${VEHICLE}|${CAR}|opel|vw|audi|bmw|mercedes|skoda|ford|fiat|toyota|renault|peugeot|seat|hyundai|kia|dacia)(?!\p{L})`, 'iu');
const IT_DEREGISTERED = /(?<!\p{L})(?:wie|wo)\s+(?:meld|melde|melden)\s+(?:ich|wir|man|mer)\s+(?:den|ihn|das|es)\s+(?:\p{L}+\s+)?ab\s*[?.!]*\s*$/imu;
/** "mein alter golf soll stillgelegt werden": a car laid up, by its make or model. */
const LAID_UP = /(?<!\p{L})(?:stilllegen|stillegen|stillgelegt|stilgelegt|stilllege|stillege)(?!\p{L})/iu;
const A_MODEL = /(?<!\p{L})(?:golf|polo|passat|tiguan|corsa|astra|fiesta|focus|clio|twingo|octavia|fabia|yaris|micra)(?!\p{L})/iu;
export const deregistersTheCarNamed = (text: string): boolean =>
  (A_CAR.test(text) || A_MODEL.test(text)) && (IT_DEREGISTERED.test(text) || LAID_UP.test(text));
