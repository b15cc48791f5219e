// Snow and ice: the catalogue has no topic for the winter service, and its words led the model to
// the water supply, street use or renting a room. A street or path not cleared is a defect to report
// to the Bauhof; a question about the duty to clear or when it is done is none of the answers the
// knowledge has (the assistant says so and names the Rathaus), never a wrong one.

/** Words only the winter service uses: snow, gritting, ice. */
const WINTER =
  /(?<!\p{L})(?:winterdienst\p{L}*|räumdienst\p{L}*|raeumdienst\p{L}*|räumpflicht\p{L}*|streupflicht\p{L}*|streudienst\p{L}*|streusalz|schnee\p{L}*|gestreut|streut|streuen|glatteis|spiegelglatt|glätte|vereist)(?!\p{L})/iu;
/** A street or path: "nicht geräumt" said of one is the winter service (a flat "nicht geräumt" is a move). */
const WAY = /(?<!\p{L})(?:\p{L}*straße|\p{L}*strasse|gehweg\p{L}*|bürgersteig\p{L}*|buergersteig\p{L}*|\p{L}*weg|gasse|parkplatz|schnee\p{L}*)(?!\p{L})/iu;
/** Told to be not cleared: a defect now, not a question about the service. */
const NOT_CLEARED =
  /(?<!\p{L})(?:(?:nicht|net|ned|nit|nie|kein\p{L}*|niemand|keiner)\s+(?:\p{L}+\s+){0,3}(?:geräumt|geraeumt|gestreut|streut|räumt)|ungeräumt)(?!\p{L})/iu;
/** Told to be icy: a defect where a street or path is named ("Glatteis in der Bahnhofstraße"), only the weather otherwise ("komm bei dem Glatteis nicht aus dem Haus"). */
const ICY = /(?<!\p{L})(?:spiegelglatt|glatteis|(?:total|sehr|völlig|arg|saumäßig)\s+glatt|vereist)(?!\p{L})/iu;

/** "de schneeflug hat … de bordstein und unser gartezaun mitgenomme" (blind set 236): the winter service's vehicle damaged something, a defect to report. */
const PLOUGH_DAMAGED =
  /(?<!\p{L})(?:schneepflug|schneeflug|schneepflüg\p{L}*|räumfahrzeug\p{L}*|raeumfahrzeug\p{L}*|streufahrzeug\p{L}*|streuwagen|räumdienst|raeumdienst|winterdienst)(?!\p{L})[^.!?]{0,80}?(?<!\p{L})(?:mitgenomm\p{L}*|kaputt\p{L}*|beschädigt|beschaedigt|umgefahren|umgefahre|abgefahren|abgefahre|abrasiert|demoliert|gerammt|angefahren|angefahre|rausgerissen|abgerissen)(?!\p{L})/iu;

/** Clearing a path in front of a house ("Muss ich vor meinem Haus selbst räumen?"): the winter service, though "räumen" leads to renting a room. */
const CLEARING = /(?<!\p{L})(?:räumen|raeumen|räumt|raeumt)(?!\p{L})/iu;
/** The ways in front of a house ("Räume" and "weg" alone are rooms and "away"). */
const PATH = /(?<!\p{L})(?:gehweg\p{L}*|bürgersteig\p{L}*|buergersteig\p{L}*|trottoir|\p{L}*straße|\p{L}*strasse|einfahrt|zufahrt|hofeinfahrt|\p{L}+weg)(?!\p{L})/iu;
const IN_FRONT = /(?<!\p{L})vor\s+(?:meinem|meim|unserem|unserm|dem|einem|seinem|ihrem)\s+(?:haus|grundstück|grundstueck|hof|tor|eingang)(?!\p{L})/iu;

/**
 * "wer muss eigentlich des laub vom gehweg vor meim grundstück wegmache" (blind set 253): leaves on the path, whose clearing the
 * same duty as snow's lays on the owner (the town's street cleaning rules); asked who must, none of the answers the knowledge has.
 */
const LEAVES_DUTY = /(?<!\p{L})laub\p{L}*(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:weg\s*mach\p{L}*|wegmache|kehren|kehrt|fegen|fegt|entfernen|räumen|raeumen)(?!\p{L})/iu;

