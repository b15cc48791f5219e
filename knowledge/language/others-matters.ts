// Matters of others whose words are close to a topic of the town's: the model finds the topic,
// but answering it would be a wrong answer. "Unser Kleiner soll getauft werden" is the parish's
// (the Standesamt has only the leaving of a church); "der Vermieter rückt die Kaution nicht raus"
// is tenancy law (a tenants' association, a lawyer, the Amtsgericht), not the registration that
// the words of a flat suggest.
import { leavesTheChurch } from './church';
import { namesAnObjection, saysNoticeIsWrong } from './objection';
import { confirmsOwnRegistration, seeksSomeonesAddress } from './register';

/** A church's own rites: baptism, communion, confirmation, a church wedding or funeral. */
const CHURCH_RITE =
  /(?<!\p{L})(?:tauf\p{L}*|getauft|firmung|firmen|erstkommunion|kommunion|konfirmation|konfirmiert\p{L}*|kirchlich\p{L}*\s+(?:heiraten|heirate|trauung|hochzeit|beerdig\p{L}*|bestatt\p{L}*)|(?:heirat\p{L}*|trauen)\s+(?:\p{L}+\s+){0,3}?kirchlich|in\s+der\s+kirche\s+heiraten|pfarr(?:er|amt|büro|buero)\p{L}*|christmette|christmesse|mitternachtsmette|gottesdienst\p{L}*|hochamt|\p{L}*andacht|rorate\p{L}*|sonntagsmesse|abendmesse|frühmesse|fruehmesse)(?!\p{L})/iu;
/** The town's part: leaving a church (the Standesamt; "Aus der katholischen Kirche will ich raus", "aus de Kerch raus", "Mir reicht's endgültig mit der katholischen Kirche"), a certificate or an office of the town's for the rite
 * (not the Standesamt told done: "standesamt war scho letzt jahr, wann muss mer sich beim pfarrer … melde", blind set 209). */
const TOWNS_PART =
  /(?<!\p{L})(?:(?:trete|treten|tritt)\s+(?:\p{L}+\s+){0,4}?aus(?!\p{L})|austr\p{L}*|auszutreten|ausgetreten|aus\s+(?:der|de|d)\s+(?:\p{L}+\s+)?(?:kirche|kerch|kerche|kersch|kirch)|(?:kirche|kerch|kerche|kersch|kirch)\s+(?:\p{L}+\s+){0,4}raus|(?:will|möcht\p{L}*|moecht\p{L}*|wollen|wolle)\s+(?:\p{L}+\s+){0,3}?raus(?!\p{L})|(?:katholisch|evangelisch)\p{L}*[^.!?]{0,40}?(?<!\p{L})(?:nicht\s+mehr|nimmer|raus)|(?:reicht['’]?s|reicht\s+es|reicht\s+mir|genug|die\s+nase\s+voll|schluss)\s+(?:\p{L}+\s+){0,3}?mit\s+(?:der|de|d)\s+(?:\p{L}+\s+)?(?:kirche|kerch|kerche|kirch)|kirchen?steuer|\p{L}*urkunde\p{L}*|standesamt(?!lich)\p{L}*(?!\p{L})(?!\s+(?:war|waren|is\s+scho\p{L}*|ist\s+schon|hatten|hamm\s+mer\s+scho\p{L}*|haben\s+wir\s+schon))|bürgerbüro|buergerbuero|rathaus|ausweis\p{L}*|pass|friedhof\p{L}*|grab|grabstelle|urnengrab|doppelgrab|beisetz\p{L}*|beigesetzt|gemeindehaus\p{L}*|bürgerhaus\p{L}*|buergerhaus\p{L}*|dorfgemeinschaftshaus\p{L}*|mehrzweckhalle\p{L}*|gemeindesaal\p{L}*)(?!\p{L})/iu;

/** Whether a message asks about a church's rite, not about the town's part in it. */
/** "wieder in die katholische Kirche eintreten": re-entry is the parish's (the town only records leaving), whatever office is named. */
const REENTRY = /(?<!\p{L})(?:wieder\s+(?:in\s+die\s+(?:\p{L}+\s+)?(?:kirche|kirch|kerch)\s+)?eintreten|wiedereintritt\p{L}*|wieder\s+eintritt)(?!\p{L})/iu;
export const aboutChurchRite = (text: string): boolean => (CHURCH_RITE.test(text) && !TOWNS_PART.test(text)) || REENTRY.test(text);

/** "mein mieter zahlt seit 3 monat kei miete mehr" (blind set 251): a tenant who does not pay, the landlord's own matter. */
const TENANT_NOT_PAYING =
  /(?<!\p{L})mieter\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:zahlt|zahlen|bezahlt)\s+(?:[\p{L}\d]+\s+){0,4}?(?:keine|kei|kaa|ka|koa|nicht\s+die)\s+miete(?!\p{L})/iu;
export const tenantDoesNotPay = (text: string): boolean => TENANT_NOT_PAYING.test(text);
/** A dispute with a landlord: the deposit, the service charges, a rent increase, a notice, defects of the flat. */
const TENANCY =
  /(?<!\p{L})(?:mietschulden|kaution|mietkaution|nebenkostenabrechnung|nebekostenabrechnung|betriebskostenabrechnung|mieterhöhung|mieterhoehung|mietminderung|mietrückstand|mietrueckstand|eigenbedarf|schimmel|mieterverein\p{L}*|mietrecht\p{L}*|(?:hunde|tier|haustier)haltung\p{L}*(?!\p{L})[^.!?]{0,60}?(?<!\p{L})mietvertrag\p{L}*|mietvertrag\p{L}*(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:hunde|tier|haustier)haltung\p{L}*|miete\s+(?:[\p{L}\d%]+\s+){0,4}?(?:erhöh\p{L}*|erhoeh\p{L}*|mindern|kürzen|kuerzen)|(?:erhöh\p{L}*|erhoeh\p{L}*)\s+(?:\p{L}+\s+){0,3}?(?:die\s+)?miete)(?!\p{L})|(?<!\p{L})(?:vermieter\p{L}*)\s+(?:\p{L}+\s+){0,4}(?:kündig\p{L}*|kuendig\p{L}*|erhöh\p{L}*|erhoeh\p{L}*|repariert\p{L}*|reparier\p{L}*|erlaubt|verbietet|verbietet)(?!\p{L})|(?<!\p{L})vermieter\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:in\s+die\s+wohnung|reinlassen|rein\s+lassen|betreten)(?!\p{L})|(?<!\p{L})vermieter\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:heizung|warmwasser|therme|boiler)\s+(?:\p{L}+\s+)?(?:net|nicht|ned|nit|kaputt)(?!\p{L})|(?<!\p{L})(?:heizung|warmwasser|therme|boiler)\s+(?:\p{L}+\s+){0,2}?(?:kaputt|defekt|geht\s+nicht|geht\s+net|ausgefallen)(?!\p{L})[^.!?]{0,60}?(?<!\p{L})vermieter\p{L}*|(?<!\p{L})vermieter\p{L}*(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:umlegen|umlage|umgelegt)(?!\p{L})/iu;
/** The town's part of a move: registering, and the landlord's confirmation for it. */
const REGISTERING =
  /(?<!\p{L})(?:anmeld\p{L}*|ummeld\p{L}*|abmeld\p{L}*|angemeldet|umgemeldet|abgemeldet|wohnungsgeber\p{L}*|bestätigung|bestaetigung|einzugsbestätigung|einzugsbestaetigung|\p{L}*meldeamt\p{L}*|(?:melde|melden|meldet)\s+(?:\p{L}+\s+){0,3}?(?:um|an|ab))(?!\p{L})/iu;

/** Whether a message is about a dispute with a landlord, not about registering the flat. */
/** "Im Mietvertrag für den Gemeindesaal steht Kaution": the town's hall rented, its deposit the town's. */
const TOWNS_HALL = /(?<!\p{L})(?:gemeindesaal\p{L}*|bürgerhaus\p{L}*|buergerhaus\p{L}*|bürgersaal\p{L}*|buergersaal\p{L}*|mehrzweckhalle\p{L}*|\p{L}*turnhalle\p{L}*|grillhütte\p{L}*|grillhuette\p{L}*|vereinsraum\p{L}*)(?!\p{L})/iu;
/** "Wann sind die Grundsteuer-Raten fällig? Ich brauch das für die Nebenkostenabrechnung": a charge of the town's asked, the bill only its purpose. */
const TOWNS_CHARGE =
  /(?<!\p{L})(?:grundsteuer|müllgebühr|muellgebuehr|abfallgebühr|abfallgebuehr|abwassergebühr|abwassergebuehr|wassergebühr|wassergebuehr|niederschlagswasser|straßenreinigung|strassenreinigung)\p{L}*/iu;
/** "… Da steht die Müllgebühr drin … Darf der des einfach so auf mich umlege?": what the landlord passes on to the tenant, the tenancy's (blind set 194). */
const PASSED_ON = /(?<!\p{L})vermieter\p{L}*(?!\p{L})[^]*?(?<!\p{L})(?:umleg\p{L}*|umlege|umgelegt|umlage\p{L}*|abwälz\p{L}*|abwaelz\p{L}*)(?!\p{L})/iu;
export const aboutTenancyDispute = (text: string): boolean =>
  (TENANCY.test(text) || TENANT_NOT_PAYING.test(text)) && !REGISTERING.test(text) && !TOWNS_HALL.test(text) && (!TOWNS_CHARGE.test(text) || PASSED_ON.test(text));

/** "Welche Partei soll ich wählen?", "Wer soll ich bei der Bürgermeisterwahl wählen?" (trial 55): whom to vote for is the citizen's own choice; the town stays neutral. */
const WHOM_TO_VOTE_FOR =
  /(?<!\p{L})(?:wen|wer|welche\p{L}*\s+(?:partei|kandidat\p{L}*|liste)|was)\s+(?:soll|sollte|kann|könnte|koennte)\s+(?:ich|man|wir)\s+(?:\p{L}+\s+){0,4}?(?:wählen|waehlen|wähle|waehle|ankreuzen)(?!\p{L})|(?<!\p{L})wen\s+(?:ich|man|mer|wir)\s+(?:\p{L}+\s+){0,4}?(?:wählen|waehlen|wähle|waehle)\s+(?:soll|sollte|söll)(?!\p{L})|(?<!\p{L})(?:wahlempfehlung|wahltipp)\p{L}*|(?<!\p{L})(?:welche\s+partei|wen)\s+(?:würdest|wuerdest|würden|wuerden)\s+(?:du|sie)\s+(?:\p{L}+\s+){0,4}?(?:wählen|waehlen)|(?<!\p{L})(?:welche\s+partei|wen)\s+(?:würdste|wuerdste|würdeste)\s+(?:\p{L}+\s+){0,4}?(?:wählen|waehlen|wähle|waehle)|unsicher,?\s+wen\s+ich\s+wählen\s+soll/iu;

/** Whether a message asks whom to vote for (not how or where to vote). */
export const asksWhomToVoteFor = (text: string): boolean => WHOM_TO_VOTE_FOR.test(text);

/** Taxes the Finanzamt levies: buying land, an inheritance or gift, income, wages, turnover. */
const STATE_TAX =
  /(?<!\p{L})(?:grunderwerb\p{L}*|steuerklasse\p{L}*|erbschaft\p{L}*steuer\p{L}*|erbschaftssteuer\p{L}*|schenkung\p{L}*steuer\p{L}*|einkommen\p{L}*steuer\p{L}*|lohnsteuer(?!bescheinigung)\p{L}*|umsatzsteuer\p{L}*|vorsteuer\p{L}*|mehrwertsteuer\p{L}*|steuererklärung|steuererklaerung|steuerlichen\s+erfassung|elster)(?!\p{L})/iu;
/** The town's own taxes, named beside it ("Grundsteuer und Grunderwerbsteuer beim Hauskauf"). */
const TOWNS_TAX = /(?<!\p{L})(?:grundsteuer\p{L}*|gewerbesteuer\p{L}*|hundesteuer\p{L}*|zweitwohnung\p{L}*)(?!\p{L})/iu;

/** Whether a message asks about a tax of the Finanzamt's ("Wie viel Grunderwerbsteuer zahlt man beim Hauskauf?"), not one of the town's. */
// ("wie ich kann aus katholisch kirche austreten? … bei lohnsteuer steht rk", blind set 220: the church tax on the payslip is the leaving's reason.)
/** "wie hoch ist eigentlich die kirchensteuer in bayern, 8 oder 9 prozent" (blind set 218): its rate, which the Finanzamt collects; leaving the church is the Standesamt's. */
// ("wie viel kirchesteuer zahl ich eigentlich im jahr", blind set 236: the amount, the dialect's "kirche-".)
const CHURCH_TAX_RATE =
  /(?<!\p{L})kirche?n?steuer\p{L}*(?!\p{L})[^.?!]{0,40}?(?<!\p{L})(?:prozent|prozentsatz|steuersatz|berechn\p{L}*)(?!\p{L})|(?<!\p{L})(?:wie\s+hoch|wie\s*viel|welche[rn]?\s+(?:satz|prozentsatz))\s+(?:\p{L}+\s+){0,3}?kirche?n?steuer\p{L}*/iu;
/** Leaving said beside the church tax ("Ich will da raus", "wie werd ich die los", "wie tret ich aus"). */
const LEAVING_ASKED = /(?<!\p{L})(?:\p{L}*austritt\p{L}*|austret\p{L}*|austrete|raus|los\s*werd\p{L}*|loswerd\p{L}*|los|tret\p{L}*\s+(?:\p{L}+\s+){0,3}?aus)(?!\p{L})/iu;
export const aboutStateTax = (text: string): boolean =>
  ((STATE_TAX.test(text) && !TOWNS_TAX.test(text)) || (CHURCH_TAX_RATE.test(text) && !LEAVING_ASKED.test(text))) && !leavesTheChurch(text);

/** Cards and passes of others: a library's, a school's, a club's, an employer's, a doctor's, a bank's, a health insurer's. */
const OTHERS_CARD =
  /(?<!\p{L})(?:bibliotheks|bücherei|buecherei|lese|schüler|schueler|studenten|studierenden|mitglieds|dienst|firmen|werks|betriebs|sport|spieler|vereins|jugendleiter|presse|bahn|fahr|tank|impf|mutter|organspende|blutspende|allergie|versicherten|gesundheits|krankenkassen|kranken|ec|kredit|bank|giro)-?(?:ausweis|karte|pass)\p{L}*/iu;
/** The identity documents of the Bürgerbüro, named beside it. */
// ("Bankkarten hab ich gesperrt, aber was mach ich wegen meiner Ausweiskarte": the ID card beside the bank's cards.)
const IDENTITY_DOCUMENT = /(?<!\p{L})(?:personalausweis\p{L}*|perso|ausweis|ausweise|ausweiskarte\p{L}*|id-?karte\p{L}*|reisepass\p{L}*|kinderreisepass\p{L}*|pass|pässe|paesse)(?!\p{L})/iu;

/** Whether a message is about another body's card ("Mein Bibliotheksausweis ist abgelaufen", "Impfpass verloren"), not an identity document. */
export const aboutOthersCard = (text: string): boolean => OTHERS_CARD.test(text) && !IDENTITY_DOCUMENT.test(text);

/** The Post's forwarding of letters after a move. */
const FORWARDING = /(?<!\p{L})(?:nachsende\p{L}*|post\s+nachschicken|post\s+umleiten)(?!\p{L})/iu;

/** Whether a message is about the Post's forwarding order ("Nachsendeauftrag"), not registering the move. */
export const aboutForwardingOrder = (text: string): boolean => FORWARDING.test(text) && !REGISTERING.test(text);

/** A divorce is the Familiengericht's; the Standesamt has only the name taken back after it. */
// "mir wolle uns scheide lasse": the dialect's "scheide" too.
const DIVORCE = /(?<!\p{L})(?:scheiden|scheidung|ehescheidung|scheide\s+lass\p{L}*)(?!\p{L})/iu;
/** The Standesamt's part: the name after it, a certificate, a new wedding ("wir sind beide geschieden und möchten heiraten"). */
const STANDESAMTS_PART = /(?<!\p{L})(?:\p{L}*name\p{L}*|\p{L}*urkunde\p{L}*|heirat\p{L}*|hochzeit\p{L}*|trauung|eheschlie\p{L}*)(?!\p{L})/iu;

/** Whether a message asks about getting divorced ("Geht das auch beim Standesamt?"), not the Standesamt's part after it. */
/** "… oder geht das auch bei euch im Rathaus wie die Hochzeit damals?": the wedding only compared with. */
const LIKE_THE_WEDDING = /(?<!\p{L})wie\s+(?:die|bei\s+der|beim|unsere|meine)\s+(?:hochzeit|heirat|trauung)(?!\p{L})/giu;
export const aboutDivorce = (text: string): boolean => DIVORCE.test(text) && !STANDESAMTS_PART.test(text.replace(LIKE_THE_WEDDING, ' '));

/** The town's offices and people, with whom an appointment is the town's ("beim Standesamt", "beim Bürgermeister"). */
// ("nen termin beim einwohner melde amt": the Einwohnermeldeamt spelt apart, blind set 181.)
const TOWNS_OWN = String.raw`(?!(?:bürgerbüro|buergerbuero|bürger|buerger|bürgeramt|buergeramt|rathaus|gemeinde\p{L}*|markt|einwohner|einwohnermeldeamt|einwohneramt|meldeamt|standesamt|bauamt|ordnungsamt|kämmerei|kaemmerei|kasse|steueramt|amt|verwaltung|passamt|fundbüro|fundbuero|bürgermeister\p{L}*|buergermeister\p{L}*|sachbearbeiter\p{L}*|mitarbeiter\p{L}*|standesbeamt\p{L}*|ihnen|ihne|euch|eich|eusch|eisch|uns|dir|mir|ihm|ihr|sie|der|dem|den|die|das|einem|einer|meinem|meiner|deinem|unserem|unserer)(?!\p{L}))`;
/** "beim Zahnarzt", "bei der Bank", and in simple German "bei ausländerbehörde" (the pronouns stay the town's, "bei Ihnen"). */
const WITH = String.raw`(?:beim|bei(?:\s+(?:der|dem|einem|einer|meinem|meiner))?)`;
/**
 * An appointment with someone else ("Termin beim Zahnarzt", "beim Notar", "bei der Bank"): not the
 * Bürgerbüro's booking. The town's own offices and people, and "bei Ihnen", stay.
 */
const OTHERS_APPOINTMENT = new RegExp(
  String.raw`(?<!\p{L})termin\p{L}*\s+(?:\p{L}+\s+){0,3}?${WITH}\s+${TOWNS_OWN}\p{L}+|(?<!\p{L})${WITH}\s+${TOWNS_OWN}\p{L}+\s+(?:\p{L}+\s+){0,3}?(?:einen\s+|nen\s+|en\s+)?termin`,
  'iu',
);

/** A doctor, a hairdresser, a notary …: whose appointments are theirs, even without "beim" ("zahnarzt mömbris termin"). */
const OTHERS_PRACTICE = String.raw`(?:\p{L}*arzt|\p{L}*ärztin|\p{L}*aerztin|\p{L}*ärzte|arztpraxis|praxis|friseur\p{L}*|frisör\p{L}*|frisoer\p{L}*|notar\p{L}*|anwalt|anwältin|anwaeltin|rechtsanwalt\p{L}*|physio\p{L}*|krankengymnast\p{L}*|ergotherap\p{L}*|logopäd\p{L}*|logopaed\p{L}*|werkstatt|tüv|tuev|dekra|bamf|jobcenter|arbeitsagentur|ausländerbehörde|auslaenderbehoerde|finanzamt|krankenkasse|landratsamt)`;
const PRACTICE_APPOINTMENT = new RegExp(
  // "welche Praxis in Mömbris hat noch Termine frei": a practice asked for, a few words before its appointments.
  String.raw`(?<!\p{L})${OTHERS_PRACTICE}\s+(?:[\p{L}\d.]+\s+){0,2}?termin\p{L}*|(?<!\p{L})(?:welche[rs]?|eine[nr]?)\s+${OTHERS_PRACTICE}\s+(?:[\p{L}\d.]+\s+){0,4}?termin\p{L}*|(?<!\p{L})termin\p{L}*\s+(?:[\p{L}\d.]+\s+){0,2}?${OTHERS_PRACTICE}(?!\p{L})`,
  'iu',
);

/** Whether a message asks for an appointment with someone other than the town ("Ich brauche einen Termin beim Zahnarzt"). */
/** "impftermin", "Arzttermin", "Friseurtermin": another's appointment in one word. */
const OTHERS_APPOINTMENT_WORD = /(?<!\p{L})(?:impf|\p{L}*arzt|friseur|frisör|frisoer|tüv|tuev|werkstatt|notar|physio|beurkundungs)termin\p{L}*(?!\p{L})/iu;
export const appointmentWithOthers = (text: string): boolean => OTHERS_APPOINTMENT.test(text) || PRACTICE_APPOINTMENT.test(text) || OTHERS_APPOINTMENT_WORD.test(text);

