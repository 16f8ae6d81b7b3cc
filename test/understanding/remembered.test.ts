import { describe, expect, it } from 'vitest';
import { RecentAnswers, RecentAnswersPer } from '../../src/understanding/remembered.js';

describe('RecentAnswers', () => {
  it('When several readers ask the same of one message, Then it is read once, an answer of undefined included', () => {
    const answers = new RecentAnswers<string | undefined>();
    const read: string[] = [];
    const reading = (text: string) => {
      read.push(text);
      return text.startsWith('ja') ? 'yes' : undefined;
    };
    expect(answers.of('ja graag', reading)).toBe('yes');
    expect(answers.of('ja graag', reading)).toBe('yes');
    expect(answers.of('misschien', reading)).toBeUndefined();
    expect(answers.of('misschien', reading)).toBeUndefined();
    expect(read).toEqual(['ja graag', 'misschien']);
  });

  it('When more messages come than it keeps, Then it starts over and every answer is still right', () => {
    const answers = new RecentAnswers<number>(3);
    let reads = 0;
    const length = (text: string) => {
      reads++;
      return text.length;
    };
    for (const text of ['a', 'bb', 'ccc', 'dddd', 'a', 'bb']) expect(answers.of(text, length)).toBe(text.length);
    // 'a' and 'bb' were read again after the fourth message emptied it.
    expect(reads).toBe(6);
    expect(answers.of('bb', length)).toBe(2);
    expect(reads).toBe(6);
  });
});

describe('RecentAnswersPer', () => {
  it('When one text is read against two word lists, Then each list has its own answer', () => {
    const answers = new RecentAnswersPer<readonly string[], boolean>();
    const yes = ['ja', 'yes'];
    const no = ['nee', 'no'];
    expect(answers.of(yes, 'ja', (t) => yes.includes(t))).toBe(true);
    expect(answers.of(no, 'ja', (t) => no.includes(t))).toBe(false);
    expect(answers.of(yes, 'ja', () => false)).toBe(true);
  });
});
