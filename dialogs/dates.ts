import * as chrono from 'chrono-node';

// chrono-node's German parser does not read the short form "12.3." (day.month.), so we do.
const shortDate = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})?/;

/**
 * Parses a German date/time expression ("morgen", "nächsten Dienstag", "12.3.", "14 Uhr")
 * relative to `reference`, preferring the future. Returns undefined when nothing date-like was found.
 */
export function parseGermanDate(text: string, reference: Date = new Date()): Date | undefined {
  const short = shortDate.exec(text);
  if (short) {
    const [day, month] = [Number(short[1]), Number(short[2]) - 1];
    let date = new Date(short[3] ? Number(short[3]) : reference.getFullYear(), month, day);
    if (!short[3] && date < new Date(reference.getFullYear(), reference.getMonth(), reference.getDate())) {
      date = new Date(reference.getFullYear() + 1, month, day);
    }
    return date.getMonth() === month && date.getDate() === day ? date : undefined;
  }
  return chrono.de.parse(text, reference, { forwardDate: true })[0]?.start.date();
}
