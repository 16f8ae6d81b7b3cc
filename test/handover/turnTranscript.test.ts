import { afterAll, describe, expect, it } from 'vitest';
import { ActivityTypes, TestAdapter, TurnContext, type Activity } from 'botbuilder';
import type { Clock } from '../../src/domain/calendar.js';
import type { TranscriptLine } from '../../src/handover/model.js';
import {
  MemoryTranscriptRecorder,
  RedisTranscriptRecorder,
  TRANSCRIPT_LINES,
  TRANSCRIPT_TTL_MS,
  type TranscriptRecorder,
} from '../../src/handover/transcript.js';
import { TurnTranscript } from '../../src/handover/turnTranscript.js';
import { redisTest } from '../support/redis.js';
import { ChannelTestAdapter, handoverWorld } from './world.js';

const redis = redisTest();
afterAll(() => redis.cleanup());

/** The recorder as it is used: every call in order, with how many lines each add wrote. */
class CountingRecorder implements TranscriptRecorder {
  readonly calls: string[] = [];

  constructor(private readonly inner: TranscriptRecorder) {}

  add(userKey: string, ...lines: TranscriptLine[]): Promise<void> {
    this.calls.push(`add ${lines.length}`);
    return this.inner.add(userKey, ...lines);
  }

  recent(userKey: string): Promise<TranscriptLine[]> {
    this.calls.push('recent');
    return this.inner.recent(userKey);
  }

  forget(userKey: string): Promise<void> {
    this.calls.push('forget');
    return this.inner.forget(userKey);
  }

  adds(): number {
    return this.calls.filter((c) => c.startsWith('add')).length;
  }
}

const line = (n: number): TranscriptLine => ({
  from: n % 2 ? 'user' : 'bot',
  text: `regel ${n}`,
  at: `2026-11-26T10:00:${String(n % 60).padStart(2, '0')}.000Z`,
});

/** A user's turn in conversation `conv-1` of channel `test` (user key `test:conv-1`). */
function turn(): TurnContext {
  const activity = {
    type: ActivityTypes.Message,
    text: 'hallo',
    channelId: 'test',
    from: { id: 'user-1', name: 'user' },
    recipient: { id: 'bot', name: 'Loopbaanbot' },
    conversation: { id: 'conv-1', isGroup: false, conversationType: 'personal', name: '' },
    serviceUrl: 'https://test.example/',
  };
  return new TurnContext(new TestAdapter(), activity as Activity);
}

const USER_KEY = 'test:conv-1';

/** A clock that can be moved on, to see lines expire. */
function movingClock(): Clock & { advance(ms: number): void } {
  let now = Date.parse('2026-11-26T10:00:00Z');
  return { now: () => new Date(now), advance: (ms) => (now += ms) };
}

/** The same cases on every recorder: the turn changes when lines are written, never what is kept. */
const implementations: [string, boolean, (clock: Clock) => TranscriptRecorder][] = [
  ['memory', true, (clock) => new MemoryTranscriptRecorder(clock)],
  ['redis', redis.available, () => new RedisTranscriptRecorder(redis.client(), `${redis.prefix}${Math.random().toString(36).slice(2)}:`)],
];

for (const [name, available, make] of implementations) {
  describe.skipIf(!available)(`a turn's transcript on the ${name} recorder`, () => {
    it('When a turn adds lines one by one, Then nothing is written until it ends, and then everything in one add, in order', async () => {
      const recorder = new CountingRecorder(make(movingClock()));
      await recorder.add(USER_KEY, line(1));
      const transcript = TurnTranscript.of(turn(), recorder);

      for (const n of [2, 3, 4]) await transcript.add(line(n));
      expect(await recorder.recent(USER_KEY)).toEqual([line(1)]);
      await transcript.end();

      expect(recorder.adds()).toBe(2);
      expect(await recorder.recent(USER_KEY)).toEqual([1, 2, 3, 4].map(line));
    });

    it('When the transcript is read during the turn, Then the lines so far are in it, and later ones follow them', async () => {
      const recorder = make(movingClock());
      const transcript = TurnTranscript.of(turn(), recorder);
      await transcript.add(line(1), line(2));

      expect(await transcript.recent()).toEqual([line(1), line(2)]);

      await transcript.add(line(3));
      await transcript.end();
      expect(await recorder.recent(USER_KEY)).toEqual([1, 2, 3].map(line));
    });

    it('When the conversation is forgotten during the turn, Then its held lines and every later one stay unwritten', async () => {
      const recorder = new CountingRecorder(make(movingClock()));
      await recorder.add(USER_KEY, line(1));
      const transcript = TurnTranscript.of(turn(), recorder);
      await transcript.add(line(2));

      await transcript.forget();
      await transcript.add(line(3));
      await transcript.end();
      await transcript.add(line(4));

      expect(recorder.calls).toEqual(['add 1', 'forget']);
      expect(await recorder.recent(USER_KEY)).toEqual([]);
    });

    it('When a line comes after the turn ended (the apology of a failed turn), Then it is written at once', async () => {
      const recorder = new CountingRecorder(make(movingClock()));
      const transcript = TurnTranscript.of(turn(), recorder);
      await transcript.add(line(1));
      await transcript.end();

      await transcript.add(line(2));

      expect(recorder.calls).toEqual(['add 1', 'add 1']);
      expect(await recorder.recent(USER_KEY)).toEqual([line(1), line(2)]);
    });

    it('When one turn holds more lines than are kept, Then the latest ones are kept, and they expire like any', async () => {
      const clock = movingClock();
      const recorder = make(clock);
      const transcript = TurnTranscript.of(turn(), recorder);
      for (let n = 1; n <= TRANSCRIPT_LINES + 5; n++) await transcript.add(line(n));
      await transcript.end();

      const kept = await recorder.recent(USER_KEY);
      expect(kept).toHaveLength(TRANSCRIPT_LINES);
      expect(kept[0]).toEqual(line(6));
      if (recorder instanceof RedisTranscriptRecorder) {
        const ttl = await redis.client().pttl(`${(recorder as unknown as { prefix: string }).prefix}transcript:${USER_KEY}`);
        expect(ttl).toBeGreaterThan(TRANSCRIPT_TTL_MS - 60_000);
        expect(ttl).toBeLessThanOrEqual(TRANSCRIPT_TTL_MS);
      } else {
        clock.advance(TRANSCRIPT_TTL_MS);
        expect(await recorder.recent(USER_KEY)).toEqual([]);
      }
    });

    it('When the turn is asked for its transcript twice, Then both get the same one', () => {
      const context = turn();
      const recorder = make(movingClock());
      expect(TurnTranscript.of(context, recorder)).toBe(TurnTranscript.of(context, recorder));
    });
  });
}

