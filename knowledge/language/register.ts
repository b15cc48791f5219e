// The residents' register's two matters that citizens describe rather than name: a proof of where
// they live ("ein Papier vom Amt, dass ich hier wohne": the Meldebescheinigung, BMG § 18 Abs. 1) and
// keeping their address from others ("mein Ex darf nicht rausfinden, wo ich wohne": the
// Auskunftssperre, BMG § 51). The words of either lead the model to registering or to the
// register's information for others.
import { normalize } from './normalize';
import { STREET_ENDING } from './names';

/** A paper that says where one lives ("en wisch vom amt dass ich hier wohnhaft bin", blind set 187; "en nachweis vom amt wo ich wohn", 204; "en nachweis dass des kind bei mir gemeldet is", 243). */
const PROOF =
  /(?<!\p{L})(?:papier\p{L}*|bescheinigung\p{L}*|nachweis\p{L}*|zettel|bestätigung\p{L}*|bestaetigung\p{L}*)\s+(?:wo|worauf|auf\s+dem|in\s+dem)\s+(?:\p{L}+\s+){0,1}?(?:steht|drauf\s+steht|drin\s+steht|drinsteht)\s+(?:\p{L}+\s+){0,2}?(?:adresse|anschrift|wohnort|wo\s+ich\s+wohne)(?!\p{L})|(?<!\p{L})(?:papier\p{L}*|nachweis\p{L}*|bescheinigung\p{L}*|bestätigung\p{L}*|bestaetigung\p{L}*|wisch|zettel|beleg|dokument\p{L}*|schreiben|schriftlich\p{L}*|proof)[\s,]+(?:\p{L}+\s+){0,7}?(?:dass|das|daß)\s+(?:ich|isch|wir|mer|mir|mei|mein\p{L}*|unser\p{L}*|er|sie|des\s+kind|das\s+kind|die\s+kinder)\s+(?:[\p{L}\d]+\s+){0,4}?(?:wohne|wohn|wohnen|wohnt|gemeldet|wohnhaft)(?!\p{L})|(?<!\p{L})(?:papier\p{L}*|nachweis\p{L}*|bescheinigung\p{L}*|bestätigung\p{L}*|bestaetigung\p{L}*|beleg|dokument\p{L}*)\s+(?:über|ueber|zu|für|fuer)\s+(?:meine[nm]?|unsere[nm]?|de[nm]|die)?\s*(?:wohnort|wohnsitz|wohnadresse|meldeadresse)(?!\p{L})|(?<!\p{L})(?:papier\p{L}*|nachweis\p{L}*|bescheinigung\p{L}*|bestätigung\p{L}*|bestaetigung\p{L}*|beleg|wisch|zettel)[\s,]+(?:(?:darüber|darueber|drüber|drueber)[\s,]+)?(?:(?:vom|von\s+der|von)\s+(?:amt|gemeinde|rathaus|euch|markt)[\s,]+)?wo\s+(?:ich|isch|wir|mer|er|sie)\s+(?:\p{L}+\s+){0,2}?(?:wohne|wohn|wohnen|wohnt|gemeldet)(?!\p{L})|(?<!\p{L})(?:papier\p{L}*|nachweis\p{L}*|bescheinigung\p{L}*|bestätigung\p{L}*|bestaetigung\p{L}*|beleg|zettel|dokument\p{L}*|schreiben)(?!\p{L})[^.?!]{0,80}?(?<!\p{L})seit\s+wann\s+(?:ich|isch|wir|mer|er|sie)\s+(?:\p{L}+\s+){0,2}?(?:wohne|wohn|wohnen|wohnt|gemeldet|hier)(?!\p{L})/iu;
/** "papier von gemeinde mit allen adressen seit ich in deutschland bin": every address one had (blind set 199: the extended proof). */
const ALL_ADDRESSES =
  /(?<!\p{L})(?:papier\p{L}*|nachweis\p{L}*|bescheinigung\p{L}*|bestätigung\p{L}*|bestaetigung\p{L}*|zettel|liste|aufstellung)\s+(?:\p{L}+\s+){0,4}?(?:mit|über|ueber)\s+(?:allen|alle|meinen|meine|den)\s+(?:früheren\s+|fruheren\s+|frueheren\s+|bisherigen\s+|alten\s+|vorherigen\s+)?(?:adressen|wohnorten|wohnsitzen|anschriften|wohnungen)(?!\p{L})/iu;
/** "s finanzamt will wissen seit wann ich in daxberg gemeldet bin … könnt ihr mir des schriftlich geben?": since when, in writing (blind set 202). */
const SINCE_WHEN_IN_WRITING =
  /(?<!\p{L})seit\s+wann\s+(?:ich|isch|wir|mer|er|sie)\s+(?:\p{L}+\s+){0,3}?(?:gemeldet|wohne|wohn|wohnen|wohnt)(?!\p{L})[^]{0,120}?(?<!\p{L})schriftlich(?!\p{L})/iu;
/** "eine amtliche Bestätigung meiner Anschrift": the proof named by what it confirms. */
const PROOF_OF_ADDRESS =
  /(?<!\p{L})(?:bestätigung\p{L}*|bestaetigung\p{L}*|nachweis\p{L}*|bescheinigung\p{L}*)\s+(?:meiner|unserer|der|seiner|ihrer)\s+(?:anschrift|adresse|wohnadresse|meldeadresse)|(?:bestätigung\p{L}*|bestaetigung\p{L}*|nachweis\p{L}*|bescheinigung\p{L}*)\s+(?:meines|unseres|des|seines|ihres)\s+(?:wohnsitzes|wohnorts|wohnortes)(?!\p{L})/iu;
/** The landlord's confirmation, which also says that one lives there. */
const LANDLORD = /(?<!\p{L})(?:vermieter\p{L}*|wohnungsgeber\p{L}*|eigentümer\p{L}*|eigentuemer\p{L}*)(?!\p{L})/iu;

/**
 * "Kann ich mir bestätigen lassen, dass ich seit Januar hier gemeldet bin?", "amtliches Papier über meine aktuelle Adresse", "Nachweis über meinen jetzigen Wohnsitz" (blind set 192),
 * "einen Nachweis wo ich gemeldet bin", "ein Papier von der Gemeinde, wo drin steht, wo ich gemeldet bin" (blind set 219), "e bestätigung vom amt wo se grad gemeldet is" (a daughter's), "ne Bestätigung von meiner Anmeldung" (a confirmation *for* the registration is the
 * landlord's): the proof, also where a landlord is the reason.
 */
