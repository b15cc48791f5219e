// Text for Telegram: HTML parse mode (only &, < and > need escaping) and messages split within
// Telegram's limit of 4096 characters, preferably at paragraph, then line, then sentence ends.
const MAX_MESSAGE_CHARS = 4096;

export const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Splits plain text into parts that stay within `limit` once escaped. */
export function splitMessage(text: string, limit = MAX_MESSAGE_CHARS): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (escapeHtml(rest).length > limit) {
    let cut = fittingPrefix(rest, limit);
    const window = rest.slice(0, cut);
    const boundary = [/\n\n/g, /\n/g, /[.!?](?=\s)/g, /\s/g].map((re) => lastMatchEnd(window, re)).find((pos) => pos > cut / 2);
    if (boundary) cut = boundary;
    parts.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) parts.push(rest);
  return parts;
}

/** The longest prefix whose escaped form fits into `limit`. */
function fittingPrefix(text: string, limit: number): number {
  let length = 0;
  let i = 0;
  for (const ch of text) {
    length += escapeHtml(ch).length;
    if (length > limit) break;
    i += ch.length;
  }
  return i;
}

function lastMatchEnd(text: string, re: RegExp): number {
  let last = -1;
  for (const m of text.matchAll(re)) last = m.index + m[0].length;
  return last;
}
