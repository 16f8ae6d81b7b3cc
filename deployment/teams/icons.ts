import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

/**
 * Draws the two Teams icons as PNGs without an image library: a white speech bubble, on the
 * accent colour (color.png, 192×192) or on transparency (outline.png, 32×32, white only, as Teams
 * requires). Run `npx tsx deployment/teams/icons.ts` after changing the drawing; the PNGs are
 * committed.
 */
type Rgba = readonly [number, number, number, number];

const ACCENT: Rgba = [0x00, 0x31, 0x5c, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** Is the point inside a rounded speech bubble with a tail at the bottom left (unit square coordinates)? */
function inBubble(x: number, y: number): boolean {
  const [left, top, right, bottom, r] = [0.16, 0.2, 0.84, 0.68, 0.12];
  const cx = Math.min(Math.max(x, left + r), right - r);
  const cy = Math.min(Math.max(y, top + r), bottom - r);
  const body = x >= left && x <= right && y >= top && y <= bottom && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  // The tail: a triangle below the body.
  const tail = y > bottom - 0.01 && y <= 0.84 && x >= 0.3 && x <= 0.3 + (0.84 - y) * 1.2 && x <= 0.48;
  return body || tail;
}

/** Three "text" lines inside the bubble, cut out so the bubble reads as a message. */
function inTextLine(x: number, y: number): boolean {
  return [0.34, 0.44, 0.54].some((lineY, i) => Math.abs(y - lineY) <= 0.025 && x >= 0.28 && x <= (i === 2 ? 0.56 : 0.72));
}

export function drawIcon(size: number, background: Rgba, lines: boolean): Buffer {
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py += 1) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px += 1) {
      const [x, y] = [(px + 0.5) / size, (py + 0.5) / size];
      const bubble = inBubble(x, y);
      const pixel = bubble ? (lines && inTextLine(x, y) ? background : WHITE) : background;
      row.set(pixel, 1 + px * 4);
    }
    rows.push(row);
  }
  return png(size, size, Buffer.concat(rows));
}

function png(width: number, height: number, filteredRows: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(filteredRows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const here = new URL('./', import.meta.url);
  writeFileSync(new URL('color.png', here), drawIcon(192, ACCENT, true));
  writeFileSync(new URL('outline.png', here), drawIcon(32, CLEAR, false));
}
