// Text for Telegram: HTML parse mode (only &, < and > need escaping), messages split within
// Telegram's limit of 4096 characters, preferably at paragraph, then line, then sentence ends, and
// the Adaptive Cards the assistant sends translated into HTML and URL buttons.
import { z } from 'zod';
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

/** The parts of an Adaptive Card this channel can show: its text as HTML, its links as buttons. */
export interface TelegramCard {
  html: string;
  urls: Array<{ text: string; url: string }>;
}

const textBlockSchema = z.looseObject({ type: z.string(), text: z.string().optional(), weight: z.string().optional() });
const cardSchema = z.object({
  body: z.array(textBlockSchema.extend({ items: z.array(textBlockSchema).optional() })),
  actions: z.array(z.looseObject({ type: z.string(), title: z.string(), url: z.string().optional() })).default([]),
});

/** Markdown of a TextBlock as Telegram HTML: escaped text, [title](url) as links. */
function markdownHtml(text: string): string {
  const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
  let html = '';
  let rest = text;
  for (const m of text.matchAll(/\[((?:\\.|[^\]])*)\]\(([^)\s]+)\)/g)) {
    const at = rest.indexOf(m[0]);
    html +=
      escapeHtml(unescape(rest.slice(0, at))) + `<a href="${escapeHtml(m[2]!).replace(/"/g, '&quot;')}">${escapeHtml(unescape(m[1]!))}</a>`;
    rest = rest.slice(at + m[0].length);
  }
  return html + escapeHtml(unescape(rest));
}

/** An Adaptive Card as Telegram HTML (bold headings and fact labels) and URL buttons; undefined for anything else. */
export function cardForTelegram(content: unknown): TelegramCard | undefined {
  const card = cardSchema.safeParse(content);
  if (!card.success) return undefined;
  const block = (element: z.infer<typeof textBlockSchema>): string => {
    if (element.type !== 'TextBlock' || !element.text) return '';
    return element.weight === 'Bolder' ? `<b>${markdownHtml(element.text)}</b>` : markdownHtml(element.text);
  };
  // A container of a label and its value is one line: "<b>Gebühren</b> 13 Euro".
  const lines = card.data.body.map((element) =>
    element.type === 'Container' ? (element.items ?? []).map(block).join(' ') : block(element),
  );
  const urls = card.data.actions.flatMap((a) =>
    a.type === 'Action.OpenUrl' && a.url?.startsWith('https://') ? [{ text: a.title, url: a.url }] : [],
  );
  return { html: lines.filter(Boolean).join('\n'), urls };
}
