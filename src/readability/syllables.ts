import hyphenNl from 'hyphen/nl/index.js';

/**
 * Loanwords whose spelling misleads any letter rule: "coach" is one syllable, not co-ach.
 * Counted by ear.
 */
const SPOKEN: Readonly<Record<string, number>> = { coach: 1, coaches: 2, cheque: 1, cheques: 1, online: 2, oké: 2, e: 1 };

/** Vowel letter groups that make one sound in Dutch, longest first. */
const ONE_SOUND = [
  'eeuw',
  'ieuw',
  'aai',
  'ooi',
  'oei',
  'eeu',
  'ieu',
  'aa',
  'ee',
  'oo',
  'uu',
  'ie',
  'oe',
  'eu',
  'ui',
  'ei',
  'ij',
  'ou',
  'au',
];
const VOWEL = /[aeiouy]/;
const HIATUS = '|';

/**
 * Vowel sounds in one piece of a word: each group of ONE_SOUND (or single vowel) is one. A
 * diaeresis (ë, ï) starts a new sound; "u" after "q" is not a vowel (cheque).
 */
function vowelSounds(piece: string): number {
  let count = 0;
  let i = 0;
  while (i < piece.length) {
    const char = piece[i] ?? '';
    if (!VOWEL.test(char) || (char === 'u' && piece[i - 1] === 'q')) {
      i++;
      continue;
    }
    count++;
    const group = ONE_SOUND.find((g) => piece.startsWith(g, i));
    i += group ? group.length : 1;
  }
  return count;
}

/**
 * Syllables of one Dutch word, from the Dutch TeX hyphenation patterns (the `hyphen` package).
 *
 * Hyphenation is not syllabification: the patterns never break after the first or before the last
 * letter (leftmin/rightmin 2), so "over" stays whole and "ideaal" becomes ide-aal. The correction
 * counts the vowel sounds inside each hyphenation piece, so o-ver and i-de-aal come out right; a
 * piece without a vowel (a hyphenated abbreviation) still counts as one.
 */
export function syllables(word: string): number {
  const lower = word.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (lower === '') return 0;
  const spoken = SPOKEN[lower];
  if (spoken !== undefined) return spoken;
  const pieces = hyphenNl.hyphenateSync(lower, { hyphenChar: '-', minWordLength: 1 }).split('-');
  return pieces.reduce((sum, piece) => sum + Math.max(1, vowelSounds(plain(piece))), 0);
}

/** Accents dropped, but a diaeresis kept as a break (geëerd → ge|eerd). */
function plain(piece: string): string {
  return piece
    .normalize('NFD')
    .replace(/([aeiouy])\u0308/g, `${HIATUS}$1`)
    .replace(/\p{M}/gu, '');
}
