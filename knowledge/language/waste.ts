// "Müll wurde heute net abgeholt": a bin not emptied is the waste collection's matter (the
// Landkreis's Abfallwirtschaft), not a damage in the street for the town's defect report.

const BIN = /(?<!\p{L})(?:\p{L}*müll\p{L}*|\p{L}*muell\p{L}*|\p{L}*tonne\p{L}*|abfall\p{L}*|gelbe[rn]?\s+s(?:ä|ae)ck\p{L}*)/iu;
const NOT_COLLECTED =
  /(?<!\p{L})(?:nicht|net|ned|nich|nit|nie)\s+(?:\p{L}+\s+){0,2}?(?:abgeholt|geleert|gelehrt|gleert|glehrt|gelärt|mitgenommen|gekommen|kam)(?!\p{L})|(?<!\p{L})(?:vergessen|stehen\s+gelassen|stehengelassen)(?!\p{L})|(?<!\p{L})(?:war|ware|waren|wore)\s+(?:\p{L}+\s+)?(?:nicht|net|ned|nich|nit)\s+da(?!\p{L})/iu;

/** "wann biotonne rappach", "Wann wird die gelbe Tonne geleert?": the collection's day asked, not a bin ordered. */
const WHEN_EMPTIED =
  /^\s*wann\s+(?:\p{L}+\s+){0,3}?(?:\p{L}*tonne\p{L}*|gelbe[rn]?\s+s(?:ä|ae)ck\p{L}*|\p{L}*müll\p{L}*|\p{L}*muell\p{L}*)(?!\p{L})/iu;
const BIN_ORDERED = /(?<!\p{L})(?:bestell\p{L}*|tausch\p{L}*|größer\p{L}*|groesser\p{L}*|kleiner\p{L}*|neue[n]?|kaputt|defekt|gestohlen|weg)(?!\p{L})/iu;
/** "Verschiebt sich die Biotonne diese Woche wegen Ostermontag?": the collection moved by a holiday. */
const MOVED_BY_A_HOLIDAY =
  /(?<!\p{L})(?:verschieb\p{L}*|verschoben|verlegt)\s+(?:\p{L}+\s+){0,5}?(?:wegen|durch|an)\s+(?:\p{L}+\s+)?(?:\p{L}*feiertag\p{L}*|ostern|ostermontag|karfreitag|pfingst\p{L}*|weihnacht\p{L}*|neujahr|himmelfahrt|fronleichnam|allerheiligen)(?!\p{L})/iu;
/**
 * "Gibts den Abfuhrkalender für unseren Ortsteil irgendwo online?", "wann welche Tonne rausgestellt werden muss", "ob man den müll am
 * 2. januar raus stellen muss oder am dritten" (blind set 246): the days of collection. Not the bulky waste, which is ordered.
 */
const COLLECTION_CALENDAR =
  /(?<!\p{L})(?:abfuhrkalender\p{L}*|abfuhrplan\p{L}*|abfuhrtermin\p{L}*|müllkalender\p{L}*|muellkalender\p{L}*|wann\s+welche\s+tonne|welche\s+tonne\s+wann|(?:müll|muell|restmüll|restmuell|biomüll|biomuell|\p{L}*tonne[n]?|gelbe[rn]?\s+s(?:ä|ae)ck\p{L}*)\s+(?:[\p{L}\d.]+\s+){0,5}?raus\s*(?:stellen|stelle|stellt|gestellt))(?!\p{L})/iu;
export const asksWhenBinIsEmptied = (text: string): boolean =>
  (WHEN_EMPTIED.test(text) && !BIN_ORDERED.test(text)) || MOVED_BY_A_HOLIDAY.test(text) || COLLECTION_CALENDAR.test(text);