const OWN_REGISTRATION_CONFIRMED =
  /(?<!\p{L})(?:(?:mir|uns)\s+(?:\p{L}+\s+){0,2}?(?:bestätigen|bestaetigen|bescheinigen)\s+lassen,?\s+(?:dass|das)\s+(?:ich|wir)\s+(?:[\p{L}\d]+\s+){0,4}?(?:gemeldet|wohne|wohnen)|(?:papier|nachweis|bescheinigung|bestätigung|bestaetigung|dokument)\p{L}*\s+(?:über|ueber)\s+(?:meine|unsere)\s+(?:aktuelle\s+|jetzige\s+|neue\s+)?(?:adresse|anschrift)|(?:papier|nachweis|bescheinigung|bestätigung|bestaetigung|dokument)\p{L}*\s+(?:über|ueber)\s+(?:meinen|unseren)\s+(?:aktuellen\s+|jetzigen\s+|derzeitigen\s+)?(?:wohnsitz|wohnort)|(?:papier|nachweis|bescheinigung|bestätigung|bestaetigung)\p{L}*(?:\s+(?:darüber|darueber|drüber|drueber|vom\s+amt|von\s+der\s+gemeinde|vom\s+rathaus))?,?\s+(?:(?:wo|worin|in\s+dem)\s+(?:drin\s+|drinnen\s+)?steht,?\s+)?wo\s+(?:ich|wir|er|sie|se|mer)\s+(?:\p{L}+\s+)?(?:gemeldet|wohne|wohnen|wohnt)\s+(?:bin|sind|ist|is)|(?:bestätigung|bestaetigung|bescheinigung|nachweis)\s+(?:(?:von|über|ueber)\s+)?(?:meiner|meine|unserer|unsere)\s+(?:\p{L}+\s+)?anmeldung|anmeldebestätigung\p{L}*|anmeldebestaetigung\p{L}*|meldebestätigung\p{L}*|meldebestaetigung\p{L}*)(?!\p{L})/iu;
/** "eine amtliche Bestätigung darüber, wo er zuletzt gewohnt hat": where someone lived last (an estate's court asks it). */
const LAST_ADDRESS =
  /(?<!\p{L})(?:bestätigung\p{L}*|bestaetigung\p{L}*|bescheinigung\p{L}*|nachweis\p{L}*)(?:\s+(?:\p{L}+\s+){0,2}?(?:darüber|darueber|drüber|drueber))?,?\s*wo\s+(?:er|sie|mein\p{L}*|unser\p{L}*)\s+(?:\p{L}+\s+){0,2}?zuletzt\s+(?:gewohnt|gemeldet|wohnhaft)(?!\p{L})/iu;
/** Whether a message asks for a proof of residence ("Bescheinigung, dass ich hier wohne"), not the landlord's confirmation. */
export const asksProofOfResidence = (text: string): boolean =>
  ((PROOF.test(text) || PROOF_OF_ADDRESS.test(text) || ALL_ADDRESSES.test(text) || SINCE_WHEN_IN_WRITING.test(text)) && !LANDLORD.test(text)) || LAST_ADDRESS.test(text);

export const confirmsOwnRegistration = (text: string): boolean => OWN_REGISTRATION_CONFIRMED.test(text);


/** An address to be kept from others: blocked, hidden, kept secret, or someone who must not find it ("Mein Ex stellt mir nach", "auf keinen Fall, dass jemand meine neue Anschrift rausbekommt", "meine Wohnanschrift im Melderegister schützen lassen", "er darf nicht meine adresse finden"; "der darf auf keinen fall erfahre wo ich jetz wohn", "dass jemand mei adress kriegt", blind set 241). */
const KEEP_HIDDEN =
  /(?<!\p{L})(?:meine|mei|unsere|unser)\s+(?:neue\s+)?(?:adresse|adress|anschrift)\s+(?:\p{L}+\s+){0,4}?(?:erfragen|erfragt|erfährt|erfaehrt|erfahren|rausfind\p{L}*|herausfind\p{L}*|rauskrieg\p{L}*|rausbekomm\p{L}*|herausbekomm\p{L}*|bekommen|kriegen|kriegt|bekommt)(?!\p{L})|(?<!\p{L})(?:(?:wohn)?adresse|(?:wohn)?anschrift|wohnort|daten|meldedaten)\s+(?:\p{L}+\s+){0,4}?(?:sperr\p{L}*|blockier\p{L}*|geheim\p{L}*|verberg\p{L}*|versteck\p{L}*|schütz\p{L}*|schuetz\p{L}*)|(?<!\p{L})(?:stalk\p{L}*|stalker\p{L}*|nachstell\p{L}*|stell\p{L}*\s+(?:mir|uns|ihr|mich)\s+nach)|(?:nicht|net|ned|keinen\s+fall|niemand|keiner)[\s,]+(?:\p{L}+[\s,]+){0,8}?(?:adresse|anschrift|wohnort)\s+(?:\p{L}+\s+){0,2}?(?:rausbekomm\p{L}*|rauskrieg\p{L}*|rausfind\p{L}*|herausfind\p{L}*|herausbekomm\p{L}*|erfährt|erfaehrt|erfahren|kennt|kennen|bekommt|kriegt|finden|findet)|(?:nicht|net|ned|keinen\s+fall)\s+(?:\p{L}+\s+){0,3}?(?:rausfinden|rausfinde|herausfinden|erfahren|erfahre|wissen|wisse)[\s,]+(?:\p{L}+\s+){0,2}?(?:wo|wohin)\s+(?:ich|wir)(?!\p{L})/iu;

/** Whether a message asks to keep one's address from others (the Auskunftssperre). */
/** The block named ("Welche Nachweise brauche ich für eine Auskunftssperre?", "eine Sperre eintragen lassen"), or one who must not find out where one lives. */
const BLOCK_NAMED =
  /(?<!\p{L})(?:auskunftssperre\p{L}*|meldesperre\p{L}*|sperrvermerk\p{L}*|sperre\s+(?:\p{L}+\s+){0,2}?eintragen)(?!\p{L})|(?<!\p{L})(?:rausfind\p{L}*|herausfind\p{L}*|erfährt|erfaehrt)\s*,?\s+wo\s+(?:ich|wir)\s+(?:jetzt\s+|nun\s+)?(?:wohne|wohnen|lebe|leben)(?!\p{L})/iu;