/** The user's adapter, failing to deliver any message whose text contains `failOn`. */
class FailingChannel extends ChannelTestAdapter {
  failOn: string | undefined;

  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]) {
    if (this.failOn !== undefined && activities.some((a) => a.text?.includes(this.failOn ?? ''))) throw new Error('channel down');
    return super.sendActivities(context, activities);
  }
}

const said = (lines: TranscriptLine[]) => lines.map((l) => `${l.from}: ${l.text}`);

describe("the whole bot and the turn's transcript", () => {
  it('When the bot answers with several messages, Then the turn writes its lines once, in the order they were said', async () => {
    const transcripts = new CountingRecorder(new MemoryTranscriptRecorder());
    const world = await handoverWorld({ transcripts });
    const user = world.user('c1');

    await user.says('hallo');
    expect(transcripts.calls).toEqual(['add 3']);
    await user.says('Wat is een loopbaancheque?');
    expect(transcripts.adds()).toBe(2);

    const lines = said(await transcripts.recent(user.userKey));
    expect(lines.slice(0, 4)).toEqual([
      'user: hallo',
      'bot: Hallo! Ik ben Loopbaanbot van VDAB. Ik help je met de loopbaancheque.',
      'bot: Waar kan ik je mee helpen?',
      'user: Wat is een loopbaancheque?',
    ]);
    expect(lines.length).toBeGreaterThan(4);
  });

  it('When a case opens in the turn, Then the case has the lines of that turn so far, and the lines after it are kept too', async () => {
    const transcripts = new CountingRecorder(new MemoryTranscriptRecorder());
    const world = await handoverWorld({ transcripts });
    const user = world.user('c1');
    await user.says('hallo');
    await user.says('Met iemand praten');
    transcripts.calls.length = 0;

    await user.says('Nu chatten');

    const [opened] = await world.store.listOpen();
    expect(said(opened?.transcript ?? []).at(-1)).toBe('user: Nu chatten');
    // Written before the case read them, and the queue messages at the end of the turn.
    expect(transcripts.calls).toEqual(['add 1', 'recent', 'add 3']);
    expect(said(await transcripts.recent(user.userKey)).slice(-3)).toEqual([
      'bot: Ik zoek een medewerker voor je.',
      'bot: Typ gerust al je vraag. De medewerker leest die straks.',
      'bot: Je bent nummer 1 in de rij. Hoe lang het duurt, weet ik nog niet.',
    ]);
  });

  it('When the user asks to be forgotten, Then their transcript is gone and nothing of that turn is written after it', async () => {
    const transcripts = new CountingRecorder(new MemoryTranscriptRecorder());
    const world = await handoverWorld({ transcripts });
    const user = world.user('c1');
    await user.says('hallo');
    await user.says('vergeet mij');
    transcripts.calls.length = 0;

    const replies = await user.says('ja');

    expect(replies.length).toBeGreaterThan(0);
    expect(transcripts.calls).toEqual(['forget']);
    expect(await transcripts.recent(user.userKey)).toEqual([]);
  });

  it('When a turn fails halfway, Then the lines said before the failure still reach the transcript', async () => {
    const transcripts = new MemoryTranscriptRecorder();
    const users = new FailingChannel('test');
    const world = await handoverWorld({ transcripts, users });
    const user = world.user('c1');
    users.failOn = 'Waar kan ik je mee helpen?';

    await expect(user.says('hallo')).rejects.toThrow('channel down');

    expect(said(await transcripts.recent(user.userKey)).slice(0, 2)).toEqual([
      'user: hallo',
      'bot: Hallo! Ik ben Loopbaanbot van VDAB. Ik help je met de loopbaancheque.',
    ]);
  });
});