/** "Wie melde ich Sperrmüll an?": the bulky waste's collection ordered by its name, whatever move is told around it. */
const BULKY_WASTE_ORDERED =
  /(?<!\p{L})(?:sperrmüll\p{L}*|sperrmuell\p{L}*)(?!\p{L})[^.!?]{0,40}?(?<!\p{L})(?:an|anmeld\p{L}*|bestell\p{L}*|beantrag\p{L}*|abhol\p{L}*|termin\p{L}*)(?!\p{L})|(?<!\p{L})(?:anmeld\p{L}*|bestell\p{L}*|beantrag\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:sperrmüll\p{L}*|sperrmuell\p{L}*)(?!\p{L})/iu;
export const ordersBulkyWaste = (text: string): boolean => BULKY_WASTE_ORDERED.test(text);

/** "das Behältervolumen von 240 auf 120 Liter reduzieren": a bin's size changed, in the words of a property manager. */
const BIN_SIZE = /(?<!\p{L})(?:\p{L}*behälter\p{L}*|\p{L}*behaelter\p{L}*|\p{L}*tonne\p{L}*)(?!\p{L})[^.!?]{0,40}?(?:\d+\s*(?:l|liter)(?!\p{L})|volumen|reduzier\p{L}*|verkleiner\p{L}*|vergrößer\p{L}*|vergroesser\p{L}*)/iu;
export const changesBinSize = (text: string): boolean => BIN_SIZE.test(text);

/** Whether a message says that the bins were not emptied. */
export const binNotCollected = (text: string): boolean => BIN.test(text) && NOT_COLLECTED.test(text);

/**
 * "Wir müssen den Keller räumen", "die Wohnung meiner Mutter ausräumen": clearing out, whose verb
 * the router's stemming meets with "Raum" (a room to rent). The words without the verb say what
 * it is about (the bulky waste, the recycling centre).
 */
const CLEARING_OUT = /(?<!\p{L})(?:aus|auf|leer|weg)?(?:räumen|raeumen|räumt|raeumt|geräumt|geraeumt|entrümpel\p{L}*|entruempel\p{L}*)(?!\p{L})/giu;
const CLEARED_PLACE =
  /(?<!\p{L})(?:keller\p{L}*|wohnung|dachboden|speicher|garage|haus|zimmer|schuppen|scheune|nachlass|haushalt)(?!\p{L})/iu;

/** The text without its verb of clearing out, when it clears out a place; undefined otherwise. */
export function withoutClearingOut(text: string): string | undefined {
  if (!CLEARED_PLACE.test(text) || !text.match(CLEARING_OUT)) return undefined;
  return text.replace(CLEARING_OUT, ' ');
}

/** Taken away or got rid of: where to, how much, fetched ("Wohin mit …", "vors Haus", "abholen lassen", "entsorgen"). */
const DISPOSED =
  /(?<!\p{L})(?:(?:kommt|kummt|kimmt)\s+(?:\p{L}+\s+){0,3}?(?:hole|holen|abhole)|wohin\s+mit|wo\s+(?:\p{L}+\s+){0,3}?(?:hin|lassen|abgeben)|vors?\s+(?:das\s+)?haus|an\s+die\s+straße|rausstell\p{L}*|entsorg\p{L}*|los\s+werd(?:e|n)|los\s*werden|loswerden|abhol\p{L}*|abgeholt|(?:hole|holen)\s+lass\p{L}*|wegbring\p{L}*|wegfahr\p{L}*|hinfahr\p{L}*|hinbring\p{L}*|wegmach\p{L}*|abgeben|abgegeben|abzugeben|passen\s+nicht\s+in|(?:bekomm\p{L}*|krieg\p{L}*|kriege)\s+(?:\p{L}+\s+){0,4}?weg)(?!\p{L})/iu;

/** Old furniture and large household things ("alte Möbel", in dialect "alde Möwel", "das Sofa", "ein Schrank", "Matratzen", "große Sache abhole lasse": blind sets 213, 216). */
const FURNITURE =
  /(?<!\p{L})(?:\p{L}*möbel\p{L}*|\p{L}*moebel\p{L}*|möwel|moewel|mewel|sofa\p{L}*|couch\p{L}*|\p{L}*schrank|\p{L}*schränke|matratze\p{L}*|lattenrost\p{L}*|sessel|(?:ess|schreib|küchen|kuechen|couch|nacht|wohnzimmer|garten|computer|wickel|kinder|bistro|klapp|camping|bier)?tische?|kommode\p{L}*|teppich\p{L}*|bettgestell\p{L}*|regal\p{L}*|(?:große|grosse|großen|grossen|sperrige\p{L}*)\s+(?:sachen|sache|teile|dinge|gegenstände|gegenstaende|zeug))(?!\p{L})/iu;
