import { afterAll, describe, expect, it } from 'vitest';
import { rehearsals, rehearse } from '../../src/bot/rehearsal.js';
import { loadConfig } from '../../src/config.js';
import { fixedDateClock } from '../../src/domain/calendar.js';
import { ChequeRules } from '../../src/domain/chequeRegimes.js';
import { loadVdabContact } from '../../src/domain/vdabContact.js';
import { createI18n } from '../../src/i18n/i18n.js';
import { silentLogger } from '../../src/observability/logger.js';
import { rehearsalBot, startBot } from '../../src/runtime.js';
import { redisTest } from '../support/redis.js';

const redis = redisTest();
const clock = fixedDateClock('2026-12-03');

describe('the rehearsal before the bot listens', () => {
  it('When it rehearses, Then every message is answered, and the long story at the menu starts the check in its own language', async () => {
    const i18n = await createI18n();
    const planned = rehearsals(i18n);
    const turns = await rehearse(rehearsalBot({ i18n, rules: ChequeRules.load(), contact: loadVdabContact(), clock }), planned);

    expect(planned.map((r) => r.locale)).toEqual(['nl', 'fr', 'en']);
    expect(turns.map((t) => t.said)).toEqual(planned.flatMap((r) => r.lines));
    for (const turn of turns) expect(turn.answers.length, `"${turn.said.slice(0, 40)}…" is answered`).toBeGreaterThan(0);
    // The second message of each rehearsal is a long story: it ran the understanding of long text.
    for (const { locale, lines } of planned) {
      const story = turns.find((t) => t.said === lines[1]);
      expect(story?.said.length).toBeGreaterThan(2_000);
      expect(story?.answers[0], locale).toBe(i18n.t('checkEligibility:intro', { lng: locale }));
    }
  });

  describe.skipIf(!redis.available)('with Redis', () => {
    afterAll(() => redis.cleanup());

    const keysAfterStart = async (rehearse: 'on' | 'off'): Promise<string[]> => {
      const env = { ...redis.botEnv(), REDIS_KEY_PREFIX: `${redis.prefix}${rehearse}:` };
      const bot = await startBot(loadConfig({ PORT: '0', HOST: '127.0.0.1', REHEARSE: rehearse, ...env }), silentLogger, clock);
      await bot.stop(1_000);
      const keys = await redis.client().keys(`${env.REDIS_KEY_PREFIX}*`);
      return keys.map((k) => k.slice(env.REDIS_KEY_PREFIX.length)).sort();
    };

    it('When the bot starts with its rehearsal, Then Redis holds no key more than without it: nothing rehearsed is stored or counted', async () => {
      expect(await keysAfterStart('on')).toEqual(await keysAfterStart('off'));
    });
  });
});
