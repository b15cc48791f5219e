// What travels over the wire: the parts of a citizen's activity we accept (zod), the ids of the
// two parties, and how stored activities are shown to a client (file links made absolute and signed).
import { z } from 'zod';
import { boundedJson, citizenText } from '../boundary';
import { FILE_PATH } from '../files';
import type { StoredActivity } from './transcript';

export const CHANNEL_ID = 'directline';
export const BOT = { id: 'buerger-assistent', name: 'Bürger-Assistent', role: 'bot' } as const;

/** A citizen's activity as Web Chat / directlinejs posts it; everything else is dropped. */
const activitySchema = z.looseObject({
  type: z.enum(['message', 'event', 'typing']),
  text: citizenText(4000).optional(),
  name: z.string().max(100).optional(),
  value: z.unknown().optional(),
  locale: z.string().max(35).optional(),
  attachments: z.array(z.unknown()).max(0, 'send files with /upload').optional(),
  channelData: z
    .looseObject({
      // Web Chat matches its echo by this id.
      clientActivityID: z.string().max(100).optional(),
      clientTimestamp: z.string().max(40).optional(),
    })
    .optional(),
});
export const incomingActivitySchema = boundedJson(activitySchema);
export type IncomingActivity = z.infer<typeof activitySchema>;

export const watermarkSchema = z.preprocess((v) => (v === undefined || v === '' ? 0 : v), z.coerce.number().int().min(0).max(1_000_000));

/** The stored form of a citizen's activity (the same object is run through the assistant). */
export function citizenActivity(
  incoming: IncomingActivity,
  ids: { id: string; conversationId: string; userId: string; serviceUrl: string },
  attachments?: Array<{ contentType: string; contentUrl: string; name: string }>,
): StoredActivity {
  const channelData = incoming.channelData && {
    clientActivityID: incoming.channelData.clientActivityID,
    clientTimestamp: incoming.channelData.clientTimestamp,
  };
  return {
    type: incoming.type,
    id: ids.id,
    timestamp: new Date().toISOString(),
    channelId: CHANNEL_ID,
    serviceUrl: ids.serviceUrl,
    conversation: { id: ids.conversationId },
    from: { id: ids.userId, role: 'user' },
    recipient: { ...BOT },
    locale: incoming.locale ?? 'de-DE',
    // Web Chat renders text without a format as markdown; a citizen's text is never markup.
    ...(incoming.text !== undefined && { text: incoming.text, textFormat: 'plain' }),
    ...(incoming.name !== undefined && { name: incoming.name }),
    ...(incoming.value !== undefined && { value: incoming.value }),
    ...(attachments?.length && { attachments }),
    ...(channelData && { channelData }),
  };
}

/**
 * How a client sees a stored activity: every message is plain text (Web Chat would render a
 * message without a format as markdown, and some messages repeat what a citizen wrote); our own
 * file links (`/files/<id>`) become absolute (the embed runs on the town's website) and carry a
 * signature, because an <img> cannot send a token.
 */
export function forClient(stored: StoredActivity, origin: string, sign: (fileId: string) => string): StoredActivity {
  const activity = stored.type === 'message' ? { ...stored, textFormat: 'plain' } : stored;
  const attachments = activity.attachments;
  if (!Array.isArray(attachments)) return activity;
  return {
    ...activity,
    attachments: attachments.map((attachment: { contentUrl?: unknown; thumbnailUrl?: unknown }) => {
      const signed = (url: unknown) =>
        typeof url === 'string' && url.startsWith(FILE_PATH) ? `${origin}${url}?sig=${sign(url.slice(FILE_PATH.length))}` : url;
      return {
        ...attachment,
        ...(attachment.contentUrl !== undefined && { contentUrl: signed(attachment.contentUrl) }),
        ...(attachment.thumbnailUrl !== undefined && { thumbnailUrl: signed(attachment.thumbnailUrl) }),
      };
    }),
  };
}