/** A permit to enter another country that only that country gives (ESTA, eTA, an entry permit). */
const ENTRY_PERMIT = /(?<!\p{L})(?:esta|eta|einreisegenehmigung\p{L}*|einreiseerlaubnis\p{L}*|einreisebestimmung\p{L}*|einreisevoraussetzung\p{L}*)(?!\p{L})/iu;
/** A visa asked for itself: whether one needs it, or where to apply for it ("wo beantrage ich das Visum"). */
const VISA_ASKED =
  /(?<!\p{L})(?:brauch\p{L}*|benötig\p{L}*|benoetig\p{L}*)\s+(?:\p{L}+\s+){0,5}?(?:visum|visa)(?!\p{L})|(?<!\p{L})(?:visum|visa)\s+(?:\p{L}+[\s,]+){0,5}?(?:beantrag\p{L}*|krieg\p{L}*|bekomm\p{L}*|machen)(?!\p{L})|(?<!\p{L})wo\s+(?:\p{L}+\s+){0,3}?(?:visum|visa)(?!\p{L})/iu;
/** A visit to Germany or a stay here: the Ausländerbehörde's visa (a formal obligation, a residence), not a trip abroad. */
const STAY_HERE =
  /(?<!\p{L})(?:besuch\p{L}*|einlad\p{L}*|verpflichtungserklärung|verpflichtungserklaerung|familiennachzug|aufenthalt\p{L}*|hier\s+arbeiten|in\s+deutschland)(?!\p{L})/iu;
/** A paper needed for the visa ("braucht fürs Visum eine Geburtsurkunde"): the paper is asked for, not the visa. */
const FOR_THE_VISA = /(?<!\p{L})(?:fürs|fuers|zum|(?:für|fuer)\s+(?:das|ein|mein|meine|ihr|sein|unser)?\s*)\s*(?:visum|visa)(?!\p{L})/iu;

/**
 * Whether a message asks about a visa or an entry permit for a trip abroad ("Brauchen wir für die
 * USA noch dieses ESTA?"): the destination decides it and its embassy issues it; the town only
 * makes the passport. A passport needed for a visa ("für das Visum brauche ich einen Reisepass") is not asked.
 */
/** The permit told as done by oneself ("das ESTA machen wir selber online"): a side remark, the question is another. */
const PERMIT_HANDLED =
  /(?<!\p{L})(?:esta|visum|visa|einreisegenehmigung|eta)\s+(?:\p{L}+\s+){0,3}?(?:selb(?:er|st)|schon|bereits)(?!\p{L})/iu;
/** "beim ESTA ausfüllen gesehn dass mein reisepass im juni abläuft": the own document running out is the matter, the permit only showed it. */
const DOCUMENT_RUNS_OUT =
  /(?<!\p{L})(?:reise)?pass\p{L}*\s+(?:\p{L}+\s+){0,4}?(?:abläuft|ablaeuft|abgelaufen|läuft|laeuft|ungültig|ungueltig|verlänger\p{L}*|verlaenger\p{L}*)(?!\p{L})|(?<!\p{L})(?:neue[nrs]?|gültige[nrs]?|gueltige[nrs]?|zweite[nrs]?|2\.)\s+(?:reise)?pass(?!\p{L})/iu;
export const asksForTravelPermit = (text: string): boolean =>
  (ENTRY_PERMIT.test(text) || (VISA_ASKED.test(text) && !FOR_THE_VISA.test(text))) && !STAY_HERE.test(text) && !PERMIT_HANDLED.test(text) && !DOCUMENT_RUNS_OUT.test(text);

/**
 * "ein Gesundheitszeugnis vom Amtsarzt", "die Belehrung nach dem Infektionsschutzgesetz": the public
 * health office's (IfSG § 43; for the Landkreis at the Landratsamt), not the town's jobs or certificates.
 */
const HEALTH_OFFICE = /(?<!\p{L})(?:(?:gelbfieber|tetanus|masern|grippe|corona|covid|reise|tollwut|hepatitis)impfung\p{L}*|impfen\s+sie|impft\s+(?:ihr|die\s+gemeinde)|gesundheitszeugnis\p{L}*|amtsarzt\p{L}*|amtsärzt\p{L}*|amtsaerzt\p{L}*|infektionsschutzbelehrung\p{L}*|belehrung\s+(?:\p{L}+\s+){0,2}?gesundheitsamt\p{L}*)(?!\p{L})/iu;
export const aboutHealthOffice = (text: string): boolean => HEALTH_OFFICE.test(text);

/** "Mein Impfpass ist … verloren": the doctor's record (a new one from the doctor); "Meine Krankenkassenkarte is weg": the insurer's card. */
const VACCINATION_RECORD = /(?<!\p{L})(?:impfpass\p{L}*|impfausweis\p{L}*|impfbuch\p{L}*|impfbescheinigung\p{L}*)(?!\p{L})/iu;
export const aboutVaccinationRecord = (text: string): boolean => VACCINATION_RECORD.test(text);
/** "Wo krieg ich jetzt schnell die Grippeimpfung un die Corona Auffrischung?": a vaccination, the doctor's or the pharmacy's (blind set 194). */
const VACCINATION = /(?<!\p{L})(?:\p{L}*impfung\p{L}*|impfen|impfe|geimpft|auffrischung\p{L}*|booster\p{L}*)(?!\p{L})/iu;
const WHERE_TO_GET = /(?<!\p{L})(?:wo|wer|bei\s+wem)\s+(?:\p{L}+\s+){0,3}?(?:krieg|kriege|kriegt|bekomm\p{L}*|kann|gibt|macht|impft)(?!\p{L})/iu;
export const asksWhereToBeVaccinated = (text: string): boolean => VACCINATION.test(text) && WHERE_TO_GET.test(text);
/** "Die Uni sagt ich brauch e Anerkennung von dem Zeugnis": a foreign school or professional certificate recognized, the recognition bodies' (blind set 194). */
// ("Meine Ausbildung … ist jetzt anerkannt. Sucht die Gemeinde Erzieher?": recognized already, a job asked.)
const RECOGNITION = /(?<!\p{L})(?:anerkennung\p{L}*|anerkennen|anerkenne|anerkennt)(?!\p{L})/iu;
const CERTIFICATE_OF_LEARNING = /(?<!\p{L})(?:\p{L}*zeugnis\p{L}*|abschluss\p{L}*|abschlüsse|abitur|abi|diplom\p{L}*|studium|bachelor|master|berufsabschluss\p{L}*|ausbildung)(?!\p{L})/iu;
/** (A certified copy of it for the application is the town's: "beglaubigte Kopie … für die Anerkennung".) */
const CERTIFIED_COPY = /(?<!\p{L})(?:beglaubig\p{L}*|kopie\p{L}*|copy|copies|stempel\p{L}*)(?!\p{L})/iu;
export const asksCertificateRecognition = (text: string): boolean =>
  RECOGNITION.test(text) && CERTIFICATE_OF_LEARNING.test(text) && !CERTIFIED_COPY.test(text) && !/f(?:ü|ue)hrungszeugnis/iu.test(text);
// ("Meine Karte von der Krankenkasse ist abgelaufen".)
const INSURANCE_CARD = /(?<!\p{L})(?:krankenkassenkarte\p{L}*|krankenkassen[\s-]+karte|\p{L}*versichertenkarte\p{L}*|gesundheitskarte\p{L}*|kassenkarte\p{L}*|krankenversicherungskarte\p{L}*|karte\s+(?:von\s+der|der|vo\s+de)\s+krankenkasse)(?!\p{L})/iu;
/** (A wallet stolen with the ID card in it is the card's loss: the insurer's card is only lost beside it.) */
const ID_LOST_TOO = /(?<!\p{L})(?:perso|personalausweis\p{L}*|reisepass\p{L}*|führerschein\p{L}*|fuehrerschein\p{L}*)(?!\p{L})/iu;
/** "muss ich des bei euch melde wie beim perso": the ID card named for comparison, not lost too (blind set 175). */
const LIKE_THE_ID = /(?<!\p{L})(?:wie|als)\s+(?:beim|bei\s+dem|bei\s+der|der|dem|mit\s+dem)\s+(?:perso|personalausweis|reisepass|führerschein|fuehrerschein)\p{L}*/giu;
/** "was kost bei euch en neuer ausweis": a new ID card asked beside the insurer's card, the town's matter (blind set 206). */
const NEW_ID_ASKED = /(?<!\p{L})(?:neue[rnms]?|neie[rnms]?)\s+(?:perso|ausweis|personalausweis|reisepass|pass)(?!\p{L})/iu;
export const aboutInsuranceCard = (text: string): boolean => INSURANCE_CARD.test(text) && !ID_LOST_TOO.test(text.replace(LIKE_THE_ID, ' wie ')) && !NEW_ID_ASKED.test(text);

/** "Wie komm ich in die Handwerksrolle, ist das bei euch?": the Handwerkskammer's register (a Gewerbe asked beside it is the town's). */
const CRAFTS_REGISTER = /(?<!\p{L})handwerksrolle\p{L}*(?!\p{L})/iu;
export const asksCraftsRegister = (text: string): boolean => CRAFTS_REGISTER.test(text) && !/(?<!\p{L})gewerbe\p{L}*/iu.test(text);

/**
 * "Wer ist für die Kreisstraße zuständig?", "wer räumt die Staatsstraße?": who keeps a road that is
 * not the Markt's (BayStrWG Art. 41; FStrG § 5). A damage on it told without asking whose it is
 * stays a report ("Schlagloch auf der Kreisstraße nach Hohl"): the Rathaus passes it on.
 */
const MAJOR_ROAD = /(?<!\p{L})(?:kreis|staats|bundes)(?:straße|strasse|str\.)\p{L}*(?!\p{L})/iu;
const WHOSE =
  /(?<!\p{L})(?:zuständig\p{L}*|zustaendig\p{L}*|wem\s+gehört|wem\s+gehoert|wer\s+(?:\p{L}+\s+){0,2}?(?:kümmert|kuemmert|macht|repariert|räumt|raeumt|streut|pflegt|saniert|unterhält|unterhaelt))(?!\p{L})/iu;
/** "Wie lange dauert die Baustelle auf der Staatsstraße Richtung Alzenau noch?": the works of the road's own body. */
const HOW_LONG_STILL = /(?<!\p{L})(?:wie\s+lange?|bis\s+wann|wann\s+(?:\p{L}+\s+){0,3}?(?:fertig|vorbei|weg|offen|frei))(?!\p{L})/iu;
const WORKS = /(?<!\p{L})(?:\p{L}*baustelle\p{L}*|sperrung\p{L}*|gesperrt|umleitung\p{L}*)(?!\p{L})/iu;
export const asksWhoKeepsAMajorRoad = (text: string): boolean => MAJOR_ROAD.test(text) && (WHOSE.test(text) || (WORKS.test(text) && HOW_LONG_STILL.test(text)));

/** "baustelle auf der a45 wie lange dauert die noch": the motorway's works (the Autobahn GmbH des Bundes), none of the town's. */
const MOTORWAY = /(?<!\p{L})(?:autobahn\p{L}*|a\s?\d{1,3})(?![\p{L}\d])/iu;
const ROAD_WORKS = /(?<!\p{L})(?:\p{L}*baustelle\p{L}*|sperrung\p{L}*|gesperrt|stau)(?!\p{L})/iu;
export const aboutMotorwayWorks = (text: string): boolean => MOTORWAY.test(text) && ROAD_WORKS.test(text);
/**
 * "Wie lang is die Baustell in de Hauptstraß in Mensengesäß noch, des nervt!" (trial 56): how long or why road works go on, which no
 * answer here says (a current notice does, shown first); not a permit for one's own scaffolding or container on the road. Also the
 * closures of the day asked ("Straßensperrungen", "Is die Straß nach Schimborn gesperrt?", trial 58: the special use's permit came).
 */
const WORKS_ASKED_ABOUT =
  /(?<!\p{L})(?:(?:wie\s*lang\p{L}*|bis\s+wann|wann|warum|wieso|weshalb)\s+(?:\p{L}+\s+){0,5}?\p{L}*baustell\p{L}*|\p{L}*baustell\p{L}*\s+(?:\p{L}+\s+){0,8}?(?:noch|fertig|vorbei|weg|dauert)|^\W*(?:aktuelle\s+)?(?:stra(?:ß|ss)en)?sperrungen\W*$|(?:aktuelle|welche|wo\s+(?:\p{L}+\s+){0,3}?)\s*(?:stra(?:ß|ss)en)?sperrung\p{L}*|(?:ist|is|sind|isch)\s+(?:die\s+|de\s+|der\s+)?(?:\p{L}+\s+){0,4}?(?:gesperrt|gsperrt)\s*\?)(?!\p{L})/iu;
const OWN_WORKS = /(?<!\p{L})(?:beantrag\p{L}*|genehmig\p{L}*|erlaubnis|container|gerüst\p{L}*|geruest\p{L}*|aufstell\p{L}*|brauch\p{L}*|anmeld\p{L}*|unser\p{L}*\s+baustell\p{L}*|meine?\p{L}*\s+baustell\p{L}*)(?!\p{L})/iu;
export const asksAboutRoadWorks = (text: string): boolean => WORKS_ASKED_ABOUT.test(text) && !OWN_WORKS.test(text);

/** "eine Zweitschrift meines Abiturzeugnisses, das Original ist weg": the school's (or the ministry's) copy, not a certified copy of one in hand. */
const SCHOOL_REPORT_ANEW =
  /(?<!\p{L})(?:zweitschrift\p{L}*|duplikat\p{L}*|ersatzzeugnis\p{L}*)(?!\p{L})[^.!?]{0,40}?(?<!\p{L})\p{L}*zeugnis\p{L}*|(?<!\p{L})\p{L}*(?:abitur|abschluss|schul|abgangs)zeugnis\p{L}*(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:verloren|weg|neu\s+ausstell\p{L}*|zweitschrift\p{L}*)(?!\p{L})/iu;
export const asksSchoolReportAnew = (text: string): boolean => SCHOOL_REPORT_ANEW.test(text);

/** "Bekomme ich Bürgergeld, wenn …": the basic allowance for jobseekers asked for, the Jobcenter's (received, it only tells why another fee is lower: "bekomm ich als bürgergeld empfänger weniger steuer für meinen hund?"). */
const ALLOWANCE = String.raw`(?:bürgergeld|buergergeld|hartz\s*(?:iv|4)|arbeitslosengeld\s*(?:ii|2))`;
const ALLOWANCE_ASKED_FOR = new RegExp(
  String.raw`(?<!\p{L})(?:(?:bekomm\p{L}*|krieg\p{L}*)\s+(?:ich|wir|man|mer)\s+(?:(?!als\s)\p{L}+\s+){0,2}?${ALLOWANCE}(?!\s*-?\s*(?:empfänger|empfaenger|bezieher))|(?:anspruch\s+auf|antrag\s+auf|beantrag\p{L}*)\s+(?:\p{L}+\s+)?${ALLOWANCE}|${ALLOWANCE}\s+(?:\p{L}+\s+){0,2}?beantrag\p{L}*)(?!\p{L})`,
  'iu',
);
export const asksForJobseekersAllowance = (text: string): boolean => ALLOWANCE_ASKED_FOR.test(text);

/** "Wie bekomme ich mein Geld fürs Deutschlandticket zurück?": a transport subscription, the transport company's (an employer's job ticket is only why a paper is wanted). */
// ("Wie komme ich mit dem Bus ins Klinikum nach Aschaffenburg?": a connection, the transport company's timetable.)
const TRANSPORT_TICKET = /(?<!\p{L})(?:wie\s+komm\p{L}*\s+(?:ich|man|mer|wir)\s+(?:\p{L}+\s+){0,3}?mit\s+(?:dem\s+)?(?:bus|zug|der\s+bahn|öffentlichen|oeffentlichen)(?!\p{L})|deutschlandticket\p{L}*|deutschland-ticket\p{L}*|49-?euro-?ticket|58-?euro-?ticket|monatskarte\p{L}*|semesterticket\p{L}*|bahncard\p{L}*|fahrkarte\p{L}*)(?!\p{L})/iu;
export const aboutTransportTicket = (text: string): boolean => TRANSPORT_TICKET.test(text);

/** "Borkenkäfer im Privatwald … Fördergeld fürs Wiederaufforsten?": the forestry office's (AELF), not the clubs' support. */
const PRIVATE_FOREST = /(?<!\p{L})(?:borkenkäfer\p{L}*|borkenkaefer\p{L}*|wiederaufforst\p{L}*|aufforst\p{L}*|privatwald\p{L}*|waldbesitzer\p{L}*|forstamt|forstförder\p{L}*|forstfoerder\p{L}*)(?!\p{L})/iu;
export const aboutPrivateForest = (text: string): boolean => PRIVATE_FOREST.test(text);

/** "Unterhaltsvorschuss beim Jugendamt beantragt … Hat jemand die Durchwahl?": the Jugendamt's (the Landratsamt's), also its phone number. */
const YOUTH_OFFICE = /(?<!\p{L})(?:jugendamt\p{L}*|unterhaltsvorschuss\p{L}*|beistandschaft\p{L}*)(?!\p{L})/iu;
export const aboutYouthOffice = (text: string): boolean => YOUTH_OFFICE.test(text);

/** "ich muss mich arbeitslos melden": the employment agency's, whatever benefit is named beside it. */
const REGISTERS_UNEMPLOYED = /(?<!\p{L})(?:arbeitslos\s+(?:\p{L}+\s+)?(?:melden|gemeldet|meldung)|arbeitslosmeldung\p{L}*|arbeitssuchend\s+melden|arbeitsuchend\s+melden)(?!\p{L})/iu;
export const registersUnemployed = (text: string): boolean => REGISTERS_UNEMPLOYED.test(text);
/** "Mein Arbeitslosengeld wurde gekürzt. Kann ich dagegen Widerspruch einlegen?" (blind set 235): the agency's decision, objected to there. */
const UNEMPLOYMENT_BENEFIT_CUT =
  /(?<!\p{L})arbeitslosengeld(?!\s*(?:ii|2)(?!\p{L}))(?!\p{L})[^.!?]{0,40}?(?<!\p{L})(?:gekürzt|gekuerzt|gestrichen|abgelehnt|gesperrt|sperrzeit)(?!\p{L})/iu;
export const unemploymentBenefitCut = (text: string): boolean => UNEMPLOYMENT_BENEFIT_CUT.test(text);

/** "Welches Auto ist besser, Golf oder Astra?": which car to buy, a matter of no office. */
const CARS_COMPARED =
  /(?<!\p{L})(?:welche[rsn]?|was\s+für\s+(?:ein|eine|einen))\s+(?:auto|wagen|fahrzeug|e-?auto|elektroauto|modell|marke|automarke)\s+(?:\p{L}+\s+){0,2}?(?:besser|empfehl\p{L}*|kaufen|nehmen|zuverlässiger|zuverlaessiger)(?!\p{L})/iu;
export const comparesCars = (text: string): boolean => CARS_COMPARED.test(text);

/** "EU-Heimtierausweis", "ein Ausweis für meinen Hund": a pet's passport, which a vet issues (VO (EU) 576/2013 Art. 22). */
const PET_PASSPORT =
  /(?<!\p{L})(?:(?:eu-?)?heimtier(?:ausweis|pass)\p{L}*|tierausweis\p{L}*|(?:ausweis|pass|reisepass|impfpass)\s+für\s+(?:meinen|unseren|den|die|meine|unsere|mei|unsern)\s+(?:hund|katze|kater|welpen|tier|hündin|huendin))(?!\p{L})/iu;
