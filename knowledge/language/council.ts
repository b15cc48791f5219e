// The council told by its members ("was steht bei de räte auf em plan", "wann tagen die Räte"):
// the model knows "Gemeinderat" and "Sitzung", not the plural, which led it to the development plan.
// "Rat" alone is advice ("ich brauche Rat"), so only the plural and the council's own names count.

const COUNCIL = /(?<!\p{L})(?:räte|raete|\p{L}+räte|\p{L}+raete|marktrat|marktrats|ratssitzung\p{L}*)(?!\p{L})/iu;

/** Whether a message names the council by its members or its meeting. */
export const namesTheCouncil = (text: string): boolean => COUNCIL.test(text);