export const asksToHideAddress = (text: string): boolean => KEEP_HIDDEN.test(text) || BLOCK_NAMED.test(text);

/** "krieg ich ständig Werbepost … Gebt ihr Adressen an Firmen raus? Wie stell ich das ab?": the release of one's address to be stopped (an objection, BMG § 50). */
const ADDRESS_GIVEN_OUT =
  /(?<!\p{L})(?:werbepost|werbebriefe|adress\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:raus|heraus|weiter)\s*(?:geb\p{L}*|gegeben)|(?:gebt|gebe[nt]?|verkauf\p{L}*)\s+(?:ihr\s+|sie\s+)?(?:\p{L}+\s+){0,2}?adress\p{L}*)(?!\p{L})/iu;
const STOPPED = /(?<!\p{L})(?:abstell\p{L}*|ab\s*stellen|stell\p{L}*\s+(?:\p{L}+\s+){0,3}?ab|stopp\p{L}*|unterbind\p{L}*|widersprech\p{L}*|widerspruch\p{L}*|sperr\p{L}*|verhinder\p{L}*)(?!\p{L})/iu;
export const stopsAddressRelease = (text: string): boolean => ADDRESS_GIVEN_OUT.test(text) && STOPPED.test(text);

/** A second residence ("Zweitwohnsitz", "Nebenwohnung", "Nebenwohnsitz", "seine zweite Adresse", "neben meiner Hauptwohnung … a zimmer … gemeldet"). */
const SECOND_HOME = /(?<!\p{L})(?:neben\s+(?:meiner|unserer|seiner|ihrer|der)\s+hauptwohnung|zweitwohn\p{L}*|nebe?nwohn\p{L}*|zweite[nr]?\s+wohnsitz|zweite\s+wohnung|zweite\s+(?:adresse|anschrift))(?!\p{L})/iu;
/** Given up or taken out of the register ("abmelden", "raus", "aufgeben", "löschen lassen", "nicht mehr brauchen", "wie werd ich den los?", "wie werd ich des bei euch offiziell los"). */
const GIVEN_UP =
  /(?<!\p{L})(?:abmeld\p{L}*|abgemeldet|abzumelden|raus|heraus|aufgeb\p{L}*|aufgegeben|aufzugeben|lösch\p{L}*|loesch\p{L}*|gelöscht|geloescht|streich\p{L}*|gestrichen|beend\p{L}*|los\s*werden|loswerden|(?:werd|werde|werden|wird)\s+(?:\p{L}+\s+){0,5}?los(?=\s*[?.!]|\s*$)|loswerde|los\s+werde|weg|austragen|ausgetragen|nicht\s+mehr)(?!\p{L})/iu;

/** Whether a message gives up a second residence here ("Unser Sohn hat bei uns noch seinen Zweitwohnsitz … Wie kriegen wir den hier raus?"). */
export const givesUpSecondHome = (text: string): boolean => SECOND_HOME.test(text) && GIVEN_UP.test(text);

/** To be registered ("anmelden", "melde … an"); "hatte … angemeldet" is how it was. */
const REGISTERED = /(?<!\p{L})(?:anmelden|anmelde|anmeldung|anzumelden|melde\p{L}*\s+(?:\p{L}+\s+){0,4}?an)(?!\p{L})/iu;
/** Whether a message speaks of registering (to be done, not done before). */
export const namesRegistering = (text: string): boolean => REGISTERED.test(text);
/** Whether a message registers a second residence here ("ich möchte meinen Zweitwohnsitz in Mömbris anmelden"), which the word led the model to give up. */
/** "muss ich mich da trotzdem bei euch melden als zweitwohnung?": oneself reported, which for a second home is its registration (blind set 199). */
const ONESELF_REPORTED = /(?<!\p{L})(?:mich|uns|sich)\s+(?:\p{L}+\s+){0,4}?(?:melden|melde)(?!\p{L})/iu;
export const registersSecondHome = (text: string): boolean =>
  SECOND_HOME.test(text) && (REGISTERED.test(text) || ONESELF_REPORTED.test(text)) && !GIVEN_UP.test(text);

/**
 * "Ich muss mich ummelden", "wo kann ich mich anmelden?": registering oneself is the residence's
 * registration, not a car's or a business's, which the model offers beside it. Not "mich für … /
 * zum … anmelden" (a course, an event).
 */
const ONESELF = /(?<!\p{L})(?:mich|uns|sich)\s+(?!(?:für|fuer|zum|zur|bei\s+(?:der|dem)\s+(?!gemeinde|stadt|markt))\s)(?:\p{L}+\s+){0,2}?(?:(?:um|an|ab)mel\p{L}*|umel\p{L}*)(?!\p{L})/iu;
/** Things registered other than oneself, named in the message ("mich und mein Auto ummelden"). */
const SOMETHING_ELSE = /(?<!\p{L})(?:auto\p{L}*|kfz|fahrzeug\p{L}*|pkw|motorrad\p{L}*|gewerbe\p{L}*|firma|betrieb\p{L}*|hund\p{L}*|veranstaltung\p{L}*|fest\p{L}*|kind\p{L}*|baby\p{L}*)(?!\p{L})/iu;

/** "Wo muss ich registrieren meine Adresse?", "meine neue Anschrift anmelden": one's own address registered, not another's asked for. */
const OWN_ADDRESS_REGISTERED =
  /(?<!\p{L})(?:registrier\p{L}*|anmeld\p{L}*|anmelde|eintragen)\s+(?:\p{L}+\s+){0,2}?(?:meine|unsere|mei)\s+(?:neue\s+)?(?:adresse|anschrift|wohnung)|(?<!\p{L})(?:meine|unsere|mei)\s+(?:neue\s+)?(?:adresse|anschrift)\s+(?:\p{L}+\s+){0,2}?(?:registrier\p{L}*|anmelden|anmelde|eintragen)(?!\p{L})/iu;
export const registersOwnAddress = (text: string): boolean => OWN_ADDRESS_REGISTERED.test(text);

/** "Wie wir registrieren uns hier?": registering oneself in a learner's word order (the verb before "uns"). */
const REGISTERS_US_FIRST = /(?<!\p{L})(?:wie|wo)\s+(?:ich|wir)\s+(?:registrier|anmeld|melde)\p{L}*\s+(?:mich|uns)(?:\s+(?:hier|an|in\s+\p{L}+))?\s*[?.!]/iu;
export const registersInLearnersOrder = (text: string): boolean => REGISTERS_US_FIRST.test(text);