/** "der hund braucht da en eigene ausweis mit impfunge drin": the animal's own passport (blind set 198). */
const ANIMALS_OWN_PASSPORT =
  /(?<!\p{L})(?:hund|katze|kater|welpe|tier|hündin|huendin)\s+(?:\p{L}+\s+){0,3}?(?:braucht|bräucht|braucht's|brauch|muss)\s+(?:\p{L}+\s+){0,4}?(?:ausweis|pass|reisepass)(?!\p{L})/iu;
export const asksForPetPassport = (text: string): boolean => PET_PASSPORT.test(text) || ANIMALS_OWN_PASSPORT.test(text);

/** "meine Putzhilfe bei der Minijobzentrale anmelden": a mini-job is the Minijob-Zentrale's, not a registration of the town's. */
// "wieviel darf ich mit nem minijob dazuverdienen": the earnings limit, the Minijob-Zentrale's (or the pension insurer's).
const MINI_JOB = /(?<!\p{L})(?:minijob-?zentrale|minijobzentrale|haushaltsscheck\p{L}*|(?:wie\s*viel|wieviel)\s+(?:\p{L}+\s+){0,6}?(?:dazuverdien|hinzuverdien|verdien)\p{L}*|\p{L}*verdienstgrenze\p{L}*)(?!\p{L})/iu;
/** "eine Haushaltshilfe auf Minijob-Basis einstellen … Wo muss man die anmelden?": a private employer's mini-job, the Minijob-Zentrale's. */
const MINI_JOB_EMPLOYED =
  /(?<!\p{L})(?:minijob\p{L}*|mini-job\p{L}*)(?!\p{L})[^]{0,120}?(?<!\p{L})(?:anmeld\p{L}*|einstell\p{L}*)(?!\p{L})|(?<!\p{L})(?:anmeld\p{L}*|einstell\p{L}*)(?!\p{L})[^]{0,120}?(?<!\p{L})(?:minijob\p{L}*|mini-job\p{L}*)(?!\p{L})/iu;
export const aboutMiniJob = (text: string): boolean => MINI_JOB.test(text) || MINI_JOB_EMPLOYED.test(text);

/** "einen Tisch im Restaurant reservieren": a private booking, no room of the town's. */
const TABLE_BOOKING = /(?<!\p{L})(?:tisch|table)\s+(?:\p{L}+\s+){0,8}?(?:reservier\p{L}*|buchen|bestellen|reserve|book)(?!\p{L})/iu;
export const booksARestaurantTable = (text: string): boolean => TABLE_BOOKING.test(text) && /(?<!\p{L})(?:restaurant\p{L}*|wirtschaft|gasthaus|gaststätte|pizzeria|kneipe|lokal)(?!\p{L})/iu.test(text);

/** "Kinnergeld fürs zweite Kind, wo beantragt mer des?": child benefit, the Familienkasse's (also in dialect). */
// ("mer kriegt für jedes kind so 250 euro im monat vom staat": told by its amount, blind set 198.)
const CHILD_BENEFIT =
  /(?<!\p{L})(?:kindergeld|kinnergeld|kinnerjeld|kinderjeld|(?:für|fuer)\s+(?:jedes|jeds|jed)\s+kind\s+(?:\p{L}+\s+){0,3}?\d+\s*(?:euro|€)(?:\s+(?:im|pro|jeden)\s+monat)?)\p{L}*(?!\p{L})/iu;
/** "das Geld in der Elternzeit, nicht Kindergeld": the parental allowance, named beside child benefit. */
const PARENTAL = /(?<!\p{L})(?:elternzeit|elterngeld|(?:nicht|kein|net)\s+(?:das\s+)?kin(?:d|n)ergeld)\p{L}*(?!\p{L})/iu;
/** "Wir brauchen die Urkunde ja für Krankenkasse, Kindergeld und alles": child benefit named as what a certificate is for, not asked. */
const FOR_CHILD_BENEFIT = /(?<!\p{L})(?:für|fuer|fürs|fuers)\s+(?:\p{L}+[\s,]+){0,4}?(?:das\s+)?(?:kindergeld|kinnergeld)(?!\p{L})/iu;
/** "das Elterngeld ist beantragt und läuft", "Kindergeld läuft": a benefit told as settled, not asked. */
const BENEFIT_SETTLED =
  /(?<!\p{L})(?:elterngeld|kindergeld|kinnergeld)\s+(?:ist|is|haben\s+wir|hab\s+ich|habe\s+ich|hammer)\s+(?:\p{L}+\s+){0,2}?(?:beantragt|bewilligt|durch|erledigt|geklärt|geklaert)(?!\p{L})|(?<!\p{L})(?:elterngeld|kindergeld|kinnergeld)\s+(?:läuft|laeuft)(?!\p{L})/giu;
export const aboutChildBenefit = (text: string): boolean =>
  CHILD_BENEFIT.test(text.replace(BENEFIT_SETTLED, ' ')) && !PARENTAL.test(text.replace(BENEFIT_SETTLED, ' ')) && !(FOR_CHILD_BENEFIT.test(text) && A_CERTIFICATE.test(text));

/** "Wo krieg ich ein schönes Brautkleid her?": shopping for the wedding, not the Standesamt's. */
const WEDDING_SHOPPING =
  /(?<!\p{L})(?:brautkleid\p{L}*|hochzeitskleid\p{L}*|brautstrau(?:ß|ss)\p{L}*|hochzeitsfotograf\p{L}*|hochzeitstorte\p{L}*|eheringe|trauringe|hochzeitslocation\p{L}*|dj\s+für\s+die\s+hochzeit)(?!\p{L})/iu;
/** A shop asked for ("gibt es … einen schönen Laden", "Secondhand"): shopping, though the Standesamt is told beside it. */
const SHOP_ASKED = /(?<!\p{L})(?:laden|läden|laeden|laade|geschäft\p{L}*|geschaeft\p{L}*|boutique\p{L}*|shop\p{L}*|secondhand|second-hand|kaufen|leihen|ausleihen)(?!\p{L})/iu;
export const shopsForWedding = (text: string): boolean =>
  WEDDING_SHOPPING.test(text) && (SHOP_ASKED.test(text) || !/(?<!\p{L})(?:standesamt\p{L}*|trauzimmer|anmeld\p{L}*|urkunde\p{L}*)(?!\p{L})/iu.test(text));

/** Food control and its office ("Lebensmittelkontrolle", "Veterinäramt"): the Landratsamt's, whatever else the words are near. */
const FOOD_CONTROL =
  /(?<!\p{L})(?:lebensmittel(?:überwachung|ueberwachung|kontrolle\p{L}*|kontrolleur\p{L}*|hygiene|sicherheit|recht\p{L}*|betrieb\p{L}*)|veterinäramt\p{L}*|veterinaeramt\p{L}*|hygienekontrolle\p{L}*)(?!\p{L})/iu;

/**
 * "Mein Nachbar baut ohne Genehmigung", "ein Schwarzbau nebenan", "hat ohne Genehmigung eine Garage hingestellt": building without a
 * permit reported, the building supervision's at the Landratsamt (trial 58: the citizen's own building application had been answered).
 */
const UNAUTHORISED_BUILDING =
  /(?<!\p{L})schwarzbau\p{L}*(?!\p{L})|(?<!\p{L})(?:nachbar\p{L}*|nochber\p{L}*|nachber\p{L}*|jemand|einer)\s+(?:\p{L}+\s+){0,6}?(?:baut|gebaut|errichtet|hingestellt|aufgestellt|hinbaut|anbaut)(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:ohne|kein\p{L}*|ka|kaa|kaan|koa|koan)\s+(?:\p{L}+\s+)?(?:genehmigung|baugenehmigung|erlaubnis)(?!\p{L})|(?<!\p{L})(?:nachbar\p{L}*|nochber\p{L}*|nachber\p{L}*|jemand|einer)\s+(?:\p{L}+\s+){0,4}?(?:ohne|kein\p{L}*|ka|kaa|kaan|koa|koan)\s+(?:\p{L}+\s+)?(?:genehmigung|baugenehmigung|erlaubnis)\s+(?:\p{L}+\s+){0,3}?(?:gebaut|errichtet|hingestellt|aufgestellt|baut)(?!\p{L})/iu;
/** The writer's own building asked about beside a neighbour's ("… ohne Genehmigung hingestellt … brauche ich für einen Carport einen Antrag?"). */
const OWN_BUILDING_ASKED =
  /(?<!\p{L})(?:brauch\p{L}*|muss|darf|derf|dürfen|duerfen)\s+(?:ich|isch|i|mer|wir|man)(?!\p{L})|(?<!\p{L})(?:mer|wir|ich|isch)\s+(?:\p{L}+\s+){0,2}?(?:wolle|wollen|will|möchte|moechte|möchten|moechten)\s+(?:\p{L}+\s+){0,6}?bau\p{L}*/iu;
export const reportsUnauthorisedBuilding = (text: string): boolean => UNAUTHORISED_BUILDING.test(text) && !OWN_BUILDING_ASKED.test(text);

/** Whether a message asks about food control ("Brauche ich eine Genehmigung von der Lebensmittelüberwachung?"). */
export const aboutFoodControl = (text: string): boolean => FOOD_CONTROL.test(text);

/** A car's inspection (TÜV, Hauptuntersuchung) or repair ("quietscht beim Bremsen", a marten's bite): a testing organization's or a garage's, not the registration's. */
const VEHICLE_UPKEEP =
  /(?<!\p{L})(?:tüv|tuev|hauptuntersuchung\p{L}*|abgasuntersuchung\p{L}*|dekra|werkstatt\p{L}*|quietsch\p{L}*|bremsen|bremst|klapper\p{L}*|ölwechsel|oelwechsel|reifenwechsel|motorleuchte|springt\s+nicht\s+(?:mehr\s+)?an|marder\p{L}*)(?!\p{L})/iu;
/** The registration's own words, which keep a question with it ("TÜV abgelaufen, kann ich trotzdem ummelden?"). */
const VEHICLE_REGISTRATION = /(?<!\p{L})(?:zulass\p{L}*|(?:deutsch|polnisch|rumänisch|rumaenisch|ausländisch|auslaendisch|neu)\p{L}*\s+nummer\p{L}*|anmeld\p{L}*|ummeld\p{L}*|abmeld\p{L}*|(?:an|um|ab)gemeldet|meld\p{L}*\s+(?:ich|wir|man)\s+(?:den|das|ihn|es)\s+(?:\p{L}+\s+)?(?:an|um|ab)|verwertungsnachweis\p{L}*|kennzeichen\p{L}*|nummernschild\p{L}*|fahrzeugschein\p{L}*|fahrzeugbrief\p{L}*|zulassungsbescheinigung\p{L}*)(?!\p{L})/iu;

/** "ab wann braucht mer winterreife": the tyres' rules (the StVO's) and their change (a garage's), not the town's (blind set 212). */
const TYRES = /(?<!\p{L})(?:winterreife\p{L}*|sommerreife\p{L}*|allwetterreife\p{L}*|reifenpflicht\p{L}*)(?!\p{L})/iu;
export const aboutTyres = (text: string): boolean => TYRES.test(text);

/** Whether a message asks about a car's inspection or repair ("wann muss mei auto widder zum tüv"), not its registration. */
export const aboutVehicleUpkeep = (text: string): boolean => VEHICLE_UPKEEP.test(text) && !VEHICLE_REGISTRATION.test(text);

/** A wild animal dead or hit ("Auf der B276 liegt ein totes Reh"): a Wildunfall, the police's, who call the hunting tenant. */
const WILD_ANIMAL = /(?<!\p{L})(?:reh|rehe|rehbock|rehkitz|wildschwein\p{L}*|hirsch\p{L}*|fuchs|füchse|fuechse|dachs|wildunfall\p{L}*)(?!\p{L})/iu;
const DEAD_OR_HIT =
  /(?<!\p{L})(?:tot|tote[snrm]?|verendet\p{L}*|verletzt\p{L}*|angefahren\p{L}*|überfahren\p{L}*|ueberfahren\p{L}*|kadaver|wildunfall\p{L}*|(?:ins|vors|vor\s+das|vor\s+mein)\s+auto\s+(?:gesprungen|gelaufen|gerannt))(?!\p{L})/iu;
export const wildAnimalHit = (text: string): boolean => WILD_ANIMAL.test(text) && DEAD_OR_HIT.test(text);

/** A car towed away: the police (or whoever ordered it) knows where it is. */
const TOWED = /(?<!\p{L})(?:abgeschleppt|abschlepp\p{L}*)(?!\p{L})/iu;

/** Whether a message is about a towed car ("Mein Auto wurde abgeschleppt, wo steht das jetzt?"). */
export const aboutTowedCar = (text: string): boolean => TOWED.test(text);

/** "hat mein Auto angefahren und ist weg, ich hab das Kennzeichen": a hit and run (StGB § 142), the police's, though the plate led to the registration. */
const HIT_AND_RUN =
  /(?<!\p{L})(?:fahrerflucht|unfallflucht|(?:angefahren|gerammt|zerkratzt|touchiert)(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:weg|abgehauen|weitergefahren|davongefahren|geflüchtet|gefluechtet|abgedüst|abgeduest))(?!\p{L})/iu;
export const hitAndRun = (text: string): boolean => HIT_AND_RUN.test(text);

/** Someone else's car to be towed away ("Kann das Ordnungsamt den abschleppen lassen?"): the police's, or the landowner's by a towing firm. */
const TOW_WISH =
  /(?<!\p{L})(?:abschleppen\s+(?:lassen|darf|kann|soll)|(?:lassen|darf|dürfen|duerfen|kann|können|koennen|könnt|koennt|soll)\s+(?:\p{L}+\s+){0,4}?abschleppen)(?!\p{L})/iu;

/** Whether a message asks to have a (parked) car towed away. */
export const wantsCarTowed = (text: string): boolean => TOW_WISH.test(text);

/** A parcel and its carrier: the carrier's matter, not the Fundbüro's. */
const PARCEL = /(?<!\p{L})(?:paket\p{L}*|päckchen|paeckchen|sendung\p{L}*|lieferung\p{L}*)(?!\p{L})/iu;
const CARRIER = /(?<!\p{L})(?:dhl|hermes|dpd|gls|ups|amazon|post|postfiliale|packstation|paketstation|paketshop|bote|botin|zusteller\p{L}*|lieferant\p{L}*|zugestellt|sendungsverfolgung|abgegeben|geliefert)(?!\p{L})/iu;

/** Whether a message is about a parcel the carrier lost or left somewhere ("Mein Paket von DHL ist verloren gegangen"), not a thing found. */
export const aboutParcel = (text: string): boolean => PARCEL.test(text) && CARRIER.test(text);

/** The post office's services ("Kann ich im Rathaus Briefmarken kaufen und ein Einschreiben aufgeben?"): the Post's, not the town's. */
const POST_OFFICE =
  /(?<!\p{L})(?:briefmarke\p{L}*|postfiliale\p{L}*|postamt|postagentur|postbank|(?:einschreiben|brief|päckchen|paeckchen|paket)\s+(?:aufgeben|aufzugeben|verschicken|abschicken|frankieren))(?!\p{L})|(?<!\p{L})(?:einschreiben|päckchen|paeckchen|paket|sendung)(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:filiale|hinterlegt)(?!\p{L})/iu;
export const aboutPostOffice = (text: string): boolean => POST_OFFICE.test(text);

/**
 * A notice of another body objected to ("Bescheid der Krankenkasse … kann ich bei Ihnen Widerspruch
 * einlegen?"): the body that issued it takes the objection, as its notice says; not the town's.
 */
const OTHER_BODY =
  /(?<!\p{L})(?:krankenkasse\p{L}*|krankenversicherung\p{L}*|pflegekasse\p{L}*|jobcenter\p{L}*|arbeitsagentur|agentur\s+für\s+arbeit|rentenversicherung\p{L}*|rentenkasse|familienkasse|berufsgenossenschaft)(?!\p{L})/iu;
export const objectsToOthersNotice = (text: string): boolean =>
  OTHER_BODY.test(text) && (namesAnObjection(text) || saysNoticeIsWrong(text)) && !TOWNS_TAX.test(text);

/** The broadcasting fee ("GEZ abmelden, weil ich zu meinem Freund ziehe"): the Beitragsservice's, not the residence's registration. */
const BROADCAST_FEE = /(?<!\p{L})(?:gez|rundfunkbeitr\p{L}*|rundfunkgebühr\p{L}*|rundfunkgebuehr\p{L}*|beitragsservice|fernsehgebühr\p{L}*|fernsehgebuehr\p{L}*)(?!\p{L})/iu;
export const aboutBroadcastFee = (text: string): boolean => BROADCAST_FEE.test(text);

/** An apostille or legalization for use abroad: the Regierung's or a court's (for civil-status documents in Bavaria, the Regierung), not the copy's certification by the town. */
const APOSTILLE = /(?<!\p{L})(?:apostille\p{L}*|legalisation\p{L}*|legalisier\p{L}*|überbeglaubig\p{L}*|ueberbeglaubig\p{L}*)(?!\p{L})/iu;
export const asksForApostille = (text: string): boolean => APOSTILLE.test(text);

/** A boundary measured or its marks ("Wer misst die Grenze nach?"): the surveying office's (Amt für Digitalisierung, Breitband und Vermessung). */
const LAND_SURVEY =
  /(?<!\p{L})(?:\p{L}*grenze\s+(?:\p{L}+\s+){0,2}?(?:nach)?(?:messen|misst|vermessen|vermisst)|(?:nach)?(?:messen|misst|vermessen|vermisst)\s+(?:\p{L}+\s+){0,2}?(?:die\s+)?\p{L}*grenze|(?:vermisst|vermessen|misst)\s+(?:\p{L}+\s+)?(?:mein|unser|das)\s+grundstück\p{L}*|vermessung\p{L}*|grenzstein\p{L}*|(?:grundstücks|grundstuecks)?grenze\s+zwischen\s+(?:\p{L}+\s+){0,3}?(?:grundstücken|grundstuecken)\b[^?]{0,60}?(?:nach)?(?:misst|messen|vermisst|vermessen)|grenzpunkt\p{L}*|abmarkung\p{L}*|grenzverlauf\p{L}*)(?!\p{L})/iu;
export const asksLandSurvey = (text: string): boolean => LAND_SURVEY.test(text);

/** Electricity or gas and its supplier: a contract of one's own, not the registration of the move. */
// ("ne pv anlage aufm dach, muss ich die bei euch anmelden oder beim netzbetreiber": the grid operator's and the federal register's.)
const ENERGY = /(?<!\p{L})(?:strom\p{L}*|pv-?\s?anlage\p{L}*|photovoltaik\p{L}*|solaranlage\p{L}*|balkonkraftwerk\p{L}*|netzbetreiber\p{L}*|gas|gasrechnung\p{L}*|gasabschlag\p{L}*|gaspreis\p{L}*|gaskosten|gasanbieter\p{L}*|gasversorger\p{L}*|gasvertrag\p{L}*|gaszähler\p{L}*|gaszaehler\p{L}*|energieversorger\p{L}*|versorger\p{L}*|stadtwerke)(?!\p{L})/iu;
/** "meine stromrechnung … in raten": an electricity or gas bill, the supplier's. */
const ENERGY_BILL = /(?<!\p{L})(?:strom|gas|heiz)(?:rechnung|abschlag|abschläge|abschlaege|nachzahlung|kosten)\p{L}*(?!\p{L})/iu;
export const aboutEnergyBill = (text: string): boolean => ENERGY_BILL.test(text);
/** "rezept für glühwein": a recipe (or a doctor's prescription) asked, none of the town's. */
const RECIPE = /(?<!\p{L})(?:rezept\p{L}*|recipe)\s+(?:für|fuer|for|von|vom)\s/iu;
const PERMIT = /(?<!\p{L})(?:gestattung|genehmigung|erlaubnis|ausschank|anmelden|anmeldung|permit)\p{L}*/iu;
export const asksForRecipe = (text: string): boolean => RECIPE.test(text) && !PERMIT.test(text);
/** Water is the town's (its meter and fees), and a power cut in the street may be a defect to report. */
const TOWNS_SUPPLY = /(?<!\p{L})(?:wasser\p{L}*|\p{L}*laterne\p{L}*|straßenbeleuchtung|strassenbeleuchtung|stromausfall|stromkasten)(?!\p{L})/iu;

/** Whether a message is about one's electricity or gas supplier ("Beim Umzug, wie melde ich Strom und Gas beim Versorger um?"). */
export const aboutEnergySupplier = (text: string): boolean => ENERGY.test(text) && !TOWNS_SUPPLY.test(text);

/**
 * "in de ganze stroß de strom weg, kaa licht, kaa internet": a power cut, the grid operator's (its fault number is on the meter
 * and the bill), though the story also tells the water still runs. Street lights alone out are a defect of the town's.
 */
const POWER_GONE =
  /(?<!\p{L})(?:stromausfall\p{L}*|strom\s+(?:\p{L}+\s+){0,2}?(?:weg|ausgefallen|fort|futsch)|(?:kein(?:en)?|kaa|ka|koan)\s+strom)(?!\p{L})/iu;
const STREET_LIGHTS_ONLY = /(?<!\p{L})(?:\p{L}*laterne\p{L}*|straßenlampe\p{L}*|strassenlampe\p{L}*|straßenbeleuchtung|strassenbeleuchtung)(?!\p{L})/iu;
const AT_HOME = /(?<!\p{L})(?:kühl\p{L}*|kuehl\p{L}*|gefrier\p{L}*|internet|herd|haus|wohnung|sicherung\p{L}*|homeoffice|ganze[nm]?)(?!\p{L})/iu;
export const powerCut = (text: string): boolean => POWER_GONE.test(text) && (!STREET_LIGHTS_ONLY.test(text) || AT_HOME.test(text));

/** "Ich suche eine barrierefreie Mietwohnung im Erdgeschoss. Haben Sie da Angebote?": a flat to rent, the housing market's (the town lets no flats). */
const FLAT_SOUGHT =
  /(?<!\p{L})such\p{L}*\s+(?:\p{L}+\s+){0,4}?(?:\p{L}*mietwohnung\p{L}*|wohnung\s+(?:zur\s+miete|zu\s+mieten|zum\s+mieten))(?!\p{L})/iu;
export const seeksAFlat = (text: string): boolean => FLAT_SOUGHT.test(text);

/** "Vor de Hochzeit will mei Freund unbedingt en Ehevertrag": a marriage contract, a notary's (the Standesamt marries, it draws up no contract). */
const MARRIAGE_CONTRACT = /(?<!\p{L})(?:ehevertrag\p{L}*|ehevertr(?:ä|ae)ge\p{L}*)(?!\p{L})/iu;
export const asksMarriageContract = (text: string): boolean => MARRIAGE_CONTRACT.test(text);

/** A pension paid late or not at all, or its yearly rise: the pension insurer's payment, not the application the town helps with. */
const PENSION_PAID =
  /(?<!\p{L})(?:rentenerhöhung\p{L}*|rentenerhoehung\p{L}*|rentenanpassung\p{L}*|(?:steigt|steigen|erhöht|erhoeht)\s+(?:sich\s+)?(?:die\s+)?rente\p{L}*)(?!\p{L})|(?<!\p{L})(?:rente\p{L}*|rent)\s+(?:[\p{L}\d]+\s+){0,5}?(?:weniger|gekürzt|gekuerzt)\s+(?:auf|aufs|aufm)(?!\p{L})|(?<!\p{L})(?:rente\p{L}*|rent)\s+(?:\p{L}+\s+){0,4}?(?:steig\p{L}*|erhöh\p{L}*|erhoeh\p{L}*|hoch|zu\s+spät|zu\s+spaet|überwiesen|ueberwiesen|überwiese|ueberwiese|ausgezahlt|gezahlt|nicht\s+(?:gekommen|da|angekommen|drauf|auf\s+(?:dem|meinem|mei|em)\s+konto|aufs\s+konto)|auf\s+(?:dem|meinem|mei|das|em)\s+konto|aufs\s+konto)|(?:wann|warum)\s+(?:\p{L}+\s+){0,4}?rente\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:überwiesen|ueberwiesen|ausgezahlt|gezahlt|kommt)(?!\p{L})/iu;

