/**
 * Text helpers for channels with hard length limits. Lengths are counted in UTF-16 code units
 * (JavaScript's `length`), which is never less than what Meta counts, so a piece that fits here
 * also fits there.
 */

const ELLIPSIS = '…';

/**
 * Splits `text` into pieces of at most `limit` characters, cutting where a reader would pause:
 * a blank line, then a line break, then a sentence end, then a space. Only a single word longer
 * than `limit` is cut mid-word. Pieces are trimmed; none is empty.
 */
export function splitText(text: string, limit: number): string[] {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`splitText(): limit must be a positive integer, got ${limit}.`);
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const cut = bestCut(rest, limit);
    const piece = rest.slice(0, cut).trim();
    if (piece) pieces.push(piece);
    rest = rest.slice(cut).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/** Break points from best to worst, with how many matched characters stay with the first part. */
const BREAKS: readonly (readonly [RegExp, number])[] = [
  [/\n\s*\n/g, 0],
  [/\n/g, 0],
  [/[.!?…](?=\s)/g, 1],
  [/\s/g, 0],
];

/** Where to cut `text` so the first part has at most `limit` characters. */
function bestCut(text: string, limit: number): number {
  const window = text.slice(0, limit + 1);
  // Prefer a break in the second half of the window, so pieces do not get tiny.
  const floor = Math.floor(limit / 2);
  for (const [pattern, keep] of BREAKS) {
    let last = -1;
    for (const match of window.matchAll(pattern)) {
      const end = match.index + keep;
      if (end <= limit) last = end;
    }
    if (last >= floor) return last;
  }
  // No natural break: do not split a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/**
 * `title` shortened to at most `max` characters with a trailing "…": at a word boundary when that
 * keeps most of the title, else mid-word. Titles that fit are returned unchanged.
 */
export function shorten(title: string, max: number): string {
  const clean = title.trim();
  if (clean.length <= max) return clean;
  const room = max - ELLIPSIS.length;
  const hard = clean.slice(0, room);
  const space = hard.lastIndexOf(' ');
  const cut = space >= Math.ceil(room * 0.6) ? hard.slice(0, space) : hard;
  return `${cut.trimEnd()}${ELLIPSIS}`;
}

/**
 * Shortens every title to `max` and keeps them distinguishable: when two shortened titles would
 * read the same, all of them get their number ("2. …"), which is also what the user may type.
 */
export function distinctTitles(titles: readonly string[], max: number): string[] {
  const short = titles.map((t) => shorten(t, max));
  const unique = new Set(short.map((s) => s.toLowerCase())).size === short.length;
  return unique ? short : titles.map((t, i) => shorten(`${i + 1}. ${t.trim()}`, max));
}

/**
 * Text as WhatsApp shows it. WhatsApp has its own light formatting (*bold*, _italic_) and shows
 * Markdown that it does not know as raw symbols, so Markdown is turned into what it can show:
 * `**bold**` → `*bold*`, `[label](url)` → `label (url)`, heading marks and list stars dropped.
 */
export function toWhatsAppText(text: string): string {
  return text
    .replace(/\*\*(.+?)\*\*/g, '*$1*')
    .replace(/__(.+?)__/g, '_$1_')
    .replace(/\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)/g, '$1 ($2)')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*[*+]\s+/gm, '- ')
    .replace(/`([^`\n]+)`/g, '$1');
}