/** "Muss ich mich bei der Gemeinde eintragen lassen?": entered in the register, a newcomer's word for registering. */
const ENTERED_IN_REGISTER =
  /(?<!\p{L})(?:mich|uns)\s+(?:bei\s+der\s+gemeinde|beim\s+amt|bei\s+euch|bei\s+ihnen|hier|im\s+ort)\s+(?:\p{L}+\s+)?(?:eintragen|registrieren)(?:\s+lassen)?(?!\p{L})/iu;
export const asksToBeEntered = (text: string): boolean => ENTERED_IN_REGISTER.test(text);

/** Whether a message is about registering oneself ("Ich muss mich ummelden") and nothing else. */
export const registersOneself = (text: string): boolean => ONESELF.test(text) && !SOMETHING_ELSE.test(text);

/** "Mein Vermieter gibt mir den Zettel für das Einwohnermeldeamt nicht": the landlord's confirmation withheld (BMG § 19), not the registration itself. */
const LANDLORD_WITHHOLDS =
  /(?<!\p{L})(?:vermieter\p{L}*|wohnungsgeber\p{L}*|hausverwaltung|eigentümer\p{L}*)\s+(?:\p{L}+\s+){0,8}?(?:(?:gibt|gib|unterschreibt|schickt|stellt|füllt|fuellt)\s+(?:\p{L}+\s+){0,8}?nicht|weigert\p{L}*|verweigert\p{L}*)(?!\p{L})/iu;
/** What is withheld must be the paper for the registration (a deposit kept back is a tenancy dispute). */
const REGISTRATION_PAPER =
  /(?<!\p{L})(?:zettel|\p{L}*bestätigung|\p{L}*bestaetigung|bescheinigung|formular|unterschrift|anmeld\p{L}*|ummeld\p{L}*|\p{L}*meldeamt|bürgerbüro|buergerbuero)(?!\p{L})/iu;
export const landlordWithholdsConfirmation = (text: string): boolean => LANDLORD_WITHHOLDS.test(text) && REGISTRATION_PAPER.test(text);

/** "Ummeldung", "ummelden" said of a person, not of a car, a trade or a supply (those are their own topics). */
const RE_REGISTRATION = /(?<!\p{L})(?:ummeldung|ummelden|umzumelden|ummelde)(?!\p{L})/iu;
const OTHER_THINGS = /(?<!\p{L})(?:auto\p{L}*|kfz|fahrzeug\p{L}*|wagen|gewerbe\p{L}*|betrieb\p{L}*|strom\p{L}*|gas|hund\p{L}*|telefon\p{L}*|internet)(?!\p{L})/iu;
export const namesReRegistration = (text: string): boolean => RE_REGISTRATION.test(text) && !OTHER_THINGS.test(text);

/** A relative or acquaintance whose address is sought ("Meine Tante … keinen Kontakt mehr … nach ihrer Anschrift fragen"). */
const SOMEONE =
  /(?<!\p{L})(?:tante|onkel|bruder|schwester|vater|mutter|cousin\p{L}*|nichte|neffe|oma|opa|sohn|tochter|freund\p{L}*|bekannte[nr]?|schulfreund\p{L}*|schuldner\p{L}*|ex-?mann|ex-?frau|ex|mieter\p{L}*|nachbar\p{L}*|nachbarin|mitschüler\p{L}*|mitschueler\p{L}*|klassenkamerad\p{L}*|schulkamerad\p{L}*|klassentreffen|jemand(?:em|en)?\s+and(?:ere|er)s?|einer\s+anderen\s+person|eine[rs]?\s+fremden)(?!\p{L})/iu;
const ADDRESS_SOUGHT =
  /(?<!\p{L})(?:(?:keine|kein)\s+(?:aktuelle\s+)?(?:anschrift|adresse)\p{L}*\s+mehr|(?:anschrift|adresse)\s+(?:\p{L}+\s+){0,3}?(?:wissen|herausfinden|rausfinden|erfahren|fragen|suchen|bekommen|kriegen)|nach\s+(?:ihrer|seiner|deren|dessen)\s+(?:neuen\s+|aktuellen\s+)?(?:anschrift|adresse)|(?:brauch\p{L}*|bräucht\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:seine|ihre|deren|dessen)\s+(?:neue\s+|aktuelle\s+)(?:anschrift|adresse)|wo\s+(?:\p{L}+\s+){1,3}?(?:jetzt\s+|heute\s+|inzwischen\s+)?wohnt|wohin\s+(?:er|sie)\s+(?:\p{L}+\s+){0,2}?gezogen|ob\s+(?:er|sie|der|die)\s+(?:\p{L}+\s+){0,3}?gemeldet|kein(?:en)?\s+kontakt\s+mehr)(?!\p{L})/iu;
/** Registering the relative's address oneself ("Kann ich ihre neue Anschrift für sie eintragen lassen?"), not seeking it. */
const REGISTERS_IT = /(?<!\p{L})(?:eintrag\p{L}*|eingetragen|ummeld\p{L}*|umgemeldet|anmeld\p{L}*|angemeldet|vollmacht)(?!\p{L})/iu;
/** Whether a message seeks someone else's address, which the register's information gives (BMG § 44). */
// ("mein ex-mann stellt mir nach … er darf auf keinen fall meine neue adresse vom amt erfahren": one's own address kept from him.)
export const seeksSomeonesAddress = (text: string): boolean => SOMEONE.test(text) && ADDRESS_SOUGHT.test(text) && !REGISTERS_IT.test(text) && !asksToHideAddress(text);

/**
 * "eingezogen sind wir am sammstag … wie machen wir des jetz alle hier bei euch anzumelden", "Ich habe ein Zimmer gemietet in Brücken …
 * Mein Chef sagt ich muss mich anmelden", "nach niedersteinbach gezoche … muss ich mich da jetzt bei eich melde": moved in and
 * registering, children's documents or one's passport aside. (A firm one works at is no firm registered.)
 */
const MOVED_IN =
  /(?<!\p{L})(?:eingezogen|eingezoge|hergezogen|zugezogen|gezoche|(?:zimmer|wohnung|appartement|apartment)\s+(?:\p{L}+\s+){0,3}?gemietet)(?!\p{L})/iu;
