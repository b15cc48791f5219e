// "Is mei Perso schon da?": whether an identity document applied for is ready to be picked up.
// The document's name leads the model to applying for one; the question is the pick-up.
import { asksWhatToDo } from './small-talk';

/** "ist mein neuer Ausweis schon da / fertig / abholbereit", "sind unsere Pässe angekommen", "wie erfahr ich, ob mein Perso schon da ist" (blind set 191), "is mei express pass schon fertig?" (blind set 223), "is mei pass feddisch?" (blind set 233). */
const READY =
  /(?<!\p{L})(?:ist|is|sind|san)\s+(?:der\s+|die\s+)?(?:mein|mei|meine|unser|unsere|unsre)\s+(?:neue[rn]?\s+)?(?:express\s+|expresspass\s+)?(?:expresspass|perso|persos|personalausweis\p{L}*|ausweis\p{L}*|pass|pässe|paesse|reisepass\p{L}*|reisepäss\p{L}*|kinderreisepass\p{L}*)\s+(?:\p{L}+\s+){0,2}(?:da|do|fertig|fertisch|ferdisch|feddisch|fäddisch|abholbereit|angekommen|ankomme|gekommen|zum\s+abholen)(?!\p{L})|(?<!\p{L})ob\s+(?:der\s+|die\s+)?(?:mein|mei|meine|unser|unsere|unsre)\s+(?:neue[rn]?\s+)?(?:perso|persos|personalausweis\p{L}*|ausweis\p{L}*|pass|pässe|paesse|reisepass\p{L}*|reisepäss\p{L}*|kinderreisepass\p{L}*)\s+(?:\p{L}+\s+){0,2}(?:da|do|fertig|fertisch|ferdisch|feddisch|fäddisch|abholbereit|angekommen)\s+(?:ist|is|isch|sind)(?!\p{L})/iu;

/** "Status Ausweisantrag", "Stand meines Reisepasses", "perso status": where the application stands. */
const DOCUMENT = String.raw`(?:perso|personalausweis|ausweis|reisepass|pass|kinderreisepass)(?:antrag\p{L}*|es|s|e)?`;
const STATUS = new RegExp(
  String.raw`(?<!\p{L})(?:status|stand|bearbeitungsstand)\s+(?:\p{L}+\s+){0,2}${DOCUMENT}(?!\p{L})|(?<!\p{L})${DOCUMENT}\s+(?:status|stand)(?!\p{L})`,
  'iu',
);

/** "hab vor 3 woche neuen perso beantragt, is der schon do?", "… noch keine nachricht … kann ich einfach vorbei kommen und den holen": applied for, then whether "it" is there. */
// ("den Kinderausweis für sie beantragt": a child's, too.)
const APPLIED = /(?<!\p{L})(?:perso|persos|personalausweis\p{L}*|\p{L}*ausweis\p{L}*|pass|\p{L}*reisepass\p{L}*)\s+(?:\p{L}+\s+){0,3}?(?:beantragt|bestellt)(?!\p{L})/iu;
// ("müsst der net langsam do sei?": blind set 216.)
const IT_THERE =
  /(?<!\p{L})(?:(?:ist|is|isch)\s+(?:der|die|er|sie|es|des|das)\s+(?:\p{L}+\s+){0,2}?(?:da|do|fertig|fertisch|ferdisch|feddisch|fäddisch|abholbereit|angekommen)|(?:müsst|müsste|muesste|sollt|sollte)\s+(?:der|die|er|sie|es|des|das)\s+(?:net|nicht|ned|nit)\s+(?:\p{L}+\s+)?(?:da|do|fertig)|ob\s+(?:der|die|er|sie|es|des|das)\s+(?:\p{L}+\s+){0,2}?(?:da|fertig|abholbereit|angekommen)\s+ist|ob\s+(?:der|die|er|sie|es|des|das)\s+(?:\p{L}+\s+){0,3}?(?:liegt|vorliegt|eingetroffen\s+ist|angekommen\s+ist)|(?:noch\s+)?(?:keine|kein)\s+(?:nachricht|post|brief|benachrichtigung|bescheid)|(?:vorbei\s*kommen|vorbeikommen)\s+(?:und\s+)?(?:den|die|ihn|es)\s+(?:\p{L}+\s+)?(?:holen|abholen))(?!\p{L})/iu;

/** "Seit 3 Wochen warte ich auf meinen Ausweis": waiting for the document applied for. */
const WAITING_FOR = new RegExp(
  String.raw`(?<!\p{L})(?:warte\p{L}*|wart)\s+(?:\p{L}+\s+|\d+\s+){0,4}?auf\s+(?:meinen|meine|mein|den|die|unseren|unsere)\s+(?:neuen\s+|neue\s+)?${DOCUMENT}(?!\p{L})`,
  'iu',
);

/** "Wo bleibt mein Reisepass??", "wie lang dauert des noch mit meim neue ausweis" (blind set 190): the document applied for, not come yet. */
const WHERE_IS_IT = new RegExp(
  String.raw`(?<!\p{L})(?:wo\s+bleibt\s+(?:\p{L}+\s+){0,2}?${DOCUMENT}|wie\s+lang\p{L}*\s+dauert\s+(?:des|das|es)\s+noch\s+(?:mit\s+)?(?:meinem|meim|mei|meiner|unserem|unserm)\s+(?:neue[nmr]?\s+)?${DOCUMENT}|wenn\s+(?:der|die|mein|meine)\s+(?:neue[rn]?\s+)?${DOCUMENT}\s+(?:\p{L}+\s+)?(?:da|fertig)\s+ist)(?!\p{L})`,
  'iu',
);
/** "bekomme ich brief wenn fertig ist oder muss ich selbst anrufen" (blind set 220): told when it is ready, of one applied for. */
const TOLD_WHEN_READY =
  /(?<!\p{L})(?:brief|bescheid|benachrichtig\p{L}*|nachricht|sms|e-?mail|mail|informiert|info)(?!\p{L})[^.?!]{0,40}?(?<!\p{L})(?:wenn|sobald|wann)\s+(?:\p{L}+\s+){0,2}?(?:fertig|abholbereit|da)(?!\p{L})/iu;
/**
 * "hab son brief bekommen mit pin und puk, heißt das mein ausweis ist fertig und ich kann einfach vorbei kommen?" (blind set 247): the
 * PIN letter comes by post when the card is made, and whether the card can now be fetched is asked.
 */
/** The ID card's PIN letter, which says the card is on its way. */
const PIN_LETTER = /(?<!\p{L})(?:pin-?brief\p{L}*|brief\s+(?:mit\s+|\p{L}+\s+){0,2}?(?:der\s+|ner\s+|einer\s+)?(?:pin|geheimnummer|geheimzahl)|pin\s+und\s+puk)(?!\p{L})/iu;
const FETCHED_NOW = /(?<!\p{L})(?:fertig|fertisch|feddisch|abholbereit|abholen|abhole|holen|vorbei\s*kommen|vorbeikommen|vorbeikomme)(?!\p{L})/iu;
/** Whether a message asks if an identity document is ready to be picked up, where its application stands, or tells of waiting for it. */
export const asksIfDocumentReady = (text: string): boolean =>
  READY.test(text) ||
  STATUS.test(text) ||
  WAITING_FOR.test(text) ||
  WHERE_IS_IT.test(text) ||
  (APPLIED.test(text) && (IT_THERE.test(text) || TOLD_WHEN_READY.test(text))) ||
  (PIN_LETTER.test(text) && FETCHED_NOW.test(text));

/** "kann meine Frau meinen neuen Reisepass für mich abholen?": a document fetched by someone else (blind set 192: the days told around it led to the opening hours). */
const PROXY_PICK_UP =
  /(?<!\p{L})(?:(?:frau|fraa|mann|tochter|sohn|mutter|vater|jemand\p{L}*|nachbar\p{L}*|partner\p{L}*|freund\p{L}*|schwester|bruder|eltern)\s+(?:\p{L}+\s+){0,5}?(?:abhol\p{L}*|abhole)|(?:für|fuer)\s+(?:mich|ihn|sie|uns)\s+(?:\p{L}+\s+)?(?:abhol\p{L}*|abhole))(?!\p{L})/iu;
export const picksUpDocumentForAnother = (text: string): boolean => PROXY_PICK_UP.test(text) && AN_ID_DOCUMENT.test(text);
/** "Kann meine Tochter das für mich abholen?": the pick-up asked about (by whom, with what). */
export const asksAboutPickUp = (text: string): boolean => /(?<!\p{L})(?:abhol\p{L}*|abgeholt|abzuholen)(?!\p{L})/iu.test(text);

/** An identity document in any word of it ("Perso", "Reisepass", "Lichtbildausweis"). */
const AN_ID_DOCUMENT = /(?<!\p{L})(?:\p{L}*ausweis\p{L}*|\p{L}*pass|perso)(?!\p{L})/iu;

/** Picking up ("zum Holen", "fürs Abholen", "Abholung"), or the document said to be ready ("brief mit ner geheimzahl … liegt bei eich rum", blind set 216). */
const PICKING_UP = new RegExp(
  String.raw`(?<!\p{L})(?:abhol\p{L}*|abzuholen|abgeholt|(?:zum|fürs|fuers|für\s+das|fuer\s+das|für|fuer)\s+(?:ab)?holen|geheimzahl|liegt\s+(?:\p{L}+\s+){0,2}?(?:rum|bereit))(?!\p{L})|${PIN_LETTER.source}`,
  'iu',
);
/** An appointment or dropping in asked about. */
const APPOINTMENT_OR_DROP_IN = /(?<!\p{L})(?:\p{L}*termin\p{L}*|vorbei\p{L}*)(?!\p{L})/iu;
/**
 * "Post bekommen, dass mein Ausweis da ist. Muss ich zum Holen einen Termin machen oder einfach
 * vorbeikommen?": the pick-up's answer says how, not the booking's (which starts a request).
 */
// ("hab den brief mit der pin gekriegt, kann ich einfach vorbei komme und des ding holen": the card named by its PIN letter, blind set 226.)
export const asksAppointmentForPickUp = (text: string): boolean =>
  (AN_ID_DOCUMENT.test(text) || PIN_LETTER.test(text)) && PICKING_UP.test(text) && APPOINTMENT_OR_DROP_IN.test(text);
/** "Muss ich nochmal was bezahlen, wenn ich den neuen Perso im Rathaus hole?": a fee at the pick-up, not the application's fee. */
const PAID_AT_PICK_UP =
  /(?<!\p{L})(?:beim\s+abholen|bei\s+der\s+abholung|wenn\s+ich\s+(?:\p{L}+\s+){0,6}?(?:ab)?hole)(?!\p{L})/iu;
const PAYING = /(?<!\p{L})(?:\p{L}*zahl\p{L}*|kost\p{L}*|gebühr\p{L}*|gebuehr\p{L}*)(?!\p{L})/iu;
export const paysAtPickUp = (text: string): boolean => PAID_AT_PICK_UP.test(text) && PAYING.test(text) && AN_ID_DOCUMENT.test(text);

/**
 * "geboren 2019", "ist 2015 geboren", "born in 2010": a birth told by its year, as one long since
 * registered is (a newborn is told by its day: "kam am 3.12. zur Welt").
 */
const BORN_IN = /(?<!\p{L})(?:geboren|geb\.|born)\s+(?:\p{L}+\s+){0,2}?(?:19|20)\d\d(?!\d)|(?<!\d)(?:19|20)\d\d\s+(?:\p{L}+\s+){0,4}?(?:geboren|born)(?!\p{L})/iu;
export const bornInAYear = (text: string): boolean => BORN_IN.test(text);

