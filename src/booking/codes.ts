import { randomInt } from 'node:crypto';

/** No 0/O, 1/I/L: letters people mix up when they read a code aloud or type it from a screen. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 6;

/** A random booking code such as `K7M3QX` (31^6 ≈ 887 million codes; stores retry on a clash). */
export function newBookingCode(random: (max: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[random(CODE_ALPHABET.length)];
  return code;
}

/** What a user typed as a code, tidied: upper case, no spaces or dashes; O→0 is not guessed. */
export function normalizeCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s.-]/g, '');
}

/** True when `text` has the shape of a booking code. */
export function looksLikeCode(text: string): boolean {
  return new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`).test(normalizeCode(text));
}
