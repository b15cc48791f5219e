// A mistyped mail provider ("gmial.com", "t-onlin.de", "gmx.ne") is a valid address that reaches
// nobody: the office's answer would be lost without anyone noticing. The address is kept as typed
// (people do use rare domains) and a note asks the citizen to check it, with the likely address.
// The distance check is mailcheck's, in its maintained fork (@zootools/email-spell-checker); the
// domains are those people here use, so a German provider is not "corrected" to an American one.
import { run } from '@zootools/email-spell-checker';

/** Mail providers common in Germany, Austria and Switzerland, and the big international ones. */
const DOMAINS = [
  'web.de',
  'gmx.de',
  'gmx.net',
  'gmx.at',
  'gmx.ch',
  'gmx.com',
  't-online.de',
  'freenet.de',
  'online.de',
  'arcor.de',
  'vodafone.de',
  'mail.de',
  'email.de',
  'posteo.de',
  'mailbox.org',
  'outlook.de',
  'outlook.com',
  'hotmail.de',
  'hotmail.com',
  'live.de',
  'live.com',
  'yahoo.de',
  'yahoo.com',
  'aol.com',
  'icloud.com',
  'me.com',
  'gmail.com',
  'googlemail.com',
  'protonmail.com',
  'proton.me',
  'bluewin.ch',
];
const TOP_LEVEL_DOMAINS = ['de', 'com', 'net', 'org', 'eu', 'at', 'ch', 'info', 'me', 'bayern.de', 'nl', 'fr', 'it', 'pl', 'co.uk', 'uk'];

/** The address the citizen probably meant, when its provider looks mistyped. */
export function likelyMeantAddress(address: string): string | undefined {
  if (!address.includes('@')) return undefined;
  const suggestion = run({ email: address, domains: DOMAINS, topLevelDomains: TOP_LEVEL_DOMAINS, secondLevelDomains: [] });
  return suggestion && suggestion.full.toLowerCase() !== address.toLowerCase() ? suggestion.full : undefined;
}
