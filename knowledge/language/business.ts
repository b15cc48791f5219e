// A business of one's own closed, moved or opened ("Ich mach meinen Kiosk zu, muss ich das
// abmelden?", "Unsere Schreinerei zieht nach Schimborn um"): the trade office's Gewerbe-An-, Um- or
// Abmeldung, though "abmelden" and "umziehen" lead the model to the registration of a residence.

/**
 * Businesses by the words their owners use, compounds included ("Friseursalon", "Hofladen",
 * "Malerbetrieb"). Not "Firma" or "Betrieb" alone: "meine Firma" is as often the employer.
 */
const BUSINESS = String.raw`(?:\p{L}*(?:laden|geschäft|geschaeft|salon|studio|werkstatt|handel|imbiss|kiosk|shop|boutique|gaststätte|gaststaette|kneipe|restaurant|pizzeria|café|cafe)|\p{L}+betrieb|friseur|frisör|schreinerei|bäckerei|baeckerei|metzgerei|gärtnerei|gaertnerei|druckerei|konditorei|schlosserei|zimmerei|spenglerei|gewerbe)`;
const OWN = String.raw`(?:mein|meine|meinen|meinem|meiner|mei|unser|unsere|unseren|unserem|unserer|unsern)`;

/** "meinen kleinen Laden", "unsere Schreinerei": a business the writer owns, with up to two words between. */
const OWN_BUSINESS = new RegExp(`(?<!\\p{L})${OWN}\\s+(?:\\p{L}+\\s+){0,2}?${BUSINESS}(?!\\p{L})`, 'iu');

/** Whether a message speaks of a business of the writer's own. */
export const ownBusiness = (text: string): boolean => OWN_BUSINESS.test(text);
