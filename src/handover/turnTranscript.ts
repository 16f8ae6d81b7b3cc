import { TurnContext } from '../bot/sdk.js';
import { userKeyOf, type TranscriptLine } from './model.js';
import type { TranscriptRecorder } from './transcript.js';

const TURN_TRANSCRIPT = Symbol('loopbaanbot.turnTranscript');

/**
 * The transcript lines of one turn (the user's message, the bot's replies), held in the turn and
 * written to the recorder in one add when the turn ends. A write per send was one Redis script
 * call per bot message, the most frequent command of a turn; now a turn writes once.
 *
 * What is kept does not change with that:
 * - lines arrive in the order they were added, bounded and expiring as the recorder keeps them;
 * - whoever reads the transcript during the turn (a handover case opened now, src/handover/service.ts)
 *   gets every line so far: `recent` writes the held lines first;
 * - after `forget` ("vergeet mij") the held lines are dropped and nothing more of this turn is
 *   written, not even the confirmation;
 * - lines added after `end` (the apology of a failed turn is sent after the bot's turn) are
 *   written at once, as every line used to be.
 *
 * One per turn, kept in `context.turnState`: the handover gate, the service and the eraser all
 * reach the same one through `TurnTranscript.of`.
 */
export class TurnTranscript {
  private held: TranscriptLine[] = [];
  private mode: 'hold' | 'direct' | 'forgotten' = 'hold';

  private constructor(
    private readonly recorder: TranscriptRecorder,
    private readonly userKey: string,
  ) {}

  /** The turn's transcript, made the first time it is asked for (for the turn's own conversation). */
  static of(context: TurnContext, recorder: TranscriptRecorder): TurnTranscript {
    const kept = context.turnState.get(TURN_TRANSCRIPT) as TurnTranscript | undefined;
    if (kept) return kept;
    const made = new TurnTranscript(recorder, userKeyOf(TurnContext.getConversationReference(context.activity)));
    context.turnState.set(TURN_TRANSCRIPT, made);
    return made;
  }

  /** Holds the lines until the turn ends (written at once after `end`, never after `forget`). */
  add(...lines: TranscriptLine[]): Promise<void> {
    if (lines.length === 0 || this.mode === 'forgotten') return Promise.resolve();
    if (this.mode === 'direct') return this.recorder.add(this.userKey, ...lines);
    this.held.push(...lines);
    return Promise.resolve();
  }

  /** The conversation's recent lines, this turn's included (held lines are written first). */
  async recent(): Promise<TranscriptLine[]> {
    await this.flush();
    return this.recorder.recent(this.userKey);
  }

  /**
   * The turn is over: the held lines go out in one add, and any later line is written at once.
   * Lines added while that add is under way are issued after it, so the order holds.
   */
  end(): Promise<void> {
    if (this.mode === 'hold') this.mode = 'direct';
    return this.flush();
  }

  /** "Vergeet mij": the held lines are dropped, the stored ones deleted, and the turn writes no more. */
  forget(): Promise<void> {
    this.mode = 'forgotten';
    this.held = [];
    return this.recorder.forget(this.userKey);
  }

  private flush(): Promise<void> {
    if (this.held.length === 0) return Promise.resolve();
    const lines = this.held;
    this.held = [];
    return this.recorder.add(this.userKey, ...lines);
  }
}
