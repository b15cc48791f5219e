// "Der Monteur kommt zum Wasserzähler – kann man den Termin verschieben?": an appointment someone
// makes to come to the citizen's home (a fitter, the meter reader, the chimney sweep) is not one in
// the Bürgerbüro, though "Termin verschieben" leads the model to the booking.

/** Who comes to the house (stems, at the start of a word), and someone having to be at home for it. */
const HOME_VISIT =
  /(?<!\p{L})(?:monteur\p{L}*|handwerker\p{L}*|techniker\p{L}*|ableser\p{L}*|schornsteinfeger\p{L}*|kaminkehrer\p{L}*|kaminfeger\p{L}*|installateur\p{L}*|daheim\s+sein|zu\s+hause\s+sein|zuhause\s+sein|jemand\s+da(?:heim)?\s+sein)(?!\p{L})/iu;

/** Whether a message is about someone coming to the citizen's home. */
export const aboutHomeVisit = (text: string): boolean => HOME_VISIT.test(text);