/** "so ein dunkelrotes heftchen", "des rote büchle", "das Büchlein mit den Visaseiten", "kein Heftchen zum Reisen": the passport by its look. */
const PASSPORT_DESCRIBED =
  /(?<!\p{L})(?:(?:dunkel|weinrot|bordeaux)?rote[snm]?\s+(?:heft|büchlein|buechlein|büchle|buechle|büchel|pass)\p{L}*|(?:heft|büchlein|buechlein|büchle)\p{L}*\s+mit\s+(?:den\s+)?(?:visa|visum)\p{L}*|(?:heft|büchlein|buechlein|büchle)\p{L}*\s+zum\s+reisen|so\s+(?:e|en|ein|a)\s+(?:büchlein|buechlein|büchle|buechle|bichle))(?!\p{L})/iu;
// (Children's documents named with it are the children's: "die 11- bis 13-Jährigen haben noch kein Heftchen zum Reisen".)
export const describesThePassport = (text: string): boolean => PASSPORT_DESCRIBED.test(text) && !CHILDREN.test(text);

/** "Ein paar von den 11- bis 13-Jährigen haben noch gar kein eigenes Dokument zum Reisen": children's travel documents. */
const TRAVEL_DOCUMENT = /(?<!\p{L})(?:(?:dokument|papier|ausweis)\p{L}*\s+zum\s+reisen|reisedokument\p{L}*|reisepapier\p{L}*)(?!\p{L})/iu;
const CHILDREN = /(?<!\p{L})(?:\d{1,2}-?\s*jährig\p{L}*|\d{1,2}-?\s*jaehrig\p{L}*|kinder\p{L}*|jugendliche\p{L}*|schüler\p{L}*|schueler\p{L}*)(?!\p{L})/iu;
export const childrensTravelDocument = (text: string): boolean => TRAVEL_DOCUMENT.test(text) && CHILDREN.test(text);

/**
 * "Unser Kind kommt voraussichtlich im März", "Meine Frau ist schwanger", "wir erwarten Nachwuchs":
 * a birth to come. Asked what to do then, the birth's registration is the town's part (PStG § 18:
 * within a week, usually the hospital's notice); the model finds children's documents or online services.
 */
const BABY_COMING =
  /(?<!\p{L})(?:schwanger\p{L}*|entbind\p{L}*|geburtstermin\p{L}*|nachwuchs|(?:baby|kind|kleine[rs]?)\s+(?:\p{L}+\s+){0,2}?(?:kommt|kommen|erwartet|unterwegs)|(?:bekommen|kriegen|erwarten)\s+(?:\p{L}+\s+){0,3}?(?:ein|en|unser\p{L}*|das)\s+(?:\p{L}+\s+)?(?:baby|kind)|(?:werden|werd)\s+(?:bald\s+)?(?:eltern|mama|papa|vater|mutter))(?!\p{L})/iu;
/** Matters of a birth with topics of their own (the allowance, a place in a nursery, the child's passport). */
const BIRTH_MATTER = /(?<!\p{L})(?:elterngeld\p{L}*|kindergeld\p{L}*|kita\p{L}*|krippe\p{L}*|kindergarten\p{L}*|ausweis\p{L}*|pass|reisepass\p{L}*|mutterschutz\p{L}*)(?!\p{L})/iu;

/** "… in eine größere Wohnung umgezogen, weil das zweite Kind unterwegs ist" (also without the comma, blind set 207): the baby as the reason of what the sentence tells (the move). */
const GIVEN_AS_REASON = /,\s*(?:weil|denn)\s[^.!?,;]*|\s+weil\s[^.!?,;]*/giu;

/**
 * "baby is da!! geboren daheim … wer stellt jetzt die geburtsurkunde aus": a child just born, its
 * birth certificate asked, which the birth's registration gives (not a copy from the register).
 */
const JUST_BORN =
  /(?<!\p{L})(?:baby\s+(?:is|ist)\s+da|(?:unser|unsr|mein)e?[rs]?\s+(?:baby|kleine[rns]?|tochter|sohn|mädle|maedle|mädsche|maedsche|bub|buu)\s+(?:ist|is)\s+(?:\p{L}+\s+){0,3}?(?:da|geboren|(?:auf|uff)\s+(?:der|die)\s+welt)|(?:en|e|einen|ein|nen)\s+(?:bub|buu|bu|bube|jung|junge|mädle|maedle|mädsche|maedsche|mädchen|maedchen|baby)\s+(?:\p{L}+\s+)?(?:kriecht|kriegt|gekriegt|griecht)|hausgeburt\p{L}*|(?:gestern|heute|heut|vorgestern|letzte\s+woche)\s+(?:\p{L}+\s+){0,3}?(?:geboren|entbunden|zur\s+welt\s+gekommen)|(?:geboren|entbunden)\s+(?:\p{L}+\s+){0,2}?(?:daheim|zu\s*hause|zuhause))(?!\p{L})/iu;
const BIRTH_CERTIFICATE = /(?<!\p{L})geburtsurkunde\p{L}*/iu;
/** ("Hausgeburt 1961", "die Geburtsurkunde haben wir schon": a birth long ago, or a certificate told had.) */
const LONG_AGO_OR_HAD = /(?<!\d)(?:19|20)\d\d(?!\d)|(?<!\p{L})geburtsurkunde\p{L}*\s+(?:\p{L}+\s+)?(?:haben|hab|hätten|liegt)|(?:haben|hab)\s+(?:wir|ich)\s+(?:\p{L}+\s+){0,2}?geburtsurkunde/iu;
export const newbornsCertificate = (text: string): boolean => JUST_BORN.test(text) && BIRTH_CERTIFICATE.test(text) && !LONG_AGO_OR_HAD.test(text);
/** "unsre tochter is letzte woch auf die welt komme … wo müsse mer die anmelde?": a child just born, to be registered (blind set 183: it had been one's own registration). */
const REGISTERED_ASKED = /(?<!\p{L})(?:anmelde\p{L}*|anmeld\p{L}*|melde[nt]?|beurkund\p{L}*|eintragen)(?!\p{L})/iu;
// ("Mir hen en Bub kriecht, wo muss ich des melde?", "Unser Mädle is letzte Woch uff die Welt komme, was muss ich mache?": trial 61.)
export const registersNewborn = (text: string): boolean =>
  JUST_BORN.test(text) && (REGISTERED_ASKED.test(text) || asksWhatToDo(text)) && !LONG_AGO_OR_HAD.test(text);

/** Whether a message tells of a birth to come and asks what to do at the town hall, no other matter of it named. */
export const expectsABaby = (text: string): boolean => BABY_COMING.test(text.replace(GIVEN_AS_REASON, ' ')) && asksWhatToDo(text) && !BIRTH_MATTER.test(text);

/** A civil-status certificate by name ("Sterbeurkunde", "Todesurkunde", "Geburtsurkunden"). */
// "Totenschein" is the doctor's paper, but citizens say it for the death certificate ("drei Exemplare vom Totenschein meiner Mutter").
// "Sterbe Urkunde": split as dictated or typed.
const CERTIFICATE = String.raw`(?:(?:sterbe|todes|geburts|heirats|ehe)\s?-?\s?urkunde?|totenschein|geburtsschein)\p{L}*`;
const CERTIFICATE_NAMED = new RegExp(String.raw`(?<!\p{L})${CERTIFICATE}(?!\p{L})`, 'iu');
/** More copies of it ("3", not a date's "1.12.2026"), or for whom it is wanted (a bank, an insurer, the probate court; a notary, not the "Notarzt" who wrote the death notice). */
const COPIES_OR_FOR = String.raw`(?:exemplar\p{L}*|weitere|mehrere|zusätzlich\p{L}*|zusaetzlich\p{L}*|kopie\p{L}*|ausfertigung\p{L}*|bank|versicherung\p{L}*|krankenkasse|erbschein\p{L}*|nachlass\p{L}*|erbe|erbsache|erbschaft\p{L}*|notar(?!zt|ärzt|aerzt)\p{L}*|rentenversicherung|witwenrente|rente|(?<![\d.])\d{1,2}(?![\d.])|zwei|drei|vier|fünf|fuenf)`;
const CERTIFICATE_COPIES = new RegExp(
  String.raw`(?<!\p{L})${CERTIFICATE}(?!\p{L})[^.!?]{0,80}?(?<![\p{L}\d])${COPIES_OR_FOR}(?![\p{L}\d])|(?<![\p{L}\d])${COPIES_OR_FOR}(?![\p{L}\d])[^.!?]{0,80}?(?<!\p{L})${CERTIFICATE}(?!\p{L})`,
  'iu',
);

/** A death or birth of the last days ("ist gestern im Pflegeheim verstorben"): still to be registered, the certificates with it. */
const JUST_HAPPENED =
  /(?<!\p{L})(?:gestern|heute|vorgestern|heut|gerade|eben|soeben|letzte\s+nacht)\s+(?:\p{L}+\s+){0,6}?(?:verstorben|gestorben|geboren|zur\s+welt)(?!\p{L})/iu;

/** A birth, death or wedding told by its year ("ist 2019 in Mömbris gestorben", "geboren 1985", "gehairat hab ich 1978"). */
const HAPPENED_IN =
  /(?<!\p{L})(?:geboren|geb\.|gestorben|verstorben|geheiratet|gehairat|getraut|born|died|married)\s+(?:\p{L}+\s+){0,2}?(?:19|20)\d\d(?!\d)|(?<!\d)(?:19|20)\d\d\s+(?:\p{L}+\s+){0,4}?(?:geboren|gestorben|verstorben|geheiratet|gehairat|getraut|born|died|married)(?!\p{L})/iu;

/**
 * "Mein Sohn ist 2019 im Klinikum Aschaffenburg geboren. Ich brauche eine neue Geburtsurkunde", "eine
 * Sterbeurkunde von meiner Mutter, sie ist 2019 gestorben": a certificate of a birth or death
 * registered long ago (told by its year), not the registering of a newborn or of a death.
 */
export function asksCertificateOfPastEvent(text: string, now = new Date()): boolean {
  // ("einen Nachweis über den Tod meines Onkels, der ist 2019 … verstorben": described, not named; blind set 216.)
  if (!(CERTIFICATE_NAMED.test(text) || describesCivilStatusCertificate(text)) || JUST_HAPPENED.test(text)) return false;
  // An event of this year may still be to register (the hospital's or undertaker's notice, then the certificates with it).
  const year = /(?:19|20)\d\d/.exec(HAPPENED_IN.exec(text)?.[0] ?? '')?.[0];
  return year !== undefined && Number(year) < now.getFullYear();
}

/** "mein Perser läuft nächsten Monat ab": the ID card's short name as speech recognition writes it, with what ends or is renewed. */
const DICTATED_ID_CARD =
  /(?<!\p{L})(?:mein|meinen|meim|der|den|unser)\s+(?:perser|perso\s+so)\s+(?:\p{L}+\s+){0,3}?(?:läuft|laeuft|lauft|abgelaufen|ungültig|ungueltig|verlänger\p{L}*|verlaenger\p{L}*|erneuer\p{L}*|neu\s+machen)(?!\p{L})/iu;
export const dictatedIdCard = (text: string): boolean => DICTATED_ID_CARD.test(text);

/**
 * "… der Ausweis ist ab sofort ungültig. Jetzt hab ich ihn wiedergefunden", "… bei Ihnen als verloren gemeldet … Jetzt hab
 * ich ihn heute … gefunden": a document reported lost found again.
 */
const FOUND_AGAIN =
  /(?<!\p{L})(?:wiedergefunden|wieder\s+gefunden|wieder\s+aufgetaucht|doch\s+(?:noch\s+)?gefunden)(?!\p{L})|(?<!\p{L})(?:als\s+verloren\s+gemeldet|verlust\s+gemeldet|verlustanzeige)(?!\p{L})[^]*?(?<!\p{L})gefunden(?!\p{L})/iu;
export const lostDocumentFoundAgain = (text: string): boolean => FOUND_AGAIN.test(text) && AN_ID_DOCUMENT.test(text);

