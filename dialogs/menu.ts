import type { Intent } from '../src/understanding/nlu/intents.js';
import type { Choice, Question } from './shared/ask.js';

/** What the menu can start. Flows that end with one of these (an eligible check: 'book') hand it to the menu. */
export const MENU_ACTIONS = [
  'explain',
  'check',
  'book',
  'more',
  'person',
  'language',
  'myBooking',
  'viewBooking',
  'cancelBooking',
  'moveBooking',
  'erase',
] as const;
export type MenuAction = (typeof MENU_ACTIONS)[number];

export function isMenuAction(value: unknown): value is MenuAction {
  return typeof value === 'string' && (MENU_ACTIONS as readonly string[]).includes(value);
}

const EXPLAIN: Choice<MenuAction> = { id: 'explain', label: 'menu.explain' };
/** "Kan ik er een krijgen?": starts the check (named by the answer to "ben ik te oud?", sideQuestions.ts). */
export const CHECK: Choice<MenuAction> = { id: 'check', label: 'menu.check' };
export const BOOK: Choice<MenuAction> = { id: 'book', label: 'menu.book' };
const MORE: Choice<MenuAction> = { id: 'more', label: 'menu.more' };
const PERSON: Choice<MenuAction> = { id: 'person', label: 'menu.person' };
const LANGUAGE: Choice<MenuAction> = { id: 'language', label: 'menu.language' };
/** Under "Meer": moving or cancelling a booking, for those who look for it by tapping. */
const MY_BOOKING: Choice<MenuAction> = { id: 'myBooking', label: 'menu.myBooking' };
/** Typed anywhere, shown under "Mijn afspraak": "annuleer mijn afspraak", "verplaats mijn afspraak" (with or without the code). */
const CANCEL_BOOKING: Choice<MenuAction> = { id: 'cancelBooking', label: 'manageBooking:menu.cancel' };
const MOVE_BOOKING: Choice<MenuAction> = { id: 'moveBooking', label: 'manageBooking:menu.move' };
/** "Wanneer is mijn afspraak?": the booking shown, then whether to change it. */
const VIEW_BOOKING: Choice<MenuAction> = { id: 'viewBooking', label: 'menu.viewBooking' };

/** Free text that stands for a menu answer, in the main menu and under "Meer" alike. */
const MENU_INTENTS: Partial<Record<Intent, MenuAction>> = {
  explain_cheque: 'explain',
  check_eligibility: 'check',
  book_intake: 'book',
  talk_to_person: 'person',
  change_language: 'language',
  cancel_booking: 'cancelBooking',
  move_booking: 'moveBooking',
};

/** "Waar kan ik je mee helpen?": three answers and "Meer"; the rest is understood when typed. */
export function mainMenu(again: boolean): Question<MenuAction> {
  return {
    text: { key: again ? 'menu.questionAgain' : 'menu.question' },
    ...(again && { yesOrNo: true }),
    choices: [EXPLAIN, CHECK, BOOK],
    more: MORE,
    also: [PERSON, LANGUAGE, CANCEL_BOOKING, MOVE_BOOKING],
    intents: MENU_INTENTS,
  };
}

/** "Meer": a person, another language, and one's booking; every main-menu answer still works when typed. */
export const moreMenu: Question<MenuAction> = {
  text: { key: 'menu.moreQuestion' },
  choices: [PERSON, LANGUAGE, MY_BOOKING],
  also: [EXPLAIN, CHECK, BOOK, CANCEL_BOOKING, MOVE_BOOKING],
  intents: MENU_INTENTS,
  // "iets anders" here, where "Meer" led: none of these either, so what they want in their own words.
  notAnswers: 'understanding:somethingElse',
  notAnswersRetry: { key: 'menu.moreSomethingElse' },
  notAnswersAreNoMiss: true,
};

/** "Mijn afspraak": see it, move it or cancel it. */
export const myBookingMenu: Question<MenuAction> = {
  text: { key: 'menu.myBookingQuestion' },
  choices: [VIEW_BOOKING, MOVE_BOOKING, CANCEL_BOOKING],
  also: [PERSON, LANGUAGE],
  intents: MENU_INTENTS,
};
