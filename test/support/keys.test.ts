import { describe, expect, it } from 'vitest';
import { keysWithText, messageKeys } from './keys.js';

describe('reading messages back as keys (the transcript harness)', () => {
  it('When a message joins several templates, Then each key is found in order, placeholders matching any text', () => {
    expect(messageKeys('Je code: K7M3QX\nJe afspraak staat vast. Bewaar deze code.')).toEqual([
      ['bookIntake:confirmed.code'],
      ['bookIntake:confirmed.done'],
    ]);
  });

  it('When a message holds text no template explains, Then that part is reported, so a transcript cannot pass by accident', () => {
    expect(messageKeys('Dit zegt de bot nooit.')).toEqual([['?Dit zegt de bot nooit.']]);
  });

  it('When a template ends with a placeholder, Then it takes the rest of the line', () => {
    const [only, ...rest] = messageKeys('Wanneer: vrijdag 27 november om 12.00 uur');
    expect(rest).toEqual([]);
    expect(only).toContain('bookIntake:summary.when');
  });

  it('When a button title is a label, Then its keys are found, in French too', () => {
    expect(keysWithText('Afspraak maken')).toContain('menu.book');
    expect(keysWithText('Prendre rendez-vous', 'fr')).toContain('menu.book');
  });
});
