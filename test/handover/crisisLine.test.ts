import { describe, expect, it } from 'vitest';
import { crisisLineFor, loadCrisisLine } from '../../src/handover/crisisLine.js';

describe('crisis line', () => {
  const shipped = loadCrisisLine();

  it.each([
    ['nl', 'Tele-Onthaal', '106'],
    ['en', 'Tele-Onthaal', '106'],
    ['fr', 'Télé-Accueil', '107'],
  ] as const)('When someone in distress chats in %s, Then the line is %s on %s', (locale, name, phone) => {
    expect(crisisLineFor(shipped, locale)).toEqual({ name, phone });
  });

  it('When a line of a language has no number or no source, Then the data is refused at start-up', () => {
    const main = { name: 'Tele-Onthaal', phone: '106', sources: ['https://www.tele-onthaal.be'] };
    expect(() => loadCrisisLine({ ...main, byLanguage: { fr: { name: 'Télé-Accueil', phone: '', sources: [] } } })).toThrow(
      /Invalid crisis line data/,
    );
    expect(() => loadCrisisLine({ ...main, byLanguage: { de: main } })).toThrow(/Invalid crisis line data/);
  });
});
