// Punctuation spoken into a phone's voice input and written out as words ("hallo komma ich wollte
// fragen …", "ist mein ausweis fertig fragezeichen"): read as the marks they stand for, so that
// the words do not count as words of the question and its sentences split where the speaker meant.

/** A number's decimal comma stays a word ("zwei komma fünf Meter", "2 Komma 5"). */
const NUMBER = String.raw`(?:\d+|null|eins|zwei|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|zehn)`;
const MARKS: ReadonlyArray<[RegExp, string]> = [
  [new RegExp(String.raw`(?<!${NUMBER}\s+)\s*(?<!\p{L})(?:komma|comma)(?!\p{L})(?!\s+${NUMBER}(?!\p{L}))`, 'giu'), ','],
  [/\s*(?<!\p{L})(?:fragezeichen|question\s+mark)(?!\p{L})/giu, '?'],
  [/\s*(?<!\p{L})(?:ausrufezeichen|ausrufungszeichen|exclamation\s+mark)(?!\p{L})/giu, '!'],
  [/\s*(?<!\p{L})doppelpunkt(?!\p{L})/giu, ':'],
  [/\s*(?<!\p{L})(?:neue\s+zeile|neuer\s+absatz|new\s+line)(?!\p{L})/giu, '.'],
  // A "Punkt" ends the message only: inside it is mostly a point in time or a place ("Punkt 8 Uhr", "Treffpunkt").
  [/\s*(?<!\p{L})(?:punkt|full\s+stop)\s*$/iu, '.'],
];

/** The text with spoken punctuation written as marks. */
export function withDictatedPunctuation(text: string): string {
  return MARKS.reduce((t, [word, mark]) => t.replace(word, mark), text);
}
