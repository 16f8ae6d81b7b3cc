import { describe, expect, it } from 'vitest';
import { Chat } from '../../support/converse.js';

/* A number and an e-mail address typed early, one after the other: both are kept for the booking. */

const DATE = '2026-11-26';

describe('BookIntakeDialog: a number and an e-mail address typed before the contact question', () => {
  it.each([
    ['nl', ['0470 12 34 56', 'an@voorbeeld.be'], 'Voor: An, 0470 12 34 56, an@voorbeeld.be'],
    ['fr', ['an@exemple.be', '0470 12 34 56'], 'Pour : An, 0470 12 34 56, an@exemple.be'],
  ])('When %s %j are typed one after the other early, Then the summary has both', async (locale, early, who) => {
    const chat = await Chat.start({ date: DATE, locale });
    for (const said of ['hallo', 'Afspraak maken', ...early, '9000', '1', '1', '1']) await chat.says(said);
    const summary = await chat.says('An');
    expect(summary.map((m) => m.text).join('\n')).toContain(who);
  });
});
