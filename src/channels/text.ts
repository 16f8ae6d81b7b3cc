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
 * `title` shortened to at most `max` characters: without its question mark when that is enough,
 * else with a trailing "…", at a word boundary when that keeps most of the title, else mid-word.
 * Titles that fit are returned unchanged.
 */
export function shorten(title: string, max: number): string {
  const clean = title.trim();
  if (clean.length <= max) return clean;
  // A question mark is the cheapest thing to give up: "2. Kan ik er een krijgen" keeps every word.
  const unasked = clean.replace(/\s*\?$/u, '');
  if (unasked.length <= max) return unasked;
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

/** A stretch of a message: plain words, or a phone number or web address someone can tap. */
export type Segment = { kind: 'text'; text: string } | { kind: 'phone' | 'web'; text: string; href: string };

/**
 * Belgian phone numbers as people write them: `0800 30 700`, `09 123 45 67`, `0470 12 34 56`,
 * `+32 2 508 38 11` (0 or +32, then 8 or 9 digits with spaces, dots or slashes between them).
 */
const PHONE = /(?<![\w+])(?:\+32[ .]?|0)\d(?:[ ./]?\d){7,8}(?![\w])/g;
/** `01.12.2026 10` also has the shape of a phone number; a date is not one. */
const DATE_LIKE = /^\d{1,2}[./]\d{1,2}[./]\d{2,4}/;
/**
 * Web addresses with or without a scheme (`vdab.be/loopbaancheques`, `https://www.vdab.be`), on
 * the top-level domains the bot's copy uses; not inside an e-mail address.
 */
const WEB =
  /(?<![@\w./-])(?:https?:\/\/)?(?:[a-z\d](?:[a-z\d-]*[a-z\d])?\.)+(?:be|eu|com|org|net|vlaanderen|brussels)(?![\w@-])(?:\/[^\s<>()"]*)?/gi;
/** A sentence end right after an address belongs to the sentence, not to the address. */
const TRAILING_PUNCTUATION = /[.,;:!?'"]+$/;

/**
 * `text` cut into plain stretches and tappable phone numbers and web addresses, in order. Every
 * message the bot sends is cut (render.ts), and most are the same copy turn after turn: the last
 * few hundred texts' segments are remembered (bounded, emptied when full). Read-only: they are shared.
 */
export function contactSegments(text: string): readonly Segment[] {
  let segments = segmentsOfTexts.get(text);
  if (segments === undefined) {
    if (segmentsOfTexts.size >= REMEMBERED_TEXTS) segmentsOfTexts.clear();
    segments = contactSegmentsNow(text);
    segmentsOfTexts.set(text, segments);
  }
  return segments;
}

const REMEMBERED_TEXTS = 512;
const segmentsOfTexts = new Map<string, readonly Segment[]>();

function contactSegmentsNow(text: string): Segment[] {
  const found: Exclude<Segment, { kind: 'text' }>[] = [];
  const taken: [number, number][] = [];
  for (const match of text.matchAll(WEB)) {
    const address = match[0].replace(TRAILING_PUNCTUATION, '');
    found.push({ kind: 'web', text: address, href: /^https?:\/\//i.test(address) ? address : `https://${address}` });
    taken.push([match.index, match.index + address.length]);
  }
  for (const match of text.matchAll(PHONE)) {
    const start = match.index;
    if (DATE_LIKE.test(match[0]) || taken.some(([from, to]) => start < to && start + match[0].length > from)) continue;
    found.push({ kind: 'phone', text: match[0], href: `tel:${match[0].replace(/[^\d+]/g, '')}` });
    taken.push([start, start + match[0].length]);
  }
  const order = found.map((segment, i) => ({ segment, at: taken[i]?.[0] ?? 0 })).sort((a, b) => a.at - b.at);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const { segment, at } of order) {
    if (at > cursor) segments.push({ kind: 'text', text: text.slice(cursor, at) });
    segments.push(segment);
    cursor = at + segment.text.length;
  }
  if (cursor < text.length) segments.push({ kind: 'text', text: text.slice(cursor) });
  return segments;
}

/** True when the text has a phone number or web address that can become a link. */
export function hasContactLinks(text: string): boolean {
  return contactSegments(text).some((segment) => segment.kind !== 'text');
}

/**
 * Plain text as Markdown that shows the same words: Markdown's own characters are escaped (a name
 * with `*` or `_` stays as typed), every newline is doubled so each line stays a line (a lone
 * newline is only a space in Markdown), and phone numbers and web addresses become links whose label is the text itself:
 * `[0800 30 700](tel:080030700)`, `[vdab.be/loopbaancheques](https://vdab.be/loopbaancheques)`.
 */
export function toMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const segments = contactSegments(line);
      const map = mapLine(segments);
      if (map) return `[${escapeMarkdown(map.label, false)}](${map.href})`;
      return segments
        .map((segment, i) => {
          const escaped = escapeMarkdown(segment.text, i === 0);
          return segment.kind === 'text' ? escaped : `[${escaped}](${segment.href})`;
        })
        .join('');
    })
    .join('\n\n');
}

/** Where map addresses (OpenStreetMap, src/booking/ics.ts) start, as a regular expression. */
const MAP_ORIGIN = String.raw`https:\/\/www\.openstreetmap\.org\/`;
/** A map address, long and unreadable: where it can, a channel shows a label instead. */
const MAP_HREF = new RegExp(String.raw`^${MAP_ORIGIN}\S*$`);

/**
 * "Bekijk op de kaart: https://www.openstreetmap.org/?mlat=…": a line that is a label, a colon
 * and a map address. Markdown shows the label as the link ("Bekijk op de kaart"), not the address.
 */
function mapLine(segments: readonly Segment[]): { label: string; href: string } | undefined {
  const [label, link, ...rest] = segments;
  if (label?.kind !== 'text' || link?.kind !== 'web' || !MAP_HREF.test(link.href)) return undefined;
  if (rest.some((segment) => segment.kind !== 'text' || segment.text.trim() !== '')) return undefined;
  const words = /^\s*(\S[^:]*?)[\s\u00a0\u202f]*:\s*$/.exec(label.text)?.[1];
  return words ? { label: words, href: link.href } : undefined;
}

/** A map address anywhere in a line, with the space before it. */
const MAP_ADDRESS = new RegExp(String.raw`\s*${MAP_ORIGIN}\S*`, 'g');

/**
 * What read-aloud says for plain `text`: a map address is long and means nothing when heard, so a
 * map line says only its label ("Bekijk op de kaart.") and a map address elsewhere is left out.
 */
export function spokenText(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const map = mapLine(contactSegments(line));
      return map ? `${map.label}.` : line.replace(MAP_ADDRESS, '');
    })
    .join('\n');
}

