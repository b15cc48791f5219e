// Words that never stand in a person's name, so a sentence is not taken for one ("was kostet das
// denn im Jahr"). Name particles (von, zu, der, den, de) are left out: "Ursula von der Leyen".
export const NOT_IN_NAMES: ReadonlySet<string> = new Set(
  'ich du er sie es wir ihr die das dem ein eine einen und oder ist sind war was wie wo wer wann warum kostet kosten mein meine bitte danke ja nein nicht im um für mit hallo'.split(
    ' ',
  ),
);
