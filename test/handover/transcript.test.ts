import { afterAll, describe, expect, it } from 'vitest';
import { fixedDateClock } from '../../src/domain/calendar.js';
import type { TranscriptLine } from '../../src/handover/model.js';
import {
  MemoryTranscriptRecorder,
  RedisTranscriptRecorder,
  TRANSCRIPT_LINES,
  type TranscriptRecorder,
} from '../../src/handover/transcript.js';
import { redisTest } from '../support/redis.js';

const redis = redisTest();
afterAll(() => redis.cleanup());

const line = (n: number): TranscriptLine => ({
  from: n % 2 ? 'user' : 'bot',
  text: `regel ${n}`,
  at: `2026-11-26T10:00:${String(n % 60).padStart(2, '0')}.000Z`,
});

/** The same cases for every recorder: what staff see at a handover, and what "vergeet mij" drops. */
const implementations: [string, boolean, () => TranscriptRecorder][] = [
  ['memory', true, () => new MemoryTranscriptRecorder(fixedDateClock('2026-11-26'))],
  ['redis', redis.available, () => new RedisTranscriptRecorder(redis.client(), `${redis.prefix}${Math.random().toString(36).slice(2)}:`)],
];

for (const [name, available, make] of implementations) {
  describe.skipIf(!available)(`${name} transcript recorder`, () => {
    it('When more lines come than are kept, Then the latest ones come back, oldest first', async () => {
      const recorder = make();
      for (let n = 1; n <= TRANSCRIPT_LINES + 3; n++) await recorder.add('test:conv-1', line(n));
      const recent = await recorder.recent('test:conv-1');
      expect(recent).toHaveLength(TRANSCRIPT_LINES);
      expect(recent[0]).toEqual(line(4));
      expect(recent.at(-1)).toEqual(line(TRANSCRIPT_LINES + 3));
    });

    it('When several lines come in one add, Then they are kept in order and capped like single ones', async () => {
      const recorder = make();
      await recorder.add('test:conv-1', line(1));
      await recorder.add('test:conv-1');
      await recorder.add('test:conv-1', ...Array.from({ length: TRANSCRIPT_LINES + 1 }, (_, i) => line(i + 2)));
      const recent = await recorder.recent('test:conv-1');
      expect(recent).toHaveLength(TRANSCRIPT_LINES);
      expect(recent[0]).toEqual(line(3));
      expect(recent.at(-1)).toEqual(line(TRANSCRIPT_LINES + 2));
    });

    it('When a conversation is forgotten, Then its lines are gone and another conversation keeps its own', async () => {
      const recorder = make();
      await recorder.add('test:conv-1', line(1));
      await recorder.add('test:conv-2', line(2));
      await recorder.forget('test:conv-1');
      expect(await recorder.recent('test:conv-1')).toEqual([]);
      expect(await recorder.recent('test:conv-2')).toEqual([line(2)]);
      // Forgetting again (or a conversation never seen) is harmless.
      await recorder.forget('test:conv-1');
      await recorder.forget('test:never');
    });
  });
}
