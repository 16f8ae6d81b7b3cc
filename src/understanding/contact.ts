import { z } from 'zod/v4';
import { tokens } from './text.js';
import { toTokens } from './whenTokens.js';
import { numberAt } from './years.js';
import { shippedWhenVocabulary } from './whenWords.js';

/**
 * What a typed phone number or e-mail address turned out to be. `email`: the e-mail address typed
 * beside the phone number ("0470 12 34 56 of an@voorbeeld.be"), kept too; only with `kind` 'phone'.
 */
export type ContactResult =
  | {
      ok: true;
      kind: 'phone' | 'email';
      value: string;
      email?: string;
      /**
       * The words read as the phone number when the text holds more ("0470 12 34 56" in "0470 12 34 56
       * morgen na 14u"), so the rest can be read too; unset when the whole text is the contact.
       */
      said?: string;
    }
  | {
      ok: false;
      /**
       * What the text looked like, so the retry can say what to fix: 'nationalNumber' is a Belgian
       * rijksregisternummer (11 digits, no leading 0 or +), which the bot must not ask for or keep;
       * 'foreign' a number written as at home in another country ("06 12 34 56 78", France or the
       * Netherlands: ten digits, not a Belgian mobile's 04), which needs its country code;
       * 'service' a Belgian free or premium line ("0800 30 700", "0903 …"), which takes calls and
       * never gets one: nobody can be called back on it.
       */
      looksLike: 'phone' | 'email' | 'nationalNumber' | 'foreign' | 'unclear' | 'service';
      /** The service line typed, in E.164 (only with 'service'): which one it is ("is it ours?"). */
      number?: string;
    };

/** Separators people type inside phone numbers: spaces, dots, slashes, dashes, brackets. */
const SEPARATORS = /[\s./\-()]/g;

/**
 * A phone number in E.164 (`+32470123456`). Belgian numbers are checked by their own plan:
 * mobiles have 9 digits after the country code and start with 45–49; landlines have 8 (Liège's
 * start with 4, but never with the mobile prefixes 45–49, so "0470 12 34 5" is a mobile missing a
 * digit). Other countries get the general E.164 rule (country code not 0, 8 to 15 digits in all).
 */
const E164 = z
  .string()
  .regex(/^\+[1-9]\d{7,14}$/)
  .refine((n) => !n.startsWith('+32') || /^\+32(4[5-9]\d{7}|4[0-4]\d{6}|[1-35-9]\d{7})$/.test(n));

/** Belgian free (0800) and premium (0900–0909) lines: numbers one calls, never one that is called back. */
const SERVICE_LINE = /^\+32(?:800|90\d)\d{5}$/;

/** An e-mail address as zod checks it; at most 254 characters (RFC 5321 path limit). */
const EMAIL = z.email().max(254);

/**
 * Reads a phone number or e-mail address as people type it: "0470 12 34 56", "0470.12.34.56",
 * "+32 (0)470 12 34 56", "0032 470 12 34 56", "+31 6 12345678", "Naam@Voorbeeld.be ", a number
 * written out ("nul vier zeven …") or an address read aloud ("jan at gmail dot com"). Phone numbers
 * come back in E.164, e-mail addresses trimmed with the domain in lower case.
 */
export function understandContact(text: string): ContactResult {
  // "jan at gmail dot com", "an apestaartje telenet punt be", "jan @ gmail . com": written out first.
  const written = writtenAddress(text);
  if (written !== text) return understandContact(written);
  const whole = understandWhole(text);
  if (whole.ok) return whole;
  // "mijn gsm is 0470 12 34 56", "mail naar an@voorbeeld.be aub": the number or address inside.
  // Only one: "0470 12 34 56 of 09 123 45 67" leaves the choice to the user. A date typed beside
  // it ("op 14/12/2026") is no second number.
  const candidates = [...text.matchAll(/\S+@\S+|(?:\+|\b)[\d(][\d\s./\-()]{6,}\d/gu)]
    .map((m) => {
      const said = m[0].replace(/[.,;:!?)]+$/u, '');
      return withoutTimeAround(said, text.slice(0, m.index), text.slice(m.index + said.length));
    })
    .filter((c) => !TIME_OR_DATE.test(c));
  const inside = candidates.length === 1 ? candidates[0] : undefined;
  if (inside) {
    const found = understandWhole(inside);
    if (found.ok) return found.kind === 'phone' ? { ...found, said: inside } : found;
    if (found.looksLike === 'nationalNumber' || found.looksLike === 'service') return found;
  }
  const found = phoneBesideEmail(candidates) ?? whole;
  if (found.ok) return found;
  // "nul vier zeven nul twaalf …", "mijn nummer is nul vier …": a number written out, as speech-to-text may.
  const digits = digitsSpelled(text);
  const spelled = digits === undefined ? undefined : understandWhole(digits);
  return spelled?.ok ? spelled : found;
}

