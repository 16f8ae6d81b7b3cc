import { describe, expect, it } from 'vitest';
import { contactSegments, fromMarkdown, toMarkdown } from '../../src/channels/text.js';

describe('phone numbers and web addresses in text', () => {
  it("When text names VDAB's number and site, Then each becomes a segment with its link and the rest stays text", () => {
    expect(contactSegments('Kijk op vdab.be/loopbaancheques of bel gratis 0800 30 700.')).toStrictEqual([
      { kind: 'text', text: 'Kijk op ' },
      { kind: 'web', text: 'vdab.be/loopbaancheques', href: 'https://vdab.be/loopbaancheques' },
      { kind: 'text', text: ' of bel gratis ' },
      { kind: 'phone', text: '0800 30 700', href: 'tel:080030700' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('When Belgian numbers are written in the usual ways, Then every one is found with its digits', () => {
    const hrefs = (text: string) => contactSegments(text).flatMap((s) => (s.kind === 'phone' ? [s.href] : []));
    expect(hrefs('Bel 09 123 45 67, 0470/12.34.56, +32 2 508 38 11 of +32470123456.')).toEqual([
      'tel:091234567',
      'tel:0470123456',
      'tel:+3225083811',
      'tel:+32470123456',
    ]);
  });

  it('When text has times, dates, postcodes, codes or an e-mail address, Then nothing there is a link', () => {
    for (const text of [
      'Van 8.00 uur tot 16.30 uur.',
      'Op 01.12.2026 10 uur.',
      'Postcode 9000, code K7M3QX.',
      'Mail naar info@vdab.be.',
      'Dat kost 1.000 euro.',
    ]) {
      expect(contactSegments(text), text).toStrictEqual([{ kind: 'text', text }]);
    }
  });

  it('When an address has a scheme or ends a sentence, Then the scheme stays and the full stop is not part of it', () => {
    expect(contactSegments('Zie https://www.vdab.be/loopbaancheques.')[1]).toStrictEqual({
      kind: 'web',
      text: 'https://www.vdab.be/loopbaancheques',
      href: 'https://www.vdab.be/loopbaancheques',
    });
  });
});

describe('Markdown for channels that show links', () => {
  it('When text has lines, a list and Markdown characters, Then each line stays a line and every character shows as written', () => {
    const text = 'Deze uren zijn vrij:\n1. donderdag om 10.00 uur\n- *Jan_de* [test] # 5\nWelk uur past voor jou?';
    const markdown = toMarkdown(text);
    expect(markdown).toBe(
      'Deze uren zijn vrij:\n\n1\\. donderdag om 10.00 uur\n\n\\- \\*Jan\\_de\\* \\[test\\] # 5\n\nWelk uur past voor jou?',
    );
    expect(fromMarkdown(markdown)).toBe(text);
  });

  it('When a blank line or a backslash is in the text, Then the round trip keeps it', () => {
    const text = 'Een\n\nTwee \\ drie. Bel 0800 30 700.';
    expect(fromMarkdown(toMarkdown(text))).toBe(text);
  });
});