/** "einen vorläufigen Reisepass", "Notpass": the provisional document named, whatever else is asked beside it (the express passport). */
const PROVISIONAL_ASKED = /(?<!\p{L})(?:vorläufig\p{L}*|vorlaeufig\p{L}*|vorlaafig\p{L}*|notpass\p{L}*|provisorisch\p{L}*|ersatzausweis\p{L}*)(?!\p{L})/iu;
export const namesProvisional = (text: string): boolean => PROVISIONAL_ASKED.test(text);

/** "Ich find die Heiratsurkunde nirgends … wie krieg ich e neue?": a certificate wanted anew, whatever it is for (a widow's pension). */
const WANTED_ANEW =
  /(?<!\p{L})(?:neue[nrs]?|nirgends|verloren|verlegt|ersatz\p{L}*|(?:wie|wo)\s+(?:\p{L}+\s+){0,1}?(?:krieg|kriege|krieh|bekomm\p{L}*|beantrag\p{L}*))(?!\p{L})/iu;
export const wantsCertificateAnew = (text: string): boolean => CERTIFICATE_NAMED.test(text) && WANTED_ANEW.test(text) && !JUST_HAPPENED.test(text) && !HAS_IT_ALREADY.test(text);

/**
 * "Für die Bank brauche ich drei Sterbeurkunden", "die Todesurkunde für den Erbschein": copies of a
 * certificate of a death or birth registered before, which the certificates' topic gives; the
 * registering itself (usually done by the undertaker or the hospital) is the other topic.
 */
/** "sterbeurkunde oma": the certificate and whose it is, typed as a search (no death told). */
const CERTIFICATE_OF_RELATIVE = new RegExp(
  String.raw`^\s*(?:${CERTIFICATE}\s+(?:von\s+|vom\s+|der\s+|meine[rs]?\s+)?(?:oma|opa|mutter|vater|mama|papa|eltern|onkel|tante|mann|frau|sohn|tochter|bruder|schwester|großmutter|großvater)|(?:oma|opa|mutter|vater|mama|papa|onkel|tante)\s+${CERTIFICATE})\s*[?!.]*\s*$`,
  'iu',
);
/** "die Sterbeurkunde hab ich schon": the certificate in hand, the next step asked. */
const HAS_IT_ALREADY = /(?<!\p{L})(?:(?:hab|habe|haben)\s+(?:ich|wir)\s+(?:schon|bereits|längst|laengst)|liegt\s+(?:mir\s+|uns\s+)?(?:schon\s+|bereits\s+)?vor)(?!\p{L})/iu;
/** "Die Sterbeurkunden … sind noch nicht da, der Bestatter hat alles abgegeben": the death's registration under way, not copies of a registered one. */
const REGISTRATION_UNDER_WAY = /(?<!\p{L})tod\s+(?:\p{L}+\s+){0,3}?(?:angezeigt|anzeigen|melden|gemeldet|beurkunden)(?!\p{L})|(?<!\p{L})(?:bestatter\p{L}*|bestattungsinstitut\p{L}*)(?!\p{L})[^]*?(?<!\p{L})noch\s+nicht\s+(?:da|gekommen|fertig)|(?<!\p{L})noch\s+nicht\s+(?:da|gekommen|fertig)(?!\p{L})[^]*?(?<!\p{L})(?:bestatter\p{L}*|bestattungsinstitut\p{L}*)/iu;
/** "noch zwei weitere Exemplare der Urkunde … nachbestellen": more copies of "the certificate", named only so after a death or birth told. */
const MORE_OF_THE_CERTIFICATE =
  /(?<!\p{L})(?:(?:weitere|zusätzliche|zusaetzliche|mehr)\s+(?:\p{L}+\s+){0,2}?(?:exemplar\p{L}*|ausfertigung\p{L}*)\s+(?:\p{L}+\s+){0,2}?urkunde\p{L}*|urkunde\p{L}*\s+(?:\p{L}+\s+){0,4}?nachbestell\p{L}*|nachbestell\p{L}*\s+(?:\p{L}+\s+){0,4}?urkunde\p{L}*)(?!\p{L})/iu;
export const asksCertificateCopies = (text: string): boolean =>
  (CERTIFICATE_COPIES.test(text) || CERTIFICATE_OF_RELATIVE.test(text) || MORE_OF_THE_CERTIFICATE.test(text)) && !JUST_HAPPENED.test(text) && !HAS_IT_ALREADY.test(text) && !REGISTRATION_UNDER_WAY.test(text);

/** "zwei beglaubigte Ausfertigungen über den Tod meiner Mutter": a civil-status certificate described, which "beglaubigt" led to the certification of copies. */
const CERTIFICATE_DESCRIBED =
  /(?<!\p{L})(?:ausfertigung\p{L}*|abschrift\p{L}*|urkunde\p{L}*|nachweis\p{L}*)\s+(?:\p{L}+\s+){0,1}?(?:über|ueber|vom|von|vo|zum|zur)\s+(?:\p{L}+\s+){0,1}?(?:tod|ableben|sterbefall|geburt|heirat|hochzeit|eheschließung|eheschliessung|trauung)(?!\p{L})/iu;
/** "ein aktuelles Papier über meine Geburt", "das Papier von unserer Hochzeit", "ein Dokument über den Tod von meinem Opa" (blind set 226), "des papier vom tod von meim vater" (blind set 232): the same in everyday words (not "Papiere zur Geburt", what a birth needs). */
const PAPER_DESCRIBED =
  /(?<!\p{L})(?:papier|dokument)\s+vom\s+standesamt\s+(?:über|ueber|zum|zur)\s+(?:den\s+|die\s+|das\s+)?(?:tod|geburt|heirat|hochzeit)(?!\p{L})|(?<!\p{L})(?:papier|dokument)\s+(?:über|ueber|von|vom)\s+(?:(?:meine[rm]?|unsere[rm]?|seine[rm]?|ihre[rm]?|der|dem|den|die)\s+)?(?:tod|geburt|heirat|hochzeit|eheschließung|eheschliessung|trauung)(?!\p{L})/iu;
/** "einen aktuellen Nachweis ihrer Geburt": the same with a possessive. */
const PROOF_OF_ONES_BIRTH =
  /(?<!\p{L})(?:nachweis|bescheinigung|beleg)\s+(?:meiner|seiner|ihrer|unserer|der)\s+(?:geburt|heirat|eheschließung|eheschliessung)(?!\p{L})/iu;
/** "3 nachweise dass mein vadder verstorben is": proofs of a death (its certificate), said as a clause. */
const PROOF_THAT_DIED =
  /(?<!\p{L})(?:nachweis|bescheinigung|beleg|bestätigung|bestaetigung|papier)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:dass|das)\s+(?:\p{L}+\s+){0,3}?(?:verstorben|gestorben|tot)(?!\p{L})/iu;
export const describesCivilStatusCertificate = (text: string): boolean =>
  (CERTIFICATE_DESCRIBED.test(text) || PAPER_DESCRIBED.test(text) || PROOF_OF_ONES_BIRTH.test(text) || PROOF_THAT_DIED.test(text)) && !JUST_HAPPENED.test(text);

/** One's own ID card ("mein Perso läuft ab", "meinen Personalausweis"). */
const OWN_ID = /(?<!\p{L})(?:mein|meine|meinen|mei)\s+(?:\p{L}+\s+)?(?:perso|personalausweis|ausweis)(?!\p{L})/iu;
/** A child's document asked for ("Kinderreisepass", "einen Ausweis für unseren Sohn", "die Kleine braucht einen Pass"). */
const CHILD_DOCUMENT =
  /(?<!\p{L})(?:kinderreisepass\p{L}*|kinderpass\p{L}*|kinderausweis\p{L}*|(?:für|fuer|fürs|fuers)\s+(?:\p{L}+\s+){0,2}?(?:kind\p{L}*|sohn|tochter|baby|kleine\p{L}*|enkel\p{L}*|jungen|mädchen|maedchen)|(?:kind\p{L}*|sohn|tochter|baby|kleine\p{L}*|enkel\p{L}*)\s+(?:[\p{L}\d]+\s+){0,3}?(?:braucht|brauch|bräucht|benötigt|benoetigt))(?!\p{L})/iu;

/** Whether a message is about the writer's own ID card, the children only named beside it ("mein Perso läuft ab … mit den Kindern nach Mallorca"). */
export const aboutOwnIdCard = (text: string): boolean => OWN_ID.test(text) && !CHILD_DOCUMENT.test(text);

/**
 * "Ich will einen Ausweis.", "Ich brauche einen neuen Perso." (Leichte Sprache, trial 55), also with "Was muss ich tun?" after it, and
 * "Wie bekomme ich einen Ausweis?" (trial 59: asked back without the card among the topics): an ID card wished for in one short
 * sentence, nothing lost or waited for.
 */
const WANTS_AN_ID_CARD =
  /^\W*(?:(?:ich|wir)\s+(?:will|wollen|möchte|moechte|möchten|moechten|brauche|brauch|brauchen)\s+(?:bitte\s+)?(?:einen|ein|nen|en|e)\s+(?:neuen\s+|neue\s+)?(?:ausweis|personalausweis|perso)(?:\s+(?:beantragen|machen|haben|bitte))?(?:\s*[.!?]\s*(?:was\s+muss\s+(?:ich|man|wir)\s+(?:da\s+|dafür\s+|dafuer\s+)?(?:tun|machen)|wie\s+geht\s+(?:das|des)))?|wie\s+(?:bekomme|bekomm|krieg|kriege|komme)\s+ich\s+(?:an\s+)?(?:einen|ein|nen|en)\s+(?:neuen\s+)?(?:ausweis|personalausweis|perso))\W*$/iu;
export const wantsAnIdCard = (text: string): boolean => WANTS_AN_ID_CARD.test(text);

/** A document for a child, or a child that needs one ("Ausweis für unseren Sohn", "Tochter ist 3 und braucht einen Reisepass"). */
const CHILDS_DOCUMENT =
  /(?<!\p{L})(?:(?:reise)?pass|pässe|paesse|ausweis|personalausweis|perso(?!nal(?!ausweis)))\p{L}*\s+(?:für|fuer|fürs|fuers)\s+(?:\p{L}+\s+){0,2}?(?:kind|sohn|tochter|baby|kleine|enkel)\p{L}*|(?<!\p{L})(?:kind|sohn|tochter|baby|kleine|enkel)\p{L}*\s+(?:[\p{L}\d]+\s+){0,3}?(?:braucht|brauch|bräucht|benötigt|benoetigt)\s+(?:\p{L}+\s+){0,3}?(?:(?:reise)?pass|ausweis|personalausweis|perso(?!nal(?!ausweis)))\p{L}*/iu;
/** An age of 18 or more, or words of being grown up ("Mein Sohn (25)", "Er ist 19", "volljährig"). */
const ADULT = /(?<!\d)(?:1[89]|[2-9]\d)\s*(?:jahre?|j\.|jährig\p{L}*|jaehrig\p{L}*|\))|(?<!\p{L})(?:ist|is|wird)\s+(?:1[89]|[2-9]\d)(?!\d)|(?<!\p{L})(?:volljährig\p{L}*|volljaehrig\p{L}*|erwachsen\p{L}*)(?!\p{L})/iu;

/** A child told by its age ("Braucht mein 3 jähriger einen eigenen Pass?", "unsere Zweijährige"): under 16, no other word of a child. */
const CHILD_BY_AGE =
  /(?<!\p{L})(?:mei|mein|unser)\s+(?:bu|bub|bube|bou|mädsche|maedsche|mädle|maedle)\s+(?:is|ist|isch)\s+(?:[1-9]|1[0-5]|ein|zwei|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwoelf)(?![\p{L}\d])|(?<!\p{L})(?:mein|meine|unser|unsere|der|die|unsern|mei)\s+(?:(?:[1-9]|1[0-5])\s*-?\s*(?:jährig|jaehrig|jähr|jaehr)\p{L}*|(?:ein|zwei|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwoelf)jährig\p{L}*)(?!\p{L})/iu;
