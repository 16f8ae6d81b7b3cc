import { describe, expect, it, vi } from 'vitest';
import type * as Corpus from '../../src/understanding/nlu/corpus.js';
import { detectOtherLanguage } from '../../src/understanding/languageDetect.js';
import { prepareUnderstanding } from '../../src/understanding/prepare.js';

// Counts how often the word lists of language detection are read from the corpus.
const reads = vi.hoisted(() => ({ corpus: 0 }));
vi.mock('../../src/understanding/nlu/corpus.js', async (importOriginal) => {
  const real = await importOriginal<typeof Corpus>();
  return {
    ...real,
    trainingCorpus: (...args: Parameters<typeof real.trainingCorpus>) => {
      reads.corpus++;
      return real.trainingCorpus(...args);
    },
  };
});

describe('understanding prepared at start-up', () => {
  it('When the process has prepared understanding, Then the first long message reads its language without building word lists', async () => {
    await prepareUnderstanding();
    const before = reads.corpus;
    expect(detectOtherLanguage('je voudrais savoir combien coûte un chèque carrière', 'nl')).toBe('fr');
    expect(reads.corpus).toBe(before);
  });
});
