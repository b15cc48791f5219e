// "was kostet die kulturhalle für en 50. geburtstag", "Des Gemeindehaus in Gunzenbach, kriehe mir
// des für e Familjefeier?": a hall of the town wanted for a party is renting a room, where the
// model, short of the word "mieten", was unsure.

/** A hall or house of the town's. */
const HALL =
  /(?<!\p{L})(?:\p{L}*halle|gemeindehaus|gemeindehäuser|bürgerhaus|buergerhaus|bürgerhäuser|dorfgemeinschaftshaus|gemeinschaftshaus|\p{L}*saal|festsaal)(?!\p{L})/iu;
/** Wanted for a party or asked for its price or booking. */
const WANTED =
  /(?<!\p{L})(?:\p{L}*feier|geburtstag\p{L}*|hochzeit\p{L}*|fest|party|mieten|miete|leihen|kriegen|kriehe|krieg|buchen|buche|reservier\p{L}*|kostet|kosten|kost|koscht|wochenend|wochenende)(?!\p{L})/iu;

/** Whether a message wants one of the town's halls for an occasion ("Kulturhalle für en 50. Geburtstag"). */
export const wantsAHall = (text: string): boolean => HALL.test(text) && WANTED.test(text);

/** "Kann man die Turnhalle in Schimborn für einen Nachmittag privat mieten?": a hall to rent, named with the renting (not an event's permission). */
const RENTED = /(?<!\p{L})(?:mieten|miete|gemietet|anmieten|angemietet|buchen|gebucht|reservier\p{L}*|leihen)(?!\p{L})/iu;
export const rentsAHall = (text: string): boolean => HALL.test(text) && RENTED.test(text);