const A_DOCUMENT = /(?<!\p{L})(?:(?:reise|kinderreise)?pass|ausweis|personalausweis|perso(?!nal(?!ausweis))|papiere)\p{L}*(?!\p{L})/iu;

/** "einen beglaubigten Registerausdruck aus Ihrem Geburtenregister": a register's printout, the certificates' topic. */
const REGISTER_PRINTOUT = /(?<!\p{L})(?:registerausdruck\p{L}*|(?:geburten|ehe|sterbe|lebenspartnerschafts)registerauszug\p{L}*|(?:auszug|abschrift)\s+aus\s+dem\s+(?:geburten|ehe|sterbe)register)(?!\p{L})/iu;
export const asksRegisterPrintout = (text: string): boolean => REGISTER_PRINTOUT.test(text);

/**
 * "mein kinderreisepass ist abgelaufen und ich bin jetzt 16 … nen richtigen ausweis", "mein sohn wird 16 und braucht seinen ersten eigenen perso",
 * "wird im Februar 16. Braucht er … einen richtigen Personalausweis", "Mei Sohn is 16 und braucht en Perso" (trial 65: the children's documents):
 * from 16 one's own ID card. Turning 16 with "nen perso" alone stays the children's documents, which say what changes at 16.
 */
const OWN_AGE_SIXTEEN_ON =
  /(?<!\p{L})(?:ich\s+bin|bin)\s+(?:jetzt\s+|bald\s+|gerade\s+|schon\s+)?(?:1[6-9]|2\d)(?!\d)|(?<!\p{L})(?:wird|ist|is)\s+(?:jetzt\s+|bald\s+|gerade\s+|im\s+\p{L}+\s+|in\s+\p{L}+\s+\p{L}+\s+)?(?:16|17)(?!\d)(?=[^]{0,120}?(?<!\p{L})(?:ersten|erste[rn]?|eigene[nr]?|richtige[nr]?)\s+(?:\p{L}+\s+)?(?:ausweis|perso|personalausweis))|(?<!\p{L})(?:ist|is)\s+(?:jetzt\s+|schon\s+)?(?:16|17)(?!\d)(?=[^]{0,60}?(?<!\p{L})(?:einen|en|nen|ein|seinen|sein)\s+(?:\p{L}+\s+)?(?:ausweis|perso|personalausweis)(?!\p{L}))/iu;
/** ("kann ich das für sie machen": the parents applying for their child, the children's documents.) */
const FOR_THE_CHILD = /(?<!\p{L})für\s+(?:sie|ihn)\s+(?:machen|beantragen|erledigen)(?!\p{L})/iu;
const OWN_ID_CARD_WANTED = /(?<!\p{L})(?:richtige[nr]?\s+ausweis|personalausweis\p{L}*|perso|eigene[nr]?\s+ausweis)(?!\p{L})/iu;
export const ownIdCardFromSixteen = (text: string): boolean => OWN_AGE_SIXTEEN_ON.test(text) && OWN_ID_CARD_WANTED.test(text) && !FOR_THE_CHILD.test(text);

/** "Kinderausweis", "den Ausweis für das Kind": a child's document by its name (not the one had before turning 18: "bin … 18 geworde … en richtige ausweis für erwachsene", blind set 207). */
const CHILDS_DOCUMENT_NAMED =
  /(?<!\p{L})(?:kin(?:d|n)erausweis\p{L}*|kin(?:d|n)erreisepass\p{L}*|kin(?:d|n)erp(?:a|ä|ae)ss\p{L}*|ausweis\s+für\s+(?:das|unser|mein|meine|ihr)\s+(?:kind|tochter|sohn|baby))(?!\p{L})/iu;
const TURNED_EIGHTEEN =
  /(?<!\p{L})(?:18|achtzehn)\s+(?:geworden|geworde|worden)|volljährig\p{L}*|volljaehrig\p{L}*|(?:ausweis|perso)\s+für\s+erwachsene(?!\p{L})/iu;
export const namesChildsDocument = (text: string): boolean => CHILDS_DOCUMENT_NAMED.test(text) && !TURNED_EIGHTEEN.test(text);

/** "Unsere Kleine ist 8 Monate alt und wir fahren … nach Kroatien. Braucht die schon was eigenes?": a baby's own travel document, said without its name. */
const A_BABY = /(?<!\p{L})(?:baby\p{L}*|säugling\p{L}*|saeugling\p{L}*|unsere?\s+kleine[n]?|\d{1,2}\s+monate?\s+alt)(?!\p{L})/iu;
const SOMETHING_OF_ITS_OWN = /(?<!\p{L})(?:braucht|brauchen|benötigt|benoetigt)\s+(?:\p{L}+\s+){0,3}?(?:was|etwas|papiere?|dokument\p{L}*|ausweis\p{L}*)\s+eigene[sn]?(?!\p{L})/iu;
const GOES_ABROAD = /(?<!\p{L})(?:urlaub\p{L}*|ausland|reise\p{L}*|fahren|fliegen|flug)(?!\p{L})/iu;
export const babyNeedsOwnDocument = (text: string): boolean => A_BABY.test(text) && SOMETHING_OF_ITS_OWN.test(text) && GOES_ABROAD.test(text);

/** Whether a message asks for a child's document ("Meine Tochter ist 3 und braucht einen Reisepass"), not an adult son's or daughter's. */
export const asksChildsDocument = (text: string): boolean =>
  (CHILDS_DOCUMENT.test(text) || (CHILD_BY_AGE.test(text) && A_DOCUMENT.test(text))) && !ADULT.test(text);

/** The passport named ("für den Reisepass", "einen neuen Pass"; in little German "brauche Pass für Reise", blind set 252). */
const PASSPORT =
  /(?<!\p{L})(?:reise\s?pass\p{L}*|reisepäss\p{L}*|reisepaess\p{L}*|expresspass\p{L}*|(?:den|der|dem|des|einen|ein|mein|meinen|meinem|neuen|neuer)\s+pass|(?:richtig|richtisch|echt)\p{L}*\s+pass|(?:brauche|brauch|brauchen|braucht|bräuchte|braeuchte)\s+pass\s+(?:für|fuer)\s+(?:die\s+|eine\s+)?reise)(?!\p{L})/iu;
/** The passport in any word of it ("Pass", "Reisepass", "Pässe"), articles or none. */
const PASSPORT_WORD = /(?<!\p{L})(?:\p{L}*pass|\p{L}*päss\p{L}*|\p{L}*paess\p{L}*)(?!\p{L})/iu;
/** The ID card named, or a child's document. */
const ID_CARD_OR_CHILD = /(?<!\p{L})(?:personalausweis\p{L}*|perso|persos|ausweis\p{L}*|kin(?:d|n)erpass\p{L}*|kin(?:d|n)erreisepass\p{L}*)(?!\p{L})/iu;

/** Paying more for it to be quicker ("Geht das schnell, auch wenn es mehr kostet?", "gegen Aufpreis", "per Express"). */
const FASTER_FOR_MORE = /(?<!\p{L})(?:schnell(?:e|en|er|es)?\s+pass\p{L}*|eilpass\p{L}*|(?:in|nach)\s+(?:ein\s+paar|wenigen|zwei|drei|2|3)\s+tagen\s+(?:\p{L}+\s+)?(?:da|fertig)|(?:auch\s+)?wenn\s+(?:es|das|des)\s+(?:\p{L}+\s+)?(?:mehr|extra|teurer)\s*(?:kostet|koscht)|aufpreis\p{L}*|express\p{L}*|eilzuschlag\p{L}*|eilverfahren\p{L}*|per\s+kurier|schneller\s+(?:\p{L}+\s+){0,3}?wenn\s+(?:man|ich|wir)\s+(?:\p{L}+\s+){0,2}?(?:mehr|extra)\s+(?:bezahl\p{L}*|zahl\p{L}*)|schneller\s+(?:\p{L}+\s+){0,2}?(?:gegen|für|fuer)\s+(?:geld|gebühr|gebuehr))(?!\p{L})/iu;

/** Whether a message wants the passport made faster for a higher fee, the express passport (the provisional one is for days, not weeks). */
/** "Kein Notpapier, ich will schon en richtigen Pass": a provisional document declined, not asked for. */
const NO_PROVISIONAL = /(?<!\p{L})(?:kein\p{L}*|nicht)\s+(?:\p{L}+\s+)?(?:not|notfall|behelfs|übergangs|uebergangs|ersatz|vorläufig|vorlaeufig)\p{L}*/giu;
/** "wir fliegen in 3 wochen … geht das irgendwie schneller?": quicker for a trip weeks away, which the express passport makes in time (the provisional one is for days). */
/** "in 3 Wochen" (also "in 3 woche" as spoken), and "in 10 Tagen" (a week or more: time enough for the express passport). */
const TRIP_IN_WEEKS = /(?<!\p{L})(?:(?:\d|zwei|drei|vier|fünf|fuenf|sechs|paar)\s+woche[n]?|(?:1\d|[7-9]|sieben|acht|neun|zehn|elf|zwölf|zwoelf)\s+tagen?)(?!\p{L})/iu;
const FASTER = /(?<!\p{L})(?:schnell(?:e|en|er|es|ere|eren|erem|eres)?|fix|zügig|zuegig|beschleunig\p{L}*|eilig)(?!\p{L})/iu;
/** The passport wanted sooner, whatever else is named ("nur Ausweis … Gibt es schnelleren Pass?"). */
export const asksPassportSooner = (text: string): boolean => PASSPORT_WORD.test(text) && (FASTER_FOR_MORE.test(text) || FASTER.test(text));
export const wantsPassportFaster = (text: string): boolean =>
  PASSPORT_WORD.test(text) &&
  (FASTER_FOR_MORE.test(text) || (TRIP_IN_WEEKS.test(text) && FASTER.test(text))) &&
  !ID_CARD_OR_CHILD.test(text) &&
  !asksProvisionalDocument(text);

/** The ID card in the words citizens use for it. */
/** ("einmal pro Person" is no Perso.) */
const ID_CARD_WORD = String.raw`(?:perso(?!n(?:en)?(?!\p{L}))|personalausweis|ausweis)`;
/** "hab bis jetzt nur (einen) Perso", "nur den Personalausweis": the ID card one has, said beside the passport one needs. */
// ("mit dem Perso allaa geht des net, mer bräucht en richtische Pass", blind set 237.)
const ONLY_AN_ID_CARD = new RegExp(
  String.raw`(?<!\p{L})(?:(?:nur|bloß|bloss|blos)\s+(?:(?:n|en|nen|einen|den|meinen|mein)\s+)?(?:(?:normalen?|deutschen?|alten?|ganz\s+normalen?)\s+)?${ID_CARD_WORD}|mit\s+(?:dem|de|em|unserm|unserem|meinem|meim)\s+${ID_CARD_WORD}\s+(?:allein|allaa|alleen|alla|alleine))(?!\p{L})`,
  'iu',
);

/** Whether a message needs a passport and has only an ID card ("brauch fuer usa urlaub nen reise pass hab bis jetzt nur perso"). */
// Also without the passport's name: "ich hab aber nur meinen Ausweis. Geht das irgendwie schneller gegen Aufpreis?" (only the passport comes express).
export const needsPassportBesideIdCard = (text: string): boolean => (PASSPORT.test(text) || FASTER_FOR_MORE.test(text)) && ONLY_AN_ID_CARD.test(text);