/** "14.30", "14:30", "14h30", "4/12", "14-12-2026": a time or a date, never part of a number. */
const TIME_OR_DATE = /^(?:\d{1,2}[.:h]\d{2}|\d{1,2}[/.-]\d{1,2}(?:[/.-](?:\d{2}|\d{4}))?)$/u;

/**
 * A number with a time or date typed next to it, only a space between ("0470 12 34 56 14u",
 * "0470123456 12 december", "4/12 0470 12 34 56"): without the groups at either end that are that
 * time or date. A group of one or two digits counts only with a word of time right after it (an
 * hour unit, am/pm, a month: "14u", "12 december") or before it ("om 10 0470 …"), so a mistyped
 * number ("0470 12 34 56 7") is never cut into another valid one.
 */
function withoutTimeAround(candidate: string, before: string, after: string): string {
  const groups = candidate.split(/\s+/u);
  if (groups.length < 2 || understandWhole(candidate).ok) return candidate;
  const firstAfter = toTokens(after, shippedWhenVocabulary())[0];
  const timeAfter = firstAfter?.kind === 'word' && ['hourUnit', 'meridiem', 'month', 'ordinal'].includes(firstAfter.meaning?.kind ?? '');
  const lastBefore = toTokens(before, shippedWhenVocabulary()).at(-1);
  const timeBefore = lastBefore?.kind === 'word' && lastBefore.meaning !== undefined;
  const short = (group: string | undefined) => group !== undefined && /^\d{1,2}$/u.test(group);
  let first = 0;
  let last = groups.length;
  if (TIME_OR_DATE.test(groups[last - 1] ?? '') || (short(groups[last - 1]) && timeAfter)) last--;
  if (TIME_OR_DATE.test(groups[0] ?? '') || (short(groups[0]) && timeBefore)) first++;
  const kept = groups.slice(first, last).join(' ');
  return kept !== '' && understandWhole(kept).ok ? kept : candidate;
}

/**
 * "0478 12 34 56 of jolien@voorbeeld.be": one phone number and one e-mail address. The number is
 * the contact and the address goes with it; an address that cannot be read never costs the number.
 */
function phoneBesideEmail(candidates: readonly string[]): ContactResult | undefined {
  const numbers = candidates.filter((c) => !c.includes('@'));
  const addresses = candidates.filter((c) => c.includes('@'));
  const [number] = numbers;
  if (numbers.length !== 1 || addresses.length !== 1 || number === undefined) return undefined;
  const phone = understandWhole(number);
  if (!phone.ok) return undefined;
  const email = understandWhole(addresses[0] ?? '');
  return email.ok ? { ...phone, email: email.value } : phone;
}

function understandWhole(text: string): ContactResult {
  const trimmed = text.trim();
  if (trimmed.includes('@')) {
    const at = trimmed.lastIndexOf('@');
    // "an@gmail,com": a comma typed for the dot before the end of the domain.
    const domain = trimmed
      .slice(at + 1)
      .toLowerCase()
      .replace(/,(?=[a-z]{2,}$)/u, '.');
    const email = `${trimmed.slice(0, at)}@${domain}`;
    return EMAIL.safeParse(email).success ? { ok: true, kind: 'email', value: email } : { ok: false, looksLike: 'email' };
  }
  if (!/^[+\d\s./\-()]+$/.test(trimmed) || !/\d/.test(trimmed)) {
    // Letters among digits ("0470 12 34 5x") are a mistyped phone number, not an e-mail.
    return { ok: false, looksLike: /\d{3}/.test(trimmed) ? 'phone' : 'unclear' };
  }
  const digits = trimmed.replace(SEPARATORS, '');
  if (/^[1-9]\d{10}$/.test(digits)) return { ok: false, looksLike: 'nationalNumber' };
  const phone = toE164(trimmed);
  if (phone && E164.safeParse(phone).success) {
    return SERVICE_LINE.test(phone) ? { ok: false, looksLike: 'service', number: phone } : { ok: true, kind: 'phone', value: phone };
  }
  // Ten digits from a 0 that is no 04: a Belgian number has nine, or ten as a mobile (04…).
  return { ok: false, looksLike: /^0[1-35-9]\d{8}$/.test(digits) ? 'foreign' : 'phone' };
}

/** The dot of a domain said as a word ("punt", "point", "dot"), or typed with spaces around it. */
const SPOKEN_DOT = /\s*\.\s*|\s+(?:dot|punt|point)\s+/giu;