/** Whether a message asks where to with old furniture (the bulky waste, Sperrmüll), not where to buy it. */
// ("den Kalender … war an de Kühlschrank gepappt": a thing's place, no furniture to get rid of; blind set 194.)
const FURNITURE_AS_PLACE = /(?<!\p{L})(?:an|am|im|auf|aus|vom|hinterm|unterm|neben)\s+(?:(?:de|den|dem|der|die|das|em)\s+)?(?:\p{L}*schrank|regal|tisch|sofa|couch)(?!\p{L})/giu;
/** "wie bekomme mir des alles weg ohne container": the bulky waste wished for instead of a skip on the street (blind set 198). */
const NO_CONTAINER = /(?<!\p{L})(?:ohne|kein\p{L}*)\s+(?:\p{L}+\s+)?(?:container|mulde|bauschuttmulde)(?!\p{L})/iu;
export const withoutAContainer = (text: string): boolean => NO_CONTAINER.test(text);
export const disposesOfFurniture = (text: string): boolean => FURNITURE.test(text.replace(FURNITURE_AS_PLACE, ' ')) && DISPOSED.test(text);

/** Cuttings of trees, hedges and lawns ("Äste vom Obstbaumschnitt", "Heckenschnitt", "Laub", "Rasenschnitt"). */
const GREEN_CUTTINGS =
  /(?<!\p{L})(?:äste|aeste|ästen|aesten|\p{L}*schnitt|zweige\p{L}*|laub|grüngut|gruengut|grünschnitt|gruenschnitt|gartenabf(?:ä|ae)ll\p{L}*|strauchschnitt|wurzeln|baumstumpf\p{L}*)(?!\p{L})/iu;
/** The Christmas tree after the season: taken to the green waste, unless its collection is asked ("Wann werden die Christbäume abgeholt?" is the waste collection's). */
const CHRISTMAS_TREE = /(?<!\p{L})(?:christb(?:a|ä|ae)um\p{L}*|weihnachtsb(?:a|ä|ae)um\p{L}*|tannenb(?:a|ä|ae)um\p{L}*)(?!\p{L})/iu;
// ("wann holen sie die christbäume ab?", blind set 246: the verb split.)
const COLLECTED = /(?<!\p{L})(?:abhol\p{L}*|abgeholt|sammlung|eingesammelt|einsammeln|hol(?:t|en|e)\s+(?:\p{L}+\s+){0,4}?ab)(?!\p{L})/iu;
/** "Wie werden wir den Christbaum wieder los? Wird der abgeholt …": the trees' collection, the district's calendar. */
/** "die abholung … verpasst … kann ich den irgendwo selber hinfahre": the collection missed, the tree taken there oneself (blind set 198). */
const BROUGHT_ONESELF = /(?<!\p{L})(?:selber|selbst)\s+(?:\p{L}+\s+)?(?:hinfahr\p{L}*|hinbring\p{L}*|wegfahr\p{L}*|wegbring\p{L}*|abgeben|abgebe|bringen|bringe)(?!\p{L})/iu;
/** The collection missed ("die abholung … verpasst"), not asked ("werden die christbäume eingesammelt, oder muss ich unseren selber wegbringen"). */
const COLLECTION_MISSED = /(?<!\p{L})(?:verpasst|vergessen|zu\s+spät|zu\s+spaet|(?:nicht|net|ned)\s+(?:\p{L}+\s+)?abgeholt|liegen\s*geblieben|stehen\s*geblieben)(?!\p{L})/iu;
/** "wo kann ich den christbaum loswerden wenn ich die abholung verpasst hab" (blind set 246): a place asked for it after the collection was missed. */
const WHERE_TO = /(?<!\p{L})wo(?:hin)?\s+(?:\p{L}+\s+){0,5}?(?:loswerden|loswerde|hinbringen|hinbringe|hin|entsorgen|entsorge|abgeben|abgebe)(?!\p{L})/iu;
const broughtAfterMissed = (text: string): boolean =>
  (BROUGHT_ONESELF.test(text) && (COLLECTION_MISSED.test(text) || !COLLECTED.test(text))) || (WHERE_TO.test(text) && COLLECTION_MISSED.test(text));
