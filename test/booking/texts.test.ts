import { describe, expect, it } from 'vitest';
import { bookingText, formatTime } from '../../src/booking/texts.js';

describe('bookingText', () => {
  it('When a booking text has placeholders, Then they are filled in the given language', () => {
    expect(bookingText('nl', 'ics.description', { centre: 'Loopbaan & Co <Gent>', code: 'K7M3QX' })).toBe(
      'Afspraak bij Loopbaan & Co <Gent>. Je code is K7M3QX. Kun je niet komen? Zeg het aan Loopbaanbot of aan het centrum.',
    );
  });

  it('When a nested key is asked in French, Then the French text comes back', () => {
    expect(bookingText('fr', 'mode.online')).not.toBe(bookingText('nl', 'mode.online'));
    expect(bookingText('nl', 'mode.in_person')).toBe('op het centrum');
  });

  it('When a value is not given, Then its placeholder stays visible instead of vanishing', () => {
    expect(bookingText('nl', 'reminder', { centre: 'Gent', time: '10.30 uur' })).toBe(
      'Morgen heb je een afspraak bij Gent, om 10.30 uur. Je code is {{code}}.',
    );
  });

  it('When the key does not exist or names a group, Then it throws with the key', () => {
    expect(() => bookingText('nl', 'centreMail.nothing')).toThrow('missing booking text nl:centreMail.nothing');
    expect(() => bookingText('en', 'mode')).toThrow('missing booking text en:mode');
  });
});

describe('formatTime', () => {
  it('When a slot starts at 09:30 UTC in winter, Then Dutch reads the Brussels time', () => {
    expect(formatTime('2026-12-03T09:30:00.000Z', 'nl')).toBe('10.30 uur');
  });
});
