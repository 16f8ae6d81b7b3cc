import { expect } from 'vitest';
import type { World } from './world.js';

/** The parts of the day the call-back offers, and what it says when the call is arranged. */
export const PARTS = ['Voormiddag', 'Namiddag', 'Maakt niet uit'];
export const DONE = { text: 'Dank je. Een medewerker belt je op 0470 12 34 56.', buttons: [] };
/** Said of a day staff do not call (a weekend), with the days they do. */
export const CLOSED_DAYS = 'Dan bellen we niet. We bellen wel op deze dagen, van 8.00 uur tot 16.30 uur. Welke dag past voor jou?';

/** A person on their way to a call-back, at "Wanneer bellen we je het best?". */
export async function atWhenToCall(world: World, conversationId: string) {
  const user = world.user(conversationId);
  await user.says('hallo');
  await user.says('Met iemand praten');
  await user.says(world.service.staffAvailable() ? 'Bel me terug' : 'Ja, bel me terug');
  expect(await user.says('0470 12 34 56')).toEqual([{ text: 'Wanneer bellen we je het best?', buttons: PARTS }]);
  return user;
}

/** The call-back contact of the one open case. */
export async function storedContact(world: World) {
  const open = await world.store.listOpen();
  expect(open).toHaveLength(1);
  return open[0]?.summary.contact;
}
