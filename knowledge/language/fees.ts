// "… und fallen Gebühren an?": costs arising ("anfallen"), whose "fallen" the model takes for felling
// a tree ("fällen"). Without a tree in the message, the phrase is read as what it asks: the cost.

const COSTS_ARISE = /(?<!\p{L})(?:fallen|fällt|faellt|fallt)\s+(?:\p{L}+\s+){0,3}?an(?!\p{L})/giu;
const A_TREE = /(?<!\p{L})(?:\p{L}*baum|\p{L}*bäume|\p{L}*baeume|hecke\p{L}*|\p{L}*holz|fäll\p{L}*|faell\p{L}*|gefällt|gefaellt)(?!\p{L})/iu;

/** The message with "fallen … an" said as "kostet das", if it has the phrase and names no tree. */
export function withoutArisingCosts(text: string): string | undefined {
  if (A_TREE.test(text) || !COSTS_ARISE.test(text)) return undefined;
  return text.replace(COSTS_ARISE, 'kostet das');
}