const REGISTERING_HERE = /(?<!\p{L})(?:anmeld\p{L}*|anzumelden|angemeldet|ummeld\p{L}*|umzumelden|(?:mich|uns)\s+(?:\p{L}+\s+){0,4}?(?:melden|melde))(?!\p{L})/iu;
const NOT_A_RESIDENCE = /(?<!\p{L})(?:auto(?!mati)\p{L}*|kfz|fahrzeug\p{L}*|gewerbe\p{L}*|(?<!bei\s+(?:einer|eine|der|ner)\s+)firma|hund\p{L}*|kita\p{L}*|kindergarten\p{L}*|krippe\p{L}*|betreuung\p{L}*|tagesmutter|schule|verein\p{L}*|kurs\p{L}*)(?!\p{L})/iu;
export const registersAfterMovingIn = (text: string): boolean => MOVED_IN.test(text) && REGISTERING_HERE.test(text) && !NOT_A_RESIDENCE.test(text);

/** "die frau vom landratsamt hat gesagt wir müssen uns in der neuen gemeinde melden": registering where one moved to, not a move within the town. */
const IN_THE_NEW_TOWN =
  /(?<!\p{L})(?:in|bei)\s+(?:der|unserer|meiner)\s+neuen\s+(?:gemeinde|stadt|wohngemeinde)\s+(?:\p{L}+\s+)?(?:an|aa)?melden?(?!\p{L})|(?<!\p{L})am\s+neuen\s+wohnort\s+(?:\p{L}+\s+)?(?:an|aa)?melden?(?!\p{L})/iu;
export const registersInTheNewTown = (text: string): boolean => IN_THE_NEW_TOWN.test(text);

/** "Als Betreuer beantrage ich … Wohngeld": the housing benefit named, where the story around it left the model unsure. */
// ("vom staat was zur miete dazu kriegen": something added to the rent.)
const HOUSING_BENEFIT =
  /(?<!\p{L})(?:wohngeld\p{L}*|mietzuschuss\p{L}*|lastenzuschuss\p{L}*|(?:zuschuss|unterstützung|unterstuetzung|hilfe)\s+(?:für|fuer|zur)\s+(?:die\s+)?miete|(?:zuschuss|unterstützung|unterstuetzung|hilf|hilfe|geld)\s+(?:\p{L}+\s+){0,2}?wie\s+(?:für|fuer|bei)\s+(?:die\s+|den\s+)?mieter\p{L}*|(?:zur|zu\s+der)\s+miete\s+(?:\p{L}+\s+){0,1}?dazu)(?!\p{L})/iu;
/** "Kein Wohngeld, ich muss mich arbeitslos melden": the benefit named only to say it is not the one. */
const NOT_HOUSING_BENEFIT = /(?<!\p{L})(?:kein\p{L}*|nicht)\s+(?:\p{L}+\s+)?(?:wohngeld|mietzuschuss)\p{L}*(?!\p{L})/iu;
export const namesHousingBenefit = (text: string): boolean => HOUSING_BENEFIT.test(text) && !NOT_HOUSING_BENEFIT.test(text);

/** "Wo stell ich den Pensionsantrag?": the pension by its Austrian or civil servants' word, asked to apply for. */
const PENSION_BY_OTHER_NAME = /(?<!\p{L})(?:pensionsantrag\p{L}*|pension\s+(?:\p{L}+\s+)?beantrag\p{L}*|in\s+pension\s+gehen)(?!\p{L})/iu;
/** "In meinem Versicherungsverlauf fehlen 3 Jahre": gaps in the pension account, which the Versicherungsamt helps to clarify. */
const PENSION_ACCOUNT_GAP =
  /(?<!\p{L})(?:versicherungsverlauf\p{L}*|kontenklärung\p{L}*|kontenklaerung\p{L}*|rentenkonto\p{L}*|(?:lücke|luecke)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:rentenversicherung|rente|versicherungszeiten))(?!\p{L})/iu;
export const namesPensionOtherwise = (text: string): boolean => PENSION_BY_OTHER_NAME.test(text);
export const namesPensionAccountGap = (text: string): boolean => PENSION_ACCOUNT_GAP.test(text);

/** "die Anmeldung … wenn die Wohnungsgeberbestätigung vorliegt": the registration asked, the landlord's confirmation in hand. */
const CONFIRMATION_IN_HAND =
  /(?<!\p{L})(?:wohnungsgeberbestätigung\p{L}*|wohnungsgeberbestaetigung\p{L}*|vermieterbescheinigung\p{L}*)(?!\p{L})[^.!?]{0,30}?(?<!\p{L})(?:vorlieg\p{L}*|vorhanden|da\s+ist|beiliegt|liegt\s+(?:\p{L}+\s+)?vor)(?!\p{L})/iu;
const REGISTRATION_ASKED = /(?<!\p{L})(?:anmeldung\p{L}*|anmelden|anzumelden)(?!\p{L})/iu;
export const registersWithConfirmationInHand = (text: string): boolean => CONFIRMATION_IN_HAND.test(text) && REGISTRATION_ASKED.test(text);

/** "meinen sozialversicherungsausweis verloren": the pension insurer's card and number (the topic of the pension insurance's services). */
const SOCIAL_INSURANCE_CARD = /(?<!\p{L})(?:sozialversicherungsausweis\p{L}*|sozialversicherungsnummer\p{L}*|rentenversicherungsnummer\p{L}*|sv-?ausweis|sv-?nummer)(?!\p{L})/iu;
export const namesSocialInsuranceCard = (text: string): boolean => SOCIAL_INSURANCE_CARD.test(text);

/** "abmelden", "wie melden sie sich ab": deregistering named. */
const DEREGISTERING = /(?<!\p{L})(?:abmeld\p{L}*|abzumelden?|abgemeldet|meld\p{L}*\s+(?:\p{L}+\s+){0,3}?ab)(?!\p{L})/iu;
export const namesDeregistering = (text: string): boolean => DEREGISTERING.test(text);

/** "… damit er hier nicht mehr gemeldet ist": deregistering as its purpose. */
const NO_LONGER_REGISTERED = /(?<!\p{L})(?:damit|dass|soll|sollen|will|möchte|moechte)\s+(?:\p{L}+\s+){0,3}?(?:hier\s+)?nicht\s+mehr\s+(?:hier\s+)?gemeldet(?!\p{L})/iu;
export const wantsNoLongerRegistered = (text: string): boolean => NO_LONGER_REGISTERED.test(text);

