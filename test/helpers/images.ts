// A real PNG of any size (a colour gradient), for uploads that a browser must display.
import { constants, deflateRawSync, deflateSync } from 'node:zlib';
import sharp from 'sharp';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function gradientPng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = y * (width * 3 + 1) + 1 + x * 3;
      rows[at] = Math.round((255 * x) / width);
      rows[at + 1] = 110;
      rows[at + 2] = Math.round((255 * y) / height);
    }
  }
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A decompression bomb: a valid PNG that declares `width` × `height` pixels (RGB, all black) and
 * is small on disk (30000 × 30000 is 2.7 GB decoded and about 2.6 MB here). Built from one
 * fully flushed deflate block sequence repeated, which is as valid as one long stream and takes
 * milliseconds instead of deflating gigabytes.
 */
export function decompressionBombPng(width: number, height: number): Buffer {
  const rowBytes = width * 3 + 1;
  const rowsPerBlock = 100;
  if (height % rowsPerBlock !== 0) throw new Error(`height must be a multiple of ${rowsPerBlock}`);
  // Z_FULL_FLUSH ends byte-aligned and resets the dictionary: copies of it can follow each other.
  const block = deflateRawSync(Buffer.alloc(rowBytes * rowsPerBlock), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const total = rowBytes * height;
  const adler = Buffer.alloc(4);
  // Adler-32 of zeros only: a stays 1, b adds 1 per byte.
  adler.writeUInt32BE((((total % 65521) << 16) | 1) >>> 0);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const zlibStream = Buffer.concat([
    Buffer.from([0x78, 0xda]),
    ...Array.from({ length: height / rowsPerBlock }, () => block),
    Buffer.from([0x03, 0x00]), // an empty final block
    adler,
  ]);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', zlibStream),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Whether two encoded images show the same pixels (an upload is stored re-encoded, without metadata). */
export async function samePixels(a: Buffer, b: Buffer): Promise<boolean> {
  const [x, y] = await Promise.all([a, b].map((image) => sharp(image).ensureAlpha().raw().toBuffer({ resolveWithObject: true })));
  return x!.info.width === y!.info.width && x!.info.height === y!.info.height && x!.data.equals(y!.data);
}

/** A photo as a phone takes it: a 4000 × 3000 JPEG of fine detail, about 8.5 MB (more than the 5 MB the assistant takes). */
export async function phonePhotoJpeg(): Promise<Buffer> {
  const [width, height] = [4000, 3000];
  const raw = Buffer.alloc(width * height * 3);
  for (let i = 0; i < raw.length; i++) raw[i] = ((i * 2654435761) >>> 24) ^ ((i / 3) % width);
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 92 })
    .toBuffer();
}