/** Whether a message names the passport and no ID card ("brauche ich für den Reisepass biometrische Bilder oder macht ihr die Fotos?"). */
// A passport one has not ("Ich habe keinen Reisepass, nur diese Karte") names none.
const NO_PASSPORT = /(?<!\p{L})(?:kein\p{L}*|ohne)\s+(?:reise\s?)?pass\p{L}*/giu;
export const namesOnlyThePassport = (text: string): boolean => PASSPORT.test(text.replace(NO_PASSPORT, ' ')) && !ID_CARD_OR_CHILD.test(text);
/**
 * "Kann er hier bei euch einen Reisepass beantragen, er ist ja noch in Mömbris mit Hauptwohnsitz gemeldet?" (blind set 235): a passport
 * applied for here, the registration only why it may be.
 */
const PASSPORT_APPLIED_HERE =
  /(?<!\p{L})(?:kann|könnte|koennte|darf|muss)\s+(?:er|sie|ich|man|mer|wir)\s+(?:\p{L}+\s+){0,4}?(?:einen|den|nen|en|e)\s+(?:neuen\s+)?(?:reisepass|pass)\s+(?:\p{L}+\s+)?(?:beantragen|beantrage|machen\s+lassen|bekommen)(?!\p{L})/iu;
export const appliesForPassportHere = (text: string): boolean => PASSPORT_APPLIED_HERE.test(text);

/**
 * "so einen provisorischen Ausweis", "einen Behelfspass", "ein Übergangs-Papier", "übergangsweise was
 * zum Ausweisen", "einen vor leifigen Personalausweis" (dictated), "gibts da e zwischenlösung" (blind set 209), "krieg ich da solang so en provisorische oder …" (blind set 212), "könnt ihr mer da übergangsweise ebbes ausstelle" (blind set 213): a document for the
 * time until the new one is made.
 */
// ("Gibt es etwas provisorisch?" after a new ID card applied for, blind set 243.)
const PROVISIONAL_DOCUMENT =
  /(?<!\p{L})(?:etwas|was|irgendwas)\s+provisorisch\p{L}*(?!\p{L})|(?<!\p{L})(?:provisorisch\p{L}*|behelfsmäßig\p{L}*|behelfsmaessig\p{L}*|übergangs\p{L}*|uebergangs\p{L}*|vor\s*(?:läufig|laeufig|leufig|leifig|laufig|laafig)\p{L}*)\s+(?:\p{L}+\s+){0,3}?(?:ausweis|pass|perso|papier|dokument|ding|teil)\p{L}*|(?:papier|dokument|ausweis|pass|perso|irgendwas|etwas|was|ersatz)\s+(?:\p{L}+\s+){0,2}?(?:nur\s+)?für\s+(?:die\s+)?(?:zwische?n?zeit|übergangszeit|kurze\s+zeit|zeit\s+bis|zeit\s+dazwische?n?)|für\s+die\s+zwische?n?zeit\s+(?:\p{L}+\s+){0,3}?(?:bekomm\p{L}*|krieg\p{L}*|ausstell\p{L}*)|(?<!\p{L})(?:behelfs|übergangs|uebergangs|not|notfall|ersatz)-?(?:reise)?(?:ausweis|pass|perso|papier|dokument)\p{L}*|(?<!(?:meinen|meine|mein|seinen|seine|sein|ihren|ihre|ihr)\s+(?:dann\s+|auch\s+)?)(?:gleich|sofort|direkt|am\s+selben\s+tag)\s+(?:\p{L}+\s+)?mit(?:nehmen|zunehmen)|(?:papier|dokument|was|etwas)\s+zum\s+(?:überbrücke|ueberbruecke)n?|(?:übergangsweise|uebergangsweise|zwischenzeitlich)\s+(?:\p{L}+\s+){0,3}?(?:ausstell\p{L}*|geb\p{L}*|mach\p{L}*|bekomm\p{L}*|krieg\p{L}*)|papier-?ausweis\p{L}*|provisorische[nrs]?\s+(?:krieg\p{L}*|krieche\p{L}*|bekomm\p{L}*|ausstell\p{L}*)|(?:ausweis|pass|perso)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:der|die|das|den)\s+(?:gleich|sofort)\s+fertig|(?:irgendwas|etwas|was)\s+vorläufiges|(?:irgendwas|etwas|was)\s+vorlaeufiges|bis\s+(?:er|sie|der|die|das|es)\s+da\s+ist\s+(?:\p{L}+\s+){0,2}?(?:was|etwas)\s+zum\s+ausweisen|bis\s+dahin\s+(?:\p{L}+\s+){0,3}?(?:papier|paper|dokument|ersatz)|(?:sowas|so\s+was|was|etwas|irgendwas|ersatz)\s+(?:\p{L}+\s+){0,2}?(?:übergangsweis\p{L}*|uebergangsweis\p{L}*|vorübergehend|voruebergehend)(?!\p{L})|(?<!\p{L})(?:zwische?n|übergangs|uebergangs)(?:lösung|loesung)\p{L}*|(?<!\p{L})(?:en|einen|ne|nen)\s+provisorische[nrs]?(?=\s*(?:oder|[?.!,]|$))/iu;

/** "sein neuer Ausweis ist noch in Berlin in Druckerei", "ist beantragt": a new document on its way. */
// ("mein neuer perso dauert ja paar wochen": the weeks it takes, blind set 184.)
const ON_ITS_WAY = /(?<!\p{L})(?:\p{L}*druckerei|beantragt|in\s+produktion|noch\s+nicht\s+(?:da|fertig)|dauert\s+(?:\p{L}+\s+){0,3}?(?:wochen|woche|tage))(?!\p{L})/iu;
export const waitsForNewDocument = (text: string): boolean => ON_ITS_WAY.test(text);

/** "den brief mit der pin weggeschmissen … kann man die pin neu bekommen": the ID card's PIN anew (its reset letter), the card's service. */
const PIN_ANEW =
  /(?<!\p{L})(?:neue[n]?\s+pin(?:-?code)?|pin(?:-?code)?\s+(?:\p{L}+\s+){0,2}?neu\s+(?:\p{L}+\s+)?(?:bekomm\p{L}*|krieg\p{L}*|beantrag\p{L}*|setz\p{L}*|vergeb\p{L}*)|pin(?:-?code)?\s+(?:\p{L}+\s+)?(?:zurücksetz\p{L}*|zuruecksetz\p{L}*|entsperr\p{L}*)|pin-?rücksetz\p{L}*|pin-?ruecksetz\p{L}*)(?!\p{L})/iu;
const AN_ID = /(?<!\p{L})(?:ausweis\p{L}*|perso|personalausweis\p{L}*|pin-brief|pinbrief|brief\s+mit\s+der\s+pin)(?!\p{L})/iu;
export const wantsIdCardPinAnew = (text: string): boolean => PIN_ANEW.test(text) && AN_ID.test(text);

/** Whether a message asks for a provisional document ("Kann ich so einen provisorischen Ausweis bekommen?"). */
export const asksProvisionalDocument = (text: string): boolean => PROVISIONAL_DOCUMENT.test(text.replace(NO_PROVISIONAL, ' '));
/** "Gibt es ein Papier für die Zwischenzeit?": for the time between, which no other paper is asked for (not "gleich mitnehmen", also said of a proof of residence). */
const MEANTIME = /(?<!\p{L})(?:zwische?n?zeit|übergangszeit|uebergangszeit)(?!\p{L})/iu;
export const asksPaperForTheMeantime = (text: string): boolean => asksProvisionalDocument(text) && MEANTIME.test(text);

/** "Unsere Azubine … braucht einen gültigen Lichtbildausweis … übergangsweise ein Papier": a provisional document for an identity document, whoever asks. */
export const asksProvisionalIdDocument = (text: string): boolean => PROVISIONAL_DOCUMENT.test(text) && AN_ID_DOCUMENT.test(text);

/** A child below 18 told ("Tochter (8)", "ist 16", "Kinderreisepass", "Baby"): still a child's document, whatever else is counted in years. */
const MINOR =
  /(?<!\d)(?:[0-9]|1[0-7])\s*(?:jahre?|j\.|jährig\p{L}*|jaehrig\p{L}*|monat\p{L}*|\))|(?<!\p{L})(?:ist|is|wird)\s+(?:[0-9]|1[0-7])(?!\d)|(?<!\p{L})(?:ist|is|wird)\s+(?:eins|zwei|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwoelf|dreizehn|vierzehn|fünfzehn|fuenfzehn|sechzehn|siebzehn)(?!\p{L})|(?<!\p{L})(?:kinderreisepass\p{L}*|kinderpass\p{L}*|kinderausweis\p{L}*|baby\p{L}*|säugling\p{L}*|saeugling\p{L}*|minderjährig\p{L}*|minderjaehrig\p{L}*|schüler\p{L}*|schueler\p{L}*|klasse|kleine\p{L}*)(?!\p{L})/iu;

/** Whether a son or daughter who needs a document is grown up ("Mein Sohn ist 25 und braucht einen Reisepass"): the adults' document. */
export const grownChildsDocument = (text: string): boolean => ADULT.test(text) && !MINOR.test(text);

/** A document broken ("Mein Ausweis ist kaputt", "der Chip geht nicht mehr", "in der Wäsche mitgewaschen"): invalid, a new one is applied for. */
const DAMAGED_DOCUMENT =
  /(?<!\p{L})(?:personalausweis\p{L}*|perso|ausweis|reisepass\p{L}*|pass)(?!\p{L})[^.!?]{0,50}?(?<!\p{L})(?:kaputt\p{L}*|beschädigt\p{L}*|beschaedigt\p{L}*|gebrochen|zerbrochen|durchgebrochen|eingerissen|zerrissen|unleserlich|mitgewaschen|gewaschen|nass\s+geworden|verbogen|geknickt|chip\s+(?:\p{L}+\s+)?(?:geht|funktioniert|tut)\s+(?:\p{L}+\s+)?(?:nicht|net|ned|nimmer))(?!\p{L})/iu;

/** Whether a message tells of a broken document ("Mein Ausweis ist kaputt, der Chip geht nicht mehr"), not a lost one nor a damage in the street. */
export const documentDamaged = (text: string): boolean => DAMAGED_DOCUMENT.test(text);

/** A travel document wanted by that word ("ein richtiges Reisedokument"): the passport, where an adult needs it. */
const TRAVEL_DOCUMENT_WANTED = /(?<!\p{L})(?:richtige[sn]?\s+|eigene[sn]?\s+)?reisedokument\p{L}*(?!\p{L})/iu;

/** The adult's document a message names: the passport before the ID card ("braucht einen Reisepass"), or none. */
// ("… braucht sie ja so ein richtiges reisedokument, das hatte sie noch nie, nur den normalen ausweis": the passport, blind set 179.)
export function adultsDocumentNamed(text: string): 'reisepass' | 'personalausweis' | undefined {
  if (PASSPORT.test(text) || TRAVEL_DOCUMENT_WANTED.test(text)) return 'reisepass';
  return /(?<!\p{L})(?:personalausweis\p{L}*|perso|persos|ausweis)(?!\p{L})/iu.test(text) ? 'personalausweis' : undefined;
}