/** "Ich wohn seit März in Mömbris … und hab mich nie angemeldet", "bloß gemeldet sin mer noch nirgends": the registration missed, to be made late. */
const NEVER_REGISTERED =
  /(?<!\p{L})(?:(?:hab|habe|haben|bin)\s+(?:mich|uns)\s+(?:\p{L}+\s+){0,2}?(?:nie|noch\s+nie|noch\s+nicht|nicht)\s+angemeldet|nachträglich\s+(?:\p{L}+\s+)?anmelden|nachtraeglich\s+(?:\p{L}+\s+)?anmelden|vergessen,?\s+(?:mich|uns)\s+anzumelden|(?:gemeldet|angemeldet)\s+(?:sin|sind|bin)\s+(?:mer|mir|wir|ich|isch)\s+(?:noch\s+)?(?:nirgends|nirgendwo|net|nicht|nie))(?!\p{L})/iu;
export const neverRegistered = (text: string): boolean => NEVER_REGISTERED.test(text) && !NOT_A_RESIDENCE.test(text);

/** "… innerhalb von zwei Wochen nach dem Einzug melden. Ich bin aber schon seit einem Monat hier. Gibt das jetzt Ärger?": registering late after moving in. */
const MOVED_IN_A_WHILE_AGO = /(?<!\p{L})(?:nach\s+dem\s+einzug|eingezogen|seit\s+(?:einem|zwei|drei|vier|\d+)\s+(?:monat|monaten|wochen))(?!\p{L})/iu;
const TROUBLE = /(?<!\p{L})(?:ärger|aerger|strafe\p{L}*|bußgeld\p{L}*|bussgeld\p{L}*|zu\s+spät|zu\s+spaet)(?!\p{L})/iu;
/** "wenn mer ganz wegziehe ins Ausland", "wir wandern aus": leaving the country, however said. */
const LEAVES_THE_COUNTRY = /(?<!\p{L})(?:(?:wegzieh|zieh|umzieh)\p{L}*\s+(?:\p{L}+\s+){0,3}?ins\s+ausland|ins\s+ausland\s+(?:\p{L}+\s+){0,2}?(?:zieh|umzieh|wegzieh)\p{L}*|auswander\p{L}*|ausgewandert)(?!\p{L})/iu;
export const leavesTheCountry = (text: string): boolean => LEAVES_THE_COUNTRY.test(text);
export const registersLate = (text: string): boolean => MOVED_IN_A_WHILE_AGO.test(text) && TROUBLE.test(text) && /(?<!\p{L})(?:meld|anmeld)\p{L}*/iu.test(text) && !NOT_A_RESIDENCE.test(text);

/** "mein Bruder ist Eigentümer … muss er Bestätigung schreiben, dass ich da wohne?": the owner's confirmation for registering. */
const OWNER = /(?<!\p{L})(?:eigentümer\p{L}*|eigentuemer\p{L}*|vermieter\p{L}*|hausbesitzer\p{L}*|wohnungsgeber\p{L}*|hausherr\p{L}*)(?!\p{L})/iu;
const CONFIRMS = /(?<!\p{L})(?:bestätigung|bestaetigung|bestätigen|bestaetigen|bescheinigung|unterschreib\p{L}*|unterschrift)(?!\p{L})/iu;
/** "Papier von Hausbesitzer für Meldeamt": the owner's paper named by what it is for. */
/** "so en Wisch vom Hausbesitzer, un des bin ja isch": the owner's paper named by whom it comes from. */
const PAPER_FROM_OWNER =
  /(?<!\p{L})(?:wisch|zettel|papier|formular|schreiben|bescheinigung|bestätigung|bestaetigung)\s+(?:vom|von\s+(?:der|dem|de))\s+(?:hausbesitzer\p{L}*|vermieter\p{L}*|eigentümer\p{L}*|eigentuemer\p{L}*|wohnungsgeber\p{L}*|hauseigentümer\p{L}*)(?!\p{L})/iu;
const PAPER_FOR_REGISTERING = /(?<!\p{L})(?:papier|zettel|formular|vordruck)\p{L}*(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:meldeamt\p{L}*|einwohnermeldeamt|anmeld\p{L}*|bürgerbüro|buergerbuero)(?!\p{L})/iu;
/** "muss ich als vermieter auch was unterschreiben wenn der mieter auszieht … er zieht nach spanien": the landlord asks, not the one leaving. */
const LANDLORD_WRITES = /(?<!\p{L})(?:als\s+vermieter\p{L}*|(?:mein|mei|meine|meinen|meinem|unser|unsere|unseren|der|die|den)\s+(?:alte[nr]?\s+|neue[nr]?\s+)?mieter(?:in)?)(?!\p{L})/iu;
/** "weil ihr was fehlt von mir. ich hab ihr doch den mietvertrag gegebe, reicht des ned?": a paper the landlord still owes (blind set 198; "mei mieter will en zettel vo mir", blind set 233). */
const OWED_BY_ME =
  /(?<!\p{L})(?:(?:fehlt|fehle|braucht|brauch|will|möchte|moechte)\s+(?:\p{L}+\s+){0,3}?(?:von|vo)\s+mir|von\s+mir\s+(?:\p{L}+\s+){0,2}?(?:fehlt|braucht)|mietvertrag\s+(?:\p{L}+\s+){0,4}?(?:reicht|genügt|genuegt))(?!\p{L})/iu;
export const ownerConfirmsResidence = (text: string): boolean =>
  ((OWNER.test(text) && (CONFIRMS.test(text) || PAPER_FOR_REGISTERING.test(text) || PAPER_FROM_OWNER.test(text))) || (LANDLORD_WRITES.test(text) && OWED_BY_ME.test(text))) &&
  !OWN_REGISTRATION_CONFIRMED.test(text);
export const landlordConfirmsMove = (text: string): boolean => ownerConfirmsResidence(text) && LANDLORD_WRITES.test(text);

/**
 * "Wo muss ich mich registrieren?", "er fragt, wo und bis wann er sich hier beim Amt melden muss": where to register oneself, a newcomer's question;
 * "Wo muss ich sagen dass ich jetzt hier wohne?" in simple German (blind set 216).
 */
const WHERE_TO_REGISTER =
  /(?<!\p{L})wo\s+(?:(?:muss|mus|kann|soll|müssen|muessen)\s+(?:ich|man|wir|mer)\s+(?:mich|uns)\s+(?:\p{L}+\s+)?|(?:und\s+)?(?:bis\s+wann\s+)?(?:ich|man|wir|er|sie)\s+(?:mich|uns|sich)\s+(?:\p{L}+\s+){0,3}?)(?:registrier\p{L}*|anmeld\p{L}*|melde\p{L}*)(?!\p{L})/iu;
