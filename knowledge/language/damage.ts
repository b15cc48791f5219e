// "Seit 3 Monat is des Schlagloch in der Kahlgrundstraße und keiner macht was. Ich zahl doch net
// umsonst Steuern!", "Der Feldweg hinter meinem Hof is total ausgewaschen": a damage in the street,
// told with anger or in a farmer's words, is the town's defect report; the words around it (taxes,
// rain) lead the model elsewhere or leave it unsure.
import { namesPrivatePerson } from './private-matters';

/** A pothole, a street light out, a street or path broken or washed out. */
const DAMAGE =
  /(?<!\p{L})(?:schla[gc]h?l(?:o|ö|oe)ch\p{L}*|\p{L}*(?:latern|latärn|lampe)\p{L}*\s+(?:\p{L}+\s+){0,4}?(?:kaputt|defekt|dunkel|aus(?=\s*[.,!?]|\s*$)|flackert|brennt\s+(?:nicht|net|ned)|geht\s+(?:nicht|net|ned))|(?:\p{L}*weg|\p{L}*straße|\p{L}*strasse|gehweg|bürgersteig|buergersteig|fahrbahn|feldweg)\s+(?:\p{L}+\s+){0,7}?(?:kaputt|ausgewaschen|aufgerissen|abgesackt|eingebrochen|unterspült|unterspuelt|beschädigt|beschaedigt|voller\s+löcher|voller\s+loecher))(?!\p{L})/iu;

/** "der gullideckel vor unserm haus klappert jede nacht" (blind set 237): a cover in the street loose or broken. */
const COVER_LOOSE =
  /(?<!\p{L})(?:gull[iy]-?deckel\p{L}*|kanaldeckel\p{L}*|schachtdeckel\p{L}*|kanaldeckl|gullideckl)(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:klapper\p{L}*|scheppert|schebbert|wackelt|wackelig|lose|locker|fehlt|kaputt|gebrochen|abgesackt|steht\s+(?:\p{L}+\s+)?(?:raus|hoch|über|ueber))(?!\p{L})/iu;

/** Whether a message tells of a damage in a street or path of the town. */
export const toldADamage = (text: string): boolean => DAMAGE.test(text) || COVER_LOOSE.test(text);

/** "der Gully vor unserem Haus … verstopft, bei jedem Regen steht das Wasser", "de gulli … is total zu", "die gulli sin voller laub" (blind set 212): a street drain blocked, a defect to report, no supply cut. */
const DRAIN_BLOCKED =
  /(?<!\p{L})(?:gully\p{L}*|gullies|gulli\p{L}*|gullys|straßenablauf\p{L}*|strassenablauf\p{L}*|regeneinlauf\p{L}*|sinkkasten|abfluss\s+(?:an|auf|in)\s+der\s+straße)(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:verstopft|zu|voll|voller|dicht|läuft\s+(?:nicht|net)|laeuft\s+(?:nicht|net)|überläuft|ueberlaeuft)(?!\p{L})/iu;
export const drainBlocked = (text: string): boolean => DRAIN_BLOCKED.test(text);

/** Who pays or answers for a damage ("wer zahlt mir jetzt die felge?", "Haftet die Gemeinde?", "Schadensersatz"). */
const WHO_PAYS =
  /(?<!\p{L})(?:wer\s+(?:zahlt|bezahlt|ersetzt|übernimmt|uebernimmt|haftet|kommt\s+(?:\p{L}+\s+){0,2}?auf)|(?:zahlt|ersetzt|übernimmt|uebernimmt|haftet)\s+(?:mir\s+)?(?:die\s+gemeinde|der\s+markt|ihr|die\s+stadt|das\s+rathaus)|schadens?ersatz\p{L}*|(?:krieg|krie|bekomm)\p{L}*\s+(?:ich\s+)?(?:\p{L}+\s+){0,3}?(?:ersetzt|erstattet|bezahlt))(?!\p{L})/iu;
/** A vehicle's part or a thing of one's own damaged on the road. */
const ON_THE_ROAD =
  /(?<!\p{L})(?:felge\p{L}*|reifen|auto|wagen|fahrzeug\p{L}*|stoßdämpfer\p{L}*|stossdaempfer\p{L}*|achse|lack|fahrrad|rad|kotflügel|scheibe|windschutzscheibe|schla[gc]h?l(?:o|ö|oe)ch\p{L}*|gully\p{L}*|kanaldeckel|straße|strasse|gehweg|bürgersteig|buergersteig)(?!\p{L})/iu;

/** Whether a message asks who pays for a damage on the road ("wer zahlt mir jetzt die felge?" after a pothole). */
// A private person named (the neighbour's tree, a landlord) makes it civil law between them (private-matters.ts).
// A waste bin's wheel or lid ("die braun Tonn … e Rad fehlt") is the bin's matter, not the road's.
const A_BIN = /(?<!\p{L})(?:\p{L}*tonne\p{L}*|tonn)(?!\p{L})/iu;
/** "Vor unserem Haus sprudelt Wasser aus dem Gehweg … geplatztes Rohr": the water supply's fault, not a road's damage. */
const WATER_PIPE = /(?<!\p{L})(?:wasserrohr\p{L}*|rohrbruch\p{L}*|\p{L}*rohr|wasserleitung\p{L}*|sprudelt|hydrant\p{L}*)(?!\p{L})/iu;
/** Water from a pipe burst in the street ("sprudelt Wasser aus dem Gehweg"): the supply's fault, whoever the writer thinks of calling. */
export const waterPipeBurst = (text: string): boolean => WATER_PIPE.test(text) && /(?<!\p{L})wasser\p{L}*(?!\p{L})/iu.test(text);
export const claimsRoadDamage = (text: string): boolean =>
  WHO_PAYS.test(text) && ON_THE_ROAD.test(text) && !namesPrivatePerson(text) && !A_BIN.test(text) && !WATER_PIPE.test(text);