/** "Grad der Behinderung", "GdB 50", "will grad von 50 beantragen": the disability's degree, which the Schwerbehindertenausweis states. */
// "Nachteilsausgleich" and "Merkzeichen" are what the card grants and states.
// "Meine Mutter hat 50 Prozent … mehr Prozent oder das G im Ausweis", "50 prozent anerkannt bekommen": the degree by its percent and a mark by its letter
// ("mit 50 grad": its degree as said; blind set 213).
const DISABILITY_DEGREE =
  /(?<!\p{L})(?:nachteilsausgleich\p{L}*|merkzeichen|gdb|grad\s+(?:der\s+behinderung|von\s+\d{2})|schwerbehindert\p{L}*|schwerbeschädigt\p{L}*|behindertenausweis\p{L}*|(?:hat|habe|hab|hatte|mit|hot|hott|hät|haben|ham)\s+(?:jetzt\s+|nun\s+|schon\s+|jetz\s+)?(?:\d0|fünfzig|fuenfzig|siebzig|achtzig|hundert)\s*(?:prozent|%|grad)(?!\s*(?:rabatt|nachlass))|(?:mehr|höhere[nr]?|hoehere[nr]?)\s+prozent|(?:\d0|fünfzig|fuenfzig|sechzig|siebzig|achtzig|neunzig|hundert)\s*(?:prozent|%)\s+(?:\p{L}+\s+)?(?:anerkannt|zuerkannt|festgestellt|bewilligt)|(?:das|ein|einem|nem)\s+(?:g|ag|bl|gl|tbl|rf)\s+(?:im|in\s+den|in\s+dem|auf\s+dem|auf\s+den)\s+ausweis)(?!\p{L})/iu;
/** Whether a message is about the degree of a disability or its card. */
/**
 * "Mein Sohn hat Diabetes Typ 1 … eine Art Ausweis", "Mein grüner Ausweis mit den Prozent drauf": the card told by
 * the illness it is for or by its look, where no ID card or passport is named.
 */
const ILLNESS = /(?<!\p{L})(?:down-?syndrom|trisomie\p{L}*|querschnitt\p{L}*|sehbehindert\p{L}*|diabetes|diabetiker\p{L}*|zuckerkrank\p{L}*|epilepsie|epileptiker\p{L}*|chronisch\s+krank|behinderung|behindert\p{L}*|rollstuhl\p{L}*|autis\p{L}*|gehörlos\p{L}*|gehoerlos\p{L}*|multiple\s+sklerose|krebs\p{L}*)(?!\p{L})/iu;
const A_CARD = /(?<!\p{L})ausweis(?!\p{L})/iu;
// ("mein ausweis mit dem G": by a mark's letter; "mei ausweis mit 50 grad": by its degree, blind set 192.)
const CARD_BY_ITS_LOOK = /(?<!\p{L})(?:grüne[rn]?|gruene[rn]?|orange[rn]?)\s+ausweis|(?<!\p{L})ausweis\s+mit\s+(?:den\s+|der\s+|dem\s+)?(?:\d+\s*)?(?:prozent|%|grad)|(?<!\p{L})ausweis\s+mit\s+(?:dem\s+)?(?:g|ag|bl|gl|rf|tbl)(?!\p{L})/iu;
const OTHER_DOCUMENT = /(?<!\p{L})(?:personalausweis\p{L}*|perso|reisepass\p{L}*|pass|kinderreisepass\p{L}*|kinderausweis\p{L}*|parkausweis\p{L}*|führerschein\p{L}*|fuehrerschein\p{L}*|ausweis\s+für\s+(?:das|unser|mein|meine)\s+(?:kind|tochter|sohn|baby))(?!\p{L})/iu;
/** "Rente beantragen. Ich bin schwerbehindert.", "Führerschein beantragen mit Behinderung": another service asked, the disability its context. */
const OTHER_SERVICE_ASKED =
  /(?<!\p{L})(?:rente\s+beantrag\p{L}*|rentenantrag\p{L}*|in\s+rente|altersrente\p{L}*|führerschein\p{L}*|fuehrerschein\p{L}*|pauschbetrag\p{L}*|steuererklärung\p{L}*|steuererklaerung\p{L}*|kündig\p{L}*|kuendig\p{L}*|arbeitgeber\p{L}*|sperrmüll\p{L}*|sperrmuell\p{L}*)(?!\p{L})/iu;
export const aboutDisabilityCard = (text: string): boolean =>
  !OTHER_SERVICE_ASKED.test(text) &&
  DISABILITY_DEGREE.test(text) || ((CARD_BY_ITS_LOOK.test(text) || (ILLNESS.test(text) && A_CARD.test(text))) && !OTHER_DOCUMENT.test(text));

/** "50 prozent kriegt", "GdB 50", "Grad der Behinderung": a degree told, which only the disability card has (not a wheelchair told at an ID card's pick-up). */
const DEGREE_OF_DISABILITY = /(?<!\p{L})(?:\d{2,3}\s*(?:prozent|%)|gdb|grad\s+(?:der|von)\s+(?:\p{L}+\s+)?behinderung)(?!\p{L})/iu;
export const namesDegreeOfDisability = (text: string): boolean => DEGREE_OF_DISABILITY.test(text);
/** "mei ausweis mit de 80 prozent leeft … ab", "mein 50%-Ausweis" (blind set 236): the card called by its degree. */
const CARD_OF_A_DEGREE =
  /(?<!\p{L})(?:ausweis\s+(?:mit|vo[mn]|über|ueber)\s+(?:de[mnr]?\s+|meine[mn]?\s+|mei\s+|unser\p{L}*\s+)?\d{2,3}\s*(?:prozent|%)|\d{2,3}\s*(?:prozent|%)-?\s*ausweis)(?!\p{L})/iu;
export const namesCardByItsDegree = (text: string): boolean => CARD_OF_A_DEGREE.test(text);

/** Countries outside Europe, for which the ID card is no travel document. */
const FAR_COUNTRY =
  /(?<!\p{L})(?:kanada|canada|usa|amerika|vereinigte\s+staaten|mexiko|brasilien|argentinien|australien|neuseeland|thailand|vietnam|indonesien|bali|japan|china|indien|sri\s+lanka|dubai|emirate|katar|südafrika|suedafrika|kenia|namibia|marokko|tunesien|dominikanische\s+republik|kuba|karibik)(?!\p{L})/iu;
/** The ID card said to be enough, or asked if it is ("mit dem Perso alleins kumme mer …", "reicht der Ausweis"). */
const ID_CARD_ENOUGH = new RegExp(
  String.raw`(?<!\p{L})${ID_CARD_WORD}\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:reicht|langt|genügt|genuegt|alleins?|allein|kumme|kommen|rein)(?!\p{L})|(?:reicht|langt|genügt|genuegt)\s+(?:\p{L}+\s+){0,3}?${ID_CARD_WORD}(?!\p{L})`,
  'iu',
);
/** A child in any word: whose document it may be. */
// "meine Kleine", not "ne kleine Gaststätte".
const A_CHILD =
  /(?<!\p{L})(?:kind\p{L}*|kinder\p{L}*|sohn|söhne|tochter|töchter|baby|kleine\p{L}*(?!\s+(?:gaststätte|gaststaette|laden|firma|betrieb|geschäft|geschaeft|wohnung|werkstatt|kneipe|imbiss|pension|landwirtschaft|hof|bäckerei|baeckerei))|enkel\p{L}*|bub|buben|kleene|kinner\p{L}*|mädsche|maedsche)(?!\p{L})/iu;
/** Whether a message asks if the ID card will do instead of a passport ("Brauch ich für Mallorca nen Reisepass oder reicht der Perso?"), no child named: the passport's answer, which says where the ID card does. */
/** Fetching a finished document for someone ("kann ich den für ihn holen? … reicht sein alter ausweis"): the pick-up's question, not the passport's. */
const FETCHED_FOR_SOMEONE = /(?<!\p{L})(?:für|fuer)\s+(?:ihn|sie|meine[nm]?\s+\p{L}+)\s+(?:\p{L}+\s+)?(?:ab)?holen(?!\p{L})/iu;
export const asksIfIdCardWillDo = (text: string): boolean =>
  PASSPORT_WORD.test(text) && ID_CARD_ENOUGH.test(text) && !A_CHILD.test(text) && !FETCHED_FOR_SOMEONE.test(text);

/** The ID card said to have done so far, and something else needed now ("bisher immer nur den Personalausweis gebraucht … brauch ich was anderes"), or the only one had ("ich hab nur den Ausweis"). */
const ID_CARD_NOT_ENOUGH_NOW = new RegExp(
  String.raw`(?<!\p{L})${ID_CARD_WORD}\p{L}*(?!\p{L})[^]{0,80}?(?<!\p{L})(?:was|etwas|ein)\s+(?:anderes|andres)(?!\p{L})|(?<!\p{L})(?:hab|habe|besitze)\s+(?:ja\s+|aber\s+)?(?:nur|bloß|bloss)\s+(?:den|de|meinen|mein|en|einen)\s+${ID_CARD_WORD}\p{L}*(?!\p{L})`,
  'iu',
);
/** Whether a message asks if the ID card will do for a trip outside Europe (it will not: the passport's matter). */
/** "einen Personalausweis für die USA-Reise": the ID card asked for such a trip. */
const ID_CARD_FOR_FAR_TRIP = new RegExp(String.raw`(?<!\p{L})${ID_CARD_WORD}\p{L}*(?!\p{L})[^.!?]{0,30}?(?<!\p{L})(?:für|fuer)\s+(?:\p{L}+\s+){0,2}?${FAR_COUNTRY.source}`, 'iu');
export const idCardForFarTrip = (text: string): boolean =>
  FAR_COUNTRY.test(text) && (ID_CARD_ENOUGH.test(text) || ID_CARD_NOT_ENOUGH_NOW.test(text) || ID_CARD_FOR_FAR_TRIP.test(text));

/**
 * "meine mutter liegt im pflegeheim und braucht keinen ausweis mehr, kann man sie befreien", "und wenn
 * ich keinen ausweis habe, ist das schlimm?", "kann da jemand zu mir nach hause kommen?": the duty to
 * hold an ID card, its exemption and a visit at home, which the ID card's entry answers (the model
 * had found the pick-up).
 */
const ID_DUTY = new RegExp(
  String.raw`(?<!\p{L})(?:befrei\p{L}*|ausweispflicht\p{L}*|bußgeld\p{L}*|bussgeld\p{L}*|strafe|schlimm|hausbesuch\p{L}*|(?:nach\s+hause|heim|vorbei)\s+kommen|keine[nm]?\s+(?:neuen\s+|gültigen\s+|gueltigen\s+)?${ID_CARD_WORD}\s+(?:\p{L}+\s+){0,2}?(?:habe|hab|hat|brauch\p{L}*|mache|mach|machen|mehr(?!\s+(?:nimmt|nehmen|akzeptiert|akzeptieren|anerkennt|annimmt|gilt|reicht)))|ohne\s+(?:gültigen\s+|gueltigen\s+)?${ID_CARD_WORD})(?!\p{L})`,
  'iu',
);
const ID_CARD_NAMED = new RegExp(String.raw`(?<!\p{L})${ID_CARD_WORD}\p{L}*`, 'iu');
/** Whether a message asks about the duty to hold an ID card, its exemption or a visit at home for it. */
/**
 * "hat seinen personalausweis im zug liegegelasse … ob er des bei euch melde muss": an ID card or passport lost, in the region's
 * words too (blind set 186); in one sentence, so that a tax letter lost beside the ID card named ("… steht ja nicht im Ausweis") is not.
 */
const ID_DOCUMENT_LEFT_BEHIND =
  /(?<!\p{L})(?:personalausweis|perso|ausweis|reisepass|pass|kinderreisepass|kinderausweis)(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:liegen\s*(?:ge)?lassen|liegegelasse\p{L}*|liegengelassen|verloren|verlore|verlorn|verschlampt|geklaut|gestohlen|abhanden)(?!\p{L})/iu;
/** "jetzt find ich mei ausweis nimmer": the document not found any more (blind set 201). */
const ID_DOCUMENT_NOT_FOUND =
  /(?<!\p{L})(?:find|finde|finden|findet)\s+(?:ich|i|mer|mir|wir)\s+(?:\p{L}+\s+){0,2}?(?:personalausweis|perso|ausweis|reisepass|pass)\s+(?:nimmer|nicht\s+mehr|net\s+mehr|ned\s+mehr|nirgends|nirgendwo)(?!\p{L})/iu;
