import { describe, expect, it } from 'vitest';
import { Chat } from '../../support/converse.js';

/** Thursday; with 24 hours' notice the first free slot is Friday 27 November at noon. */
const DATE = '2026-11-26';

describe('BookIntakeDialog: only the first name is kept, as the privacy note says', () => {
  it('When "dirk peeters" is typed at "Wat is je voornaam?", Then the summary says "Voor: Dirk", never the family name', async () => {
    const chat = await Chat.start({ date: DATE });
    for (const text of ['hallo', 'Afspraak maken', 'gent', 'gent', 'ter plaatse', '1']) await chat.says(text);
    expect(chat.received.at(-1)?.text).toBe('Wat is je voornaam?');
    await chat.says('dirk peeters');
    const summary = await chat.says('dirk@example.com');
    expect(summary[0]?.text).toContain('Voor: Dirk, dirk@example.com');
    expect(chat.received.map((m) => m.text).join('\n')).not.toMatch(/peeters/i);
  });
});
