// "Unser Wasserbescheid ist dieses Jahr fast doppelt so hoch": the bill for water and sewage is
// the town's fees (its waterworks' statutes, the Abgabensatzung), not a tax whose notice the word
// "Bescheid" leads the model to.

/** The water bill or its amount ("Wasserbescheid", "Wasserrechnung", "Abwassergebühren", "die Abrechnung fürs Wasser"). */
const WATER_BILL =
  /(?<!\p{L})(?:(?:ab)?wasser(?:bescheid|rechnung|abrechnung|gebühr|gebuehr|kosten|geld|zähler|zaehler|verbrauch)\p{L}*|(?:bescheid|rechnung|abrechnung|gebühr\p{L}*|gebuehr\p{L}*|kosten)\s+(?:\p{L}+\s+){0,2}?(?:fürs|fuers|für\s+das|vom|für\s+(?:das\s+)?ab)wasser)(?!\p{L})/iu;

/** The account it is paid from (the direct debit's topic) or the landlord's bill of running costs (a tenancy matter). */
const PAID_FROM_OR_LET =
  /(?<!\p{L})(?:iban|konto\p{L}*|bank\p{L}*|abbuch\p{L}*|abgebucht|lastschrift\p{L}*|einzug\p{L}*|vermieter\p{L}*|nebenkosten\p{L}*|betriebskosten\p{L}*)(?!\p{L})/iu;

/** Whether a message is about the town's bill for water or sewage, not the account it is paid from or a landlord's bill. */
export const aboutWaterBill = (text: string): boolean => WATER_BILL.test(text) && !PAID_FROM_OR_LET.test(text);
/** The sewer's bill in everyday words ("kanalrechnung", trial 44: no answer). */
const SEWER_BILL = /(?<!\p{L})kanal(?:bescheid|rechnung|abrechnung|gebühr|gebuehr|kosten|geld)\p{L}*(?!\p{L})/iu;
export const namesSewerBill = (text: string): boolean => SEWER_BILL.test(text) && !PAID_FROM_OR_LET.test(text);

/**
 * "die Eichfrist vom Hauptzähler im Keller läuft ab": a meter due for exchange, which for water is
 * the waterworks' (MessEG § 37, six years for cold water); electricity and gas meters are the
 * grid operator's.
 */
const CALIBRATION_DUE = /(?<!\p{L})(?:eichfrist\p{L}*|eichung\p{L}*|geeicht|eichzeit\p{L}*|eichjahr\p{L}*)(?!\p{L})/iu;
const A_METER = /(?<!\p{L})\p{L}*(?:zähler|zaehler|uhr)\p{L}*(?!\p{L})/iu;
const NOT_WATER = /(?<!\p{L})(?:strom\p{L}*|gas\p{L}*|heiz\p{L}*|wärme\p{L}*|waerme\p{L}*)(?!\p{L})/iu;
/** "ein Schild 'Wasserabstellung Dienstag 8–14 Uhr'": the supply shut off for works, the supply's disruption. */
// ("betrifft mich die Wassersperre?", trial 63: the address block's "Sperre" had answered.)
const WATER_SHUT_OFF = /(?<!\p{L})(?:wasserabstellung\p{L}*|wasserabsperrung\p{L}*|wassersperr\p{L}*|wasser\s+(?:\p{L}+\s+){0,2}?abgestellt|abstellung\s+(?:des|vom)\s+wasser\p{L}*)(?!\p{L})/iu;
export const waterShutOff = (text: string): boolean => WATER_SHUT_OFF.test(text);

/** "der Druck beim Duschen ganz schwach … jetzt kommt fast gar nix mehr. Die Nachbarin sagt bei ihr ist es auch so": the supply failing, not one's own tap. */
const LITTLE_WATER =
  /(?<!\p{L})(?:(?:wasser)?druck\s+(?:\p{L}+\s+){0,5}?(?:schwach|niedrig|weg|kaum\s+noch)|(?:kommt|kommen)\s+(?:\p{L}+\s+){0,2}?(?:kein\s+wasser|nix\s+mehr|nichts\s+mehr)|kein\s+wasser\s+mehr)(?!\p{L})/iu;