export const asksChristmasTreeCollection = (text: string): boolean => CHRISTMAS_TREE.test(text) && COLLECTED.test(text) && !broughtAfterMissed(text);
export const bringsChristmasTree = (text: string): boolean => CHRISTMAS_TREE.test(text) && broughtAfterMissed(text);
/** Whether a message asks where to with garden cuttings (the recycling centre's green waste), not when they may be cut. */
// A standing tree to be taken away with leave asked ("die Wurzeln heben die Terrasse … wegmachen, muss ich da jemand fragen?") is its felling.
const TREE =
  /(?<!\p{L})(?:\p{L}*baum|\p{L}*bäume|\p{L}*baeume|fichte|tanne|eiche|buche|birke|linde|ahorn|kastanie|walnuss|kiefer|thuja|konifere|lärche|laerche|weide|pappel|esche|erle)(?!\p{L})/iu;
const LEAVE_ASKED =
  /(?<!\p{L})(?:darf\s+(?:ich|man|mer|isch|i)|muss\s+(?:ich|man|mer|isch|i)\s+(?:\p{L}+\s+){0,3}?(?:fragen|genehmig\p{L}*|beantrag\p{L}*|melden|anmelden)|genehmigung\p{L}*|erlaubnis|erlaubt)(?!\p{L})/iu;
/** Burning ("verbrennt", "ein Feuer mit dem Laub", "abfackeln"). */
const BURNING = /(?<!\p{L})(?:\p{L}*verbrenn\p{L}*|\p{L}*brennt|feuer|abfackel\p{L}*|kokel\p{L}*|qualm\p{L}*|rauch\p{L}*)(?!\p{L})/iu;
/**
 * "Mein Nachbar verbrennt ständig Gartenabfälle", "Darf ich das Laub im Garten verbrennen?": burning
 * garden waste, which the knowledge does not cover (it had been the quiet hours or the tree's felling).
 */
export const burnsGardenWaste = (text: string): boolean => GREEN_CUTTINGS.test(text) && BURNING.test(text);

/** "Kann die Gemeinde den Baum wegmachen?": a standing tree asked to be removed, the felling's matter (its roots only told why). */
const TREE_REMOVED = new RegExp(`${TREE.source}\\s+(?:\\p{L}+\\s+){0,2}?(?:wegmach\\p{L}*|entfern\\p{L}*|fällen|faellen|umhauen|umsägen|umsaegen)(?!\\p{L})`, 'iu');
export const disposesOfGreenCuttings = (text: string): boolean =>
  (GREEN_CUTTINGS.test(text) || (CHRISTMAS_TREE.test(text) && !COLLECTED.test(text))) &&
  DISPOSED.test(text) &&
  !(TREE.test(text) && LEAVE_ASKED.test(text)) &&
  !TREE_REMOVED.test(text);

/** "haben noch gar keine Tonnen. Wie kriegen wir welche?", "eine größere Tonne": a bin wanted, whatever move or registration is told around it. */
const BIN_WANTED =
  /(?<!\p{L})(?:kein\p{L}*|neue[n]?|zusätzlich\p{L}*|zusaetzlich\p{L}*|weitere|größere|groessere|kleinere|eigene|zweite)\s+(?:\p{L}+\s+){0,2}?(?:müll|muell|bio|papier|rest|gelbe)?tonne\p{L}*(?!\p{L})/iu;