/** A Markdown line that is one map link: "[label](map address)". */
const MAP_LINK_LINE = new RegExp(String.raw`^\[([^[\]]*)\]\((${MAP_ORIGIN}[^)\s]*)\)$`, 'gm');

/**
 * The plain text `toMarkdown` was made from (links back to their label, escapes and doubled newlines
 * undone). A map link gets its line back as "label: address"; French copy writes " : " (`colon`).
 */
export function fromMarkdown(markdown: string, colon = ': '): string {
  return (
    markdown
      // A map link stands for its whole line: "label: address".
      .replace(MAP_LINK_LINE, (_, label: string, href: string) => `${label}${colon}${href}`)
      // A link's "[" is never escaped (an even run of backslashes before it); its label holds no brackets.
      .replace(/(?<=(?:^|[^\\])(?:\\\\)*)\[([^[\]]*)\]\((?:tel:|https?:\/\/)[^)\s]*\)/g, '$1')
      .replace(/\\([\\`*_[\]<>~|#+\-.)])/g, '$1')
      .replace(/\n\n/g, '\n')
  );
}

/** Backslash escapes for the characters that would format; list and heading marks only at a line start. */
function escapeMarkdown(text: string, atLineStart: boolean): string {
  const escaped = text.replace(/[\\`*_[\]<>~|]/g, '\\$&');
  if (!atLineStart) return escaped;
  return escaped.replace(/^(\s*)(#|[-+](?=\s))/, '$1\\$2').replace(/^(\s*\d+)([.)])(?=\s)/, '$1\\$2');
}

/**
 * French typography: a no-break space (U+00A0) before ? ! : ; and » and after «, so a sign never
 * wraps onto a line of its own ("Vous avez une question ?"). Only spaces already written are
 * replaced: "tel:" and "https://" stay as they are.
 */
export function frenchSpacing(text: string): string {
  return text.replace(/ ([?!:;»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
}

/** The copy `frenchSpacing` was given (it has no no-break space of its own). */
export function withoutFrenchSpacing(text: string): string {
  return text.replace(/\u00a0([?!:;»])/g, ' $1').replace(/«\u00a0/g, '« ');
}