/** "liegt eine tote Katze mitten auf der Fahrbahn. Wer räumt sowas weg?": a carcass on a public road, for the Bauhof to remove. */
const CARCASS_ON_ROAD =
  /(?<!\p{L})(?:tote[rns]?|totes|überfahrene[rns]?|ueberfahrene[rns]?|kadaver)(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:straße|strasse|fahrbahn|gehweg|radweg|bürgersteig|buergersteig)(?!\p{L})/iu;
const REMOVED = /(?<!\p{L})(?:wegräum\p{L}*|wegraeum\p{L}*|räumt|raeumt|weg\s*machen|entfern\p{L}*|holt|abholen|beseitig\p{L}*)(?!\p{L})/iu;
export const carcassOnRoad = (text: string): boolean => CARCASS_ON_ROAD.test(text) && REMOVED.test(text);

/** "Im Park ist ein Baum umgefallen": a tree fallen on public ground, for the Bauhof (one's own garden's is one's own). */
const TREE_FELL = /(?<!\p{L})(?:baum|bäume|baeume|äste|aeste|ast)(?!\p{L})[^.!?]{0,40}?(?<!\p{L})(?:umgefallen|umgestürzt|umgestuerzt|abgebrochen|runtergefallen|heruntergefallen|umgekippt)(?!\p{L})/iu;
const PUBLIC_GROUND = /(?<!\p{L})(?:park|spielplatz|gehweg|radweg|fußweg|fussweg|weg|straße|strasse|friedhof|parkplatz|bushaltestelle|schulhof|sportplatz)(?!\p{L})/iu;
// ("bei mir im garten steht eine alte birke … äste abgebrochen": one's own.)
const OWN_GARDEN =
  /(?<!\p{L})(?:(?:mein\p{L}*|unser\p{L}*)\s+(?:\p{L}+\s+)?|bei\s+(?:mir|uns)\s+im\s+|im\s+eigenen\s+)(?:garten|grundstück|grundstueck|hof)(?!\p{L})/iu;
/** "an der parkbank am dorfplatz hängt e wespennest, do sitze immer die kinner": a nest at a public place, for the Bauhof (one in one's own shed is one's own). */
const NEST = /(?<!\p{L})(?:wespennest\p{L}*|hornissennest\p{L}*|wespen|hornissen)(?!\p{L})/iu;
const PUBLIC_SEAT = /(?<!\p{L})(?:parkbank|bank\s+am|spielplatz\p{L}*|dorfplatz|marktplatz|bushaltestelle|schulhof|friedhof|sportplatz|kindergarten|kita|schwimmbad|freibad)(?!\p{L})/iu;
export const nestAtAPublicPlace = (text: string): boolean => NEST.test(text) && PUBLIC_SEAT.test(text) && !OWN_GARDEN.test(text);

export const treeFellInPublic = (text: string): boolean => TREE_FELL.test(text) && PUBLIC_GROUND.test(text) && !OWN_GARDEN.test(text);

/** "ein grosses loch im Weg … jetzt ist da noch wasser drin": rain standing in a hole, not the water supply (no pipe, no tap). */
const WATER_IN_A_HOLE =
  /(?<!\p{L})(?:\p{L}*l(?:o|ö|oe)ch|pfütze\p{L}*|pfuetze\p{L}*)(?!\p{L})[^.!?]{0,100}?(?<!\p{L})wasser(?!\p{L})|(?<!\p{L})wasser\s+(?:\p{L}+\s+){0,2}?(?:drin|drinne|darin|drinnen)(?!\p{L})/iu;
const WATER_SUPPLY = /(?<!\p{L})(?:\p{L}*rohr\p{L}*|\p{L}*leitung\p{L}*|hahn|wasserhahn|druck|sprudel\p{L}*|quillt|kein\s+wasser|trinkwasser|hydrant\p{L}*)(?!\p{L})/iu;
export const waterStandsInAHole = (text: string): boolean => WATER_IN_A_HOLE.test(text) && !WATER_SUPPLY.test(text);

/** "die Straßelamp vor unserm Haus brennt scho seit drei Woche nimmer", "straßenlaterne … is seit 2 wochen aus": a street light out, also in dialect (the town's, whatever the power supplier is asked). */
const STREET_LIGHT_OUT =
  /(?<!\p{L})(?:stra(?:ß|ss)e?n?lamp\p{L}*|stra(?:ß|ss)e?n?laterne\p{L}*|laterne\p{L}*|stra(?:ß|ss)e?n?beleuchtung)(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:(?:brennt|brenne|leuchtet|geht|gehe)\s+(?:\p{L}+\s+){0,4}?(?:nimmer|nicht|net|ned|nit|mehr\s+aus)|(?:ist|is|sind|san)\s+(?:[\p{L}\d]+\s+){0,4}?(?:aus|kaputt|defekt|ausgefallen))(?!\p{L})/iu;
/** ("in der ganzen straße … der strom weg … die straßenlaternen sind aus": a power cut, the grid operator's.) */
const POWER_GONE = /(?<!\p{L})(?:strom\s+(?:\p{L}+\s+){0,2}?(?:weg|aus|ausgefallen)|stromausfall\p{L}*)(?!\p{L})/iu;
export const streetLightOut = (text: string): boolean => STREET_LIGHT_OUT.test(text) && !POWER_GONE.test(text);