/** "i lose my pass bei umzug" (blind set 253): lost, in the English of one who writes German too. */
const ID_DOCUMENT_LOST_IN_ENGLISH = /(?<!\p{L})(?:lose|lost)\s+(?:my|mein|meinen)\s+(?:pass|passport|perso|personalausweis|ausweis|id)(?!\p{L})/iu;
export const idDocumentLost = (text: string): boolean => ID_DOCUMENT_LEFT_BEHIND.test(text) || ID_DOCUMENT_NOT_FOUND.test(text);
export const idDocumentLostInEnglishWords = (text: string): boolean => ID_DOCUMENT_LOST_IN_ENGLISH.test(text);
/** A document lost or stolen: the loss is the matter, not the duty to hold one ("hab halt keinen ausweis mehr. muss ich den verlust … melden"). */
const LOST = /(?<!\p{L})(?:verlust\p{L}*|verloren|verlorn|geklaut|gestohlen|diebstahl\p{L}*|abhanden)(?!\p{L})/iu;
// ("der ausweis abholbereit is, muss ich … termin machen oder kann ich einfach vorbei kommen": dropping in to pick it up, no visit at home.)
export const asksAboutIdDuty = (text: string): boolean => ID_CARD_NAMED.test(text) && ID_DUTY.test(text) && !LOST.test(text) && !asksAppointmentForPickUp(text);

/**
 * "des ding von der polizei dass ich vorstrafenfrei bin", "zeigen, dass ich keine Vorstrafen hab":
 * a clean record to show, which is the Führungszeugnis (BZRG § 30); the model knows its name, not
 * the words of what it proves.
 */
// "ein Papier, dass ich nix angestellt hab", "Papier das ich keine Straftat gemacht habe" (blind set 237): the same in everyday words.
const CLEAN_RECORD =
  /(?<!\p{L})(?:polizeiliche[sn]?(?=\s*(?:[–—,.!?-]|$|führungszeugnis|fuehrungszeugnis|zeugnis))|polizeiliche[sn]?\s+(?:ding|teil|papier|wisch|schreiben)|vorstraf\p{L}*|vorbestraft\p{L}*|straffrei|(?:papier|zeugnis|bescheinigung|wisch|ding|teil)\s+von\s+(?:der\s+)?polizei|polizeizeugnis|keine\s+strafe[n]?\s+(?:hab|habe|hat)|(?:bescheinigung|papier|nachweis)\s+(?:\p{L}+\s+){0,2}?(?:ohne|keine)\s+(?:vor)?strafe\p{L}*|strafregister\p{L}*|kerbholz|wei(?:ß|ss)e\s+weste|(?:nix|nichts|nischt)\s+(?:\p{L}+\s+)?(?:angestellt|verbrochen|verbroche|ausgefressen|ausgefresse)|(?:nix|nichts|nischt)\s+gegen\s+(?:mich|uns|sie|ihn|einen)\s+(?:\p{L}+\s+)?vorliegt|(?:keine|keene|kei|nie\s+e?ine?)\s+straftat\p{L}*|(?:nix|nichts|nischt)\s+kriminell\p{L}*)(?!\p{L})/iu;

/** A child in English ("for my son", "the kids", "under 16"). */
/** A child by its age in English ("my 7 year old", "a 12-year-old"); 18 and over is grown up. */
export const ENGLISH_CHILD_AGE = String.raw`(?:[1-9]|1[0-7])[-\s]?(?:years?|yrs?)[-\s]?old`;
const ENGLISH_CHILD = new RegExp(
  String.raw`\b(?:child|children|childs|kid|kids|son|sons|daughter|daughters|baby|babies|toddler|minor|minors|newborn|infant|boy|boys|girl|girls|teen\p{L}*|under\s+1[268]|${ENGLISH_CHILD_AGE})\b`,
  'iu',
);
export const namesAChildInEnglish = (text: string): boolean => ENGLISH_CHILD.test(text);
const ENGLISH_PASSPORT = /\bpassports?\b/iu;
const ENGLISH_ID_CARD = /\b(?:id|identity)(?:\s+|-)?(?:card|document)s?\b|\bpersonalausweis\b|\bperso\b/iu;

/**
 * The adult's document an English question names without a child ("What documents do I need for
 * an ID card?"): "documents" led the English model to the children's documents. Undefined when a
 * child is named or both documents are.
 */
export function englishAdultDocument(text: string): 'personalausweis' | 'reisepass' | undefined {
  if (ENGLISH_CHILD.test(text)) return undefined;
  const passport = ENGLISH_PASSPORT.test(text);
  const idCard = ENGLISH_ID_CARD.test(text);
  if (passport === idCard) return undefined;
  return passport ? 'reisepass' : 'personalausweis';
}

/** A civil-status certificate in English ("three copies of her death certificate"). */
// ("official birth document from Germany, new issued": blind set 182.)
const ENGLISH_CERTIFICATE = /\b(?:birth|death|marriage)\s+(?:certificates?|documents?|records?)\b/iu;
/** Copies of one, or ordering one: a registered case's certificates. */
const ENGLISH_COPIES = /\b(?:cop(?:y|ies)|order|another|extra|more|original|originals|replacement|new)\b/iu;
/** A birth or death of these days, still to be registered ("born yesterday", "died last night"). */
// ("our daughter was born 3 weeks ago", "my husband died on sunday": blind set 180.)
const ENGLISH_JUST_HAPPENED =
  /\b(?:born|died|passed\s+away)\s+(?:\p{L}+\s+){0,3}?(?:yesterday|today|last\s+(?:night|week)|this\s+(?:morning|week)|(?:\d{1,2}|a|one|two|three|four|five|six|a\s+few)\s+(?:days?|weeks?)\s+ago|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b|\bborn\s+at\s+home\b|\bhome\s+birth\b|\bregister\s+(?:our|the|my)\s+(?:new\s+)?(?:baby|newborn)\b/iu;
/**
 * "For the estate of my late aunt I need three copies of her death certificate": copies of a
 * registered case's certificate (the English model had found the certification of copies).
 */
/** Copies certified ("can you certify copies of my birth certificate?"): the certification of copies it stays. */
const ENGLISH_CERTIFIED = /\b(?:certify|certified|certification|authenticat\p{L}*|notari[sz]\p{L}*)\b/iu;
/** A birth or death of these days told in English, still to be registered. */
export const englishJustHappened = (text: string): boolean => ENGLISH_JUST_HAPPENED.test(text);
export const englishCertificateCopies = (text: string): boolean =>
  ENGLISH_CERTIFICATE.test(text) && ENGLISH_COPIES.test(text) && !ENGLISH_JUST_HAPPENED.test(text) && !ENGLISH_CERTIFIED.test(text);

/** "Hab im Mai geheiratet und heiß jetzt anders. Muss ich nen neuen Perso holen?": a new ID card for a new name, not a pick-up. */
const NEW_NAME = /(?<!\p{L})(?:geheiratet|heirat\p{L}*|heiße\s+jetzt|heisse\s+jetzt|heiß\s+jetzt|neuen?\s+(?:nach)?namen?|namensänderung|namensaenderung|namen\s+geändert|namen\s+geaendert|nachnamen?\s+(?:\p{L}+\s+){0,2}?geändert)(?!\p{L})/iu;
const ID_CARD = /(?<!\p{L})(?:perso|personalausweis\p{L}*|ausweis)(?!\p{L})/iu;
// ("Seit der Hochzeit heiß ich anders. Muss ich für den neuen Pass die Heiratsurkunde mitbringen …?": the passport asked, the card beside it.)
const NEW_PASSPORT = /(?<!\p{L})(?:für\s+den|fürn|den|einen|nen)\s+neuen\s+(?:reise)?pass(?!\p{L})/iu;
export const idCardForNewName = (text: string): boolean => NEW_NAME.test(text) && ID_CARD.test(text) && !NEW_PASSPORT.test(text);
export const passportForNewName = (text: string): boolean => NEW_NAME.test(text) && NEW_PASSPORT.test(text);

/** "zum ersten Mal Reisepass … welche Papiere muss ich mitbringen": applying for a passport, not picking one up. */
const FIRST_PASSPORT = /(?<!\p{L})(?:zum\s+ersten\s+mal|erstmals|erste[nrs]?|noch\s+nie|noch\s+keinen?)\s+(?:\p{L}+\s+){0,2}?(?:reisepass|pass)(?!\p{L})/iu;
export const firstPassport = (text: string): boolean => FIRST_PASSPORT.test(text);
/** "so ein rotes Heftchen mit Chip": the passport described, not named. */
const RED_BOOKLET = /(?<!\p{L})(?:rote[sn]?|weinrote[sn]?|bordeauxrote[sn]?|dunkelrote[sn]?)\s+(?:heft\p{L}*|büchlein|buechlein|buch)(?!\p{L})/iu;
/** "das deutsche Reisedokument für Flug nach Japan": the passport by the word of the naturalised. */
const GERMAN_TRAVEL_DOCUMENT = /(?<!\p{L})deutsche[sn]?\s+reisedokument\p{L}*(?!\p{L})/iu;
/** "ein Reisedokument mit mehr Seiten wegen der vielen Stempel": the passport with 48 pages. */
const MORE_PAGES = /(?<!\p{L})(?:reisedokument\p{L}*|\p{L}*pass)\s+(?:\p{L}+\s+){0,2}?mit\s+(?:mehr|48|vielen|zusätzlichen|zusaetzlichen|extra)\s+seiten(?!\p{L})/iu;
/**
 * "mit dem personalausweis komm ich da net rein": a journey the ID card does not cover, the passport's (blind set 213).
 * (Not "der Perso reicht denen net": a bank's wish for a proof of residence.)
 */
const ID_CARD_NOT_ENOUGH =
  /(?<!\p{L})(?:personalausweis|perso|ausweis)\s+(?:\p{L}+\s+){0,3}?(?:komm|komme|kommt|kommen|darf|dürfen)\s+(?:\p{L}+\s+){0,2}?(?:net|ned|nicht|nit)\s+(?:\p{L}+\s+)?(?:rein|hinein|einreisen|ins\s+land)(?!\p{L})/iu;
export const describesPassport = (text: string): boolean =>
  RED_BOOKLET.test(text) || GERMAN_TRAVEL_DOCUMENT.test(text) || MORE_PAGES.test(text) || ID_CARD_NOT_ENOUGH.test(text);

/** Naturalised ("meine Einbürgerungsurkunde bekommen", "deutsche Staatsbürgerin geworden"): the first German document is next. */
const NATURALISED =
  /(?<!\p{L})(?:einbürgerungsurkunde\p{L}*|einbuergerungsurkunde\p{L}*|eingebürgert|eingebuergert|(?:einbürgerung|einbuergerung)\s+(?:\p{L}+\s+){0,2}?(?:bekommen|erhalten|geschafft|durch)|urkunde\s+(?:von|der|über|ueber)\s+(?:die\s+|der\s+|meiner\s+)?(?:einbürgerung|einbuergerung)|(?:staatsbürger(?:in|schaft)?|staatsangehörigkeit|staatsangehoerigkeit)\s+(?:\p{L}+\s+){0,2}?(?:geworden|bekommen|erhalten)|doppelte\s+staatsbürgerschaft|doppelte\s+staatsangehörigkeit)(?!\p{L})/iu;
/** "Einbürgerungsurkunde bekommen … jetzt zu meiner Gemeinde für den deutschen Ausweis": the ID card applied for, not its pick-up. */
/** ("Jetzt ich brauche deutsche ID Karte": the ID card as newcomers name it.) */
const ID_CARD_AS_NEWCOMERS_SAY = /(?<!\p{L})(?:id[-\s]?kart\p{L}*|kimlik)/iu;
export const naturalisedWantsIdCard = (text: string): boolean => NATURALISED.test(text) && (ID_CARD_NAMED.test(text) || ID_CARD_AS_NEWCOMERS_SAY.test(text));
/** "brauche ich die deutsche Pass (nicht Ausweis …)": the German passport wanted, whatever ID card is named beside it. */
const GERMAN_PASSPORT_WANTED = /(?<!\p{L})(?:deutsche[nrs]?\s+(?:reise)?pass|(?:reise)?pass\s+(?:\p{L}+\s+)?beantrag\p{L}*|(?:dieses|diesen|den)\s+pass\s+beantrag\p{L}*|beantrag\p{L}*\s+(?:ich\s+)?(?:dieses|diesen|den|einen|ein)\s+(?:deutschen\s+)?(?:reise)?pass)(?!\p{L})/iu;
/** The naturalised wanting the ID card, where another passport (the old country's) is only told beside it. */
export const naturalisedWantsIdCardNotPassport = (text: string): boolean => naturalisedWantsIdCard(text) && !GERMAN_PASSPORT_WANTED.test(text);
/** "mein Pass ist abgelaufen. Wie lang dauert es bis ich einen neuen hab?": how long a new passport takes (the provisional one is not named). */
const HOW_LONG = /(?<!\p{L})(?:wie\s+lang(?:e)?\s+(?:dauert|braucht|geht)|wann\s+(?:ist|hab|habe|krieg|bekomm)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:fertig|da))(?!\p{L})/iu;
/** "beantragt vor 5 wochen und nix gehört": applied for a while ago, so whether it is ready (blind set 224), not how long a new one takes. */
const APPLIED_WHILE_AGO =
  /(?<!\p{L})(?:beantragt|beantragd|abgegeben)\s+(?:\p{L}+\s+)?vor\s+(?:\d+|\p{L}+)\s+(?:tag|tagen|woche|wochen|monat|monaten)(?!\p{L})|(?<!\p{L})vor\s+(?:\d+|\p{L}+)\s+(?:tag|tagen|woche|wochen|monat|monaten)\s+(?:\p{L}+\s+){0,3}?(?:beantragt|beantragd|abgegeben)(?!\p{L})/iu;
