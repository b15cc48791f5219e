// "Ich verstehe das Wort Vorgangsnummer nicht", "Was ist eine Vorgangsnummer?", "what is a reference number":
// a word the assistant itself uses, asked what it means. Leichte Sprache asks that hard words are
// explained (trial 46: "Das weiß ich leider nicht sicher"; "Was ist ein Termin?" had started a booking).
// Only the message as a whole: "Was ist mit meinem Termin?" and "Was kostet ein Termin?" are other questions.

/** The assistant's own words, each with the ways citizens write it. */
const TERMS = {
  vorgangsnummer: String.raw`vorgangs-?\s?nummer|vorgangsnr\.?|referenz-?\s?nummer|reference\s+number|case\s+number`,
  termin: String.raw`termin|appointment`,
  rueckruf: String.raw`rückruf|rueckruf|call-?\s?back`,
  erreichbarkeit: String.raw`erreichbarkeit|availability`,
  einwilligung: String.raw`einwilligung|consent`,
  benachrichtigung: String.raw`benachrichtigung|notification`,
  ortsteil: String.raw`ortsteil|district|village\s+part`,
  buergerbuero: String.raw`bürger\W?büro|buergerbuero|buergerbüro|citizens'?\s+office`,
} as const;
export type GlossaryTerm = keyof typeof TERMS;

const ARTICLE = String.raw`(?:ein|eine|einen|die|der|das|dieses|diese|dieser|a|an|the|this)\s+`;
const WORD = String.raw`(?:(?:das|dieses)\s+wort\s+|the\s+word\s+)?`;
const askedFor = (term: string): RegExp =>
  new RegExp(
    String.raw`^\W*(?:und\s+|and\s+)?(?:was\s+(?:ist|heißt|heisst|bedeutet|meinen\s+sie\s+mit)\s+(?:denn\s+|eigentlich\s+|bitte\s+)?${WORD}(?:${ARTICLE})?|ich\s+(?:verstehe?|weiß|weiss)\s+(?:nicht\s+)?(?:was\s+)?${WORD}(?:${ARTICLE})?|what\s+(?:is|does|do\s+you\s+mean\s+by)\s+${WORD}(?:${ARTICLE})?|i\s+(?:don'?t|do\s+not)\s+understand\s+${WORD}(?:${ARTICLE})?)["„“”']?(?:${term})["„“”']?(?:\s+(?:nicht|ist|bedeutet|heißt|heisst|mean|means))?\s*[?.!]*\s*$`,
    'iu',
  );
const ASKED = Object.entries(TERMS).map(([key, term]) => [key as GlossaryTerm, askedFor(term)] as const);

/** The word of the assistant's whose meaning the message asks, if it asks only that. */
export const askedMeaningOf = (text: string): GlossaryTerm | undefined => ASKED.find(([, asked]) => asked.test(text))?.[0];
