// Pattern-based redaction of personal data in free text. Structured fields are removed by
// pino's own `redact` paths (see bot/logger.ts); this catches what hides inside strings.

const PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  // e-mail addresses
  [/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu, '[email]'],
  // IBANs: two letters, two check digits, 11–30 alphanumerics, optionally grouped by spaces
  [/\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}\b/g, '[iban]'],
  // dates of birth and other calendar dates: 1.2.1980, 01.02.80, 1980-02-01
  [/\b\d{1,2}\.\d{1,2}\.(?:19|20)?\d{2}\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b/g, '[date]'],
  // names where recognizable: after a form of address or an introduction ("Frau Weber", "ich heiße Anna Weber")
  [/\b(Herrn?|Frau|Familie|Fam\.)\s+\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?/gu, '$1 [name]'],
  // (no "i" flag: with it, \p{Lu} would match lower-case words too)
  [
    /\b([Ii]ch hei(?:ß|ss)e|[Mm]ein [Nn]ame ist|[Nn]ame:?|[Hh]ier spricht|[Hh]ier ist)\s+\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,2}/gu,
    '$1 [name]',
  ],
  // street addresses with their house number: "Hauptstraße 12", "Am Sonnenhang 4", "Im Wiesengrund 3a"
  // (no "i" flag, for \p{Lu} as above; the street alone names no household, a year is no number)
  [
    /\b(?:(?:[Aa]m|[Ii]m|[Zz]um|[Zz]ur|[Aa]n der|[Aa]n den|[Ii]n der|[Ii]n den|[Aa]uf der|[Aa]uf dem|[Hh]inter der|[Hh]inter dem|[Uu]nter den)\s+)?\p{Lu}[\p{L}-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|steige?|pfad|anger|graben|damm|ufer|zeile|siedlung|hang|berg|feld|grund|rain|bach|garten|gärten|acker|hof|wald|weiher|tal|höhe|bühl|kreuz|markt|wiesen?|mühle|brunnen|au)\s*(?!(?:19|20)\d\d(?!\d))\d{1,4}(?:\s?[a-z](?!\p{L}))?(?![\p{L}\d])/gu,
    '[address]',
  ],
  // streets named in two words after a place, with the house number: "Schimborner Straße 6", "Hemsbacher Weg 4"
  [
    /\b\p{Lu}[\p{L}-]*er\s+(?:Straße|Strasse|Str\.|Weg|Gasse|Platz|Allee|Ring|Steige?|Pfad|straße|strasse|str\.|weg|gasse|platz|allee|ring|pfad)\s*(?!(?:19|20)\d\d(?!\d))\d{1,4}(?:\s?[a-z](?!\p{L}))?(?![\p{L}\d])/gu,
    '[address]',
  ],
  // phone numbers: +49 / 0 followed by at least six digits with common separators
  [/(?:\+|00)\d{1,3}[\s/().-]*\d(?:[\s/().-]*\d){5,}|\b0\d{2,5}[\s/().-]*\d(?:[\s/().-]*\d){3,}/g, '[phone]'],
];

export function redactText(text: string): string {
  let out = text;
  for (const [pattern, label] of PATTERNS) out = out.replace(pattern, label);
  return out;
}

/** Redacts every string inside a JSON-like value (objects, arrays), leaving structure intact. */
export function redactDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error)
    return { type: value.name, message: redactText(value.message), stack: value.stack && redactText(value.stack) };
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = redactDeep(v, depth + 1);
  return out;
}
