import { describe, expect, it } from 'vitest';
import { afterCorrection } from '../../src/understanding/text.js';

const CORRECTIONS = ['nee sorry', 'ik bedoel', 'nee wacht', 'je veux dire', 'no sorry', 'i mean'];

describe('afterCorrection', () => {
  it.each([
    ['Brussel, nee sorry, ik woon in Namen', 'ik woon in Namen'],
    ['Brussels, no sorry, I moved to Namur last month', 'I moved to Namur last month'],
    ['gent ik bedoel namen', 'namen'],
    ['Leuven... nee, wacht: Luik', 'Luik'],
    ['Gand, je veux dire Bruges', 'Bruges'],
    // The last correction counts.
    ['Gent, nee sorry, Brugge, ik bedoel Kortrijk', 'Kortrijk'],
  ])('When "%s" is typed, Then the answer is "%s"', (typed, answer) => {
    expect(afterCorrection(typed, CORRECTIONS)).toBe(answer);
  });

  it.each([
    // Nothing follows: the words are the answer themselves ("nee sorry" to a yes/no question).
    'nee sorry',
    // Inside other words, or another form of the verb: no correction.
    'ik weet niet wat je bedoelt',
    'Vlaanderen',
    'mean streets',
  ])('When "%s" is typed, Then it is read whole', (typed) => {
    expect(afterCorrection(typed, CORRECTIONS)).toBe(typed);
  });
});