const WHERE_TO_SAY_I_LIVE_HERE =
  /(?<!\p{L})wo\s+(?:muss|mus|kann|soll|müssen|muessen)\s+(?:ich|man|wir|mer)\s+(?:sagen|angeben|zeigen)\s*,?\s+dass\s+(?:ich|wir)\s+(?:\p{L}+\s+){0,2}?wohn\p{L}*/iu;
export const asksWhereToRegister = (text: string): boolean => WHERE_TO_REGISTER.test(text) || WHERE_TO_SAY_I_LIVE_HERE.test(text);
/** "… wohne jetzt bei meinem Bruder in Mensengesäß. Wo mus ich mich melden …": where to register, said by one who lives here now. */
const LIVES_HERE_NOW = /(?<!\p{L})(?:wohne|wohnen)\s+(?:\p{L}+\s+)?(?:jetzt|hier|seit)(?!\p{L})/iu;
export const registersWhereNowLiving = (text: string): boolean => WHERE_TO_REGISTER.test(text) && LIVES_HERE_NOW.test(text);

/** "den Zettel den ich beim Anmelden bekommen hab find ich nimmer, die Bank will den aber sehen": the registration's paper again, the Meldebescheinigung. */
const REGISTRATION_PAPER_LOST =
  /(?<!\p{L})(?:zettel|wisch|papier|bestätigung|bestaetigung|bescheinigung|blatt)\s+(?:\p{L}+\s+){0,2}?(?:ich|wir)\s+(?:beim|bei\s+der)\s+(?:anmelden|anmeldung|ummelden|ummeldung)\s+(?:\p{L}+\s+){0,2}?(?:bekommen|gekriegt|kriegt|gekriecht)(?!\p{L})/iu;
export const lostRegistrationPaper = (text: string): boolean => REGISTRATION_PAPER_LOST.test(text);

/** A birthday or wedding anniversary ("zu meinem 80.", "goldene Hochzeit", "Geburtstag"). */
const JUBILEE =
  /(?<!\p{L})(?:\p{L}*geburtstag\p{L}*|alters?jubil\p{L}*|ehejubil\p{L}*|(?:goldene|silberne|diamantene|eiserne)\s+hochzeit|hochzeitstag|(?:zu|zum|meinem|mein|unserem)\s+\d{2,3}\.|(?:werde|werd|wird|werden)\s+(?:\p{L}+\s+){0,3}?\d{2,3}(?!\d))(?!\p{L})/iu;
/** Printed or passed on: the newsletter, a paper, congratulations from the town. */
const PUBLISHED =
  /(?<!\p{L})(?:\p{L}*blatt|\p{L}*blättche|\p{L}*blaettche|\p{L}*zeitung|amtsblatt|veröffentlich\p{L}*|veroeffentlich\p{L}*|gratul\p{L}*|glückwunsch\p{L}*|glueckwunsch\p{L}*|bürgermeister\p{L}*|buergermeister\p{L}*|weitergegeben|weitergeben|rausgegeben|herausgegeben)(?!\p{L})/iu;
/** Not wanted ("will ich nicht", "soll nicht drinstehen", "auf keinen Fall", "verhindern", "widersprechen", "verbieten", "ohne dass mich einer gefragt hat"). */
const NOT_WANTED =
  /(?<!\p{L})(?:(?:will|wollen|möchte|moechte|möchten|moechten|soll|sollen|darf|dürfen|duerfen)\s+(?:\p{L}+\s+){0,8}?(?:nicht|net|ned|nit|keine?)|(?:nicht|net|ned|nit)\s+(?:\p{L}+\s+){0,2}?(?:will|wollen|möchte|moechte|mag)|auf\s+keinen\s+fall|verhinder\p{L}*|widersprech\p{L}*|widerspruch|unterbinden|vermeiden|sperren|(?:nicht|net|ned|nit|nimmer)\s+(?:mehr\s+)?(?:raus|heraus|weiter)gegeben|verbiet\p{L}*|ohne\s+(?:dass\s+)?(?:mich|uns)\s+(?:\p{L}+\s+)?gefragt)(?!\p{L})/iu;
/**
 * "wie verhinder ich dass die gemeinde zu meinem 80. meinen namen ins blättche gibt?": an objection to
 * the anniversary's publication (BMG § 50 Abs. 5), the newsletter's words notwithstanding.
 */
export const objectsToJubileeNotice = (text: string): boolean => JUBILEE.test(text) && PUBLISHED.test(text) && NOT_WANTED.test(text);

/** Staying at someone's ("wenn ich bei Freund wohne", "wohne bei meiner Freundin"). */
const STAYS_WITH =
  /(?<!\p{L})(?:(?:wohn|leb|schlaf|unterkomm|übernacht|uebernacht)\p{L}*\s+(?:\p{L}+\s+){0,2}?bei|bei\s+(?:\p{L}+\s+){0,3}?(?:wohn|leb|unterkomm|unterge)\p{L}*)(?!\p{L})/iu;
/** Whether one must register oneself ("Muss ich mich bei Gemeinde melden", "muss ich mich anmelden"). */
// ("ich muss mich do offiziell aamelde": the dialect's "aa-" and lost "-n".)
// ("Jetzt hab ich gehört mer muss sich irgendwo melde", trial 62: "one must", said of oneself.)
const MUST_REGISTER = /(?<!\p{L})(?:mich|uns|(?:man|mer|ma)\s+(?:muss|muß|müsse|muesse)\s+sich)\s+(?:\p{L}+\s+){0,4}?(?:an|aa)?melden?(?!\p{L})/iu;
/** "Muss ich mich bei Gemeinde melden wenn ich bei Freund wohne?": registering one's residence, not another's address asked. */
export const registersWhileStayingWithSomeone = (text: string): boolean => MUST_REGISTER.test(text) && STAYS_WITH.test(text);
/** "die Firma sagt ich muss mich anmelden": one's own registration asked, whoever asks for it. */
export const mustRegisterOneself = (text: string): boolean => MUST_REGISTER.test(text);

/** "wohnen in der Hauptstraße … größere Wohnung in Mensengesäß, gleiche Gemeinde", "ist ja dieselbe Gemeinde": a move within the town said as such. */
// ("mir ziehe innerhalb vom ort um … is ja die gleich gemeinde", blind set 231: the dialect's "gleich".)
// ("von hohl nach strötzbach gezoge, is ja alles mömbris", blind set 235.)
const SAME_TOWN =
  /(?<!\p{L})(?:(?:gleiche|gleich|selbe|gleichen|selben|dieselbe|derselben|dieselben)\s+(?:gemeinde|kommune)|(?:is|ist|isch)\s+(?:ja\s+|doch\s+)?alles\s+(?:mömbris|moembris|eine\s+gemeinde))(?!\p{L})/iu;
