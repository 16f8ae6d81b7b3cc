import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { MemoryClarityCounter, RedisClarityCounter, type ClarityCounter } from '../../src/readability/clarity.js';
import { redisTest } from '../support/redis.js';

/** The same cases for every ClarityCounter. */
function describeClarityContract(name: string, create: () => ClarityCounter) {
  describe(`${name}: "Was dit duidelijk?" counts`, () => {
    let counter: ClarityCounter;
    beforeEach(() => {
      counter = create();
    });

    it('When nothing was answered, Then there are no counts', async () => {
      expect(await counter.counts()).toStrictEqual({});
    });

    it('When answers come in for two steps, Then each step has its own yes and no totals', async () => {
      await counter.record('explainCheque', 'yes');
      await counter.record('explainCheque', 'no');
      await counter.record('explainCheque', 'no');
      await counter.record('explainCheque.simple', 'yes');
      expect(await counter.counts()).toStrictEqual({ explainCheque: { yes: 1, no: 2 }, 'explainCheque.simple': { yes: 1, no: 0 } });
    });

    it('When many answers arrive at once, Then none is lost', async () => {
      await Promise.all(Array.from({ length: 50 }, (_, i) => counter.record('glossary:outplacement', i % 5 === 0 ? 'no' : 'yes')));
      expect(await counter.counts()).toStrictEqual({ 'glossary:outplacement': { yes: 40, no: 10 } });
    });
  });
}

describeClarityContract('MemoryClarityCounter', () => new MemoryClarityCounter());

const redis = redisTest();
let counters = 0;
describe.skipIf(!redis.available)('on Redis', () => {
  afterAll(() => redis.cleanup());
  describeClarityContract('RedisClarityCounter', () => new RedisClarityCounter(redis.client(), `${redis.prefix}c${++counters}:`));

  it('When an answer is counted, Then Redis holds only the step and the answer, nothing about the user', async () => {
    const prefix = `${redis.prefix}shape:`;
    await new RedisClarityCounter(redis.client(), prefix).record('explainCheque', 'yes');
    expect(await redis.client().hgetall(`${prefix}clarity`)).toStrictEqual({ 'explainCheque:yes': '1' });
  });
});
