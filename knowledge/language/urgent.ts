// Danger told in a message: gas smelt, a fire, violence at home, oil on the road, a live cable, thoughts of ending
// one's life. No matter of the town's office hours: what to do now and whom to call come first, in
// every language, before anything else.

export const DANGERS = ['gas', 'fire', 'violence', 'road', 'power', 'crisis', 'crime', 'medical', 'flood'] as const;
export type Danger = (typeof DANGERS)[number];

/** Water in the cellar now (see 'flood' below). */
const FLOOD =
  /(?<!\p{L})((?:keller|kellerraum|souterrain|garage|erdgeschoss|wohnung|haus)\s+(?:\p{L}+\s+){0,4}?(?:steht|stehen|is|ist)\s+(?:[\p{L}\d]+\s+){0,3}?unter\s+wasser|(?:keller|garage)\s+(?:\p{L}+\s+){0,2}?(?:läuft|laeuft|lauft)\s+(?:\p{L}+\s+){0,2}?voll|wasser\s+(?:steht|läuft|laeuft|lauft|kommt|drückt|drueckt)\s+(?:\p{L}+\s+){0,3}?(?:in\s+(?:den|unseren|unsern|meinen)|im)\s+keller|wer\s+pumpt\s+(?:\p{L}+\s+){0,3}?(?:ab|aus)|(?:basement|cellar)\s+(?:is\s+)?(?:flooded|flooding|under\s+water)|water\s+(?:is\s+)?(?:in|coming\s+into)\s+(?:my|our|the)\s+(?:basement|cellar))(?!\p{L})/iu;
/** A pipe or a hose burst ("ein Rohr geplatzt, das Wasser läuft in den Keller"): the burst pipe's own answer says what to do, 112 with it. */
const FROM_A_PIPE = /(?<!\p{L})(?:\p{L}*rohr\p{L}*|leitung\p{L}*|schlauch\p{L}*|waschmaschine|spülmaschine|spuelmaschine|pipe|hose)(?!\p{L})/iu;