/** Whether a message asks about a pension's payment ("Meine Rente ist diesen Monat zu spät gekommen"). */
/** "seit märz in rente … noch nix auf dem konto angekomme": the pension's first payment missing, told around. */
const IN_PENSION = /(?<!\p{L})(?:in\s+rente|rentner\p{L}*|meine\s+rente)(?!\p{L})/iu;
const NOTHING_ARRIVED =
  /(?<!\p{L})(?:(?:nix|nichts|noch\s+nicht\s+\p{L}*)\s+(?:\p{L}+\s+){0,2}?auf\s+(?:dem|meinem|mei|em|mein|das)\s+konto|(?:nix|nichts)\s+drauf|wann\s+kommt\s+(?:\p{L}+\s+){0,2}?(?:die\s+)?rente\p{L}*)(?!\p{L})/iu;
/** "wann kommt eigentlich die rente im dezember aufs konto": the pay day asked. ("… die rente im januar überwiese", "um wieviel geht die rent im juli hoch?", blind sets 236 and 238: the dialect's clipped forms.) */
const PAY_DAY = /(?<!\p{L})wann\s+kommt\s+(?:\p{L}+\s+){0,2}?(?:die\s+)?rente\p{L}*(?!\p{L})[^.?!]{0,40}?(?<!\p{L})(?:aufs|auf\s+(?:das|dem|mein|meinem))\s*konto(?!\p{L})/iu;
export const aboutPensionPayment = (text: string): boolean => PENSION_PAID.test(text) || PAY_DAY.test(text) || (IN_PENSION.test(text) && NOTHING_ARRIVED.test(text));

/** "wie sin die besuchszeite im klinikum aschaffeburg über weihnachte" (blind set 236: the birth's answer): a hospital's or a home's visiting hours. */
const VISITING_HOURS =
  /(?<!\p{L})(?:besuchszeit\p{L}*|besuchszeite)(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:klinik\p{L}*|krankenhaus\p{L}*|krankehaus|spital|pflegeheim\p{L}*|altenheim\p{L}*|seniorenheim\p{L}*|hospiz)(?!\p{L})|(?<!\p{L})(?:klinik\p{L}*|krankenhaus\p{L}*|krankehaus|pflegeheim\p{L}*|altenheim\p{L}*|seniorenheim\p{L}*)(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:besuchszeit\p{L}*|besuchszeite)(?!\p{L})/iu;
export const asksVisitingHours = (text: string): boolean => VISITING_HOURS.test(text);

/** "Wo krieg ich meine Lohnsteuerbescheinigung?" (trial 62: sent to the Finanzamt): a paper the employer issues (EStG § 41b). */
// Asked for, not told ("hab auf meiner Lohnabrechnung die Kirchensteuer gesehen" is the church's).
const EMPLOYERS_PAPER =
  /(?<!\p{L})(?:wo|woher|wer|wie)\s+(?:\p{L}+\s+){0,5}?(?:lohnsteuerbescheinigung\p{L}*|arbeitsbescheinigung\p{L}*)(?!\p{L})|(?<!\p{L})(?:lohnsteuerbescheinigung\p{L}*|arbeitsbescheinigung\p{L}*)\s+(?:\p{L}+\s+){0,3}?(?:krieg\p{L}*|bekomm\p{L}*|her|ausstell\p{L}*)(?!\p{L})/iu;
export const asksForEmployersPaper = (text: string): boolean => EMPLOYERS_PAPER.test(text);

/** One's employer and a dispute with them: pay not paid or wrong, notice, overtime, work on Sundays demanded; a paper only the employer gives. */
const EMPLOYER = /(?<!\p{L})(?:chef|chefin|arbeitgeber\p{L}*|vorgesetzte\p{L}*|meine\s+firma)(?!\p{L})/iu;
const EMPLOYMENT =
  /(?<!\p{L})(?:(?:lohn|gehalt)\p{L}*[^.!?]{0,40}?(?<!\p{L})(?:nicht|kein\p{L}*|falsch|zu\s+wenig)|kein\p{L}*\s+(?:lohn|gehalt)\p{L}*|bescheinigung\s+(?:vom|von\s+meinem|von\s+der|von\s+meiner)\s+(?:arbeitgeber\p{L}*|firma|chef\p{L}*)|gekündigt|gekuendigt|kündigen|kuendigen|mutterschutz\p{L}*|arbeitszeugnis\p{L}*|kündigung\p{L}*|kuendigung\p{L}*|abmahnung\p{L}*|fristlos|überstunden|ueberstunden|arbeitsvertrag\p{L}*|arbeitsrecht\p{L}*|arbeitsgericht\p{L}*|mobbing|gemobbt|sonderurlaub|urlaubsanspruch|resturlaub|(?:nur|zu\s+wenig|weniger\s+als)\s+\d+\s+urlaubstag\p{L}*|urlaubsantrag\p{L}*|mindestlohn|probezeit|(?:will|verlangt|zwingt)[^.!?]{0,40}?(?:sonntag|feiertag|nacht)\p{L}*[^.!?]{0,20}?arbeit\p{L}*)(?!\p{L})/iu;
/** The town as the employer (its job offers, an application to it). */
const TOWN_AS_EMPLOYER = /(?<!\p{L})(?:bewerb\p{L}*|stelle\p{L}*|ausbildung\p{L}*|praktikum|beim\s+markt|bei\s+der\s+gemeinde|im\s+rathaus|bauhof)(?!\p{L})/iu;

/** Whether a message is about one's employment ("Mein Chef hat mir den Lohn nicht überwiesen"): labour law, not the town's. */
/** "des geld … wenn mer im erste jahr dahaam bleibt beim kind, mei arbeitgeber zahlt ja nix mehr nach dem mutterschutz": the parental allowance asked (blind set 198). */
const PARENTAL_ALLOWANCE_ASKED =
  /(?<!\p{L})(?:elterngeld\p{L}*|babyjahr\p{L}*|(?:dahaam|daheim|dahoam|dahoim|zuhause|zu\s+hause)\s+(?:\p{L}+\s+){0,2}?(?:beim|bei\s+dem|bei\s+de|mit\s+dem)\s+(?:kind|baby|kleinen)|(?:beim|bei\s+dem|mit\s+dem)\s+(?:kind|baby)\s+(?:dahaam|daheim|dahoam|zuhause|zu\s+hause))(?!\p{L})/iu;
/** "wo kann ich mich beschweren, gibt es bei der gemeinde so eine stelle?" (blind set 220): a place to complain about one's employer, not a post at the town. */
const COMPLAINT_ABOUT_IT = /(?<!\p{L})(?:beschwer\p{L}*|melden|anzeigen)(?!\p{L})/iu;
export const aboutEmployment = (text: string): boolean =>
  EMPLOYER.test(text) && EMPLOYMENT.test(text) && (!TOWN_AS_EMPLOYER.test(text) || COMPLAINT_ABOUT_IT.test(text)) && !PARENTAL_ALLOWANCE_ASKED.test(text);

/** A traffic fine: a parking ticket, a speed camera, the hearing form (the fine office's, not the town's topics). */
const TRAFFIC_FINE =
  /(?<!\p{L})(?:strafzettel\p{L}*|knöllchen|knoellchen|knöllche|knoellche|knolle|geblitzt|blitzer\p{L}*|radarfalle|falschpark\p{L}*|parkverstoß|parkverstoss|anhörungsbogen|anhoerungsbogen|verwarnungsgeld\p{L}*|punkte\s+in\s+flensburg|(?:ohne|kein\p{L}*|kaa)\s+parkscheib\p{L}*|geschwindigkeitsüberschreitung\p{L}*|geschwindigkeitsueberschreitung\p{L}*|(?:bußgeld|bussgeld)\p{L}*[^.!?]{0,60}?(?<!\p{L})(?:zu\s+schnell|polizei|geparkt|parken|rote\p{L}*\s+ampel)|zu\s+schnell\s+(?:gefahren|gefahre|unterwegs)[^.!?]{0,60}?(?<!\p{L})(?:bußgeld|bussgeld)\p{L}*)(?!\p{L})/iu;

/** Whether a message is about a traffic fine ("Hab e Knöllche kriegt … wie leg ich Widerspruch ei?", "bußgeldbescheid von der polizei wegen zu schnell"). */
// "eine Beschwerde … wegen Falschparken vor unserer Einfahrt": others parking wrongly, which the Ordnungsamt hears, is no fine of one's own.
const COMPLAINS_OF_PARKING = /(?<!\p{L})(?:beschwer\p{L}*|zugeparkt|einfahrt\p{L}*|ausfahrt\p{L}*|(?:vor|in)\s+(?:unserer|meiner|der)\s+(?:einfahrt|ausfahrt|garage))(?!\p{L})/iu;
/** "Isch will … kei Strafzettel": a fine only feared, beside the matter asked (blind set 228: a container's permit had been the fine office's). */
const FINE_NOT_WANTED = /(?<!\p{L})(?:will|wollen|wolle|möchte|moechte|möchten|moechten)\s+(?:\p{L}+\s+){0,8}?(?:kein\p{L}*|kei|ka|kaa|koan)\s+(?:\p{L}+\s+)?(?:strafzettel\p{L}*|knöllchen|knoellchen|knolle|bußgeld\p{L}*|bussgeld\p{L}*)(?!\p{L})/iu;
export const aboutTrafficFine = (text: string): boolean => TRAFFIC_FINE.test(text) && !COMPLAINS_OF_PARKING.test(text) && !FINE_NOT_WANTED.test(text);

/** Basic income in old age or with reduced earning capacity, and help with living costs: the Landratsamt's social office (SGB XII). */
const BASIC_INCOME = /(?<!\p{L})(?:grundsicherung\p{L}*|sozialhilfe|hilfe\s+zum\s+lebensunterhalt|sozialamt\p{L}*)(?!\p{L})/iu;
// "Muss ich zum Sozialamt, um einen Mietzuschuss zu beantragen?": the housing benefit by its other name.
// ("Mein Sohn sagt es gibt Geld von Staat für Miete … Ich nicht will Sozialamt": help with the rent, blind set 225.)
const RENT_SUBSIDY = /(?<!\p{L})(?:mietzuschuss\p{L}*|wohngeld\p{L}*|zuschuss\s+(?:zur|für\s+die|fuer\s+die)\s+miete|(?:hilfe|geld|unterstützung|unterstuetzung)\s+(?:\p{L}+\s+){0,2}?(?:für|fuer|zur)\s+(?:die\s+)?miete)(?!\p{L})/iu;
export const aboutBasicIncome = (text: string): boolean => BASIC_INCOME.test(text) && !RENT_SUBSIDY.test(text);

/** A grant for a heating, insulation or solar panels ("Zuschuss für eine neue Heizung"): the federal programmes' (BAFA, KfW), none of the town's. */
const ENERGY_GRANT =
  /(?<!\p{L})(?:zuschuss|zuschüsse|zuschuesse|förderung|foerderung|fördergeld\p{L}*|foerdergeld\p{L}*|förderprogramm\p{L}*|foerderprogramm\p{L}*|gefördert|gefoerdert)(?!\p{L})[^.!?]{0,50}?(?<!\p{L})(?:\p{L}*heizung|wärmepump\p{L}*|waermepump\p{L}*|solar\p{L}*|photovoltaik\p{L}*|pv-anlage\p{L}*|dämmung|daemmung|fenster)(?!\p{L})|(?<!\p{L})(?:\p{L}*heizung|wärmepumpe\p{L}*|waermepumpe\p{L}*|photovoltaik\p{L}*|pv-anlage\p{L}*)(?!\p{L})[^.!?]{0,50}?(?<!\p{L})(?:zuschuss|zuschüsse|zuschuesse|förderung|foerderung|gefördert|gefoerdert)(?!\p{L})/iu;
/** "e Wärmepump einbaue … es gibt viel Förderung vum Staat": the heating named first, the grant in another sentence. */
const NEW_HEATING = /(?<!\p{L})(?:wärmepump\p{L}*|waermepump\p{L}*|photovoltaik\p{L}*|pv-anlage\p{L}*|solaranlage\p{L}*|ölheizung\p{L}*|oelheizung\p{L}*|heizungstausch\p{L}*)(?!\p{L})/iu;
const A_GRANT = /(?<!\p{L})(?:zuschuss|zuschüsse|zuschuesse|förderung|foerderung|fördergeld\p{L}*|foerdergeld\p{L}*|gefördert|gefoerdert)(?!\p{L})/iu;
/** "Für die neue Heizung soll es Geld vom Staat geben" (blind set 219): the grant in plain words. */
const MONEY_FOR_HEATING =
  /(?<!\p{L})(?:\p{L}*heizung|wärmepump\p{L}*|waermepump\p{L}*|solaranlage\p{L}*|photovoltaik\p{L}*|dämmung|daemmung)(?!\p{L})[^.!?]{0,50}?(?<!\p{L})geld\s+(?:vom|von\s+der|vo)\s+(?:staat|bund|kfw|bafa|land)(?!\p{L})/iu;
export const asksEnergyGrant = (text: string): boolean => ENERGY_GRANT.test(text) || (NEW_HEATING.test(text) && A_GRANT.test(text)) || MONEY_FOR_HEATING.test(text);

/**
 * Farming and animal keeping's own bodies: bee colonies, horses' passports and livestock registers (newborn
 * calves, piglets, foals: "wo meld ich meine neugeborene kälber an", blind set 251) are the Veterinäramt's and
 * the animal disease fund's, the area aid application (Mehrfachantrag) and
 * grants for orchards the agriculture office's (AELF) or the district's; an apprentice's contract and
 * a master's examination the chamber's (Handwerkskammer, IHK).
 */
const FARMING_OR_CHAMBER =
  /(?<!\p{L})(?:bienenv(?:ö|oe)lk\p{L}*|bienenst(?:ö|oe)ck\p{L}*|pferdepass\p{L}*|equidenpass\p{L}*|tierseuchenkasse|hi-?tier|viehverkehr\p{L}*|kälber|kaelber|kälbchen|kaelbchen|ferkel|fohlen|rinderhalt\p{L}*|mehrfachantrag\p{L}*|agrarantrag\p{L}*|flächenantrag\p{L}*|flaechenantrag\p{L}*|aelf|landwirtschaftsamt\p{L}*|lehrvertrag\p{L}*|ausbildungsvertrag\p{L}*|meisterprüfung\p{L}*|meisterpruefung\p{L}*|gesellenprüfung\p{L}*|gesellenpruefung\p{L}*|meisterschule)(?!\p{L})/iu;
/** "Förderung für neue Hochstämme auf meiner Streuobstwiese": the orchard programme's grant (not a tree's felling). */
const ORCHARD_GRANT =
  /(?<!\p{L})(?:förder\p{L}*|foerder\p{L}*|zuschuss\p{L}*|zuschüsse)(?!\p{L})[^.!?]{0,50}?(?<!\p{L})(?:streuobst\p{L}*|hochst(?:ä|ae)mm\p{L}*|obstbäume|obstbaeume)(?!\p{L})/iu;
/** "Die IHK hat mir einen Beitragsbescheid geschickt": the chamber's own contribution. */
const CHAMBER_FEE = /(?<!\p{L})(?:ihk|handwerkskammer)(?!\p{L})[^.!?]{0,60}?(?<!\p{L})\p{L}*beitr(?:ag|äge|aege)\p{L}*(?!\p{L})/iu;
export const aboutFarmingOrChamber = (text: string): boolean => FARMING_OR_CHAMBER.test(text) || ORCHARD_GRANT.test(text) || CHAMBER_FEE.test(text);

/**
 * Letters of others that citizens ask about: the statistics office's survey (Mikrozensus), a club's
 * membership fee, a vet's bill. None is the town's; said so, with a person offered.
 */
const OTHERS_LETTER =
  /(?<!\p{L})(?:mikrozensus|zensus|landesamt\s+für\s+statistik|landesamt\s+fuer\s+statistik|statistische[ns]?\s+landesamt|tierarztrechnung\p{L}*|rechnung\s+(?:vom|von\s+der)\s+tierärzt\p{L}*|rechnung\s+(?:vom|von\s+der)\s+tierarzt\p{L}*)(?!\p{L})/iu;
/** A club's reminder for a membership fee after leaving ("Mahnung für den Mitgliedsbeitrag, obwohl ich gekündigt habe"), or a membership to end ("wie kündige ich meine mitgliedschaft im turnverein", blind set 206), or a club left whose fee is still taken ("aus dem schützeverein ausgetrete … die buche immer noch de beitrag ab", blind set 209), or its fee to be raised ("im verein mitgliedsbeitrag erhöhen", blind set 211), not the fees a club's support is asked beside. */
const CLUB_FEE_DISPUTE =
  /(?<!\p{L})(?:mitgliedsbeitr|vereinsbeitr|mitgliedschaft)\p{L}*[^.!?]{0,80}?(?<!\p{L})(?:gekündigt|gekuendigt|kündigung|kuendigung|ausgetreten)(?!\p{L})|(?<!\p{L})mahnung\s+(?:\p{L}+\s+){0,3}?(?:mitgliedsbeitr|vereinsbeitr)\p{L}*|(?<!\p{L})(?:kündig\p{L}*|kuendig\p{L}*|beend\p{L}*)\s+(?:\p{L}+\s+){0,3}?mitgliedschaft\p{L}*(?!\p{L})(?![^.!?]{0,40}?kirch)|(?<!\p{L})(?:mitgliedsbeitr|vereinsbeitr)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:erhöh|erhoeh|senk|änder|aender)\p{L}*|(?<!\p{L})\p{L}*verein(?!\p{L})[^.!?]{0,40}?(?<!\p{L})(?:ausgetreten|ausgetrete|gekündigt|gekuendigt)(?!\p{L})[^.!?]{0,120}?(?<!\p{L})\p{L}*beitr(?:ag|äg|aeg)\p{L}*/iu;
/** The chimney sweep's inspection ("Der Kaminkehrer will zweimal kommen"): the district chimney sweep's, by law, not the town's. */
const CHIMNEY_SWEEP = /(?<!\p{L})(?:kaminkehrer\p{L}*|schornsteinfeger\p{L}*|kaminfeger\p{L}*|feuerstättenschau|feuerstaettenschau)(?!\p{L})/iu;
/** "Welche Krankenkasse ist die günstigste?": a health insurer chosen, the citizen's own contract. */
const HEALTH_INSURER_CHOICE =
  /(?<!\p{L})(?:welche|günstigste|guenstigste|billigste|beste)\s+(?:\p{L}+\s+){0,2}?krankenkasse\p{L}*|(?<!\p{L})krankenkasse\p{L}*\s+(?:\p{L}+\s+){0,4}?(?:günstigst\p{L}*|guenstigst\p{L}*|billigst\p{L}*|beste|wechseln)(?!\p{L})/iu;
