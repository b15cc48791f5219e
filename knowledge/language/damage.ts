// "Seit 3 Monat is des Schlagloch in der Kahlgrundstraße und keiner macht was. Ich zahl doch net
// umsonst Steuern!", "Der Feldweg hinter meinem Hof is total ausgewaschen": a damage in the street,
// told with anger or in a farmer's words, is the town's defect report; the words around it (taxes,
// rain) lead the model elsewhere or leave it unsure.

/** A pothole, a street light out, a street or path broken or washed out. */
const DAMAGE =
  /(?<!\p{L})(?:schla[gc]h?l(?:o|ö|oe)ch\p{L}*|\p{L}*(?:latern|latärn|lampe)\p{L}*\s+(?:\p{L}+\s+){0,4}?(?:kaputt|defekt|dunkel|flackert|brennt\s+(?:nicht|net|ned)|geht\s+(?:nicht|net|ned))|(?:\p{L}*weg|\p{L}*straße|\p{L}*strasse|gehweg|bürgersteig|buergersteig|fahrbahn|feldweg)\s+(?:\p{L}+\s+){0,5}?(?:kaputt|ausgewaschen|aufgerissen|abgesackt|eingebrochen|unterspült|unterspuelt|beschädigt|beschaedigt|voller\s+löcher|voller\s+loecher))(?!\p{L})/iu;

/** Whether a message tells of a damage in a street or path of the town. */
export const toldADamage = (text: string): boolean => DAMAGE.test(text);