/** Private ground ("der Parkplatz vom Supermarkt", "Firmengelände"): its owner clears it, not the Bauhof. */
const PRIVATE_GROUND =
  /(?<!\p{L})(?:(?:supermarkt|markt|edeka|rewe|aldi|lidl|netto|penny|kaufland|norma|baumarkt|discounter|kunden|firmen|privat|einkaufs)\p{L}*parkpl(?:a|ä|ae)tz\p{L}*|parkplatz\s+(?:vom|von|des|der|beim|vor\s+dem)\s+(?:\p{L}+\s+)?(?:supermarkt|edeka|rewe|aldi|lidl|netto|penny|kaufland|norma|baumarkt|discounter|geschäft|geschaeft|laden|arzt|firma|praxis)\p{L}*|firmengelände|firmengelaende|privatgrund\p{L}*|privatweg\p{L}*|privatgelände|privatgelaende)(?!\p{L})/iu;

/** "jetzt mach ich mich selbstständich mit Gartepflech, Winterdienst un klaane Reparature": the winter service as one's own trade. */
const OWN_TRADE = /(?<!\p{L})(?:selbstständi[gc]h?|selbständi[gc]h?|selbststaendi[gc]h?|selbstaendi[gc]h?)(?!\p{L})/iu;

/**
 * The weather as the circumstance of another matter ("wahrscheinlich wege dem schnee", "bei dem schnee
 * fahr ich net gern", "bevor der schnee kommt", blind set 212): no question about the winter service (blind set 204).
 */
const BECAUSE_OF_THE_SNOW =
  /(?<!\p{L})(?:bei|wegen|wege|weil|trotz|bevor|ehe)\s+(?:dem|de|des|der|diesem|dem\s+ganzen|dem\s+vielen|all\s+dem)\s+(?:\p{L}+\s+)?(?:schnee\p{L}*|glatteis|glätte|glaette|eis|wetter)(?!\p{L})/giu;

/** "vor der Grundschule", "an der Bushaltestelle": a public place by what stands there (trial 51: the school's pavement was no way). */
const AT_A_PUBLIC_PLACE =
  /(?<!\p{L})(?:vor|an|bei|beim|am|hinter|neben)\s+(?:der|dem|de|den)?\s*(?:\p{L}*schule|kirche|kita|kindergarten|friedhof|rathaus|\p{L}*haltestelle|turnhalle|\p{L}*halle|bahnhof|brücke|bruecke|spielplatz|sportplatz|dorfplatz|marktplatz|apotheke|bäckerei|baeckerei)(?!\p{L})/iu;
/** "Glatteis melden": the icy place to be reported. */
const TO_REPORT = /(?<!\p{L})(?:melden|melde|meldung)(?!\p{L})/iu;

/** What a message about snow and ice is: a defect to report, a question the knowledge has no answer for, or neither. */
export function winterMatter(text: string): 'report' | 'question' | undefined {
  if (OWN_TRADE.test(text)) return undefined;
  const icyThere = ICY.test(text) && (WAY.test(text) || AT_A_PUBLIC_PLACE.test(text) || TO_REPORT.test(text));
  const reported = !PRIVATE_GROUND.test(text) && ((NOT_CLEARED.test(text) && (WINTER.test(text) || WAY.test(text))) || icyThere || PLOUGH_DAMAGED.test(text));
  if (reported) return 'report';
  const asked = text.replace(BECAUSE_OF_THE_SNOW, ' ');
  return WINTER.test(asked) || ((CLEARING.test(asked) || LEAVES_DUTY.test(asked)) && (PATH.test(asked) || IN_FRONT.test(asked))) ? 'question' : undefined;
}

/** Work asked about ("Sucht der Bauhof Leute für den Winterdienst?", "Bildet der Markt aus?"): the job offers, not the service. */
const WORK =
  /(?<!\p{L})(?:\p{L}*job\p{L}*|\p{L}*stelle[n]?|arbeit\p{L}*|leute|personal|mitarbeiter\p{L}*|bewerb\p{L}*|aushilf\p{L}*|helfer\p{L}*|fahrer\p{L}*|einstell\p{L}*|gesucht|sucht|suchen|\p{L}*ausbild\p{L}*|bildet|\p{L}*praktik\p{L}*|\p{L}*bewerbung|azubi\p{L}*|lehre|lehr|lehrstelle\p{L}*|tarif\p{L}*|beschäftigt\p{L}*|beschaeftigt\p{L}*|verdien\p{L}*|duales|beamt\p{L}*|\p{L}*angestellte\p{L}*|apprentice\p{L}*|internship\p{L}*|vacanc\p{L}*)(?!\p{L})/iu;
export const asksForWork = (text: string): boolean => WORK.test(text);