/** A care home's place, a care level, a care service: the care insurer's and the care homes' matter, not the town's. */
const CARE = /(?<!\p{L})(?:heimpl(?:atz|ätze|aetze)|pflegeheimpl(?:atz|ätze|aetze)|pflegepl(?:atz|ätze|aetze)|treppenlift\p{L}*|wohnraumanpassung\p{L}*|platz\s+im\s+(?:pflege|alten|senioren)heim|pflegegrad\p{L}*|pflegestufe\p{L}*|kurzzeitpflege\p{L}*|tagespflege\p{L}*|pflegekasse\p{L}*|hausnotruf\p{L}*|essen\s+auf\s+rädern|essen\s+auf\s+raedern|hilfe\s+zur\s+pflege|elternunterhalt\p{L}*|heimkosten\p{L}*|pflegeheimkosten\p{L}*)(?!\p{L})/iu;
export const aboutCare = (text: string): boolean => CARE.test(text);
/** A work or residence permit ("Arbeitserlaubnis für einen Mitarbeiter aus Indien", a Fiktionsbescheinigung until it is renewed): the Ausländerbehörde's. */
const RESIDENCE_PERMIT = /(?<!\p{L})(?:arbeitserlaubnis\p{L}*|arbeitsgenehmigung\p{L}*|aufenthaltserlaubnis\p{L}*|aufenthaltstitel\p{L}*|niederlassungserlaubnis\p{L}*|fiktionsbescheinigung\p{L}*|blue\s+card)(?!\p{L})/iu;
/** "suche Arbeit, habe Arbeitserlaubnis. Braucht der Bauhof Leute?": a permit one has, told beside the matter (blind set 176). */
const PERMIT_HELD =
  /(?<!\p{L})(?:habe|hab|hat|haben|besitze|mit)\s+(?:schon\s+|jetzt\s+|eine\s+|meine\s+|meiner\s+)?(?:arbeitserlaubnis|arbeitsgenehmigung|aufenthaltserlaubnis|aufenthaltstitel|niederlassungserlaubnis)(?!\p{L})/giu;
export const aboutResidencePermit = (text: string): boolean => RESIDENCE_PERMIT.test(text.replace(PERMIT_HELD, ' '));
/** "Mein Aufenthaltstitel läuft ab im Mai. Wo muss ich verlängern … wie Personalausweis?": the permit renewed, whatever ID card is compared. */
const RUNS_OUT = /(?<!\p{L})(?:(?:läuft|laeuft|lauft)\s+(?:\p{L}+\s+){0,3}?ab|abgelaufen|verlänger\p{L}*|verlaenger\p{L}*|erneuer\p{L}*)(?!\p{L})/iu;
export const renewsResidencePermit = (text: string): boolean => RESIDENCE_PERMIT.test(text) && RUNS_OUT.test(text);
/** The register of associations (a new board, the statutes): the Amtsgericht's. */
// ("… en neuen verein gegründet … wo lasse mir uns ins register eintrage": the register by its plain name, a club named.)
const ASSOCIATIONS_REGISTER = /(?<!\p{L})(?:vereinsregister\p{L}*|registergericht\p{L}*|verein(?!\p{L})[^.!?]{0,80}?(?<!\p{L})(?:ins|in\s+das|im)\s+register)(?!\p{L})/iu;
/** A club to be founded ("en verein gründe") with what the register asks: a notary, the court, a statute ("neu gegründet" is told, not asked). */
const FOUNDS_A_CLUB =
  /(?<!\p{L})(?:vereinsgründung\p{L}*|vereinsgruendung\p{L}*|verein\s+(?:\p{L}+\s+){0,2}?(?:gründen|gründe|gruenden|gruende)|(?:gründen|gründe|gruenden|gruende)\s+(?:\p{L}+\s+){0,3}?verein)(?!\p{L})/iu;
const CLUB_LAW = /(?<!\p{L})(?:notar\p{L}*|amtsgericht\p{L}*|satzung\p{L}*)(?!\p{L})/iu;
export const aboutAssociationsRegister = (text: string): boolean => ASSOCIATIONS_REGISTER.test(text) || (FOUNDS_A_CLUB.test(text) && CLUB_LAW.test(text));

/** "Hab meine Geldbörse verloren": a wallet or keys lost, no ID document named (then it is the document's loss: "Geldbeutel mit dem Personalausweis verloren", trial 46). */
const THING_LOST = /(?<!\p{L})(?:geldbörse|geldboerse|portemonnaie|portmonee|geldbeutel|brieftasche|schlüssel\p{L}*|schluessel\p{L}*|rucksack|handtasche|jacke|mütze|muetze|schal|brille|handschuhe|trinkflasche|turnbeutel|sporttasche)(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:verloren|verlorn|liegen\s*lassen|liegen\s*gelassen|liegen\s*gelasse|vergessen)(?!\p{L})/iu;
const ID_NAMED = /(?<!\p{L})(?:\p{L}*ausweis\p{L}*|perso|pass|reisepass\p{L}*|führerschein\p{L}*|fuehrerschein\p{L}*|papiere[n]?|dokumente[n]?)(?!\p{L})/iu;
export const lostAThing = (text: string): boolean => THING_LOST.test(text) && !ID_NAMED.test(text);
/** "welcher Sachbearbeiter und welche Durchwahl?": an office's person and number, the contact's answer. */
const EXTENSION_ASKED = /(?<!\p{L})(?:durchwahl\p{L}*|welche[rn]?\s+sachbearbeiter\p{L}*|direkte\s+nummer)(?!\p{L})/iu;
/** "eine Behindertenbeauftragte … Wie erreiche ich die Person?": a commissioner or contact person, and how to reach them. */
const COMMISSIONER_REACHED =
  /(?<!\p{L})(?:\p{L}*beauftragte[rn]?|ansprechpartner\p{L}*|ansprechperson\p{L}*)(?!\p{L})[^]*?(?<!\p{L})(?:wie\s+erreiche|erreichbar|erreichen|telefonnummer|kontaktdaten)(?!\p{L})/iu;
/** "Wie heißt die Sachbearbeiterin für Gewerbe und wie erreich ich sie direkt?": a clerk's name or direct line, the contact's. */
const CLERK_REACHED =
  /(?<!\p{L})(?:wie\s+(?:heißt|heisst)\s+(?:die|der)\s+(?:sachbearbeiter\p{L}*|zuständige\p{L}*|zustaendige\p{L}*)|wie\s+erreich\p{L}*\s+(?:ich|man)\s+(?:sie|ihn|den|die|diese[n]?)\s+direkt)(?!\p{L})/iu;
export const asksForExtension = (text: string): boolean => EXTENSION_ASKED.test(text) || COMMISSIONER_REACHED.test(text) || CLERK_REACHED.test(text);

/** "Verkauft die Gemeinde noch Bauplätze?": building plots for sale, which no entry answers (the Bauamt knows). */
const BUILDING_PLOT = /(?<!\p{L})(?:bauplatz|bauplätze|bauplaetze|baugrundstück\p{L}*|baugrundstueck\p{L}*)(?!\p{L})/iu;
/** A plan named: what may be built there, the plans' answer. */
const A_PLAN = /(?<!\p{L})(?:bebauungsplan\p{L}*|flächennutzungsplan\p{L}*|flaechennutzungsplan\p{L}*)(?!\p{L})/iu;
/** What may be built on it ("wie hoch wir bauen dürfen", "Flachdach"): the plan's answer, whatever plot is bought. */
const WHAT_MAY_BE_BUILT = /(?<!\p{L})(?:wie\s+(?:hoch|groß|gross|breit)|bauen\s+(?:dürfen|duerfen|derfe)|baue\s+derfe|flachdach|dachform|vorgaben|nachguck\p{L}*|nachles\p{L}*|nachschau\p{L}*|wo\s+steht)(?!\p{L})/iu;
const PLOT_SOLD = /(?<!\p{L})(?:verkauf\p{L}*|vergabe|vergibt|vergeben|preis\p{L}*|kostet|teuer|quadratmeterpreis\p{L}*)(?!\p{L})/iu;
export const asksForBuildingPlot = (text: string): boolean => BUILDING_PLOT.test(text) && PLOT_SOLD.test(text) && !A_PLAN.test(text) && !WHAT_MAY_BE_BUILT.test(text);
/** Points in Flensburg: the Kraftfahrt-Bundesamt's register. */
const DRIVING_POINTS = /(?<!\p{L})(?:flensburg|fahreignungsregister\p{L}*|punktestand|punkte\s+in\s+flensburg|kraftfahrt-?bundesamt|kba)(?!\p{L})/iu;
export const asksDrivingPoints = (text: string): boolean => DRIVING_POINTS.test(text);
/** The youth leader's card (Juleica): the youth council's, not the town's volunteer card. */
const YOUTH_LEADER_CARD = /(?<!\p{L})(?:juleica|jugendleitercard|jugendleiter-?card|jugendleiterausweis)(?!\p{L})/iu;
/** The volunteer card asked beside it: Juleica holders get the Ehrenamtskarte, the topic's. */
// ("bekomm ich dann automatisch die blaue karte?", blind set 199: the Ehrenamtskarte is blue.)
const VOLUNTEER_CARD_ASKED = /(?<!\p{L})(?:ehrenamtskarte\p{L}*|blaue\s+karte|vergünstigung\p{L}*|verguenstigung\p{L}*|rabatt\p{L}*|karte\s+vom\s+freistaat|karte\s+(?:fürs|fuers|furs|für(?:\s+das|\s+ein)?|fuer(?:\s+das|\s+ein)?)\s+ehrenamt\p{L}*)(?!\p{L})/iu;
export const asksYouthLeaderCard = (text: string): boolean => YOUTH_LEADER_CARD.test(text) && !VOLUNTEER_CARD_ASKED.test(text);
/** A hunting licence or a firearms permit: the district's weapons and hunting authority. */
const HUNTING_OR_WEAPONS = /(?<!\p{L})(?:\p{L}*jagdschein\p{L}*|jägerprüfung|jaegerpruefung|jagdprüfung|jagdpruefung|waffenbesitzkarte\p{L}*|waffenschein\p{L}*)(?!\p{L})/iu;
export const asksHuntingOrWeapons = (text: string): boolean => HUNTING_OR_WEAPONS.test(text);
/** Naturalisation: the district's naturalisation authority, with the Ausländerbehörde. */
// Asked for, not told as done ("Einbürgerung ist fertig … jetzt brauche ich einen Ausweis" is the ID card's).
const NATURALISATION =
  /(?<!\p{L})(?:(?:einbürgern|einbuergern)\s+lassen|(?:eingebürgert|eingebuergert)\s+werden|(?:will|möchte|moechte|wollen)\s+(?:\p{L}+\s+){0,3}?deutsch(?:er|e)?\s+(?:werden|werre|wern|werrn)|einbürgerungsantrag\p{L}*|einbuergerungsantrag\p{L}*|(?:wie\s+lang\p{L}*\s+dauert|was\s+kost\p{L}*)\s+(?:\p{L}+\s+){0,3}?(?:einbürgerung|einbuergerung)|(?:will|möchte|moechte|wollen)\s+(?:\p{L}+\s+){0,6}?(?:die\s+(?:deutsche\s+)?|deutsche\s+)(?:staatsangehörigkeit|staatsangehoerigkeit|staatsbürgerschaft|staatsbuergerschaft)|antrag\s+auf\s+(?:die\s+)?(?:einbürgerung|einbuergerung)|einbürgerung\s+(?:\p{L}+\s+){0,2}?(?:beantrag\p{L}*|stellen|machen)|(?:beantrag\p{L}*|stelle|mache)\s+(?:\p{L}+\s+){0,2}?einbürgerung|staatsangehörigkeitsausweis|staatsangehoerigkeitsausweis|staatsangehörigkeit\s+(?:\p{L}+\s+)?(?:annehmen|beantragen|erwerben|annehme)|deutsche[rn]?\s+staatsbürger\p{L}*\s+werden)(?!\p{L})/iu;
export const asksNaturalisation = (text: string): boolean => NATURALISATION.test(text);

/** A school for special needs, a child's enrolment: the school's and the state school office's. */
/** "die lehrerin von meim sohn hat ihm e sechs gegeben" (blind sets 241 and 243): a teacher's grade, the school's matter. */
const TEACHERS_GRADE = /(?<!\p{L})lehrer\p{L}*(?!\p{L})[^.!?]{0,80}?(?<!\p{L})(?:note\p{L}*|fünf|fünfe|fuenf|sechs|sechser|fünfer|fuenfer|vierer|ungerecht)(?!\p{L})/iu;
const SCHOOL = /(?<!\p{L})(?:schulbescheinigung\p{L}*|schulbestätigung\p{L}*|schulbestaetigung\p{L}*|förderschule\p{L}*|foerderschule\p{L}*|förderzentrum\p{L}*|einschulung\p{L}*|schulanmeldung\p{L}*|schulbegleit\p{L}*)(?!\p{L})/iu;
/** The disability card asked for, the school or the tax allowance only why ("Ausweis für Behinderte … wegen Steuerfreibetrag"). */
const DISABILITY_CARD_ASKED =
  /(?<!\p{L})(?:ausweis\s+(?:\p{L}+\s+){0,2}?(?:für|fuer|wegen)\s+(?:behindert\p{L}*|behinderung\p{L}*|schwerbehindert\p{L}*)|\p{L}*behindertenausweis\p{L}*|grad\s+der\s+behinderung|gdb|merkzeichen|nachteilsausgleich\p{L}*)(?!\p{L})/iu;
/** "Für die Schulanmeldung brauchen wir nochmal eine Geburtsurkunde": a paper of the town's for the enrolment, the Standesamt's or the register's. */
const TOWNS_PAPER_FOR_SCHOOL = /(?<!\p{L})(?:geburtsurkunde\p{L}*|meldebescheinigung\p{L}*)(?!\p{L})/iu;
export const asksAboutSchool = (text: string): boolean =>
  (SCHOOL.test(text) || TEACHERS_GRADE.test(text)) && !DISABILITY_CARD_ASKED.test(text) && !TOWNS_PAPER_FOR_SCHOOL.test(text);
/** The disability allowance in the tax return ("Behinderten-Pauschbetrag"): the Finanzamt's. */
const TAX_ALLOWANCE = /(?<!\p{L})(?:\p{L}*pauschbetrag\p{L}*|steuerfreibetrag\p{L}*)(?!\p{L})/iu;
export const asksTaxAllowance = (text: string): boolean => TAX_ALLOWANCE.test(text) && !DISABILITY_CARD_ASKED.test(text);

/**
 * Matters of the town that no entry answers, asked by professionals: the pre-emption right's waiver
 * (§ 28 BauGB), development charges, the lay judges' list; a residents' parking permit (trial 58: the disability card's parking
 * permit had been answered). No topic; the reply offers a person.
 */
const TOWN_MATTER_WITHOUT_ENTRY =
  /(?<!\p{L})(?:vorkaufsrecht\p{L}*|negativzeugnis\p{L}*|negativattest\p{L}*|anliegerbescheinigung\p{L}*|erschließungsbeitr\p{L}*|erschliessungsbeitr\p{L}*|schöffe\p{L}*|schoeffe\p{L}*|anwohnerpark\p{L}*|bewohnerpark\p{L}*|parkausweis\s+(?:für|fuer)\s+(?:die\s+)?(?:anwohner|bewohner)\p{L}*)(?!\p{L})/iu;
export const townMatterWithoutEntry = (text: string): boolean => TOWN_MATTER_WITHOUT_ENTRY.test(text);
/** The EU Blue Card by its full name (the Ehrenamtskarte is "blaue Karte" without "EU"). */
// ("meine blaue karte läuft in zwei monaten ab … darf ich dann weiter arbeiten?": named without "EU", by the work it allows;
// a blue card alone may be the Ehrenamtskarte.)
const BLUE_CARD_EU =
  /(?<!\p{L})(?:blaue[nr]?\s+karte\s+eu|blue\s*card|blaue[nr]?\s+karte(?!\p{L})[^]*?(?<!\p{L})(?:arbeitsvertrag\p{L}*|arbeitgeber\p{L}*|arbeiten|aufenthalt\p{L}*|visum))(?!\p{L})/iu;
export const namesBlueCardEu = (text: string): boolean => BLUE_CARD_EU.test(text);
/** A building's energy certificate: an energy consultant's or engineer's document (GEG § 88), none of the town's. */
const ENERGY_CERTIFICATE = /(?<!\p{L})(?:energieausweis\p{L}*|verbrauchsausweis\p{L}*|bedarfsausweis\p{L}*)(?!\p{L})/iu;
export const asksEnergyCertificate = (text: string): boolean => ENERGY_CERTIFICATE.test(text);
/** The land register (Grundbuch): the Amtsgericht's. */
const LAND_REGISTER = /(?<!\p{L})(?:grundbuch\p{L}*)(?!\p{L})/iu;
export const asksLandRegister = (text: string): boolean => LAND_REGISTER.test(text);

/** A midwife sought: the health insurer's list or the midwives' association, none of the town's. */
// Sought ("Wo finde ich eine Hebamme?"), not told as the one who helped at a home birth.
const MIDWIFE = /(?<!\p{L})(?:(?:such\p{L}*|find\p{L}*|brauch\p{L}*|wo\s+(?:gibt|bekomm|krieg)\p{L}*)\s+(?:\p{L}+\s+){0,4}?(?:hebamme\p{L}*|geburtshaus\p{L}*)|hebammensuche\p{L}*)(?!\p{L})/iu;
export const seeksMidwife = (text: string): boolean => MIDWIFE.test(text);
/**
 * "Gibt es in Mömbris einen Kinderarzt, der noch neue Patienten nimmt?": a doctor's practice sought, the doctors' own (blind set 184: the move told beside it had led to the registration).
 * ("Nehmen die Hausärzte in Mömbris noch neue Patienten?": the practices and their patients, blind set 214.)
 */
