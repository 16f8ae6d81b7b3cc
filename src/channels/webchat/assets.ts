import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** One body in every encoding the page's files are sent in. */
export interface EncodedBody {
  raw: Buffer;
  br: Buffer;
  gzip: Buffer;
}

/**
 * Brotli's best setting (11) takes ~8 s for the 1.9 MB Web Chat bundle; 9 takes ~0.15 s and is
 * within 10 % of it. Small files get the best.
 */
const BIG_FILE_BYTES = 200_000;

/** Per process and content: every server started in one process (tests start many) compresses a file once. */
const cache = new Map<string, Promise<EncodedBody>>();

/** Compresses `raw` with brotli and gzip, off the main thread; the same content is compressed once. */
export function encode(raw: Buffer): Promise<EncodedBody> {
  const key = createHash('sha256').update(raw).digest('hex');
  let encoded = cache.get(key);
  if (!encoded) {
    const quality = raw.length > BIG_FILE_BYTES ? 9 : constants.BROTLI_MAX_QUALITY;
    encoded = Promise.all([
      brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
      gzipAsync(raw, { level: 9 }),
    ]).then(([br, gz]) => ({ raw, br, gzip: gz }));
    cache.set(key, encoded);
  }
  return encoded;
}

/** The encoding to answer with: brotli, else gzip, else none; `q=0` refuses one. */
export function chooseEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | undefined {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
    const [name = '', ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const weight = (name: string) => accepted.get(name) ?? (accepted.has('*') ? (accepted.get('*') ?? 0) : 0);
  if (weight('br') > 0) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return undefined;
}

/** A file of the page, served under a name that carries its content hash, so it may be cached for a year. */
export interface HashedAsset {
  /** e.g. `/webchat/page.3f2a9c1b7e.js` */
  url: string;
  type: string;
  body: Promise<EncodedBody>;
}

/**
 * The page's static files, read once at start-up and compressed in the background. A file's URL
 * changes with its content, so a new release never meets an old copy in a browser's cache.
 */
export class HashedAssets {
  private readonly byUrl = new Map<string, HashedAsset>();
  private readonly byName = new Map<string, HashedAsset>();

  constructor(files: readonly { name: string; path: string; type: string }[]) {
    for (const file of files) {
      const raw = readFileSync(file.path);
      const hash = createHash('sha256').update(raw).digest('hex').slice(0, 12);
      const extension = extname(file.name);
      const url = `/webchat/${basename(file.name, extension)}.${hash}${extension}`;
      const asset: HashedAsset = { url, type: file.type, body: encode(raw) };
      this.byUrl.set(url, asset);
      this.byName.set(file.name, asset);
    }
  }

  /** The hashed URL of a file by its plain name (`page.js`). */
  url(name: string): string {
    const asset = this.byName.get(name);
    if (!asset) throw new Error(`HashedAssets: no file named ${name}.`);
    return asset.url;
  }

  find(url: string): HashedAsset | undefined {
    return this.byUrl.get(url);
  }

  /** Resolves when every file is compressed. */
  async ready(): Promise<void> {
    await Promise.all([...this.byUrl.values()].map((asset) => asset.body));
  }
}