export const asksHowLongPassportTakes = (text: string): boolean =>
  PASSPORT_WORD.test(text) && HOW_LONG.test(text) && !PROVISIONAL_DOCUMENT.test(text) && !namesProvisional(text) && !APPLIED_WHILE_AGO.test(text);
/** "ich hatte noch nie einen Reisepass … mit den Kindern": the writer's own first passport, the children only travelling along. */
const OWN_FIRST_PASSPORT = /(?<!\p{L})(?:ich|wir)\s+(?:hatte|hatten|habe|hab|haben)\s+(?:\p{L}+\s+)?(?:noch\s+nie|noch\s+keinen?|nie)\s+(?:einen\s+)?(?:reisepass|pass)(?!\p{L})/iu;
export const ownFirstPassport = (text: string): boolean => OWN_FIRST_PASSPORT.test(text);

/** "wollen dass meine unterschrift amtlich bestätigt wird": a signature (or copies, below) to be certified (Beglaubigung), not a life certificate. */
const SIGNATURE_CONFIRMED =
  /(?<!\p{L})unterschrift\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:beglaubig\p{L}*|bestätig\p{L}*|bestaetig\p{L}*)|(?<!\p{L})(?:beglaubig\p{L}*|bestätig\p{L}*|bestaetig\p{L}*)\s+(?:\p{L}+\s+){0,3}?unterschrift(?!\p{L})/iu;
const ALIVE = /(?<!\p{L})(?:leben|lebt|lebensbescheinigung\p{L}*|lebensnachweis\p{L}*)(?!\p{L})/iu;
/** "Kopien von Heiratsurkunde und Ausweis, und zwar amtlich bestätigt", "kopie mit stempel" (blind set 248): copies to be certified (Beglaubigung). */
// ("ne beglaubigte kopie von meinem gesellenbrief": the adjective before the copy, blind set 184; a "beglaubigte Abschrift aus dem Geburtenregister" is a certificate.)
const COPIES_CERTIFIED =
  /(?<!\p{L})(?:kopie\p{L}*|abschrift\p{L}*)(?!\p{L})[^.?!]{0,60}?(?<!\p{L})(?:amtlich\s+(?:bestätigt|bestaetigt|beglaubigt)|beglaubigt|(?:mit|plus)\s+(?:\p{L}+\s+)?stempel)(?!\p{L})|(?<!\p{L})beglaubigte[n]?\s+(?:\p{L}+\s+)?kopie\p{L}*(?![^.!?]*register)/iu;
/** A life certificate named: the pension's proof of life, which may come with copies. */
// ("die wolln wieder des papier dass se noch lebt", blind set 248: a widow's pension from abroad had become applying for a pension.)
const LIFE_CERTIFICATE = /(?<!\p{L})(?:lebensbescheinigung\p{L}*|lebensnachweis\p{L}*|dass\s+(?:sie|se|er|ich|i)\s+(?:noch\s+)?(?:lebt|leb|lebe|am\s+leben\s+(?:ist|is|bin)))(?!\p{L})/iu;
export const asksLifeCertificate = (text: string): boolean => LIFE_CERTIFICATE.test(text);
/** The life certificate described, not named ("des papier dass se noch lebt", "so ein papier das sie lebt", blind set 253): a named one the model finds itself, also where it is denied. */
const LIFE_DESCRIBED = /(?<!\p{L})(?:dass|das)\s+(?:sie|se|er|ich|i)\s+(?:noch\s+)?(?:lebt|leb|lebe|am\s+leben\s+(?:ist|is|bin))(?!\p{L})/iu;
export const describesLifeCertificate = (text: string): boolean => LIFE_DESCRIBED.test(text);
export const wantsCertified = (text: string): boolean =>
  (SIGNATURE_CONFIRMED.test(text) && !ALIVE.test(text)) || (COPIES_CERTIFIED.test(text) && !LIFE_CERTIFICATE.test(text));
/** Copies one has, to be certified ("Kopien von meiner Heiratsurkunde … amtlich bestätigt"): not a certificate issued anew. */
export const copiesCertified = (text: string): boolean => COPIES_CERTIFIED.test(text) && !LIFE_CERTIFICATE.test(text);

/** A document lost on a trip abroad, a replacement paper from the consulate in hand ("Reisepass is im Urlaub … verschwunne … Ersatzpapier vom Konsulat"): the loss to report. */
const LOST_ABROAD =
  /(?<!\p{L})(?:verschwunden|verschwunne|verloren|verlore|geklaut|gestohlen|abhanden)(?!\p{L})[^]*?(?<!\p{L})(?:konsulat\p{L}*|botschaft\p{L}*)(?!\p{L})|(?<!\p{L})(?:konsulat\p{L}*|botschaft\p{L}*)(?!\p{L})[^]*?(?<!\p{L})(?:verschwunden|verschwunne|verloren|verlore|geklaut|gestohlen|abhanden)(?!\p{L})/iu;
const PROVISIONAL_NAMED = /(?<!\p{L})(?:vorläufig\p{L}*|vorlaeufig\p{L}*|notpass|express\p{L}*)(?!\p{L})/iu;
export const documentLostAbroad = (text: string): boolean => LOST_ABROAD.test(text) && !PROVISIONAL_NAMED.test(text);

/** "Bei uns wurde eingebrochen, unter anderem sind die Pässe … weg": documents taken in a burglary, the loss to report (blind set 173). */
const BURGLARY = /(?<!\p{L})(?:eingebrochen|einbruch\p{L}*|eibroche|ausgeraubt)(?!\p{L})/iu;
const TAKEN = /(?<!\p{L})(?:weg|fort|gestohlen|geklaut|mitgenommen|entwendet)(?!\p{L})/iu;
const DOCUMENTS = /(?<!\p{L})(?:\p{L}*ausweis\p{L}*|\p{L}*pass|\p{L}*pässe|\p{L}*paesse|perso|papiere)(?!\p{L})/iu;
export const documentsTakenInBurglary = (text: string): boolean => BURGLARY.test(text) && DOCUMENTS.test(text) && TAKEN.test(text);

/** "brauch des polizeiliche für de neue job": the certificate of conduct by its adjective alone, the noun left out. */
const CONDUCT_BY_ADJECTIVE =
  /(?<!\p{L})(?:des|das|dat|e|ein|en|so\s+(?:e|ein|en|n)|n)\s+polizeilich(?:e|es)?(?=\s*(?:[,.!?]|$)|\s+(?:für|fuer|vom|von|wo|und|als|zum|zur|bei)(?!\p{L}))/iu;
export const namesACleanRecord = (text: string): boolean => CLEAN_RECORD.test(text) || CONDUCT_BY_ADJECTIVE.test(text);

/** "in meinem Ausweis steht noch die alte Adresse und er läuft im Juli ab", "ihr ausweis is seit letztem jahr abgelaufe": the card itself runs out, a new one is the matter (not only the address sticker). */
const ID_CARD_RUNS_OUT =
  /(?<!\p{L})(?:perso|personalausweis\p{L}*|ausweis)(?!\p{L})[^.!?]{0,80}?(?<!\p{L})(?:abläuft|ablaeuft|läuft\s+(?:\p{L}+\s+){0,3}?ab|laeuft\s+(?:\p{L}+\s+){0,3}?ab|abgelaufe[n]?|ungültig|ungueltig)(?!\p{L})/iu;
/** (Declared invalid as lost, "ab sofort ungültig … wiedergefunden", is the loss's matter.) */
export const idCardRunsOut = (text: string): boolean => ID_CARD_RUNS_OUT.test(text) && !LOST.test(text) && !FOUND_AGAIN.test(text);

/** "Welche Unterlagen braucht ihr, wenn mei Mann gstorbe is? Den Totenschein hab ich …": the papers to register a death, whatever certificate is missing for it. */
const DEATH_NOTICE_HELD = /(?<!\p{L})(?:totenschein\p{L}*|leichenschauschein\p{L}*|todesbescheinigung\p{L}*)(?!\p{L})/iu;
const PAPERS_ASKED = /(?<!\p{L})(?:welche\s+(?:unterlagen|papiere|dokumente)|was\s+(?:\p{L}+\s+){0,2}?(?:brauch\p{L}*|mitbringen|vorlegen))(?!\p{L})/iu;
export const asksPapersToRegisterDeath = (text: string): boolean => DEATH_NOTICE_HELD.test(text) && PAPERS_ASKED.test(text);
/**
 * "wo wird des jetzt erfasst, in hamburg oder bei euch": where a death (or birth) is registered, asked (blind set 201: an uncle died on a visit);
 * "wie wird des jetzt in deutschland eingetrage?": how (blind set 207: a brother died on holiday in Turkey).
 */
const WHERE_REGISTERED =
  /(?<!\p{L})(?:wo|wie)\s+(?:wird|muss|soll|werd)\s+(?:\p{L}+\s+){0,4}?(?:erfasst|gemeldet|beurkundet|eingetragen|eingetrage|angezeigt|registriert)(?!\p{L})/iu;
export const asksWhereRegistered = (text: string): boolean => WHERE_REGISTERED.test(text);

/** "meine Frau braucht einen neuen Pass": a new passport needed (the model had read a pick-up for someone else). */
const NEW_PASSPORT_NEEDED = /(?<!\p{L})(?:brauch\p{L}*|benötig\p{L}*|benoetig\p{L}*)\s+(?:\p{L}+\s+)?(?:einen|nen|en|ein)\s+neue[nr]?\s+(?:reise)?pass(?!\p{L})/iu;
export const needsNewPassport = (text: string): boolean => NEW_PASSPORT_NEEDED.test(text);

/** "Ausweis", "Perso", "Personalausweis": the ID card by its everyday names. */
const AN_ID_CARD = /(?<!\p{L})(?:ausweis|perso|personalausweis|persoausweis)(?!\p{L})/iu;
export const namesAnIdCard = (text: string): boolean => AN_ID_CARD.test(text);