export const wantsABin = (text: string): boolean => BIN_WANTED.test(text);

/** Electrical appliances and their parts ("alte Fernseher", "Mikrowelle", "Handys und Kabel", "Energiesparlampen"). */
const ELECTRONICS =
  /(?<!\p{L})(?:\p{L}*fernseher|computer|pc|laptop\p{L}*|drucker|mikrowelle\p{L}*|wasserkocher|toaster|handys?|kabel|elektro\p{L}*|energiesparlampe\p{L}*|batterie\p{L}*|akkus?|monitor\p{L}*|röhrenfernseher|roehrenfernseher)(?!\p{L})/iu;
/** Got rid of: thrown away, taken somewhere, "muss das weg", "in die Tonne". */
const GOT_RID_OF =
  /(?<!\p{L})(?:entsorg\p{L}*|wegwerfen|wegschmeißen|wegschmeissen|werfen|wohin\s+mit|muss\s+(?:das|des)\s+weg|abgeben|loswerden|los\s*werden|in\s+die\s+(?:\p{L}+\s+)?tonne|restmüll\p{L}*|restmuell\p{L}*|hinbringe|hinbringen|hinbring)(?!\p{L})/iu;
/** "alte Fernseher, Drucker und eine Mikrowelle … muss das weg": electrical waste, the recycling centre's (ElektroG), not a bin. */
export const disposesOfElectronics = (text: string): boolean => ELECTRONICS.test(text) && GOT_RID_OF.test(text);

/** Large appliances and moving boxes ("e alte waschmaschin und en haufe kartons vom umzug"). */
const APPLIANCES_OR_BOXES =
  /(?<!\p{L})(?:waschmaschin\p{L}*|spülmaschin\p{L}*|spuelmaschin\p{L}*|geschirrspüler\p{L}*|geschirrspueler\p{L}*|kühlschr(?:a|ä|ae)nk\p{L}*|kuehlschr(?:a|ae)nk\p{L}*|gefrier\p{L}*|trockner|herd|karton\p{L}*|umzugskart\p{L}*)(?!\p{L})/iu;
/** "… wo kann ich des selber hinfahre" (blind set 242): appliances or boxes brought oneself, the recycling centre's (a move named beside them is no registration). */
// (Not where a collection is asked beside it: "holt die jemand ab oder muss ich die selber wegfahren", "werden die christbäume … eingesammelt".)
const PICKED_UP = /(?<!\p{L})(?:holt|holen)\s+(?:\p{L}+\s+){0,3}?ab(?!\p{L})/iu;
export const bringsWasteOneself = (text: string): boolean =>
  BROUGHT_ONESELF.test(text) && (ELECTRONICS.test(text) || APPLIANCES_OR_BOXES.test(text) || YARD_MATERIAL.test(text)) && !COLLECTED.test(text) && !PICKED_UP.test(text);

/** "wohin mit dem ganzen styropor und karton von der neuen küche, passt nich in die papiertonne": what the recycling centre takes, no bin holds. */
const YARD_MATERIAL = /(?<!\p{L})(?:styropor\p{L}*|\p{L}*kartonage\p{L}*|bauschutt\p{L}*|altöl\p{L}*|altoel\p{L}*|bauholz|altholz)(?!\p{L})/iu;
export const disposesOfYardMaterial = (text: string): boolean => YARD_MATERIAL.test(text) && GOT_RID_OF.test(text);

/** "wo kann ich mein altes Fahrrad abgeben\", "ich mein zum wegschmeißen, des is kaputt", "e kaputt fahrrad, wo kann ich des hinbringe?": one's own scrap metal, the recycling centre's (a bike found is the Fundbüro's). */
const OWN_SCRAP =
  /(?<!\p{L})(?:(?:mein|meine|meinen|meinem|unser|unsere|unseren|unserem|e|en|ein|einen|eine)\s+(?:alte?[nsm]?|kaputte?[nsm]?|ausrangierte[nsm]?|rostige[nsm]?)\s+(?:\p{L}+\s+)?(?:\p{L}*fahrrad|\p{L}*fahrräder|\p{L}*fahrraeder|rad|roller|kinderwagen|grill|wäscheständer|waeschestaender)|altmetall|schrott\p{L}*)(?!\p{L})/iu;