const DOCTOR_SOUGHT =
  /(?<!\p{L})(?:(?:gibt\s+es|gibts|gibt's|such\p{L}*|find\p{L}*|empfehl\p{L}*|wo\s+(?:gibt|bekomm|krieg|find)\p{L}*)\s+(?:\p{L}+\s+){0,5}?(?:kinder|haus|zahn|frauen|augen|haut|hno-?)?(?:arzt|ärztin|aerztin|ärzte|aerzte|arztpraxis)|(?:kinder|haus|zahn|frauen|augen|haut|hno-?)?(?:arzt|ärztin|aerztin|ärzte|aerzte|arztpraxis|praxen)\s+(?:\p{L}+\s+){0,5}?(?:neue\s+)?patient\p{L}*)(?!\p{L})/iu;
export const seeksADoctor = (text: string): boolean => DOCTOR_SOUGHT.test(text);

/** A rehabilitation or a cure ("Reha-Klinik selbst aussuchen", "Mutter-Kind-Kur"): the health insurer's or the pension insurer's decision, none of the town's. */
const REHABILITATION = /(?<!\p{L})(?:reha|reha-?klinik\p{L}*|rehaklinik\p{L}*|reha-?antrag\p{L}*|anschlussheilbehandlung\p{L}*|mutter-?kind-?kur\p{L}*|kurantrag\p{L}*|kurklinik\p{L}*)(?!\p{L})/iu;
/** The disability card the rehabilitation clinic advised ("Die Reha hat mir geraten, einen Behindertenausweis zu beantragen"): the card is asked. */
const DISABILITY_ASKED = /(?<!\p{L})(?:\p{L}*behindert\p{L}*|\p{L}*behinderung\p{L}*|gdb|merkzeichen|\p{L}*ausweis\p{L}*)(?!\p{L})/iu;
export const aboutRehabilitation = (text: string): boolean => REHABILITATION.test(text) && !DISABILITY_ASKED.test(text);
/** "Können wir die Reha-Klinik selbst wählen?": the clinic chosen, whose "wählen" and "in der Reha" had led the model to the postal vote. */
const CLINIC_CHOSEN = /(?<!\p{L})(?:reha|kur)-?klinik\p{L}*(?!\p{L})[^.!?]{0,40}?(?<!\p{L})(?:aussuchen|auswählen|auswaehlen|wählen|waehlen|entscheid\p{L}*|bestimm\p{L}*)(?!\p{L})/iu;
export const choosesRehabilitationClinic = (text: string): boolean => CLINIC_CHOSEN.test(text) && !DISABILITY_ASKED.test(text);

export const aboutOthersLetter = (text: string): boolean =>
  OTHERS_LETTER.test(text) || CLUB_FEE_DISPUTE.test(text) || CHIMNEY_SWEEP.test(text) || HEALTH_INSURER_CHOICE.test(text);

/** The vehicle tax, which the customs collect (KraftStG § 10a). */
const VEHICLE_TAX =
  /(?<!\p{L})(?:kfz-?steuer\p{L}*|kraftfahrzeugsteuer\p{L}*|autosteuer\p{L}*|kfz\s+steuer\p{L}*|steuer\s+(?:fürs|fuers|für\s+(?:das|mei|mein|unser)|fuer\s+(?:das|mein|unser))\s+auto|(?:fürs|fuers|für\s+(?:das|mei|mein|unser)|fuer\s+(?:das|mein|unser))\s+auto\s+(?:\p{L}+\s+){0,3}?steuer)(?!\p{L})/iu;

/** Whether a message asks about the vehicle tax ("Die Kfz-Steuer fürs Wohnmobil ist zu hoch"), not the registration's mandate for it. */
export const aboutVehicleTax = (text: string): boolean => VEHICLE_TAX.test(text) && !VEHICLE_REGISTRATION.test(text);

/** Which training or studies suit someone ("welche Ausbildung ist da die richtige?", "was soll ich nur werden"): the employment agency's career advice. */
const CAREER_ADVICE =
  /(?<!\p{L})(?:berufsberatung|berufswahl|berufsorientierung|welche[rsn]?\s+(?:ausbildung|beruf|lehre|studium|studiengang|lehrstelle)\p{L}*\s+(?:\p{L}+\s+){0,4}?(?:richtig\p{L}*|passt|passend\p{L}*|geeignet\p{L}*|sinnvoll\p{L}*|empfehl\p{L}*|am\s+besten)|was\s+(?:soll|sollte|könnte|koennte|kann)\s+(?:ich|er|sie)\s+(?:\p{L}+\s+){0,2}?werden)(?!\p{L})/iu;
/** The town's own training places ("Welche Ausbildung kann man bei euch im Rathaus machen?"). */
const AT_THE_TOWN = /(?<!\p{L})(?:bei\s+euch|bei\s+ihnen|beim\s+markt|gemeinde|rathaus|bauhof)(?!\p{L})/iu;

/** "Gibt's bei den Firmen im Gewerbegebiet noch Ausbildungsplätze?", "en praktikumsplatz in ner kfz werkstatt": training places at companies (the employment agency places them), not the town's. */
const TRAINING_AT_FIRMS =
  /(?<!\p{L})(?:ausbildungsplätz|ausbildungsplaetz|ausbildungsplatz|ausbildungsstelle|lehrstelle|praktikumsplatz|praktikumsplätz)\p{L}*[^.!?]{0,80}?(?<!\p{L})(?:firma|firmen|betrieb\p{L}*|unternehmen|gewerbegebiet|handwerker\p{L}*|\p{L}*werkstatt|\p{L}*werkstätten|\p{L}*praxis|laden|geschäft|geschaeft)(?!\p{L})|(?<!\p{L})(?:firma|firmen|betriebe[n]?|unternehmen|gewerbegebiet)(?!\p{L})[^.!?]{0,80}?(?<!\p{L})(?:ausbildungsplätz|ausbildungsplaetz|ausbildungsplatz|ausbildungsstelle|lehrstelle)\p{L}*/iu;

/** Whether a message asks which training or career suits someone, or a company's training place, not about the town's own training places. */
export const asksCareerAdvice = (text: string): boolean => (CAREER_ADVICE.test(text) || TRAINING_AT_FIRMS.test(text)) && !AT_THE_TOWN.test(text);

/** BAföG, the federal grant for students and pupils (BAföG §§ 40, 45: the Ämter für Ausbildungsförderung). */
const STUDENT_GRANT = /(?<!\p{L})(?:bafög\p{L}*|bafoeg\p{L}*|bafög\p{L}*|ausbildungsförderung\p{L}*|ausbildungsfoerderung\p{L}*)(?!\p{L})/iu;

/** A paper of the town's for the application ("Für das BAföG-Amt brauche ich einen Nachweis, wo ich gemeldet bin"). */
const TOWNS_PAPER = /(?<!\p{L})(?:\p{L}*bescheinigung\p{L}*|\p{L}*bestätigung\p{L}*|\p{L}*bestaetigung\p{L}*|nachweis\p{L}*|beglaubig\p{L}*|kopie\p{L}*|\p{L}*urkunde\p{L}*|gemeldet)(?!\p{L})/iu;

/** Whether a message is about BAföG itself ("hab bafög antrag gestellt, wann krieg ich geld"), not a paper of the town's for it. */
/** "wenn man kein bafög bekommt": the grant named only as not received. */
const NO_STUDENT_GRANT = /(?<!\p{L})(?:kein\p{L}*|nicht)\s+(?:\p{L}+\s+)?baf(?:ö|oe|o)g\p{L}*(?!\p{L})/iu;
export const aboutStudentGrant = (text: string): boolean => STUDENT_GRANT.test(text) && !TOWNS_PAPER.test(text) && !NO_STUDENT_GRANT.test(text);

/**
 * A document for someone who is not German ("ich habe kein deutsch pass, ich bin aus syrien", "meinen
 * syrischen Pass verlängern"): the home country's embassy, or a travel document of the Ausländerbehörde
 * (AufenthV §§ 5, 6); the Bürgerbüro makes passports and ID cards for Germans only (PassG § 1, PAuswG § 1).
 */
const NATIONALITY = String.raw`(?:türk|tuerk|syr|afghan|ukrain|russ|poln|rumän|rumaen|bulgar|kroat|serb|bosn|kosovar|alban|italien|griech|irak|iran|eritre|amerikan|brit|ind|pakistan|marokkan|tunes|vietnames|chines|portugies|span|französ|franzoes|ungar|tschech|slowak|litau|lett|estn|moldau|georg|armen|kasach|nigerian|somal|äthiop|aethiop|brasilian|kolumbian|venezolan|philippin|thailänd|thailaend|libanes|jordan|ägypt|aegypt|alger|mazedon|montenegrin|slowen|österreich|oesterreich|niederländ|niederlaend|belg|dän|daen|schwed|finn|norweg|ir|kanad|austral)ische[nmr]?`;
const NOT_GERMAN = new RegExp(
  String.raw`(?<!\p{L})(?:kein\p{L}*\s+deutsch\p{L}*\s+(?:pass|reisepass|ausweis|personalausweis|staatsangehörigkeit|staatsangehoerigkeit|staatsbürgerschaft|staatsbuergerschaft)|(?:bin|sind)\s+(?:kein|keine)\s+deutsche[rn]?|nicht\s+(?:die\s+)?deutsche\s+staats\p{L}+|reiseausweis\p{L}*|flüchtlingspass\p{L}*|fluechtlingspass\p{L}*|heimatpass\p{L}*|nationalpass\p{L}*|pass\s+(?:von|aus)\s+(?:meinem\s+)?heimatland|${NATIONALITY}\s+(?:reise)?pass)(?!\p{L})`,
  'iu',
);

/** Naturalized: a German now, whose first German document is the Bürgerbüro's. */
// Also a German by one's own words ("ich bin deutsche Staatsbürger seit 2019 … will ich deutsche Pass"), not after "kein".
const NATURALIZED =
  /(?<!\p{L})(?:eingebürgert|eingebuergert|einbürgerung\p{L}*|einbuergerung\p{L}*|(?<!(?:kein|keine|keiner|keinen|nicht)\s+)deutsche[rn]?\s+(?:staatsbürger\p{L}*|staatsbuerger\p{L}*|staatsangehörig\p{L}*|staatsangehoerig\p{L}*|(?:reise)?pass))(?!\p{L})/iu;

/** Whether a message asks for a passport or ID card by someone who is not German. */
/** "mein pass is abgelaufen und mit dem türkische pass hab ich auch probleme": a foreign passport besides one's own (blind set 198). */
const ALSO_FOREIGN = new RegExp(
  String.raw`(?<!\p{L})${NATIONALITY}\s+(?:reise)?pass\p{L}*\s+(?:\p{L}+\s+){0,3}?auch(?!\p{L})|(?<!\p{L})(?:auch|zusätzlich|zusaetzlich)\s+(?:\p{L}+\s+){0,2}?${NATIONALITY}\s+(?:reise)?pass|(?<!\p{L})doppelte\s+staats\p{L}+`,
  'iu',
);
export const notGermansDocument = (text: string): boolean => NOT_GERMAN.test(text) && !NATURALIZED.test(text) && !ALSO_FOREIGN.test(text);

const GERMAN_COURSE = String.raw`(?:deutschkurs\p{L}*|integrationskurs\p{L}*|sprachkurs\p{L}*|deutsch\s*-?\s*kurs\p{L}*|deutsch\s+lernen|deutsch\s+lerne)`;
/** "Wo ich kann Deutsch lernen?", "ich will deutschkurs machen, wo kann ich anmelden?": where to learn German (not a Kita place wanted for the time of the course). */
const ASKS_FOR_GERMAN_COURSE = new RegExp(
  String.raw`(?<!\p{L})(?:wo|wie|wann|welche\p{L}*|gibt\s+es|gibts|suche|brauche)\s+(?:[^.!?,;]{0,40}?\s)?${GERMAN_COURSE}(?!\p{L})|(?<!\p{L})${GERMAN_COURSE}\s+(?:\p{L}+\s+)?(?:machen|mache|besuchen|anfangen|belegen|finden)\s*[,.]?\s*(?:wo|wie|was|wer)(?!\p{L})`,
  'iu',
);

/** Whether a message asks where to learn German: the BAMF's integration courses. */
export const asksForGermanCourse = (text: string): boolean => ASKS_FOR_GERMAN_COURSE.test(text) && !CHILD_CARE.test(text);
/** A place in child care asked for ("brauche Platz im Kindergarten weil ich Sprachkurs mache"): the Kita's matter, the course only its reason. */
const CHILD_CARE = /(?<!\p{L})(?:kindergarten\p{L}*|kita\p{L}*|krippe\p{L}*|kinderkrippe\p{L}*|hort|kinderbetreuung|tagesmutter)(?!\p{L})/iu;

/** Parental leave told to the employer (BEEG § 16): labour law, not the Elterngeld the word leads to. */
/** "vor der geburt so e mutterschafts geld": maternity pay, the health insurer's (SGB V § 24i). */
const MATERNITY_PAY = /(?<!\p{L})(?:mutterschaftsgeld|mutterschafts[\s-]+geld|mutterschutzlohn)(?!\p{L})/iu;
export const aboutMaternityPay = (text: string): boolean => MATERNITY_PAY.test(text);

const PARENTAL_LEAVE = /(?<!\p{L})elternzeit\p{L}*(?!\p{L})/iu;
/** Telling the employer: when, how, whether they may refuse. */
const NOTICE = /(?<!\p{L})(?:sagen|sage|mitteil\p{L}*|ankündig\p{L}*|ankuendig\p{L}*|schriftlich|vorher|frist\p{L}*|verweiger\p{L}*|ablehn\p{L}*|kündigungsschutz|kuendigungsschutz|verschieb\p{L}*|(?:net|nicht)\s+(?:gebe|geben|gewähren|gewaehren)|darf\s+(?:der|die|er|sie)\s+(?:\p{L}+\s+)?(?:das|des))(?!\p{L})/iu;
/** The money (the Elterngeld's topic). */
const PARENTAL_ALLOWANCE = /(?<!\p{L})(?:\p{L}*geld\p{L}*|zahlung\p{L}*|\p{L}*antrag|partnerschaftsbonus)(?!\p{L})/iu;

/** Whether a message asks how to take parental leave from one's employer ("Wie lange vorher muss ich meinem Chef sagen, dass ich in Elternzeit gehe?"). */
export const aboutParentalLeave = (text: string): boolean => PARENTAL_LEAVE.test(text) && EMPLOYER.test(text) && NOTICE.test(text) && !PARENTAL_ALLOWANCE.test(text);

/** A credit report ("Schufa-Auskunft"): a private company's, not the town's register information. */
const CREDIT_REPORT = /(?<!\p{L})(?:schufa\p{L}*|bonitätsauskunft|bonitaetsauskunft|selbstauskunft\s+(?:\p{L}+\s+){0,2}?bank)(?!\p{L})/iu;

/** Whether a message asks about a credit report ("De neie Vermieter will e Schufa-Auskunft vun mir"); the town's proof of registration asked beside it is the town's. */
export const aboutCreditReport = (text: string): boolean => CREDIT_REPORT.test(text) && !confirmsOwnRegistration(text);

/** A neighbour taken to court or a lawyer ("Kann ich ihn verklagen?"): civil law between neighbours, not the town's rules on trees or noise. */
const NEIGHBOUR = /(?<!\p{L})(?:nachbar\p{L}*|nochber\p{L}*|nachber\p{L}*)(?!\p{L})/iu;
// ("der schneidet die einfach net. wie zwing ich den dazu?": a neighbour to be made to do something.)
const SUING = /(?<!\p{L})(?:verklag\p{L}*|zwing\p{L}*|anwalt|anwältin|anwaeltin|rechtsanwalt\p{L}*|schlichtung\p{L}*|schiedsamt\p{L}*|schiedsperson\p{L}*|schadensersatz|schadenersatz)(?!\p{L})/iu;

/** Something lent and not given back ("hat sich meine Leiter geliehen und gibt sie nicht zurück"). */
const NOT_GIVEN_BACK =
  /(?<!\p{L})(?:(?:sich|mir|uns|ihm|ihr|von\s+mir|von\s+uns)\s+(?:\p{L}+\s+){0,3}?(?:aus)?geliehen|gibt\s+(?:\p{L}+\s+){0,3}?(?:nicht|net|ned)\s+(?:mehr\s+)?(?:zurück|zurueck|raus|her)|rückt\s+(?:\p{L}+\s+){0,3}?(?:nicht|net|ned)\s+raus|schuldet)(?!\p{L})/iu;

/** A neighbour's tree or hedge over the boundary ("de kirschbaum hängt über de zaun", "der Überhang"): BGB § 910, between neighbours. */
// ("nachbar's hecke hängt seit jahren in mei garten".)
const OVER_THE_BOUNDARY =
  /(?<!\p{L})(?:(?:hecke|baum|bäume|baeume|äste|aeste|zweige|sträucher|straeucher)\s+(?:\p{L}+\s+){0,1}(?:häng|haeng|wächs|waechs|wachs|wucher|rag)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:in|auf)\s+(?:mein|mei|unser)\p{L}*\s+(?:garten|grundstück|grundstueck|hof|einfahrt)|(?:zaun|mauer|garage|hecke|schuppen)\s+(?:\p{L}+\s+){0,3}?(?:\d+\s*(?:cm|zentimeter|meter|m)\s+)?auf\s+(?:mein|unser)\p{L}*\s+grundstück|\d+\s*(?:cm|zentimeter|meter|m)\s+(?:weit\s+)?(?:auf|in|über|ueber)\s+(?:mein|mei|unser)\p{L}*\s+(?:grundstück|grundstueck|grund|seite)|(?:über|ueber|rüber|rueber)\s+(?:den|de|unseren|meinen)\s+zaun\s+(?:\p{L}+\s+){0,4}?(?:geworfen|gekippt|geschmissen|geworfe)|(?:häng|haeng|wachs|wächs|waechs|wucher|rag|äste|aeste|zweige|wurzeln|geworfen|wirft|werfen|schmeißt|schmeisst|geschmissen|kippt|gekippt)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:über|ueber|rüber|rueber|herüber|herueber)\s+(?:\p{L}+\s+){0,2}?(?:zaun|grenze|mauer|hecke|grundstücksgrenze|grundstuecksgrenze)|überhang\p{L}*|ueberhang\p{L}*|(?:rüber|rueber|herüber|herueber)(?:häng|haeng|wachs|wächs|waechs|wucher|rag)\p{L}*|(?:häng|haeng|wachs|wächs|waechs|wucher|rag)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:rüber|rueber|rüwwer|ruewwer|riwwer|herüber|herueber)|(?:häng|haeng|wachs|wächs|waechs|wucher|rag)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:in|auf|über|ueber)\s+(?:unser|mei)\p{L}*\s+(?:garten|grundstück|grundstueck|hof|einfahrt|dach|garage|carport|terrasse))(?!\p{L})/iu;

/** Whether a message is a private dispute with a neighbour: taking them to court, something lent and kept, or a tree over the boundary. */
/** "er weigert sich, die Hälfte zu zahlen" for a fence on the boundary: its costs between neighbours (the Nachbarrecht's). */
const SHARES_A_FENCE =
  /(?<!\p{L})(?:zaun|grenzzaun|hecke|mauer)\p{L}*(?!\p{L})[^]{0,200}?(?<!\p{L})(?:hälfte|haelfte|kosten\s+(?:\p{L}+\s+){0,2}?beteilig\p{L}*|beteilig\p{L}*\s+(?:\p{L}+\s+){0,3}?kosten|mitzahl\p{L}*|weigert\s+sich)(?!\p{L})/iu;
/** A neighbour's camera filming one's garden or house: privacy law between private people (the data protection authority's or a court's). */
const FILMS_US = /(?<!\p{L})(?:kamera\p{L}*|überwachungskamera\p{L}*|ueberwachungskamera\p{L}*|wildkamera\p{L}*|drohne\p{L}*)(?!\p{L})/iu;

/**
 * Whether a message is a private dispute with a neighbour: taking them to court, something lent and kept, a tree over the boundary, a
 * camera. A moved neighbour's new address asked for the lawyer is the register's information (BMG § 44), whatever the quarrel.
 */
/** "der droht schon mit Anwalt", "für meinen Anwalt": a lawyer told of, not a suit the writer asks about. */
const LAWYER_TOLD = /(?<!\p{L})(?:droh\p{L}*\s+(?:\p{L}+\s+){0,2}?mit\s+(?:dem\s+|einem\s+|seinem\s+)?(?:anwalt|rechtsanwalt|klage|gericht)|(?:für|fuer)\s+(?:meinen|unseren|den)\s+(?:anwalt|rechtsanwalt))(?!\p{L})/giu;
/** "darf ich die äst einfach selber absäge die rüberhänge?": branches hanging across are a neighbour's, named or not (over a road they hang "über"). */
const HANGING_ACROSS = /(?<!\p{L})(?:rüber|rueber|herüber|herueber|rüwwer|ruewwer|riwwer)(?:häng|haeng|wachs|wächs|waechs|rag)\p{L}*(?!\p{L})/iu;
/**
 * "er schneidet nix, ist ja seine Hecke. Kann die Gemeinde ihn zwingen?" (blind set 192): another's plants on their own land, cut by
 * force of the town; between neighbours (BGB § 910, AGBGB Art. 47), unless they reach over a public way, which is the town's.
 */
const HIS_PLANTS = /(?<!\p{L})(?:seine|ihre|deren)\s+(?:\p{L}+\s+)?(?:hecke|bäume|baeume|baum|sträucher|straeucher|thuja\p{L}*)(?!\p{L})/iu;
const COMPELLED = /(?<!\p{L})(?:zwingen|verpflichten|dazu\s+bringen)(?!\p{L})/iu;
/** A public way by its name ("Gehweg", "stroß"), over which plants are the town's to have cut back. */
const A_WAY = String.raw`(?:gehweg|bürgersteig|buergersteig|straße|strasse|stroß|radweg|fußweg|fussweg)\p{L}*`;
const PUBLIC_WAY = new RegExp(String.raw`(?<!\p{L})(?:${A_WAY}|weg|sicht\p{L}*|kreuzung)(?!\p{L})`, 'iu');
/**
 * "Mei Nachbar hat seit Wochen en Haufe Sperrmüll und alte Reife vorm Haus stehn … es kumme scho die Ratte": rubbish left
 * lying, which the town is told of as a defect (trial 47: how to order one's own bulky waste). One's own waiting for its
 * collection ("unser Sperrmüll steht seit Tagen draußen") and a collection asked ("wann wird der abgeholt?") stay the collection's.
 */
const RUBBISH = /(?<!\p{L})(?:\p{L}*müll\p{L}*|abfall\p{L}*|reife[n]?|unrat|gerümpel|geruempel|schrott)(?!\p{L})/iu;
const LYING_FOR_LONG = /(?<!\p{L})(?:seit\s+(?:\p{L}+\s+){0,2}?(?:wochen|woche|monaten|monate|monat)|ratte[n]?|ungeziefer)(?!\p{L})/iu;
const OWN_RUBBISH = /(?<!\p{L})(?:mein|meine[nmr]?|unser|unsere[nmr]?|mei)\s+(?:\p{L}+\s+)?(?:sperrmüll|müll|abfall)(?!\p{L})/iu;
/** "wann wird der abgeholt?": its collection asked, which the bulky waste's answer gives. */
const COLLECTION_ASKED = /(?<!\p{L})(?:abgeholt|abholung|abholen|abhole|mitgenommen)(?!\p{L})/iu;
/** "Da liegt seit Tagen Sperrmüll am Waldrand bei Daxberg, Matratzen und Reifen" (trial 66: the bulky waste's collection came): dumped in the open. */
const IN_THE_OPEN =
  /(?<!\p{L})(?:waldrand|wald|feldweg|feldrand|acker|bach|bachufer|graben|straßengraben|strassengraben|straßenrand|strassenrand|wanderweg|parkplatz|landschaft|natur)(?!\p{L})/iu;