const ELSEWHERE_TOO = /(?<!\p{L})(?:nachbar\p{L}*|ganze\s+straße|ganze\s+strasse|ganzen\s+ort|störung|stoerung)(?!\p{L})/iu;
export const waterFailsAround = (text: string): boolean => LITTLE_WATER.test(text) && ELSEWHERE_TOO.test(text);

/** "dass bei uns der Wasserzähler getauscht wird", "will … die Uhr im Keller tauschen": the exchange the calibration brings. */
const METER_EXCHANGED =
  /(?<!\p{L})(?:\p{L}*zähler\p{L}*|\p{L}*zaehler\p{L}*|wasseruhr\p{L}*|uhr\s+im\s+keller)\s+(?:\p{L}+\s+){0,3}?(?:getauscht|ausgetauscht|tauschen|austauschen|gewechselt|wechseln|erneuert)|(?<!\p{L})(?:zählerwechsel|zaehlerwechsel|zählertausch|zaehlertausch)\p{L}*/iu;
export const meterCalibrationDue = (text: string): boolean => (CALIBRATION_DUE.test(text) || METER_EXCHANGED.test(text)) && A_METER.test(text) && !NOT_WATER.test(text);

/**
 * "die Abrechnung … fast doppelt so hoch … an de Uhr im Keller geguckt, die dreht sich … ob die Uhr spinnt?" (blind set 228): the
 * meter doubted, to be checked by the waterworks.
 */
const METER_DOUBTED =
  /(?<!\p{L})(?:\p{L}*zähler|\p{L}*zaehler|wasseruhr|uhr)\s+(?:\p{L}+\s+){0,3}?(?:spinnt|spinne|falsch\s+(?:geht|läuft|laeuft|zählt|zaehlt)|dreht\s+sich|kaputt\s+is\p{L}*|defekt\s+is\p{L}*)(?!\p{L})/iu;
const A_BILL = /(?<!\p{L})(?:\p{L}*abrechnung|\p{L}*rechnung|verbrauch|doppelt\s+so\s+hoch)(?!\p{L})/iu;
export const meterDoubted = (text: string): boolean => METER_DOUBTED.test(text) && A_BILL.test(text) && !NOT_WATER.test(text);

/** "Wie wird der Wasserstand abgelesen, wenn ich nicht vor Ort bin?": the water meter's reading, the waterworks' (not the registration a holiday flat brings to mind). */
const METER_READ =
  /(?<!\p{L})(?:wasserstand|wasserzählerstand|wasserzaehlerstand|wasseruhr|wasserzähler|wasserzaehler|zählerstand|zaehlerstand)\p{L}*\s+(?:\p{L}+\s+){0,4}?(?:ablesen|abgelesen|ablesung|abzulesen|melden|mitteilen|durchgeben)(?!\p{L})|(?<!\p{L})(?:ablesen|ablesung)\s+(?:\p{L}+\s+){0,3}?(?:wasser\p{L}*|zählerstand\p{L}*|zaehlerstand\p{L}*)/iu;
export const meterReadAsked = (text: string): boolean => METER_READ.test(text) && !NOT_WATER.test(text);

/** "Mei Wasserzähler is kaputt und es tropft überall" (trial 62): the meter leaking, a fault to report now (the supplier's meter), not its bill. */
const METER_LEAKS =
  /(?<!\p{L})(?:wasserzähler\p{L}*|wasserzaehler\p{L}*|wasseruhr\p{L}*|zähler|zaehler)(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:tropft|tropfe|leckt|undicht|spritzt|sprudelt|überall\s+wasser|ueberall\s+wasser)(?!\p{L})(?!\s+(?:\p{L}+\s+)?(?:nix|nichts|net|nicht|ned|kein\p{L}*)(?!\p{L}))/iu;
/** A doubled bill that a leak might explain is the bill's question ("… oder wir ham irgendwo ein leck", blind set 80). */
const BILL = /(?<!\p{L})(?:\p{L}*abrechnung\p{L}*|\p{L}*rechnung|nachzahl\p{L}*|bescheid|verbrauch\p{L}*)(?!\p{L})/iu;
export const meterLeaks = (text: string): boolean => METER_LEAKS.test(text) && !BILL.test(text);
