import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../src/bot/sdk.js';
import { Chat, converse, play, type Line } from '../support/converse.js';
import { testBooking } from '../support/booking.js';
import { hello, menu } from '../support/lines.js';

const DATE = '2026-11-26';
const confirm: Line = ['says', 'freeText:forgetMe.question', ['freeText:forgetMe.yes', 'freeText:forgetMe.no']];
const forYou: Line = ['says', 'checkEligibility:forWhom.question', ['checkEligibility:forWhom.self', 'checkEligibility:forWhom.other']];

/** The keys MemoryStorage holds for conversation and user state (nothing else is stored there). */
async function storedKeys(storage: MemoryStorage, conversationId: string, userId: string): Promise<string[]> {
  const keys = [`test/conversations/${conversationId}/`, `test/users/${userId}/`];
  return Object.keys(await storage.read(keys));
}

describe('ForgetMeDialog ("vergeet mij")', () => {
  it('When a user who booked asks to be forgotten and says yes, Then the booking is cancelled (centre told) and anonymised, and nothing of the conversation is stored', async () => {
    const booking = testBooking(DATE);
    const storage = new MemoryStorage();
    const chat = await Chat.start({ locale: 'nl-BE', date: DATE, storage, booking: { ...booking.parts, canRemind: () => false } });
    for (const reply of ['hallo', 'afspraak maken', '9000', 'Gent', 'Ter plaatse', '1', 'An', '0470123456', 'ja', 'Nee, bedankt'])
      await chat.says(reply);
    expect(await booking.store.get('K7M3QX')).toMatchObject({ status: 'confirmed', person: { firstName: 'An' } });
    expect(await storedKeys(storage, 'conversation-1', 'user-1')).toHaveLength(2);

    await play(chat, [
      ['user', 'verwijder mijn gegevens'],
      confirm,
      ['user', 'ja'],
      ['says', 'freeText:forgetMe.done'],
      ['says', 'freeText:forgetMe.cancelled', ['buttons.startAgain']],
    ]);
    expect(chat.received.at(-1)?.text).toContain('K7M3QX');
    const kept = await booking.store.get('K7M3QX');
    expect(kept).toMatchObject({ status: 'cancelled', person: { firstName: '' } });
    expect(kept?.person.phone).toBeUndefined();
    expect(kept?.conversationReference).toBeUndefined();
    expect(booking.notices).toEqual([
      ['confirmed', 'K7M3QX'],
      ['cancelled', 'K7M3QX'],
    ]);
    expect(await storedKeys(storage, 'conversation-1', 'user-1')).toEqual([]);

    // The next message is a new conversation: the full greeting, no memory of the booking.
    await play(chat, [['user', 'Opnieuw beginnen'], ['says', 'greeting'], menu]);
  });

  it('When the user says no, Then nothing is erased and the question that was open comes back, progress kept', () =>
    converse([
      ...hello,
      ['tap', 'menu.check'],
      ['says', 'checkEligibility:intro'],
      forYou,
      ['user', 'wis mijn gegevens'],
      confirm,
      ['user', 'nee'],
      ['says', 'freeText:forgetMe.kept'],
      forYou,
    ]));

  it('When it is the first message of a conversation, Then a short hello and the question come, and a French user is asked in French', () =>
    converse(
      [
        ['user', 'oubliez-moi'],
        ['bot', 'Bonjour !'],
        [
          'bot',
          "Voulez-vous que j'efface tout ce qui vous concerne ? Si vous avez pris un rendez-vous, je l'annule aussi.",
          ['Oui, tout effacer', 'Non'],
        ],
        ['user', 'non'],
        ['bot', "D'accord. Je n'efface rien."],
        [
          'bot',
          'Puis-je encore vous aider ?',
          ["C'est quoi un chèque carrière ?", 'Puis-je en recevoir un ?', 'Prendre rendez-vous', 'Plus'],
        ],
      ],
      { locale: 'fr-BE' },
    ));

  it('When the user erases at the menu, Then the menu is not asked again in that turn: the only way on is "Opnieuw beginnen"', () =>
    converse([
      ...hello,
      ['user', 'vergeet mij'],
      confirm,
      ['tap', 'freeText:forgetMe.yes'],
      ['says', 'freeText:forgetMe.done', ['buttons.startAgain']],
    ]));

  it('When the user says no at the menu, Then the same menu comes again', () =>
    converse([...hello, ['user', 'vergeet mij'], confirm, ['tap', 'freeText:forgetMe.no'], ['says', 'freeText:forgetMe.kept'], menu]));
});