const DUMPED = /(?<!\p{L})(?:liegt|liegen|leit|abgeladen|abgekippt|entsorgt|hingeworfen|weggeworfen|hingeschmissen|illegal|wild\p{L}*)(?!\p{L})/iu;
export const rubbishLeftLying = (text: string): boolean =>
  RUBBISH.test(text) &&
  ((LYING_FOR_LONG.test(text) && NEIGHBOUR.test(text)) || (IN_THE_OPEN.test(text) && DUMPED.test(text))) &&
  !OWN_RUBBISH.test(text) &&
  !COLLECTION_ASKED.test(text);

/** "Die Hecke vom Nachbarn wächst über den Gehweg": plants over a public way, which the town has cut back (not a quarrel between neighbours). */
const OVER_A_PUBLIC_WAY = new RegExp(
  String.raw`(?<!\p{L})(?:hecke|baum|bäume|baeume|äste|aeste|zweige|sträucher|straeucher|thuja)\p{L}*(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:über|ueber|auf|in)\s+(?:den\s+|die\s+|das\s+|dem\s+|de\s+)?${A_WAY}(?!\p{L})`,
  'iu',
);
/** "Der Baum vom Nachbargrundstück der Gemeinde hängt über unsere Garage": the town's land next door, whose trees the town cuts. */
const TOWNS_LAND = /(?<!\p{L})(?:der\s+gemeinde|vom\s+markt|gemeindegrund\p{L}*|gemeindebaum\p{L}*)(?!\p{L})/iu;
export const disputesWithNeighbour = (text: string): boolean =>
  (((NEIGHBOUR.test(text) || HANGING_ACROSS.test(text)) &&
    (SUING.test(text.replace(LAWYER_TOLD, ' ')) || NOT_GIVEN_BACK.test(text) || OVER_THE_BOUNDARY.test(text) || FILMS_US.test(text) || SHARES_A_FENCE.test(text))) ||
    (HIS_PLANTS.test(text) && COMPELLED.test(text) && !PUBLIC_WAY.test(text))) &&
  !OVER_A_PUBLIC_WAY.test(text) &&
  !TOWNS_LAND.test(text) &&
  !seeksSomeonesAddress(text);

/**
 * "Stellt das Standesamt den Erbschein aus?": the probate court's (the Amtsgericht), not the death's
 * registration; a death certificate asked for the probate court ("der Notar braucht für den Erbschein
 * eine Sterbeurkunde") is still the town's certificate.
 */
const INHERITANCE_CERTIFICATE = /(?<!\p{L})(?:erbschein\p{L}*|testamentseröffnung\p{L}*|testamentseroeffnung\p{L}*|erbausschlagung\p{L}*|erbe\s+ausschlagen)(?!\p{L})/iu;
// ("einen Nachweis über den Tod meines Onkels": the death certificate described, blind set 216; "des papier vom tod von meim vater", blind set 232.)
const A_CERTIFICATE = /(?<!\p{L})(?:\p{L}*urkund\p{L}*|ausfertigung\p{L}*|abschrift\p{L}*|kopie\p{L}*|(?:nachweis|papier|zettel|dokument|bescheinigung)\s+(?:über|ueber|vom)\s+(?:den\s+)?tod)(?!\p{L})/iu;
/** "Erbschein … krieg ich den auch im Rathaus, wo die Sterbeurkunde gemacht wurde?": the Erbschein asked for, a certificate named only as where. */
const INHERITANCE_ASKED = /(?<!\p{L})erbschein\p{L}*(?!\p{L})[^?!]{0,80}?(?<!\p{L})(?:(?:krieg|kriege|bekomm\p{L}*|beantrag\p{L}*)\s+(?:ich|man|wir|mer)\s+(?:den|ihn)|(?:stellt|stellen|macht|machen)\s+(?:ihr|sie|die\s+gemeinde|des\s+rathaus|das\s+rathaus)\s+(?:den|ihn|so\s+(?:was|e|en|einen)))(?!\p{L})/iu;
export const aboutInheritanceCertificate = (text: string): boolean => INHERITANCE_CERTIFICATE.test(text) && (!A_CERTIFICATE.test(text) || INHERITANCE_ASKED.test(text));

/** "Wie komme ich zu meinem Pflichtteil?", "Streit ums Erbe": a share of an inheritance claimed, a matter for a lawyer or notary. */
const INHERITANCE_SHARE =
  /(?<!\p{L})(?:pflichtteil\p{L}*|erbteil\p{L}*|erbstreit\p{L}*|erbschaftsstreit\p{L}*|erbengemeinschaft\p{L}*|(?:streit|zoff|ärger|aerger)\s+(?:\p{L}+\s+){0,2}?(?:ums|um\s+das|wegen\s+dem|wegen\s+des)\s+erbe)(?!\p{L})/iu;
export const claimsInheritanceShare = (text: string): boolean => INHERITANCE_SHARE.test(text) && !A_CERTIFICATE.test(text);
/** "unser haus noch zu lebzeite auf die zwei kinder überschreibe": property handed on in one's lifetime, a notary's and the land register's (blind set 190). */
const PROPERTY_HANDED_ON =
  /(?<!\p{L})(?:haus|hof|grundstück|grundstueck|wohnung|acker|wiese)(?!\p{L})[^.?!]{0,60}?(?<!\p{L})(?:überschreib\p{L}*|ueberschreib\p{L}*|überschriebe\p{L}*|übertrag\p{L}*|uebertrag\p{L}*)(?!\p{L})/iu;
/** (The property tax's notice after a house was handed on is the town's: "überschrieben bekommen … der Bescheid kommt noch auf den Vater".) */
const ITS_TAX_OR_BILL = /(?<!\p{L})(?:\p{L}*steuer\p{L}*|\p{L}*bescheid\p{L}*|\p{L}*abgabe\p{L}*|\p{L}*rechnung\p{L}*|\p{L}*gebühr\p{L}*|\p{L}*gebuehr\p{L}*)(?!\p{L})/iu;
export const handsOnProperty = (text: string): boolean => PROPERTY_HANDED_ON.test(text) && !ITS_TAX_OR_BILL.test(text);

/**
 * "Der Dachdecker hat Pfusch gemacht und geht nicht mehr ans Telefon": a private contract with a
 * tradesman, which the consumer advice centre helps with, not the town. A damage in the street left
 * by a contractor ("die Baufirma hat den Gehweg aufgerissen") stays the town's report.
 */
// An online shop or a firm one bought from ("bei einem Onlineshop bestellt und bezahlt") is the same matter for the consumer advice centre.
const TRADESMAN =
  /(?<!\p{L})(?:onlineshop\p{L}*|online-shop\p{L}*|versandhändler\p{L}*|versandhaendler\p{L}*|handwerker\p{L}*|dachdecker\p{L}*|maler\p{L}*|elektriker\p{L}*|installateur\p{L}*|klempner\p{L}*|fliesenleger\p{L}*|schreiner\p{L}*|tischler\p{L}*|heizungsbauer\p{L}*|gärtner\p{L}*|gaertner\p{L}*|zimmermann|zimmerleute|monteur\p{L}*)(?!\p{L})/iu;
const BAD_WORK =
  /(?<!\p{L})(?:meldet\s+sich\s+(?:\p{L}+\s+){0,3}?nicht\s+mehr|nie\s+(?:geliefert|angekommen)|nicht\s+geliefert|pfusch\p{L}*|gepfuscht|murks|schlampig\p{L}*|mangelhaft\p{L}*|reklamier\p{L}*|reklamation\p{L}*|abgezockt|nicht\s+fertig\p{L}*|(?:geht|gehen)\s+nicht\s+mehr\s+(?:ans|an\s+das)\s+telefon|meldet\s+sich\s+nicht\s+mehr|rechnung\s+(?:\p{L}+\s+){0,2}?(?:zu\s+hoch|überhöht|ueberhoeht)|wucher\p{L}*|überteuert|ueberteuert|abzocke\p{L}*)(?!\p{L})/iu;
const PUBLIC_PLACE = /(?<!\p{L})(?:straße\p{L}*|strasse\p{L}*|gehweg\p{L}*|bürgersteig\p{L}*|buergersteig\p{L}*|kanal\p{L}*|spielplatz\p{L}*|friedhof\p{L}*)(?!\p{L})/iu;
/** Whether a message complains of a tradesman's work for oneself (bad work, no answer, a bill). */
export const disputesWithTradesman = (text: string): boolean => TRADESMAN.test(text) && BAD_WORK.test(text) && !PUBLIC_PLACE.test(text);

/** One's own bank or account in trouble ("meine Bank hat mein Girokonto gesperrt"): the bank's matter, not the town's account. */
// "wie eröffne ich ein konto bei der sparkasse": an account of one's own opened.
// ("Ich hab bei der Sparkasse eine Überweisung an die falsche IBAN gemacht": one's own transfer gone wrong.)
// ("ich will bank konto aufmachen aber ich habe keine schufa, welche bank macht das?", blind set 220: a bank's own account.)
const OWN_BANK =
  /(?<!\p{L})(?:sparkasse|bank|volksbank|raiffeisenbank)\p{L}*[^.!?]{0,60}?(?<!\p{L})falsche\p{L}*\s+(?:iban|kontonummer|konto|empfänger|empfaenger)(?!\p{L})|(?<!\p{L})(?:bank\s*konto|girokonto|konto)\s+(?:\p{L}+\s+)?(?:aufmachen|aufmache|eröffnen|eroeffnen)(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:schufa|welche\s+bank|keine\s+bank)(?!\p{L})|(?<!\p{L})welche\s+bank\s+(?:macht|nimmt|gibt|eröffnet|eroeffnet)(?!\p{L})|(?<!\p{L})(?:mein|meine|unser|unsere)\s+(?:bank|hausbank|sparkasse|volksbank|raiffeisenbank|girokonto|konto|bankkarte|ec-karte|kreditkarte)(?!\p{L})[^]{0,120}?(?<!\p{L})(?:gesperrt|gekündigt|gekuendigt|überzogen|ueberzogen|hotline|dispo|kredit\p{L}*|überweisung\p{L}*|ueberweisung\p{L}*)(?!\p{L})|(?<!\p{L})(?:eröffne|eroeffne|mach\p{L}*\s+auf)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:girokonto|konto|sparbuch)(?!\p{L})|(?<!\p{L})(?:girokonto|konto|sparbuch)\s+(?:\p{L}+\s+){0,4}?(?:eröffnen|eroeffnen|aufmachen|anlegen)(?!\p{L})/iu;
/** "ec karte gesperrt was tun": a bank card blocked or lost, no ID document beside it. */
const BANK_CARD = /(?<!\p{L})(?:ec-?\s?karte|bankkarte|girocard|kreditkarte|sparkassenkarte)(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:gesperrt|sperren|verloren|geklaut|gestohlen|eingezogen|weg)(?!\p{L})/iu;
const ID_DOCUMENT = /(?<!\p{L})(?:ausweis\p{L}*|perso|personalausweis\p{L}*|reisepass\p{L}*|pass|führerschein\p{L}*|fuehrerschein\p{L}*)(?!\p{L})/iu;
/** "Meine Bank schreibt per Mail, ich soll meine Daten über einen Link bestätigen": a bank's (or a fraudster's) mail. */
const BANK_MAIL =
  /(?<!\p{L})(?:bank|sparkass\p{L}*|volksbank|paypal)(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:link|phishing|fake|betrug\p{L}*|daten\s+(?:zu\s+)?(?:bestätig\p{L}*|bestaetig\p{L}*))(?!\p{L})/iu;
/** "Mei Konto is gepfändet worde … Wie krieg ich so e P-Konto?": an account protected from seizure, the bank's. */
// ("pfändung auf meinem konto, was tun": the debt counselling's or the bank's.)
const ACCOUNT_SEIZED =
  /(?<!\p{L})(?:p-?konto|pfändungsschutzkonto|pfaendungsschutzkonto|konto\s+(?:\p{L}+\s+){0,2}?(?:gepfändet|gepfaendet)|(?:kontopfändung|kontopfaendung|pfändung|pfaendung)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:konto|lohn|gehalt))(?!\p{L})/iu;
export const aboutOwnBank = (text: string): boolean => OWN_BANK.test(text) || ACCOUNT_SEIZED.test(text) || (BANK_CARD.test(text) && !ID_DOCUMENT.test(text)) || BANK_MAIL.test(text);

/** The phone line, internet or fibre of a provider ("die Telekom hat uns Glasfaser versprochen"): the provider's matter. (A "Festnetznummer" to call back on is no line's matter, blind set 238.) */
const TELECOM = /(?<!\p{L})(?:telekom|vodafone|o2|1&1|handyvertrag\p{L}*|mobilfunk\p{L}*|handytarif\p{L}*|glasfaser\p{L}*|dsl|internetanschluss|internetanbieter|telefonanschluss|festnetz(?!nummer|nr|-?nummer)\p{L}*|router|wlan)(?!\p{L})/iu;
/** "Das Telefon meiner Mutter ist seit drei Tagen tot": a line out of order, the provider's fault. */
const LINE_DEAD = /(?<!\p{L})(?:telefon|telefonleitung|leitung|anschluss)\s+(?:\p{L}+\s+){0,5}?(?:tot|gestört|gestoert|geht\s+nicht(?:\s+mehr)?)(?!\p{L})/iu;
export const aboutTelecom = (text: string): boolean => TELECOM.test(text) || LINE_DEAD.test(text);
export const lineOutOfOrder = (text: string): boolean => LINE_DEAD.test(text);

/** The insurance plate of a moped or e-scooter ("versicherungskennzeiche" in dialect too): the insurer sells it, no registration office. */
const INSURANCE_PLATE = /(?<!\p{L})(?:versicherungskennzeiche\p{L}*|mofa-?kennzeiche\p{L}*|roller-?kennzeiche\p{L}*)(?!\p{L})/iu;
export const asksInsurancePlate = (text: string): boolean => INSURANCE_PLATE.test(text);

/** The tax identification number (the Federal Central Tax Office sends it; the Finanzamt knows it). */
const TAX_ID = /(?<!\p{L})(?:steuer[-\s]?id\p{L}*|steuer-?identifikationsnummer|steueridentifikationsnummer|steuer-?nummer|identifikationsnummer)(?!\p{L})/iu;
/** Looking for the number (lost, forgotten), not having typed it into the chat ("aus Versehen meine Steuer-ID hier reingeschrieben"). */
const TAX_ID_SOUGHT = /(?<!\p{L})(?:vergessen|verloren|verlegt|weg|find\p{L}*\s+(?:[\p{L}-]+\s+){0,6}?(?:nicht|nimmer|net|ned)|wo\s+(?:\p{L}+\s+)?(?:bekomm\p{L}*|krieg\p{L}*|find\p{L}*)|beantrag\p{L}*|nicht\s+mehr)(?!\p{L})/iu;
const TYPED_HERE = /(?<!\p{L})(?:lösch\p{L}*|loesch\p{L}*|entfern\p{L}*|wegmach\p{L}*|reingeschrieben|eingetippt|eingegeben|chat|sicher)(?!\p{L})/iu;
export const asksForTaxId = (text: string): boolean => TAX_ID.test(text) && TAX_ID_SOUGHT.test(text) && !TYPED_HERE.test(text);

/** Separation and custody ("Wie läuft das mit dem Sorgerecht?"): the family court's and the Jugendamt's, not the children's documents. */
const CUSTODY = /(?<!\p{L})(?:sorgerecht\p{L}*|umgangsrecht\p{L}*|trennen\s+uns|trennung\p{L}*|unterhalt\p{L}*)(?!\p{L})/iu;
/** A child's document beside it (whose signatures the ID card or passport's answer tells): then the document's. */
const CHILDS_DOCUMENT = /(?<!\p{L})(?:\p{L}*pass|dokument\p{L}*|pässe|paesse|\p{L}*ausweis\p{L}*|perso|unterschreib\p{L}*|unterschrieb\p{L}*|unterschrift\p{L}*|einverständnis\p{L}*|einverstaendnis\p{L}*)(?!\p{L})/iu;
/** "kann die gebühren für den kindergarten nicht mehr bezahlen": the Kita's fees, whatever maintenance is told beside them. */
const KITA_FEES = /(?<!\p{L})(?:(?:gebühr|gebuehr|beitr(?:a|ä|ae)g|kosten)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:kita|kindergarten|krippe|hort)|(?:kita|kindergarten|krippe)\p{L}*\s*-?(?:gebühr|gebuehr|beitr)\p{L}*)(?!\p{L})/iu;
/** "wie viel Unterhalt muss ich zahlen … Können Sie mir das ausrechnen?": maintenance reckoned, the Jugendamt's advice (or a lawyer's). */
const MAINTENANCE_AMOUNT =
  /(?<!\p{L})(?:wie\s*viel|wieviel|wie\s+hoch|höhe|hoehe)\s+(?:\p{L}+\s+){0,3}?unterhalt\p{L}*|(?<!\p{L})unterhalt\p{L}*\s+(?:\p{L}+\s+){0,4}?(?:ausrechnen|berechnen|berechnet|ausgerechnet)(?!\p{L})/iu;
export const asksMaintenanceAmount = (text: string): boolean => MAINTENANCE_AMOUNT.test(text);
export const aboutCustody = (text: string): boolean => CUSTODY.test(text) && !CHILDS_DOCUMENT.test(text) && !KITA_FEES.test(text);
/** A company or private pension ("Betriebsrente auf einmal auszahlen lassen"): the employer's or insurer's. */
const COMPANY_PENSION = /(?<!\p{L})(?:betriebsrente\p{L}*|riester\p{L}*|rürup\p{L}*|ruerup\p{L}*|direktversicherung\p{L}*|pensionskasse\p{L}*)(?!\p{L})/iu;
/** Proof of being alive asked for it: the life certificate's, which the town stamps (also by its English name, or as a form an authority must sign, blind set 218). */
const PROOF_OF_LIFE = /(?<!\p{L})(?:lebensbescheinigung\p{L}*|lebensnachweis\p{L}*|lebenszeugnis\p{L}*|nachweis\p{L}*|existenznachweis|bestätig\p{L}*|bestaetig\p{L}*|bescheinig\p{L}*|stempel\p{L}*|abstempel\p{L}*|leben|lebe|lebt|existier\p{L}*|noch\s+da|life\s+certificate|certificate\s+of\s+life|proof\s+of\s+life|(?:behörde|behoerde|amt|gemeinde)\s+(?:\p{L}+\s+)?(?:unterschrieben|unterschreiben|unterschrift\p{L}*))(?!\p{L})/iu;
export const aboutCompanyPension = (text: string): boolean => COMPANY_PENSION.test(text) && !PROOF_OF_LIFE.test(text);

/** A drone flown (photos from above, a festival filmed): the aviation authorities' matter, not an event's permit. */
const A_DRONE = /(?<!\p{L})(?:\p{L}*drohne\p{L}*|multikopter\p{L}*|quadrokopter\p{L}*|quadcopter\p{L}*)(?!\p{L})/iu;
const FLOWN = /(?<!\p{L})(?:flieg\p{L}*|fliegt|geflogen|steigen\s+lassen|aufsteigen|starten|foto\p{L}*|film\p{L}*|aufnahme\p{L}*|luftbild\p{L}*|genehmigung\p{L}*|erlaubnis|darf|dürfen|duerfen)(?!\p{L})/iu;
/** "Brauch ich eine Genehmigung wenn ich beim Sommerfest mit meiner Drohne Fotos mache?": the Luftfahrt-Bundesamt's and the Luftamt's. */
export const fliesADrone = (text: string): boolean => A_DRONE.test(text) && FLOWN.test(text) && !NEIGHBOUR.test(text);

/** The commercial register ("ins Handelsregister eingetragen werden"): the Registergericht at the Amtsgericht, not the trade office. */
const COMMERCIAL_REGISTER = /(?<!\p{L})(?:handelsregister\p{L}*|registergericht\p{L}*|hrb-?eintrag\p{L}*)(?!\p{L})/iu;
export const asksCommercialRegister = (text: string): boolean => COMMERCIAL_REGISTER.test(text);

/**
 * "Mutterschaftsgeld … wo beantrage ich das?", "das Baby bei der Krankenkasse mitversichern": the health
 * insurer's matters, not the parental allowance or the birth's registration.
 */
