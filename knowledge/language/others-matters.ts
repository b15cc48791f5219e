// Matters of others whose words are close to a topic of the town's: the model finds the topic,
// but answering it would be a wrong answer. "Unser Kleiner soll getauft werden" is the parish's
// (the Standesamt has only the leaving of a church); "der Vermieter rückt die Kaution nicht raus"
// is tenancy law (a tenants' association, a lawyer, the Amtsgericht), not the registration that
// the words of a flat suggest.

/** A church's own rites: baptism, communion, confirmation, a church wedding or funeral. */
const CHURCH_RITE =
  /(?<!\p{L})(?:tauf\p{L}*|getauft|firmung|firmen|erstkommunion|kommunion|konfirmation|konfirmiert\p{L}*|kirchlich\p{L}*\s+(?:heiraten|trauung|hochzeit|beerdig\p{L}*|bestatt\p{L}*)|in\s+der\s+kirche\s+heiraten|pfarr(?:er|amt|büro|buero)\p{L}*)(?!\p{L})/iu;
/** The town's part: leaving a church (the Standesamt), a certificate or an office of the town's for the rite. */
const TOWNS_PART =
  /(?<!\p{L})(?:austr\p{L}*|ausgetreten|aus\s+der\s+kirche|kirchensteuer|\p{L}*urkunde\p{L}*|standesamt\p{L}*|bürgerbüro|buergerbuero|rathaus|ausweis\p{L}*|pass)(?!\p{L})/iu;

/** Whether a message asks about a church's rite, not about the town's part in it. */
export const aboutChurchRite = (text: string): boolean => CHURCH_RITE.test(text) && !TOWNS_PART.test(text);

/** A dispute with a landlord: the deposit, the service charges, a rent increase, a notice, defects of the flat. */
const TENANCY =
  /(?<!\p{L})(?:kaution|mietkaution|nebenkostenabrechnung|betriebskostenabrechnung|mieterhöhung|mieterhoehung|mietminderung|mietrückstand|mietrueckstand|eigenbedarf|schimmel)(?!\p{L})|(?<!\p{L})(?:vermieter\p{L}*)\s+(?:\p{L}+\s+){0,4}(?:kündig\p{L}*|kuendig\p{L}*|erhöh\p{L}*|erhoeh\p{L}*|repariert\p{L}*|reparier\p{L}*)(?!\p{L})/iu;
/** The town's part of a move: registering, and the landlord's confirmation for it. */
const REGISTERING = /(?<!\p{L})(?:anmeld\p{L}*|ummeld\p{L}*|abmeld\p{L}*|angemeldet|umgemeldet|abgemeldet|wohnungsgeber\p{L}*|bestätigung|bestaetigung)(?!\p{L})/iu;

/** Whether a message is about a dispute with a landlord, not about registering the flat. */
export const aboutTenancyDispute = (text: string): boolean => TENANCY.test(text) && !REGISTERING.test(text);

/** "Welche Partei soll ich wählen?": whom to vote for is the citizen's own choice; the town stays neutral. */
const WHOM_TO_VOTE_FOR =
  /(?<!\p{L})(?:wen|welche\p{L}*\s+(?:partei|kandidat\p{L}*|liste)|was)\s+(?:soll|sollte|kann|könnte|koennte)\s+(?:ich|man|wir)\s+(?:\p{L}+\s+){0,4}?(?:wählen|waehlen|ankreuzen)(?!\p{L})|(?<!\p{L})(?:wahlempfehlung|wahltipp)\p{L}*/iu;

/** Whether a message asks whom to vote for (not how or where to vote). */
export const asksWhomToVoteFor = (text: string): boolean => WHOM_TO_VOTE_FOR.test(text);
