import { describe, expect, it } from 'vitest';
import { chatInBooking } from '../support/booking.js';
import { converse } from '../support/converse.js';
import { keysOf } from '../support/keys.js';
import { hello, toPerson } from '../support/lines.js';

/*
 * "via mijn zoon", "bel mijn dochter maar": where a number to reach one is asked, someone else is
 * the way, and that person's number will do. Before, "mijn zoon" was read as a wish for the check
 * ("De cheque is voor werknemers …") and the question came again as if nothing was said.
 */

const DATE = '2026-12-07';

describe('Reached through someone else, where a number is asked', () => {
  it.each([
    ['nl', 'via mijn zoon'],
    ['nl', 'ik heb geen gsm, bel mijn dochter'],
    ['fr', 'le numéro de mon fils'],
    ['en', 'through my daughter'],
    // Asked, not told: was "Ik zie je nummer niet".
    ['nl', 'kan ik mijn vrouw haar nummer geven'],
    ['nl', 'mag het nummer van mijn zoon?'],
    ['en', "can i give my wife's number?"],
  ] as const)(
    'When (%s) "%s" is typed at the contact question of a booking, Then that person\'s number will do, and a number typed then is taken',
    async (locale, said) => {
      const chat = await chatInBooking(DATE, locale, '9000', '1', '1', '1', 'Sam');
      expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:who.contact');
      const reply = await chat.says(said);
      expect(reply.map((m) => keysOf(chat, m.text))).toEqual([['bookIntake:who.contactRetry.viaOther']]);
      expect(reply.at(-1)?.buttons.length).toBeGreaterThan(0);
      await chat.says('0470 12 34 56');
      expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:summary.question');
    },
  );

  it('When the meeting is by phone and "bel mijn zoon maar" is typed, Then that person\'s phone number is asked', async () => {
    // Aalst talks online or by phone; the second way is the phone.
    const chat = await chatInBooking(DATE, 'nl', '9000', '2', '2', '1', 'Sam');
    expect(keysOf(chat, chat.received.at(-1)?.text)).toContain('bookIntake:who.phoneForCall');
    const reply = await chat.says('bel mijn zoon maar');
    expect(reply).toHaveLength(1);
    expect(keysOf(chat, reply[0]?.text)).toContain('bookIntake:who.contactRetry.viaOtherForCall');
  });

  it('When "kan mijn zoon ook een afspraak maken" is asked there, Then it is a question, never a way to reach one', async () => {
    const chat = await chatInBooking(DATE, 'nl', '9000', '1', '1', '1', 'Sam');
    const reply = await chat.says('kan mijn zoon ook een afspraak maken');
    expect(reply.flatMap((m) => keysOf(chat, m.text))).not.toContain('bookIntake:who.contactRetry.viaOther');
  });

  it('When a call-back is asked and "via mijn zoon" is typed at the phone number, Then that person\'s number will do, and the call-back goes on with it', () =>
    converse(
      [
        ...hello,
        ['user', 'met iemand praten'],
        ...toPerson,
        ['tap', 'handover:how.callback'],
        ['says', 'handover:callback.phone', ['buttons.back']],
        ['user', 'via mijn zoon'],
        ['says', 'handover:callback.phoneRetry.viaOther', ['buttons.back']],
        ['user', '0470 12 34 56'],
        ['says', 'handover:callback.partOfDay', ['handover:callback.morning', 'handover:callback.afternoon', 'handover:callback.any']],
      ],
      { date: DATE },
    ));
});
