import { describe, expect, it } from 'vitest';
import type { Clock } from '../../src/domain/calendar.js';
import type { ReachCounter } from '../../src/staff/reach.js';

/** What every ReachCounter must do; `make` returns an empty counter on the given clock. */
export function describeReachCounterContract(name: string, make: (clock: Clock) => Promise<ReachCounter>): void {
  describe(`${name} (ReachCounter contract)`, () => {
    it('When events are recorded, Then they are counted per week, event, channel group and language', async () => {
      let now = new Date('2026-11-26T10:00:00+01:00');
      const counter = await make({ now: () => now });
      await counter.record('conversation', { channel: 'directline', locale: 'nl' });
      await counter.record('conversation', { channel: 'webchat', locale: 'nl' });
      await counter.record('conversation', { channel: 'whatsapp', locale: 'fr' });
      await counter.record('handover', { channel: 'whatsapp', locale: 'fr' });
      now = new Date('2026-12-01T10:00:00+01:00');
      await counter.record('eligible', { channel: 'msteams', locale: 'en' });

      const counts = await counter.counts(3);

      expect(counts.sort((a, b) => `${a.week}${a.event}${a.channel}`.localeCompare(`${b.week}${b.event}${b.channel}`))).toEqual([
        { week: '2026-W48', event: 'conversation', channel: 'webchat', locale: 'nl', count: 2 },
        { week: '2026-W48', event: 'conversation', channel: 'whatsapp', locale: 'fr', count: 1 },
        { week: '2026-W48', event: 'handover', channel: 'whatsapp', locale: 'fr', count: 1 },
        { week: '2026-W49', event: 'eligible', channel: 'msteams', locale: 'en', count: 1 },
      ]);
      expect((await counter.counts(1)).map((c) => c.week)).toEqual(['2026-W49']);
    });

    it('When an unknown channel counts, Then it is folded into "other"', async () => {
      const counter = await make({ now: () => new Date('2026-11-26T10:00:00+01:00') });
      await counter.record('booking', { channel: 'something-new', locale: 'nl' });
      expect(await counter.counts(1)).toEqual([{ week: '2026-W48', event: 'booking', channel: 'other', locale: 'nl', count: 1 }]);
    });
  });
}
