import { describe, expect, it } from 'vitest';
import { loadCentres } from '../../../src/booking/centres.js';
import { InMemoryCentreDirectory } from '../../../src/booking/directory.js';
import { loadPlaces, loadWalloonPlaces } from '../../../src/booking/places.js';
import { testBooking } from '../../support/booking.js';
import { Chat, converse } from '../../support/converse.js';
import { hello, menu } from '../../support/lines.js';

const DATE = '2026-11-26';

/** The centres as a real catalogue would have them: not demo data, with their own number and e-mail. */
const realCentres = loadCentres().map((centre) => ({ ...centre, demo: false }));

async function bookedInGent(demo: boolean): Promise<Chat> {
  const booking = testBooking(DATE);
  const centres = demo ? booking.parts.centres : new InMemoryCentreDirectory(realCentres, loadPlaces(), loadWalloonPlaces());
  const chat = await Chat.start({ date: DATE, booking: { ...booking.parts, centres, canRemind: () => false } });
  for (const said of ['hallo', 'Afspraak maken', '9000', 'Gent', 'ter plaatse', '1', 'Sevda', '0470 11 22 33', 'ja']) await chat.says(said);
  return chat;
}

describe('how to reach the centre', () => {
  it('When someone with a booking asks how to call the centre, Then its own number and e-mail from the centre data, not a VDAB person', async () => {
    const chat = await bookedInGent(false);
    const gent = realCentres.find((c) => c.id === 'demo-gent');
    for (const asked of ['hoe kan ik het centrum bellen', 'wat is het nummer van het loopbaancentrum']) {
      const reply = await chat.says(asked);
      expect(reply[0]?.text).toBe(`Je bereikt ${gent?.name} op ${gent?.contact.phone} of via ${gent?.contact.email}.`);
      expect(reply.at(-1)?.text).toBe('Wil je nog iets weten?');
    }
  });

  it("When the centre is demo data (its number is made up), Then where the recognised centres are listed and VDAB's free number", async () => {
    const chat = await bookedInGent(true);
    const reply = await chat.says('hoe kan ik het centrum bellen');
    expect(reply[0]?.text).toBe('De erkende centra staan op vdab.be/loopbaancheques. Of bel VDAB gratis op 0800 30 700.');
  });

  it('When nobody booked yet, Then the same, and the menu again; in French too', async () => {
    await converse([...hello, ['user', 'wat is het nummer van het centrum'], ['says', 'sideQuestions:centreContactUnknown'], menu], {
      date: DATE,
    });
    await converse([...hello, ['user', 'comment joindre le centre ?'], ['says', 'sideQuestions:centreContactUnknown'], menu], {
      date: DATE,
      locale: 'fr',
    });
  });
});
