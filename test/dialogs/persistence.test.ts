import { afterAll, describe, it } from 'vitest';
import { RedisStorage } from '../../src/storage/redisStorage.js';
import { converse, type Line } from '../support/converse.js';
import { redisTest } from '../support/redis.js';

const redis = redisTest();

const explanation: Line[] = [
  ['bot', /^Met een loopbaancheque/],
  ['bot', /^Nu krijg je één loopbaancheque/],
  ['bot', /^Deze regeling loopt tot 31 december 2026\./],
  ['bot', 'Was dit duidelijk?', ['Ja', 'Nee', 'Meer uitleg']],
];

describe.skipIf(!redis.available)('a conversation kept in Redis', () => {
  afterAll(() => redis.cleanup());

  it('When the bot restarts in the middle of a question, Then the user goes on where they were', async () => {
    const options = { conversationId: 'restart-1', userId: 'user-restart' };
    const storageOf = () => new RedisStorage(redis.client(), { prefix: redis.prefix, ttlSeconds: 600 });
    await converse(
      [
        ['user', 'hallo'],
        ['bot', /^Hallo!/],
        ['bot', 'Waar kan ik je mee helpen?', ['Wat is een loopbaancheque?', 'Kan ik er een krijgen?', 'Afspraak maken', 'Meer']],
        ['user', 'wat is een loopbaancheque'],
        ...explanation,
      ],
      { ...options, storage: storageOf() },
    );
    // A new bot instance (as after a deploy) with nothing in memory, on the same Redis.
    await converse(
      [
        ['user', 'nee'],
        ['bot', 'Wat wil je: een eenvoudiger uitleg, of met iemand praten?', ['Eenvoudiger uitleg', 'Met iemand praten']],
        ['user', 'terug'],
        ...explanation,
      ],
      { ...options, storage: storageOf() },
    );
  });
});