const HEALTH_INSURERS_MATTER =
  /(?<!\p{L})(?:mutterschaftsgeld\p{L}*|mitversicher\p{L}*|familienversicher\p{L}*|(?:bei\s+)?welche[rn]?\s+(?:kranken)?kasse|krankenkasse\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:anmelden|versichern))(?!\p{L})/iu;
export const asksHealthInsurersMatter = (text: string): boolean => HEALTH_INSURERS_MATTER.test(text);

/** "die Rente für Hinterbliebene beantragen", "Witwenrente, wo mache ich das?": the survivor's pension applied for (the Bürgerbüro takes it). */
const SURVIVORS_PENSION =
  /(?<!\p{L})(?:witwenrente|witwerrente|hinterbliebenenrente|waisenrente|rente\s+(?:für|fuer)\s+(?:die\s+)?hinterbliebene\p{L}*|sterbevierteljahr|vorschuss\s+(?:\p{L}+\s+){0,4}?(?:ersten\s+)?monate)(?!\p{L})/iu;
// "der Bestatter hat gesagt, die Gemeinde hilft beim Antrag": any application named; "wie ich an die Witwenrente komme": how to get
// it (blind set 214; not "Für die Witwerrente wolle die e Kopie vo unserer Heiratsurkund … Wie komm ich da dran?", the certificate); "wo stellt man
// das an" (blind set 249: the death's registration had come).
const APPLIED_FOR =
  /(?<!\p{L})(?:beantrag\p{L}*|antrag|antrags\p{L}*|(?:wie|wo)\s+(?:\p{L}+\s+){0,3}?an\s+(?:die\s+)?(?:witwen|witwer|hinterbliebenen|waisen)rente\s+(?:komme|komm|kommt|kommen)|(?:wo|wie)\s+(?:stellt|stell|stelle)\s+(?:man|mer|ich)\s+(?:das|des|den|die)\s+an)(?!\p{L})/iu;
export const appliesForSurvivorsPension = (text: string): boolean => SURVIVORS_PENSION.test(text) && APPLIED_FOR.test(text);

/** "Was ist der Unterschied zwischen einer GmbH und einer UG?": a firm's legal form, the advice of a tax adviser or the IHK. */
const LEGAL_FORM =
  /(?<!\p{L})(?:rechtsform\p{L}*|(?:unterschied|vorteil\p{L}*|besser)\s+(?:\p{L}+\s+){0,4}?(?:gmbh|ug|gbr|kg|einzelunternehmen\p{L}*)(?:\s+(?:und|oder)\s+(?:einer\s+|einem\s+)?(?:gmbh|ug|gbr|kg|einzelunternehmen\p{L}*))?)(?!\p{L})/iu;
export const asksLegalForm = (text: string): boolean => LEGAL_FORM.test(text);

/** "im Zug meinen Rucksack liegen lassen", "mein Handy im Zug nach Aschaffenburg liegen lassen": the railway's lost property, not the town's. */
const LEFT_IN_A_TRAIN =
  /(?<!\p{L})(?:im|in\s+der|in\s+einem|in\s+einer)\s+(?:zug|regionalbahn|s-bahn|bahn|ice|regionalexpress)(?!\p{L})[^.!?]{0,80}?(?<!\p{L})(?:liegen\s*(?:ge)?lassen|vergessen|verloren)(?!\p{L})/iu;
// (A passport or ID card in it is the town's: "Handtasche im Zug liegen lassen, Reisepass war drin.")
export const leftInATrain = (text: string): boolean => LEFT_IN_A_TRAIN.test(text) && !ID_NAMED.test(text);

/** "Wie wird denn das Wetter am Samstag?", "Müssen wir mit Regen rechnen?": the weather, nobody's service here. */
const WEATHER = /(?<!\p{L})(?:wie\s+wird\s+(?:\p{L}+\s+){0,3}?(?:das\s+)?wetter|wetter\s*(?:bericht|vorhersage|prognose)\p{L}*|mit\s+regen\s+rechnen|regnet\s+es\s+(?:morgen|am))(?!\p{L})/iu;
export const asksTheWeather = (text: string): boolean => WEATHER.test(text);
/** "Wird es morgen regnen?", "schneit es heute": the weather in other words, which a story may tell beside its matter. */
const WEATHER_SAID_OTHERWISE =
  /(?<!\p{L})(?:(?:regnet|schneit|gewittert|stürmt|stuermt)\s+es\s+(?:morgen|heute|am)|wird\s+es\s+(?:\p{L}+\s+){0,3}?(?:regnen|schneien|gewittern|stürmen|stuermen|sonnig|warm|kalt|heiß|heiss))(?!\p{L})/iu;
/** A weather question in at most this many words asks nothing else. */
const WEATHER_WORDS = 8;
/** "what about the weather tomorrow", "will it rain on Saturday?" (trial 43: after the waste answer it went to the district's waste office). */
const WEATHER_IN_ENGLISH = /\b(?:weather|forecast)\b|\b(?:will|is)\s+it\s+(?:\p{L}+\s+)?(?:rain|raining|snow|snowing|sunny|be\s+sunny|be\s+warm|be\s+cold)\b/iu;
/** A short message that asks only the weather (trial 42: "Wird es morgen regnen?" after the hours got tomorrow's hours). */
export const asksOnlyTheWeather = (text: string): boolean =>
  text.trim().split(/\s+/u).length <= WEATHER_WORDS && (WEATHER.test(text) || WEATHER_SAID_OTHERWISE.test(text) || WEATHER_IN_ENGLISH.test(text));

/** "Wie kann ich das Zeitungsabo kündigen?": a newspaper's subscription, the publisher's (not the town's newsletter). */
const NEWSPAPER_SUBSCRIPTION =
  /(?<!\p{L})(?:zeitungsabo\p{L}*|zeitungs-abo\p{L}*|abonnement\p{L}*|abo\s+(?:\p{L}+\s+){0,3}?(?:kündig\p{L}*|kuendig\p{L}*|abbestell\p{L}*|beenden)|(?:zeitung|main-echo)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:kündig\p{L}*|kuendig\p{L}*|abbestell\p{L}*))(?!\p{L})/iu;
/** "die zeitung is abbestellt": told as done, the reason of another question (blind set 179: where to read the official notices). */
// ("mei zeitung hab ich abbestellt", blind set 198: where to read the notices online.)
const NEWSPAPER_GONE =
  /(?<!\p{L})(?:zeitung|abo)\p{L}*\s+(?:is|ist|isch|wurde|war|hab|habe|hann|hob|ham|haben|hamm)\s+(?:(?:ich|i|mir|mer|wir)\s+)?(?:\p{L}+\s+)?(?:abbestellt|gekündigt|gekuendigt)(?!\p{L})/iu;
export const cancelsNewspaper = (text: string): boolean => NEWSPAPER_SUBSCRIPTION.test(text) && !NEWSPAPER_GONE.test(text);

/** "Wie komm ich widder in die katholische Kirch enei?": rejoining a church, the parish's (leaving is the Standesamt's). */
const REJOINS_CHURCH =
  /(?<!\p{L})(?:wiedereintritt\p{L}*|(?:wieder|widder)\s+(?:\p{L}+\s+){0,4}?(?:eintreten|eintrete|enei|rein|aufgenommen)|(?:wieder|widder)\s+in\s+die\s+(?:\p{L}+\s+)?kirch\p{L}*)(?!\p{L})/iu;
export const rejoinsChurch = (text: string): boolean => REJOINS_CHURCH.test(text);

/** "Nimmt die Gemeinde sowas an sich?": a bicycle or the like left for weeks in a public place, a thing found. */
const LEFT_THING = /(?<!\p{L})(?:\p{L}*fahrrad|fahrräder|fahrraeder|rad|\p{L}*bike|roller|e-?scooter|kinderwagen|einkaufswagen)(?!\p{L})/iu;
const LEFT_FOR_LONG =
  /(?<!\p{L})(?:seit\s+(?:[\p{L}\d]+\s+){0,2}?(?:wochen?|tagen?|monaten?)|herrenlos\p{L}*|abgestellt|stehen\s+gelassen|stehengelassen|zurückgelassen|zurueckgelassen)(?!\p{L})/iu;
/** "Die Wildschweine haben über Nacht unseren ganzen Rasen umgegraben. Wer kommt für den Schaden auf?": game damage in one's garden, the hunting tenant's or one's own. */
const WILD_DAMAGE =
  /(?<!\p{L})(?:wildschwein\p{L}*|wildsau|wildsäue|wildsaeue|wildschaden\p{L}*|dachs\p{L}*|waschbär\p{L}*|waschbaer\p{L}*|rehe)(?!\p{L})[^.!?]{0,80}?(?<!\p{L})(?:umgegraben|umgewühlt|umgewuehlt|aufgewühlt|aufgewuehlt|verwüstet|verwuestet|gefressen|kaputt\p{L}*|zerstört|zerstoert|schaden)(?!\p{L})/iu;
export const gameDamagedGarden = (text: string): boolean => WILD_DAMAGE.test(text);

/** "mein Kind ist mit Fahrrad fast gefallen": a bicycle ridden, not left ("seit Wochen großes Loch" is a hole in the road; blind set 176). */
const RIDDEN = /(?<!\p{L})mit\s+(?:dem\s+|em\s+|meinem\s+|seinem\s+|ihrem\s+|dem\s+neuen\s+)?(?:\p{L}*fahrrad|rad|\p{L}*bike|roller|e-?scooter)(?!\p{L})/giu;
/** "Mein Nachbar parkt sein Wohnmobil seit Wochen auf dem Gehweg": parked by its owner, who is known, not left behind (trial 52: the lost property office). */
const PARKED = /(?<!\p{L})(?:parkt|parken|parke|geparkt)(?!\p{L})/iu;
/**
 * "Mein Nachbar parkt sein Wohnmobil seit Wochen auf dem Gehweg … Wer ist zuständig?": a vehicle parked where it must not stand, the
 * police's to end (trial 52); a removal's no-parking zone asked for stays the street's special use.
 */
const WRONG_PLACE = /(?<!\p{L})(?:gehweg\p{L}*|bürgersteig\p{L}*|buergersteig\p{L}*|einfahrt|ausfahrt|feuerwehrzufahrt|behindertenparkplatz|halteverbot\p{L}*|parkverbot\p{L}*)(?!\p{L})/iu;
const OWN_ZONE = /(?<!\p{L})(?:umzug\p{L}*|umziehen|lkw|container|gerüst\p{L}*|geruest\p{L}*|beantrag\p{L}*|schilder?)(?!\p{L})/iu;
export const parkedWhereNotAllowed = (text: string): boolean => PARKED.test(text) && WRONG_PLACE.test(text) && !OWN_ZONE.test(text);
export const thingLeftInPublic = (text: string): boolean => {
  const told = text.replace(RIDDEN, ' ');
  return LEFT_THING.test(told) && LEFT_FOR_LONG.test(told) && !PARKED.test(told);
};

/** "Die Überführung … wie wird das hier in Deutschland beurkundet?", "Geht des trotzdem, dass der Tod eigetraache werd?": how a death is registered, not its certificates. */
const HOW_REGISTERED = /(?<!\p{L})(?:(?:wie|wo)\s+(?:\p{L}+\s+){0,7}?(?:beurkundet|beurkunden|nachbeurkund\p{L}*|eingetragen|registriert)|(?:tod|todesfall|sterbefall|geburt)\s+(?:(?!schon|bereits)\p{L}+\s+){0,3}?(?:melden|melde|anzeigen|beurkunden|beurkundet|eingetragen|eingetrage|eigetraache|eigetrage)|wer\s+(?:\p{L}+\s+){0,3}?(?:dem\s+amt|beim\s+standesamt|dem\s+standesamt)\s+(?:\p{L}+\s+)?(?:meldet|anzeigt))(?!\p{L})/iu;
export const asksHowRegistered = (text: string): boolean => HOW_REGISTERED.test(text);

/** "Übersetzung von meine Geburtsurkunde … von vereidigter Übersetzer": a sworn translation, a translator's service, not the certificate. */
const SWORN_TRANSLATION =
  /(?<!\p{L})(?:(?:macht|machen)\s+(?:die\s+gemeinde|ihr|sie)\s+(?:auch\s+)?(?:übersetzung|uebersetzung)\p{L}*|(?:vereidigt|beeidigt)\p{L}*\s+(?:übersetzer|uebersetzer|übersetzung|uebersetzung)\p{L}*|(?:übersetzung|uebersetzung)\p{L}*\s+(?:\p{L}+\s+){0,8}?(?:vereidigt|beeidigt)\p{L}*)(?!\p{L})/iu;
/** "Ich brauche Übersetzung von meine rumänische Geburtsurkunde ins Deutsche. Macht ihr das?", "… wer macht das, kann rathaus?" (blind set 211): a translation asked of the town. */
const TRANSLATION_OF_A_DOCUMENT =
  /(?<!\p{L})(?:übersetz|uebersetz)\p{L}*\s+(?:\p{L}+\s+){0,4}?\p{L}*(?:urkunde|zeugnis|dokument|papier|papiere)\p{L}*(?!\p{L})[^?]{0,60}?(?<!\p{L})(?:(?:macht|machen|könnt|koennt|können|koennen)\s+(?:ihr|sie)\s+(?:auch\s+)?(?:das|des|sowas|so\s+was)|wer\s+macht\s+(?:das|des|sowas)|kann\s+(?:das\s+|des\s+)?(?:das\s+|des\s+)?rathaus)(?!\p{L})/iu;
export const asksSwornTranslation = (text: string): boolean => SWORN_TRANSLATION.test(text) || TRANSLATION_OF_A_DOCUMENT.test(text);

/** Another body's or a firm's own records of one's address: the insurer, the bank, the employer keep them, not the register. */
const OTHERS_RECORDS = String.raw`(?:kranken\p{L}*|pflegekasse|\p{L}*versicherung|bank|sparkasse|volksbank|arbeitgeber\p{L}*|chef\p{L}*|finanzamt|familienkasse|rentenkasse|telekom|vodafone|o2|stromanbieter|energieversorger|vermieter\p{L}*|schule|verein)`;
const ADDRESS_CHANGED = /(?<!\p{L})(?:adresse\p{L}*|anschrift\p{L}*|adressänderung\p{L}*|adressaenderung\p{L}*)(?!\p{L})/iu;
const CHANGE_TOLD = /(?<!\p{L})(?:änder\p{L}*|aender\p{L}*|mitteil\p{L}*|durchgeb\p{L}*|umstell\p{L}*|aktualisier\p{L}*|bescheid\s+(?:geben|sagen)|ummeld\p{L}*|umschreib\p{L}*|adressänderung\p{L}*|adressaenderung\p{L}*)(?!\p{L})/iu;
const AT_OTHERS = new RegExp(String.raw`(?<!\p{L})(?:bei|an)\s+(?:der|die|den|dem|meiner|meinen|meinem|meine|unserer|unserem|unsere|ihrer|seiner)\s+(?:\p{L}+\s+)?${OTHERS_RECORDS}(?!\p{L})`, 'iu');
/** "Wie ändere ich die Adresse jetzt bei meiner Krankenkasse?": the address changed in another's records, asked in one sentence. */
export const changesAddressWithOthers = (text: string): boolean =>
  text.split(/(?<=[.!?])\s+/u).some((sentence) => ADDRESS_CHANGED.test(sentence) && CHANGE_TOLD.test(sentence) && AT_OTHERS.test(sentence));

/** "die Kfz-Versicherung will mehr Geld wegen der neuen Regionalklasse": the insurer's premium, its own matter. */
const INSURERS_PREMIUM =
  /(?<!\p{L})(?:regionalklasse\p{L}*|typklasse\p{L}*|schadenfreiheitsklass\p{L}*|sf-klasse\p{L}*|versicherungsbeitrag\p{L}*|(?:kfz|auto)[-\s]?versicherung\p{L}*\s+(?:[\p{L}\d]+\s+){0,5}?(?:mehr\s+geld|(?:euro|€)\s+mehr|teurer|erhöht|erhoeht|beitrag\p{L}*))(?!\p{L})/iu;
/** "hausratversicherung will nach dem wasserschaden … nicht zahlen", "Die Krankenkasse will den Zuschuss … nicht zahlen": an insurer refusing a claim, the insurer's or an ombudsman's matter. */
// ("stellt sich die versicherung quer und will net zahlen", blind set 202.)
const WILL_NOT_PAY = String.raw`(?:will|wollen|möchte|moechte)\s+(?:\p{L}+\s+){0,6}?(?:nicht|net|ned|nix)\s+(?:\p{L}+\s+)?(?:zahlen|zahle|bezahlen|übernehmen|uebernehmen)|lehnt\s+(?:\p{L}+\s+){0,3}?ab|abgelehnt|quer`;
// A health insurer that "zahlt nicht nochmal" for a lost brace is told beside the lost thing asked: only its refusal counts.
const INSURER_REFUSES = new RegExp(
  String.raw`(?<!\p{L})\p{L}*versicherung\p{L}*(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:${WILL_NOT_PAY}|zahlt\s+nicht|zahlen\s+nicht)(?!\p{L})|(?<!\p{L})(?:krankenkasse|pflegekasse)\p{L}*(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:${WILL_NOT_PAY})(?!\p{L})`,
  'iu',
);
export const aboutInsurersPremium = (text: string): boolean => INSURERS_PREMIUM.test(text) || INSURER_REFUSES.test(text);

/** "Wir fliegen im Winter nach Indien": the writer's own journey to a named place. */
const TRAVELS = /(?<!\p{L})(?:fliege\p{L}*|flieg|reise\p{L}*|fahre\p{L}*|fahr)\s+(?:[\p{L}\d]+\s+){0,4}?nach\s+\p{Lu}/u;
export const travelsAbroad = (text: string): boolean => TRAVELS.test(text);

/**
 * The tax office's own matters, asked by a business or a club: a club's non-profit status and its
 * exemption notice, VAT on an invoice, the small-business rule ("Kleinunternehmer"). Not the trade
 * tax or the trade's registration, which are the town's.
 */
const TAX_OFFICES_MATTER =
  /(?<!\p{L})(?:gemeinnützigkeit\p{L}*|gemeinnuetzigkeit\p{L}*|freistellungsbescheid\p{L}*|mehrwertsteuer\p{L}*|umsatzsteuer\p{L}*|vorsteuer\p{L}*|kleinunternehmer\p{L}*)(?!\p{L})/iu;
const TOWNS_TAX_OR_TRADE = /(?<!\p{L})(?:gewerbesteuer\p{L}*|gewerbe\s*(?:\p{L}+\s+)?(?:anmeld|abmeld|ummeld)\p{L}*|gewerbeanmeld\p{L}*|gewerbeschein\p{L}*|grundsteuer\p{L}*)/iu;
/** Money asked of the town, the exemption notice only one of its papers ("Zuschuss beantragen … Freistellungsbescheid beifügen"). */
const TOWNS_MONEY = /(?<!\p{L})(?:zuschuss\p{L}*|zuschüsse|zuschuesse|förder\p{L}*|foerder\p{L}*|geld|beantrag\p{L}*)(?!\p{L})/iu;
export const asksTaxOfficesMatter = (text: string): boolean => TAX_OFFICES_MATTER.test(text) && !TOWNS_TAX_OR_TRADE.test(text) && !TOWNS_MONEY.test(text);

/** "Die GEMA hat uns eine Rechnung fürs Vereinsfest geschickt": the music rights society's bill, none of the town's. */
export const aboutMusicRights = (text: string): boolean => /(?<!\p{L})gema(?!\p{L})/iu.test(text);

/** "Wasserschaden gemeldet, die wollen jetzt einen Gutachter schicken": an insurer's claim and its assessor. */
const INSURER = /(?<!\p{L})(?:\p{L}*versicherung\p{L}*|versicherer)(?!\p{L})/iu;
const CLAIMS_EXPERT = /(?<!\p{L})(?:gutachter\p{L}*|sachverständig\p{L}*|sachverstaendig\p{L}*|schadensnummer|schadensmeldung)(?!\p{L})/iu;
/** "des Auto vom Nachbar gestreift … Zahlt da meine Versicherung?": a damage one caused, one's own liability insurer's (blind set 194). */
const OWN_INSURER = /(?<!\p{L})(?:(?:meine|mei|unsere|unser|seine|ihre|deren)\s+(?:\p{L}*versicherung\p{L}*|haftpflicht\p{L}*)|haftpflicht\p{L}*)(?!\p{L})/iu;
const DAMAGE_CAUSED = /(?<!\p{L})(?:gestreift|kratzer|beule|delle|blechschaden|angefahren|aufgefahren|auffahrunfall|angerempelt|zerkratzt|umgefahren)(?!\p{L})/iu;
export const aboutInsurersClaim = (text: string): boolean => (INSURER.test(text) && CLAIMS_EXPERT.test(text)) || (OWN_INSURER.test(text) && DAMAGE_CAUSED.test(text));