/**
 * An address as speech-to-text writes it, or typed with spaces: the @ said ("at", "apestaart(je)",
 * "arobase") after a name whose dots may be said too ("karim punt b"), before a domain whose dots
 * are said ("gmail dot com", "telenet punt be") or typed ("gmail.com"); or an @ and dots with
 * spaces around them ("jan @ gmail . com"). The domain ends in letters ("om 10 at 10.30" is no
 * address), and a said @ never takes a sentence's full stop for a dot ("I'm at home. Call me").
 */
const ADDRESSES_SAID = [
  /((?:[^\s@]+\s+(?:dot|punt|point)\s+)*[^\s@]+)\s+(?:at|apestaart(?:je)?|arobase|arrobase)\s+([a-z0-9-]+(?:(?:\.|\s+(?:dot|punt|point)\s+)[a-z0-9-]+)+)/iu,
  /([^\s@]+)\s*@\s*([a-z0-9-]+(?:\s*\.\s*[a-z0-9-]+)+)/iu,
];

/** `text` with a spoken or spaced address in it written as an address; else `text` itself. */
function writtenAddress(text: string): string {
  for (const pattern of ADDRESSES_SAID) {
    const found = pattern.exec(text);
    const [said, name, domain] = found ?? [];
    if (!found || said === undefined || name === undefined || domain === undefined || !/\s/u.test(said)) continue;
    const written = `${name.replace(SPOKEN_DOT, '.')}@${domain.replace(SPOKEN_DOT, '.')}`;
    if (/\.[a-z]{2,}$/iu.test(written)) return `${text.slice(0, found.index)}${written}${text.slice(found.index + said.length)}`;
  }
  return text;
}

/** "+32 (0)470…", "0032 470…", "0470…" → "+32470…"; undefined when the shape is not a number. */
function toE164(typed: string): string | undefined {
  // "(0)" after a country code is the trunk prefix that is dialled only at home.
  const compact = typed.replace(/\(0\)/g, '').replace(SEPARATORS, '');
  if (!/^\+?\d+$/.test(compact)) return undefined;
  let international: string;
  if (compact.startsWith('+')) international = compact.slice(1);
  else if (compact.startsWith('00')) international = compact.slice(2);
  else if (compact.startsWith('0')) international = `32${compact.slice(1)}`;
  else return undefined;
  // "+32 0470 …": people often keep the trunk 0 after the Belgian country code.
  if (international.startsWith('320')) international = `32${international.slice(3)}`;
  return `+${international}`;
}

/** Belgian zones with a one-digit area code (Brussels, Antwerp, Liège, Ghent); the others have two. */
const ONE_DIGIT_ZONES = /^[2349]$/;

/**
 * A phone number as people here write it: a Belgian one in the national form ("+32470123456" →
 * "0470 12 34 56", "+3292101010" → "09 210 10 10"), any other as stored. For what the user reads
 * back; E.164 stays what is stored and dialled.
 */
export function phoneForDisplay(e164: string): string {
  if (!/^\+32\d{8,9}$/.test(e164)) return e164;
  const national = `0${e164.slice(3)}`;
  if (national.length === 10) return `${national.slice(0, 4)} ${national.slice(4, 6)} ${national.slice(6, 8)} ${national.slice(8)}`;
  return ONE_DIGIT_ZONES.test(national.charAt(1))
    ? `${national.slice(0, 2)} ${national.slice(2, 5)} ${national.slice(5, 7)} ${national.slice(7)}`
    : `${national.slice(0, 3)} ${national.slice(3, 5)} ${national.slice(5, 7)} ${national.slice(7)}`;
}

/** Fewer words than this never spell a phone number ("nul vier zeven" is no number to call). */
const MIN_SPELLED_WORDS = 4;
/** At most this many words before a number written out: its intro ("mijn gsm-nummer is"). */
const MAX_WORDS_BEFORE_SPELLED = 4;

/**
 * The digits a number written out in words gives ("nul vier zeven nul twaalf vierendertig
 * zesenvijftig", "zero quatre sept zero douze trente-quatre…"), digits typed among them kept
 * ("0470 twaalf …"); undefined when any word is no number from 0 to 99.
 */
export function digitsSpelled(text: string): string | undefined {
  const all = tokens(text);
  // "mijn nummer is nul vier zeven …": a few words before the number are its intro.
  const first = all.findIndex((word, at) => /^\d+$/u.test(word) || numberAt(all, at) !== undefined);
  if (first < 0 || first > MAX_WORDS_BEFORE_SPELLED) return undefined;
  const words = all.slice(first);
  if (words.length < MIN_SPELLED_WORDS) return undefined;
  let digits = '';
  for (let at = 0; at < words.length;) {
    const word = words[at] ?? '';
    if (/^\d+$/u.test(word)) {
      digits += word;
      at++;
      continue;
    }
    const number = numberAt(words, at);
    if (!number || !Number.isInteger(number.value) || number.value < 0 || number.value > 99) return undefined;
    digits += String(number.value);
    at += number.length;
  }
  return digits;
}
