import type { Intent } from './intents.js';

type Vector = Map<string, number>;

function trigrams(text: string): string[] {
  const padded = ` ${text} `;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3));
  return grams;
}

function norm(vector: Vector): number {
  let sum = 0;
  for (const value of vector.values()) sum += value * value;
  return Math.sqrt(sum);
}

/**
 * A second, independent opinion: character trigrams weighted by TF-IDF, compared by cosine with
 * every training sentence; an intent scores the cosine of its closest sentence. It reads text
 * differently from NLP.js (letters, not stems), so when both agree the answer is much more likely
 * right, and a low best cosine says "this is like nothing I was taught".
 */
export class TrigramClassifier {
  private readonly idf = new Map<string, number>();
  private readonly intents: Intent[] = [];
  private readonly norms: number[] = [];
  /** Per trigram the training sentences holding it, with its weight there: only those are visited. */
  private readonly postings = new Map<string, { example: number; weight: number }[]>();

  constructor(examples: readonly { text: string; intent: Intent }[]) {
    const documentFrequency = new Map<string, number>();
    const grams = examples.map((e) => trigrams(e.text));
    for (const list of grams) for (const gram of new Set(list)) documentFrequency.set(gram, (documentFrequency.get(gram) ?? 0) + 1);
    for (const [gram, df] of documentFrequency) this.idf.set(gram, Math.log((1 + examples.length) / (1 + df)) + 1);
    examples.forEach((example, index) => {
      const vector = this.vectorOf(grams[index] ?? []);
      this.intents.push(example.intent);
      this.norms.push(norm(vector));
      for (const [gram, weight] of vector) {
        const list = this.postings.get(gram) ?? [];
        list.push({ example: index, weight });
        this.postings.set(gram, list);
      }
    });
  }

  /** Per intent the cosine of its closest training sentence, best first. */
  classify(text: string): { intent: Intent; score: number }[] {
    const vector = this.vectorOf(trigrams(text));
    const length = norm(vector);
    const dots = new Float64Array(this.intents.length);
    for (const [gram, weight] of vector)
      for (const posting of this.postings.get(gram) ?? []) dots[posting.example] = (dots[posting.example] ?? 0) + weight * posting.weight;
    const best = new Map<Intent, number>();
    if (length > 0) {
      this.intents.forEach((intent, index) => {
        const exampleNorm = this.norms[index] ?? 0;
        const cosine = exampleNorm > 0 ? (dots[index] ?? 0) / (length * exampleNorm) : 0;
        if (cosine > (best.get(intent) ?? -1)) best.set(intent, cosine);
      });
    }
    return [...best].map(([intent, score]) => ({ intent, score })).sort((a, b) => b.score - a.score);
  }

  private vectorOf(grams: readonly string[]): Vector {
    const counts = new Map<string, number>();
    for (const gram of grams) counts.set(gram, (counts.get(gram) ?? 0) + 1);
    const vector: Vector = new Map();
    // Trigrams never seen in training carry no weight: they cannot match anything anyway.
    for (const [gram, count] of counts) {
      const idf = this.idf.get(gram);
      if (idf !== undefined) vector.set(gram, (1 + Math.log(count)) * idf);
    }
    return vector;
  }
}