/** How a danger is told: a pattern, or a test where one pattern alone would say too much (water in the cellar, not from a pipe). */
const PATTERNS: ReadonlyArray<readonly [Danger, { test(text: string): boolean }]> = [
  [
    'gas',
    /(?<!\p{L})(gas\s*geruch|gasgeruch|(?:riech|stink)\w*\s+(?:\p{L}+\s+){0,8}?(?:nach|noch|no)\s+gas|(?:nach|noch)\s+gas\s+(?:riech|stink)\w*|gas\s+(?:riecht|stinkt|tritt\s+aus|strömt\s+aus)|gasleck|gas\s+leak\w*|smell\w*\s+(?:of\s+)?gas)(?!\p{L})/iu,
  ],
  [
    'fire',
    /(?<!\p{L})((?:es|bei\s+uns|bei\s+mir|das\s+haus|die\s+wohnung|der\s+keller|die\s+küche|das\s+dach)\s+brennt(?!\s+(?:nicht|net|nirgends))|brennt\s+es(?!\s+(?:nicht|net|nirgends))|brennt['’]?s(?!\p{L})(?!\s+(?:nicht|net|nirgends))|rauch\s+im\s+(?:haus|treppenhaus|keller|flur)|(?:there\s+is\s+a|there's\s+a|the\s+house\s+is\s+on)\s+fire|(?:house|building|flat|apartment|kitchen|basement|roof|garage|car)\s+(?:is\s+|next\s+door\s+is\s+)?on\s+fire|fire\s+in\s+(?:the|my|our)\s+(?:\p{L}+\s+){0,1}(?:house|building|flat|apartment|kitchen|basement|cellar|stairwell)|smoke\s+in\s+the\s+(?:house|stairwell|hallway|basement))(?!\p{L})/iu,
  ],
  [
    'violence',
    /(?<!\p{L})((?:mein|meine|meinem|meiner|my)\s+(?:\p{L}+\s+){0,1}(?:mann|frau|ex|partner\w*|freund\w*|ehemann|ehefrau|vater|mutter|sohn|husband|wife|ex-\p{L}+|boyfriend|girlfriend)\s+(?:schlägt|schlaegt|bedroht|verprügelt|misshandelt|hits|beats|threatens)|(?:werde|wurde|bin)\s+(?:\p{L}+\s+){0,4}(?:geschlagen|verprügelt|misshandelt|bedroht)|häusliche\w*\s+gewalt|haeusliche\w*\s+gewalt|domestic\s+(?:violence|abuse))(?!\p{L})/iu,
  ],
  [
    // Oil on the road, a tree or rocks lying across it, or a drain's cover gone ("Gullydeckel weg, offenes Loch auf der
    // Fahrbahn") endanger traffic now: the police, not the Bauhof's report in office hours (a tree fallen beside the road,
    // or in a park, is that report; a cover that rattles or a deep hole is too).
    'road',
    /(?<!\p{L})((?:baum|bäume|baeume|äste|aeste|ast|felsbrocken|steine|hindernis)\s+(?:\p{L}+\s+){0,4}?(?:quer\s+(?:über|ueber|auf)|mitten\s+auf|liegt\s+auf|blockiert|versperrt)\s+(?:\p{L}+\s+)?(?:straße|strasse|fahrbahn|landstraße|landstrasse|kreisstraße|kreisstrasse|bundesstraße|bundesstrasse)|ölspur\p{L}*|oelspur\p{L}*|öl\s+(?:\p{L}+\s+){0,3}(?:auf|über|ueber)\s+(?:der|die)\s+(?:straße|strasse|fahrbahn|kreuzung)|(?:straße|strasse|fahrbahn|kreuzung)\s+(?:\p{L}+\s+){0,3}(?:voller|voll\s+mit|voll)\s+öl|oil\s+(?:spill\s+)?on\s+the\s+road|(?:gully|kanal|schacht|abwasser)deckel\p{L}*\s+(?:\p{L}+\s+){0,4}?(?:weg|fehlt|fehlen|geklaut|gestohlen|verschwunden)|offene[sn]?\s+(?:loch|schacht|gully)\s+(?:\p{L}+\s+){0,2}?(?:auf|in|mitten\s+auf)\s+(?:der|die)\s+(?:fahrbahn|straße|strasse)|manhole\s+cover\s+(?:\p{L}+\s+)?(?:missing|gone|stolen)|(?:open|missing)\s+manhole)(?!\p{L})/iu,
  ],
  [
    // A cable hanging down or lying open, sparks: deadly to touch, whatever defect report it belongs to.
    'power',
    /(?<!\p{L})((?:strom)?kabel\p{L}*\s+(?:\p{L}+\s+){0,4}?(?:hängt|hängen|haengt|haengen|runter|herunter|herab|blank|offen|runtergefallen|heruntergefallen|abgerissen|liegt\s+auf\s+der)|(?:strom)?leitung\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:hängt|hängen|haengt|haengen|runter|herunter|herab|liegt\s+auf\s+der)|funken\s+(?:\p{L}+\s+){0,3}?(?:sprüh\p{L}*|spruehen|fliegen|schlagen)|(?:sprüh\p{L}*|spruehen|fliegen|schlagen)\s+(?:\p{L}+\s+){0,3}?funken|(?:hängt|hängen|haengt|haengen|guckt|schaut)\s+(?:ein\s+|das\s+|die\s+)?(?:strom)?kabel\p{L}*\s+(?:raus|heraus|runter|herunter)|stromschlag\p{L}*|(?:steht|stehen)\s+unter\s+strom|live\s+wire\p{L}*|(?:cable|wire)s?\s+(?:\p{L}+\s+){0,3}?(?:hanging|down)|sparks\s+(?:are\s+)?flying)(?!\p{L})/iu,
  ],
  [
    // A break-in or theft happening now ("hier wird gerade eingebrochen beim nachbarn", "someone is breaking into my car right now"): the police, now.
    'crime',
    /(?<!\p{L})((?:wird|werden)\s+(?:\p{L}+\s+){0,3}?(?:gerade|grad|grade|jetzt|eben)\s+(?:\p{L}+\s+){0,2}?eingebrochen|(?:gerade|grad|grade|jetzt)\s+(?:\p{L}+\s+){0,3}?(?:eingebrochen|einbrecher\p{L}*)|einbrecher\s+(?:\p{L}+\s+){0,2}?(?:im|in|am|beim)\s+(?:haus|garten|keller|nachbar\p{L}*)|(?:is|are)\s+(?:\p{L}+\s+){0,2}?breaking\s+into|break-?in\s+(?:in\s+progress|right\s+now|happening))(?!\p{L})/iu,
  ],
  [
    // Signs of a medical emergency now ("Mir is schlecht un ich hab Brustschmerze", trial 56: "keine gesicherte Auskunft" had come;
    // "hot Schmerze in de Brust un kriggt kaum Luft", "leit aaner uff de Stroß un rührt sich net mehr", trial 57):
    // the ambulance at 112 first (a stroke or a heart attack told as past, for a card or a pension, is no emergency now).
    'medical',
    /(?<!\p{L})((?:ich\s+hab|ich\s+habe|hab|habe|er\s+hat|sie\s+hat|hat)\s+(?:\p{L}+\s+){0,3}?(?:brustschmerz\p{L}*|atemnot|herzschmerz\p{L}*|herzrasen)|(?:krieg\p{L}*|bekomm\p{L}*|kriech\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:kaa|keine|kein|ka|koa)\s+luft|(?:ist|is)\s+(?:\p{L}+\s+){0,2}?(?:bewusstlos|ohnmächtig|ohnmaechtig|zusammengebrochen|nicht\s+(?:mehr\s+)?ansprechbar)|(?:hat|hab|habe)\s+(?:\p{L}+\s+){0,2}?(?:gerade|grad|jetzt)\s+(?:\p{L}+\s+){0,2}?(?:einen\s+)?(?:herzinfarkt|schlaganfall)|(?:hab|habe|hat|hot|hott)\s+(?:\p{L}+\s+){0,2}?schmerze[n]?\s+in\s+(?:der|de|da)\s+brust|(?:krieg\p{L}*|kriggt|kriegt|bekommt|bekomm\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:kaum|schlecht|keine|kaa)\s+luft|(?:aaner|einer|jemand|ebber|er|sie|mann|frau|kind|vater|vadder|mutter|mudder|oma|opa|person|nachbar\p{L}*)\s+(?:\p{L}+\s+){0,6}?(?:(?:rührt|ruehrt|regt|bewegt)\s+sich\s+(?:gar\s+)?(?:net|nicht|nimmer|ned)(?:\s+mehr)?|atmet\s+(?:net|nicht|ned)(?:\s+mehr)?)|(?:i\s+have|i've\s+got|i\s+got|having)\s+(?:\p{L}+\s+){0,2}?chest\s+pains?|(?:can'?t|cannot)\s+breathe|(?:is|he's|she's)\s+unconscious|(?:is\s+)?having\s+a\s+(?:heart\s+attack|stroke))(?!\p{L})/iu,
  ],
  [
    // Water in the cellar now ("keller steht unter wasser nach dem gewitter wer pumpt ab", blind set 252: the water supply's
    // failure had come): stay out while power may flow, the fire brigade pumps (112). A flood told as past, for a lost
    // certificate or an insurer ("beim Hochwasser … stand Wasser im Keller"), is none now.
    'flood',
    { test: (text) => FLOOD.test(text) && !FROM_A_PIPE.test(text) },
  ],
  [
    // Said of oneself ("ich will mich umbringen", "will nicht mehr leben"): a person to talk to now,
    // never "Bitte formulieren Sie Ihre Frage anders". Not "ich weiß nicht mehr weiter" alone, which
    // is mostly said of a form.
    'crisis',
    /(?<!\p{L})((?:mich|mir)\s+(?:\p{L}+\s+){0,2}(?:umbringen|umzubringen|töten|toeten|das\s+leben\s+nehmen)|(?:will|möchte|moechte|mag|kann)\s+(?:\p{L}+\s+){0,2}nicht\s+mehr\s+leben|suizid\p{L}*|selbstmord\p{L}*|lebensmüde|lebensmuede|(?:kill|hurt)\s+myself|end\s+my\s+life|suicid\p{L}*|(?:don't|do\s+not)\s+want\s+to\s+live)(?!\p{L})/iu,
  ],
];

/** "Mir geht es gar nicht gut", "ich bin verzweifelt": how one feels, said of oneself. */
const FEELS_BAD =
  /(?<!\p{L})(?:mir\s+geht(?:'s|s|\s+es)\s+(?:\p{L}+\s+){0,2}?(?:schlecht|nicht\s+gut|mies|dreckig|beschissen)|ich\s+bin\s+(?:\p{L}+\s+){0,1}?(?:verzweifelt|am\s+ende|fertig\s+mit\s+der\s+welt)|i\s+feel\s+(?:\p{L}+\s+){0,1}?(?:bad|awful|terrible|hopeless))(?!\p{L})/iu;
/** "… ich weiß nicht mehr weiter", "ich kann nicht mehr": at the end of one's strength. */
const AT_AN_END =
  /(?<!\p{L})(?:(?:weiß|weiss)\s+(?:\p{L}+\s+){0,1}?nicht\s+mehr\s+weiter|kann\s+(?:einfach\s+)?nicht\s+mehr|halte\s+(?:das|es)\s+(?:\p{L}+\s+){0,1}?nicht\s+mehr\s+aus|(?:alles|das)\s+(?:ist|wird)\s+(?:mir\s+)?(?:alles\s+)?zu\s+viel|hat\s+(?:\p{L}+\s+){0,2}?keinen\s+sinn\s+mehr|(?:don't|do\s+not)\s+know\s+what\s+to\s+do\s+any\s*more|can't\s+go\s+on|cannot\s+go\s+on)(?!\p{L})/iu;

/**
 * The danger a message tells of, if any. Feeling bad and at the end of one's strength, said
 * together ("Mir geht es gar nicht gut, ich weiß nicht mehr weiter"), is a crisis too: either
 * alone is mostly said of a cold or of a form (it had been answered with the help text).
 */
export function dangerOf(text: string): Danger | undefined {
  return PATTERNS.find(([, told]) => told.test(text))?.[0] ?? (FEELS_BAD.test(text) && AT_AN_END.test(text) ? 'crisis' : undefined);
}

/**
 * "Was soll ich machen?", "Wen soll ich anrufen?", "und jetzt?": what to do, asked right after the
 * warning; its answer is the warning's (a person of the Rathaus or its office hours would be wrong).
 */
const WHAT_NOW =
  /^\W*(?:(?:und|ja|aber|ok|okay)\W+)*(?:was\s+(?:soll|muss|kann)\s+(?:ich|man|wir)\s+(?:\p{L}+\s+){0,2}?(?:machen|tun|mache|tu)|wen\s+(?:soll|muss|kann)\s+(?:ich|man|wir)\s+(?:\p{L}+\s+){0,2}?(?:anrufen|rufen|verständigen|verstaendigen|informieren)|wo\s+(?:soll|muss|kann)\s+(?:ich|man|wir)\s+(?:\p{L}+\s+){0,2}?anrufen|welche\s+nummer|was\s+jetzt|und\s+jetzt|what\s+(?:should|do|can)\s+i\s+do|who\s+(?:should|do)\s+i\s+call)(?!\p{L})[^.!?]{0,30}[.!?\s]*$/iu;
export const asksWhatToDoNow = (text: string): boolean => WHAT_NOW.test(text);
