// Leaving a church is declared at the Standesamt in Bavaria (KiStG Art. 3), not at the parish.

/** "Ich will nicht mehr katholisch sein", "aus der Kirche raus": leaving told in everyday words. */
const LEAVES =
  /(?<!\p{L})(?:nicht|net|nimmer)\s+(?:mehr\s+)?(?:\p{L}+\s+)?(?:katholisch|evangelisch|in\s+der\s+kirche)|(?:aus\s+der\s+kirche)\s+(?:\p{L}+\s+){0,2}?(?:raus|austreten|treten|aus)|kirchensteuer\s+(?:\p{L}+\s+){0,3}?(?:nicht|net|nimmer)\s+mehr\s+zahlen(?!\p{L})/iu;
/** Whether a message wants to leave the church. */
export const leavesTheChurch = (text: string): boolean => LEAVES.test(text);
