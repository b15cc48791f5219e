// Files citizens send (photos for the Mängelmelder). Channels save uploads here; flows and
// case delivery read them back. Stored in the Store (so they expire with the conversation's
// retention and are shared between instances) and checked by content (magic bytes), not by name.
import { de } from '../../knowledge/texts/de';
import { randomUUID } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { z } from 'zod';
import type { Store } from '../storage';

const ALLOWED_FILE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf'] as const;
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Attachments of own channels point here: `${FILE_PATH}<id>`. */
export const FILE_PATH = '/files/';

const storedFileSchema = z.object({
  id: z.string(),
  conversationId: z.string(),
  name: z.string(),
  contentType: z.enum(ALLOWED_FILE_TYPES),
  size: z.number().int(),
  data: z.string(), // base64
});
export type StoredFile = Omit<z.infer<typeof storedFileSchema>, 'data'> & { data: Buffer };

export class FileRejectedError extends Error {}

const fileKey = (id: string) => `files/${id}`;
const conversationFilesKey = (conversationId: string) => `files-of/${conversationId}`;

export class FileStore {
  constructor(
    private readonly store: Store,
    private readonly ttlSeconds: number,
  ) {}

  /** Checks type and size by content; throws FileRejectedError with a German reason. */
  async save(conversationId: string, name: string, data: Buffer): Promise<StoredFile> {
    if (data.length === 0) throw new FileRejectedError(de.uploads.empty);
    if (data.length > MAX_FILE_BYTES) throw new FileRejectedError(de.uploads.tooLarge);
    const detected = await fileTypeFromBuffer(data);
    const contentType = ALLOWED_FILE_TYPES.find((t) => t === detected?.mime);
    if (!contentType) throw new FileRejectedError(de.uploads.wrongType);
    const file = { id: randomUUID(), conversationId, name: sanitizeName(name), contentType, size: data.length };
    await this.store.set(fileKey(file.id), { ...file, data: data.toString('base64') }, this.ttlSeconds);
    await this.store.append(conversationFilesKey(conversationId), file.id, this.ttlSeconds);
    return { ...file, data };
  }

  async load(id: string): Promise<StoredFile | undefined> {
    const parsed = storedFileSchema.safeParse(await this.store.get(fileKey(id)));
    return parsed.success ? { ...parsed.data, data: Buffer.from(parsed.data.data, 'base64') } : undefined;
  }

  /** The stored file an attachment's contentUrl points to (own channels only). */
  async fromContentUrl(contentUrl: string | undefined): Promise<StoredFile | undefined> {
    const id = contentUrl ? /\/files\/([0-9a-f-]{36})$/.exec(contentUrl)?.[1] : undefined;
    return id ? this.load(id) : undefined;
  }

  /** Name, type and size of every file of a conversation (for "Meine Daten anzeigen"). */
  async describeConversation(conversationId: string): Promise<Array<Omit<StoredFile, 'data'>>> {
    const ids = await this.store.list<string>(conversationFilesKey(conversationId));
    const files = await Promise.all(ids.map((id) => this.load(id)));
    return files.filter((f): f is StoredFile => f !== undefined).map(({ data: _data, ...meta }) => meta);
  }

  /** Deletes the files of a conversation (data deletion on request), except those of kept requests. Returns how many. */
  async deleteConversation(conversationId: string, except: readonly string[] = []): Promise<number> {
    const ids = (await this.store.list<string>(conversationFilesKey(conversationId))).filter((id) => !except.includes(id));
    await this.store.delete([...ids.map(fileKey), ...(except.length ? [] : [conversationFilesKey(conversationId)])]);
    return ids.length;
  }
}

function sanitizeName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._ -]/gu, '_')
    .slice(0, 100)
    .trim();
  return cleaned || 'datei';
}
