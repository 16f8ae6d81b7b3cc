import { z } from 'zod/v4';

/**
 * What a typed phone number or e-mail address turned out to be. `email`: the e-mail address typed
 * beside the phone number ("0470 12 34 56 of an@voorbeeld.be"), kept too; only with `kind` 'phone'.
 */
export type ContactResult =
  | { ok: true; kind: 'phone' | 'email'; value: string; email?: string }
  | {
      ok: false;
      /**
       * What the text looked like, so the retry can say what to fix: 'nationalNumber' is a Belgian
       * rijksregisternummer (11 digits, no leading 0 or +), which the bot must not ask for or keep.
       */
      looksLike: 'phone' | 'email' | 'nationalNumber' | 'unclear';
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

/** An e-mail address as zod checks it; at most 254 characters (RFC 5321 path limit). */
const EMAIL = z.email().max(254);

/**
 * Reads a phone number or e-mail address as people type it: "0470 12 34 56", "0470.12.34.56",
 * "+32 (0)470 12 34 56", "0032 470 12 34 56", "+31 6 12345678", "Naam@Voorbeeld.be ". Phone numbers
 * come back in E.164, e-mail addresses trimmed with the domain in lower case.
 */
export function understandContact(text: string): ContactResult {
  const whole = understandWhole(text);
  if (whole.ok) return whole;
  // "mijn gsm is 0470 12 34 56", "mail naar an@voorbeeld.be aub": the number or address inside.
  // Only one: "0470 12 34 56 of 09 123 45 67" leaves the choice to the user.
  const candidates = [...text.matchAll(/\S+@\S+|(?:\+|\b)[\d(][\d\s./\-()]{6,}\d/gu)].map((m) => m[0].replace(/[.,;:!?)]+$/u, ''));
  const inside = candidates.length === 1 ? candidates[0] : undefined;
  if (inside) {
    const found = understandWhole(inside);
    if (found.ok || found.looksLike === 'nationalNumber') return found;
  }
  return phoneBesideEmail(candidates) ?? whole;
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
  return phone && E164.safeParse(phone).success ? { ok: true, kind: 'phone', value: phone } : { ok: false, looksLike: 'phone' };
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