/** ("ein kaputtes Fahrrad gefunden … wo kann ich es hinbringen": someone's, the Fundbüro's.) */
const FOUND_ONE = /(?<!\p{L})(?:gefunden|gefunne|gfunne|liegt|rumsteht|herumsteht|herrenlos\p{L}*)(?!\p{L})/iu;
export const disposesOfScrap = (text: string): boolean => OWN_SCRAP.test(text) && GOT_RID_OF.test(text) && !FOUND_ONE.test(text);

/** "es stehen gar keine Tonnen am Haus … Wo bestell ich jetzt Restmüll, Bio und Papier?", "Wie bekommen wir Restmüll-, Bio- und Papiertonne?": bins to order, not the collection's days (nor a bin emptied). */
const BINS_ORDERED =
  /(?<!\p{L})(?:bestell\p{L}*|beantrag\p{L}*|anforder\p{L}*)\s+(?:\p{L}+\s+){0,3}?(?:\p{L}*tonne[n]?|restmüll|restmuell|biomüll|biomuell|bio|papier)(?!\p{L})|(?<!\p{L})(?:keine|kaa\p{L}*)\s+(?:\p{L}+\s+)?(?:\p{L}*tonne[n]?)(?!\p{L})[^]{0,120}?(?<!\p{L})(?:bestell\p{L}*|anforder\p{L}*|wo\s+krieg\p{L}*|wo\s+bekomm\p{L}*)(?!\p{L})|(?<!\p{L})(?:wie|wo)\s+(?:bekomm\p{L}*|krieg\p{L}*|erhalt\p{L}*)\s+(?:wir|ich|mer|man)\s+[^.?!]{0,40}?\p{L}*tonne[n]?(?![^.?!]{0,30}?(?:geleert|abgeholt|geleer))(?!\p{L})/iu;
export const ordersBins = (text: string): boolean => BINS_ORDERED.test(text);

/** "unser tonne is weg, seit de abfuhr", "Mülltonnen haben wir keine, die Vorbesitzer haben ihre mitgenommen": a bin gone or missing, a new one to order. */
const BIN_GONE =
  /(?<!\p{L})\p{L}*tonne[n]?\s+(?:(?:is|ist|sind)\s+(?:\p{L}+\s+){0,2}?(?:weg|verschwunden|geklaut|gestohlen|futsch)|(?:haben|hab|habe|hamm?)\s+(?:wir|ich|mer)\s+(?:noch\s+|gar\s+)?(?:keine|kaa\p{L}*))(?!\p{L})|(?<!\p{L})(?:geklaut|gestohlen)\s+(?:\p{L}+\s+){0,3}?\p{L}*tonne[n]?(?!\p{L})/iu;
export const binGoneOrMissing = (text: string): boolean => BIN_GONE.test(text);

/** "Muss ich am Hof irgendeinen Nachweis zeigen, dass ich in Mömbris wohne? Die Gartenabfälle …": what the yard asks at its gate, not a certificate of residence. */
const AT_THE_YARD = /(?<!\p{L})(?:am|beim|auf\s+dem|zum|im)\s+(?:wertstoff|recycling|bau)?hof(?!\p{L})/iu;
const PROOF_SHOWN = /(?<!\p{L})(?:nachweis\p{L}*|ausweis\p{L}*|zeigen|vorzeigen|beweisen)(?!\p{L})/iu;
export const asksProofAtTheYard = (text: string): boolean => AT_THE_YARD.test(text) && PROOF_SHOWN.test(text) && /(?<!\p{L})(?:\p{L}*abfall\p{L}*|\p{L}*abfälle|grüngut|gruengut|sperrmüll|sperrmuell|schnittgut|\p{L}*schnitt)(?!\p{L})/iu.test(text);
