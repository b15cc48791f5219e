// What a channel shows besides plain text. One place, so that the assistant builds one message and
// each channel gets what it can display.
import { CHANNEL_ID as DIRECT_LINE } from './directline/protocol';

/** Channels that render Adaptive Cards: our own Web Chat page, Azure's Web Chat, Teams, the Emulator; Telegram gets them translated. */
const CARD_CHANNELS: ReadonlySet<string> = new Set([DIRECT_LINE, 'webchat', 'msteams', 'emulator', 'telegram']);

/** The content type of an Adaptive Card attachment. */
export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

export const showsCards = (channelId: string | undefined): boolean => CARD_CHANNELS.has(channelId ?? '');

/**
 * Channels that offer a file attached as a data: URL for download: our own Web Chat page, Azure's
 * Web Chat channel and the Emulator. Teams and Telegram need an upload instead.
 */
const FILE_CHANNELS: ReadonlySet<string> = new Set([DIRECT_LINE, 'webchat', 'emulator']);

export const offersFiles = (channelId: string | undefined): boolean => FILE_CHANNELS.has(channelId ?? '');

/** A text offered as a file to download on the channels that offer files (see offersFiles): a data: URL attachment. */
export const downloadable = (
  contentType: string,
  name: string,
  text: string,
): { contentType: string; name: string; contentUrl: string } => ({
  contentType,
  name,
  contentUrl: `data:${contentType};charset=utf-8;base64,${Buffer.from(text, 'utf8').toString('base64')}`,
});

/**
 * Our own page keeps its conversation for the browser tab only (sessionStorage): a message sent after the tab was
 * closed reaches nobody. Messengers keep theirs (trial 43: "Absenden mit Benachrichtigung" had promised it unconditionally).
 */
export const reachesOnlyWhileOpen = (channelId: string | undefined): boolean => channelId === DIRECT_LINE;