export const movesWithinSameTown = (text: string): boolean => SAME_TOWN.test(text);

/**
 * "sie hat gesagt ich muss zur Gemeinde gehen damit ich hier gemeldet bin": to become registered, not a proof of it
 * (the Meldebescheinigung: "brauch en wisch vom amt dass ich hier gemeldet bin").
 */
const TO_BE_REGISTERED =
  /(?<!\p{L})(?:damit|so\s+dass)\s+(?:ich|wir|er|sie)\s+(?:\p{L}+\s+){0,2}?(?:gemeldet|angemeldet)\s+(?:bin|sind|ist|werde|werden|wird)(?!\p{L})/iu;
const PROOF_OF_IT = /(?<!\p{L})(?:bescheinigung\p{L}*|nachweis\p{L}*|bestätigung\p{L}*|bestaetigung\p{L}*|beweis\p{L}*|wisch|zettel|schrieb)(?!\p{L})/iu;
export const wantsToBeRegistered = (text: string): boolean => TO_BE_REGISTERED.test(text) && !PROOF_OF_IT.test(text);

/**
 * "ein Papier wo steht wo ich gewohnt habe seit wann, alle Adressen", the Nachlassgericht's "Nachweis, dass er bis zuletzt in
 * Dörnsteinbach gewohnt hat", "eine amtliche Bestätigung, seit wann ich in Mömbris wohnhaft bin … mit allen Adressen": one's own (or the deceased's) addresses confirmed (a Meldebescheinigung), no information about others.
 */
const OWN_ADDRESSES =
  /(?<!\p{L})(?:(?:wo|welche[n]?\s+adressen?)\s+ich\s+(?:\p{L}+\s+){0,3}?gewohnt\s+(?:habe|hab|hatte)|(?:nachweis|bescheinigung|bestätigung|bestaetigung|papier)\p{L}*,?\s+seit\s+wann\s+ich\s+(?:\p{L}+\s+){0,3}?(?:wohnhaft|gemeldet|wohne)|alle[n]?\s+(?:meine[n]?\s+)?(?:früheren\s+|frueheren\s+|alten\s+|bisherigen\s+)?adressen|meine\s+(?:früheren|frueheren|alten|bisherigen)\s+(?:adressen|wohnorte|wohnsitze)|(?:nachweis|bescheinigung|bestätigung|bestaetigung|papier)\p{L}*[^.!?]{0,30}?(?<!\p{L})dass\s+(?:er|sie)\s+(?:\p{L}+\s+){0,5}?gewohnt\s+(?:hat|hatte))(?!\p{L})/iu;
export const asksOwnAddresses = (text: string): boolean => OWN_ADDRESSES.test(text);

/**
 * "wo und bis wann müssen wir uns als einwohner anmelden?", "wie lang hab mer zeit uns bei euch anzumelde" (blind set 207): oneself
 * registered as a resident, whatever dog came along.
 */
const AS_RESIDENT =
  /(?<!\p{L})(?:mich|uns)\s+(?:\p{L}+\s+){0,2}?als\s+(?:einwohner|bürger|buerger|neubürger|neubuerger)\p{L}*\s+(?:\p{L}+\s+)?(?:an)?(?:melden|registrieren|eintragen)(?!\p{L})|(?<!\p{L})(?<!(?:bei|zu|für|fuer|mit|von)\s+)uns\s+(?:(?!hund|welpe)\p{L}+\s+){0,3}?(?:anzumelden|anzumelde|anmelden|anmelde|ummelden|ummelde)(?!\p{L})/iu;
export const registersAsResident = (text: string): boolean => AS_RESIDENT.test(text);

/** "Ich bin sein Bruder, bitte, es ist dringend": the asker's kinship to the person asked about, said after the register's answer. */
const KINSHIP_TOLD =
  /^\W*(?:\p{L}+\W+){0,2}?(?:ich\s+bin|i\s+bin|bin)\s+(?:doch\s+|ja\s+|aber\s+)?(?:sein|seine|ihr|ihre|dessen|deren)\s+(?:bruder|schwester|sohn|tochter|vater|mutter|onkel|tante|neffe|nichte|enkel\p{L}*|cousin\p{L}*|ehefrau|ehemann|frau|mann|freund\p{L}*|nachbar\p{L}*|vermieter\p{L}*)(?!\p{L})/iu;
export const saysKinship = (text: string): boolean => KINSHIP_TOLD.test(text);

/** "wo und wie meld ich uns da an", "müssen die kinder extra angemeldet werden": registering said by its verb, oneself or the family. */
const REGISTERING_SAID = /(?<!\p{L})(?:meld\p{L}*\s+(?:\p{L}+\s+){0,3}?an|anmelden|anmelde|angemeldet|anzumelden)(?!\p{L})/iu;
export const saysRegistering = (text: string): boolean => REGISTERING_SAID.test(text);

/**
 * "Wer wohnt in der Kirchstraße 3?", "die Telefonnummer von Herrn Schäfer aus Hohl" (trial 62: the contact card, or the
 * register's information without a word that neither is given): who lives at an address, or a private person's number.
 */
const WHO_LIVES = /(?<!\p{L})wer\s+(?:\p{L}+\s+)?(?:wohnt|wohne|wohnen|lebt)(?!\p{L})/iu;
const ADDRESS_WITH_NUMBER = new RegExp(String.raw`(?<!\p{L})\p{L}+${STREET_ENDING}\s*\d{1,4}(?!\d)`, 'iu');
// (The router reads the message without the names saluted: "von Herrn aus Hohl".)
const A_PERSONS_NUMBER = /(?<!\p{L})(?:telefonnummer|handynummer|telefon|nummer)\s+(?:von|vom)\s+(?:herrn?|frau|familie)(?!\p{L})/iu;
export const asksOthersPrivateData = (text: string): boolean => (WHO_LIVES.test(text) && ADDRESS_WITH_NUMBER.test(text)) || A_PERSONS_NUMBER.test(text);
/** The words of the register information's note on what is not given out, which such a question names otherwise. */
export const PRIVATE_DATA_WORDS: readonly string[] = ['Bewohner', 'Telefonnummern'].map(normalize);
