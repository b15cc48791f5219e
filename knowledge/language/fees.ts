// "… und fallen Gebühren an?": costs arising ("anfallen"), whose "fallen" the model takes for felling
// a tree ("fällen"). Without a tree in the message, the phrase is read as what it asks: the cost.

const COSTS_ARISE = /(?<!\p{L})(?:fallen|fällt|faellt|fallt)\s+(?:\p{L}+\s+){0,3}?an(?!\p{L})/giu;
const A_TREE = /(?<!\p{L})(?:\p{L}*baum|\p{L}*bäume|\p{L}*baeume|hecke\p{L}*|\p{L}*holz|fäll\p{L}*|faell\p{L}*|gefällt|gefaellt)(?!\p{L})/iu;

/** The message with "fallen … an" said as "kostet das", if it has the phrase and names no tree. */
export function withoutArisingCosts(text: string): string | undefined {
  if (A_TREE.test(text) || !COSTS_ARISE.test(text)) return undefined;
  return text.replace(COSTS_ARISE, 'kostet das');
}

/**
 * "Grundsteuer am 15.5. vergessen zu überweisen, was passiert jetzt": a local tax whose payment was missed is that tax's
 * matter (its due dates, the reminder), not the direct debit the word "überweisen" leads to. The tax's topic id, if any.
 */
const LOCAL_TAXES: ReadonlyArray<{ topic: string; named: RegExp }> = [
  { topic: 'grundsteuer', named: /(?<!\p{L})grundsteuer\p{L}*(?!\p{L})/iu },
  { topic: 'hundesteuer', named: /(?<!\p{L})hundesteuer\p{L}*(?!\p{L})/iu },
  { topic: 'gewerbesteuer', named: /(?<!\p{L})gewerbesteuer\p{L}*(?!\p{L})/iu },
];
const PAYMENT_MISSED =
  /(?<!\p{L})(?:vergessen|vergesse|verschwitzt|versäumt|versaeumt|verpasst|zu\s+spät|zu\s+spaet|mahnung\p{L}*|säumniszuschl\p{L}*|saeumniszuschl\p{L}*|nicht\s+(?:bezahlt|überwiesen|ueberwiesen|gezahlt))(?!\p{L})/iu;
/** ("vergessen, die neue Bankverbindung für die Grundsteuer mitzuteilen", "ich vergess es immer, könnt ihr das abbuchen": the account is the matter.) */
const ACCOUNT_NAMED = /(?<!\p{L})(?:bankverbindung\p{L}*|iban|konto\p{L}*|lastschrift\p{L}*|sepa\p{L}*|abbuch\p{L}*|abgebucht|abzubuchen|einzug|einziehen|einzugsermächtigung\p{L}*|einzugsermaechtigung\p{L}*)(?!\p{L})/iu;
/** The local taxes' topics, each a matter of its own when its payment was missed. */
export const LOCAL_TAX_TOPICS: readonly string[] = LOCAL_TAXES.map((t) => t.topic);
export function missedTaxPayment(text: string): string | undefined {
  if (!PAYMENT_MISSED.test(text) || ACCOUNT_NAMED.test(text)) return undefined;
  const named = LOCAL_TAXES.filter((t) => t.named.test(text));
  return named.length === 1 ? named[0]!.topic : undefined;
}
