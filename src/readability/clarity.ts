import type { Redis } from 'ioredis';
import { countInHash, type CountInHash } from '../storage/hashCounter.js';

export type ClarityAnswer = 'yes' | 'no';

/** Counts untouched for a year are dropped: every Redis key of the bot has a TTL. */
const CLARITY_TTL_SECONDS = 366 * 86_400;

/** "Was dit duidelijk?" answers of one step, counted over all users. */
export interface ClarityCount {
  yes: number;
  no: number;
}

/**
 * Counts "Was dit duidelijk?" answers per step (e.g. `explainCheque`), anonymously: no user or
 * conversation id is stored, only the step and the answer, so a confusing text can be found and
 * rewritten without knowing who found it confusing.
 */
export interface ClarityCounter {
  record(step: string, answer: ClarityAnswer): Promise<void>;
  /** Every step counted so far, with its totals. */
  counts(): Promise<Record<string, ClarityCount>>;
}

/** In-process counts: for local use and tests; lost on restart and not shared between instances. */
export class MemoryClarityCounter implements ClarityCounter {
  private readonly totals = new Map<string, ClarityCount>();

  async record(step: string, answer: ClarityAnswer): Promise<void> {
    const total = this.totals.get(step) ?? { yes: 0, no: 0 };
    total[answer]++;
    this.totals.set(step, total);
  }

  async counts(): Promise<Record<string, ClarityCount>> {
    return Object.fromEntries([...this.totals].map(([step, total]) => [step, { ...total }]));
  }
}

/**
 * Counts in one Redis hash (`<prefix>clarity`, fields `<step>:yes` / `<step>:no`), incremented
 * atomically with HINCRBY so any number of bot instances can count at once. It holds only totals,
 * nothing about a person; like every key it still expires, a year after the last answer.
 */
export class RedisClarityCounter implements ClarityCounter {
  private readonly key: string;
  private readonly count: CountInHash;

  constructor(
    private readonly client: Redis,
    prefix: string,
  ) {
    this.key = `${prefix}clarity`;
    this.count = countInHash(client);
  }

  async record(step: string, answer: ClarityAnswer): Promise<void> {
    await this.count(this.key, `${step}:${answer}`, CLARITY_TTL_SECONDS);
  }

  async counts(): Promise<Record<string, ClarityCount>> {
    const fields = await this.client.hgetall(this.key);
    const result: Record<string, ClarityCount> = {};
    for (const [field, value] of Object.entries(fields)) {
      const at = field.lastIndexOf(':');
      const step = field.slice(0, at);
      const answer = field.slice(at + 1);
      if (answer !== 'yes' && answer !== 'no') continue;
      (result[step] ??= { yes: 0, no: 0 })[answer] = Number(value);
    }
    return result;
  }
}
