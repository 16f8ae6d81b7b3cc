import { DATA, type Line } from './converse.js';

/*
 * Transcript lines many tests share, as translation keys (see test/support/keys.ts), defined once
 * so a change to the menu or the way to a person is one edit here.
 */

export const MENU_BUTTONS = ['menu.explain', 'menu.check', 'menu.book', 'menu.more'];
export const YES_NO = ['answers.yes', 'answers.no'];
export const HELPERS = ['buttons.back', 'menu.person'];

export const greeting: Line = ['says', 'greeting'];
export const menu: Line = ['says', 'menu.question', MENU_BUTTONS];
export const menuAgain: Line = ['says', 'menu.questionAgain', MENU_BUTTONS];

/** "hallo", the greeting and the menu. */
export const hello: Line[] = [['user', 'hallo'], greeting, menu];
/** The same under rules only announced (the loopbaankrediet, 2027): the greeting says career guidance. */
export const helloAnnounced: Line[] = [['user', 'hallo'], ['says', 'greetingAnnounced'], menu];

/** The first questions of the check, with their answers on buttons. */
export const forWhom: Line = [
  'says',
  'checkEligibility:forWhom.question',
  ['checkEligibility:forWhom.self', 'checkEligibility:forWhom.other'],
];
export const residence: Line = [
  'says',
  'checkEligibility:residence.question',
  ['checkEligibility:answers.flanders', 'checkEligibility:answers.brussels', 'checkEligibility:answers.elsewhere'],
];
export const work: Line = [
  'says',
  'checkEligibility:work.question',
  ['checkEligibility:answers.employee', 'checkEligibility:answers.self_employed', 'checkEligibility:answers.noJob', 'menu.more'],
];

/** From "hallo" to "Voor wie kijk je dit na?": the check begun by its button. */
export const helloToForWhom: Line[] = [...hello, ['tap', 'menu.check'], ['says', 'checkEligibility:intro'], forWhom];

/** From "hallo" to "Waar woon je?": the check begun by its button, for oneself. */
export const helloToResidence: Line[] = [...helloToForWhom, ['tap', 'checkEligibility:forWhom.self'], residence];

/** From the check's introduction to "Wat doe je nu?": for oneself, in Flanders. */
export const introToWork: Line[] = [
  ['says', 'checkEligibility:intro'],
  forWhom,
  ['tap', 'checkEligibility:forWhom.self'],
  residence,
  ['tap', 'checkEligibility:answers.flanders'],
  work,
];

/** "Met iemand praten" in staff hours: the handover's one question, with the free number to tap. */
export const toPerson: Line[] = [
  ['says', 'handover:intro'],
  ['says', 'handover:callSelf', ['Bel 0800 30 700']],
  ['says', 'handover:how.question', ['handover:how.chat', 'handover:how.callback', 'handover:how.no']],
];

/** Into the queue for a chat with a person; `call` is the free number's button in the chat's language. */
export const queuedIn = (call: string): Line[] => [
  ['says', 'handover:queue.searching'],
  ['says', 'handover:queue.meanwhile'],
  ['says', ['handover:queue.position', 'handover:queue.waitUnknown'], ['handover:queue.leave', call]],
];

/** A flow the user clearly asked for in the middle of a question: "Wil je daarmee verder?" with it and "Iets anders". */
export const switchTo = (meaning: string): Line => ['says', 'fallback.switchTo', [meaning, 'fallback.somethingElse']];

/** "Bedoel je …?" with these likely meanings, then "Iets anders". */
export const didYouMean = (...meanings: string[]): Line => [
  'says',
  meanings.length === 1 ? 'fallback.didYouMeanOne' : 'fallback.didYouMean',
  [...meanings, 'fallback.somethingElse'],
];

/** The second miss in a row: a person is offered. */
export const offerPerson: Line = ['says', 'fallback.offerPerson', ['menu.person', 'fallback.tryAgain']];

/** The transitional terms (one cheque, hours and price unknown), with where to check. */
export const TRANSITIONAL_TERMS = [
  'explainCheque:terms.oneChequeNeverUsed',
  'explainCheque:terms.hoursAndPriceUnknown',
  'explainCheque:terms.checkVdab',
];

/** "Deze regeling loopt tot 31 december 2026. Daarna komt normaal het loopbaankrediet." */
export const endsSoon: Line = ['says', 'rules:endsOnThenPlanned'];

/** The terms of the last 60 days of the transitional rules, with the end in the same message. */
export const transitionalEndingSoon: Line = ['says', [...TRANSITIONAL_TERMS, 'rules:endsOnThenPlanned']];

/** "Wat kost het?" in those days: the first meeting is free, then the terms and their end. */
export const costEndingSoon: Line = ['says', ['sideQuestions:firstMeetingFree', ...TRANSITIONAL_TERMS, 'rules:endsOnThenPlanned']];

/** "Met iemand praten" outside staff hours (a weekend): when staff are back, the number, a call-back. */
export const toPersonClosed: Line[] = [
  ['says', ['handover:closed.now', 'handover:closed.next']],
  ['says', 'handover:callSelfHoursUnsure', ['Bel 0800 30 700']],
  ['says', 'handover:closed.question', ['handover:closed.yes', 'handover:closed.no']],
];

/**
 * The booking so far above "Klopt dit?": when, where (the street only for a meeting at the centre,
 * else the centre alone), how (`mode`) and for whom; the reminder where one is offered.
 */
export const summaryOf = (mode: string, reminder = false): Line => [
  'says',
  [
    'bookIntake:summary.title',
    'bookIntake:summary.when',
    mode === 'in_person' ? 'bookIntake:summary.where' : 'bookIntake:summary.centre',
    `bookIntake:summary.mode.${mode}`,
    'bookIntake:summary.who',
    ...(reminder ? ['bookIntake:summary.reminder'] : []),
  ],
];

/** One centre of the list, its distance in the title unless another title is named. */
export const centreCard = (title = 'bookIntake:centres.titleKm'): Line => ['says', [title, DATA, 'bookIntake:centres.modes']];

/** From the page opened to the booking's "In welke gemeente zoek je een centrum?". */
export const toTownQuestion: Line[] = [
  ['opens'],
  greeting,
  menu,
  ['tap', 'menu.book'],
  ['says', 'bookIntake:intro'],
  ['says', 'bookIntake:where.question', HELPERS],
];
