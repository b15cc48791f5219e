// Files citizens send (photos for the Mängelmelder). Channels save uploads here; flows and
// case delivery read them back. Stored in the Store (so they expire with the conversation's
// retention and are shared between instances) and checked by content (magic bytes), not by name.
// Images are then checked for their size in pixels (a few MB of PNG can declare gigabytes of
// pixels) and re-encoded with sharp (libvips), which keeps no metadata: no EXIF with the GPS
// position or the camera's serial number, no comments, nothing appended after the image.
import { de } from '../../knowledge/texts/de';
import { randomUUID } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import type { Metadata } from 'sharp';
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

/** Why a file was refused: the channels answer with a status for it (400, 413, 415). */
export type RejectionReason = 'empty' | 'too-large' | 'wrong-type' | 'unreadable';

/** A refused file; the message is the German reason for the citizen. */
export class FileRejectedError extends Error {
  constructor(
    readonly reason: RejectionReason,
    message: string,
  ) {
    super(message);
  }
}

type ImageType = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif';

const fileKey = (id: string) => `files/${id}`;
const conversationFilesKey = (conversationId: string) => `files-of/${conversationId}`;

export class FileStore {
  /**
   * @param maxPixels images with more pixels (over all frames) are refused before they are decoded
   */
  constructor(
    private readonly store: Store,
    private readonly ttlSeconds: number,
    private readonly maxPixels: number,
  ) {}

  /** Checks type and size by content, re-encodes images without metadata; throws FileRejectedError with a German reason. */
  async save(conversationId: string, name: string, upload: Buffer): Promise<StoredFile> {
    if (upload.length === 0) throw new FileRejectedError('empty', de.uploads.empty);
    if (upload.length > MAX_FILE_BYTES) throw new FileRejectedError('too-large', de.uploads.tooLarge);
    const detected = await fileTypeFromBuffer(upload);
    const contentType = ALLOWED_FILE_TYPES.find((t) => t === detected?.mime);
    if (!contentType) throw new FileRejectedError('wrong-type', de.uploads.wrongType);
    const data = contentType === 'application/pdf' ? upload : await this.reencode(upload, contentType);
    const file = { id: randomUUID(), conversationId, name: sanitizeName(name), contentType, size: data.length };
    await this.store.set(fileKey(file.id), { ...file, data: data.toString('base64') }, this.ttlSeconds);
    await this.store.append(conversationFilesKey(conversationId), file.id, this.ttlSeconds);
    return { ...file, data };
  }

  /**
   * The image decoded and encoded again in its own format, without any metadata (sharp keeps none
   * unless asked), turned upright first as its EXIF orientation said. Its dimensions are read from
   * the header and checked before anything is decoded.
   */
  private async reencode(data: Buffer, type: ImageType): Promise<Buffer> {
    // Loaded with the first photo: libvips is 20 MB of memory that an instance without uploads never needs.
    const { default: sharp } = await import('sharp');
    const animated = type === 'image/gif' || type === 'image/webp';
    let metadata: Metadata;
    try {
      // Only the header is read here, so no pixel limit yet: the limit is checked below with a reason.
      metadata = await sharp(data, { animated, limitInputPixels: false }).metadata();
    } catch {
      throw new FileRejectedError('unreadable', de.uploads.unreadable);
    }
    const frameHeight = metadata.pageHeight ?? metadata.height;
    if (metadata.width * frameHeight * (metadata.pages ?? 1) > this.maxPixels) {
      throw new FileRejectedError('too-large', de.uploads.tooManyPixels(this.maxPixels / 1_000_000));
    }
    try {
      const image = sharp(data, { animated, autoOrient: !animated, limitInputPixels: this.maxPixels });
      const encoded = await (
        type === 'image/jpeg'
          ? image.jpeg({ quality: 85 })
          : type === 'image/png'
            ? image.png()
            : type === 'image/webp'
              ? image.webp({ quality: 85 })
              : image.gif()
      ).toBuffer();
      // A crafted image may grow when encoded again; the store keeps no more than this.
      if (encoded.length > 2 * MAX_FILE_BYTES) throw new FileRejectedError('too-large', de.uploads.tooLarge);
      return encoded;
    } catch (error) {
      if (error instanceof FileRejectedError) throw error;
      throw new FileRejectedError('unreadable', de.uploads.unreadable);
    }
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
