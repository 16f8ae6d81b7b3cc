import { toActivity } from '../../src/conversation/activity.js';
import type { Button } from '../../src/conversation/message.js';
import type { Activity, TurnContext } from '../../src/bot/sdk.js';
import { localeOf, type Translator } from '../../src/i18n/i18n.js';
import type { Command } from '../../src/understanding/commands.js';
import type { Intent, Recognition } from '../../src/understanding/nlu/intents.js';
import { ASK_AT } from '../../src/understanding/nlu/recognizer.js';
import { clampText, wordsOf } from '../../src/understanding/text.js';
import type { AskState, Choice, Question } from './ask.js';

/*
 * What happens when a message is not understood: never a dead end. The first miss gives, for a
 * typed answer the question's parser could not read, its own kind retry ("Typ de postcode"); else
 * "Bedoel je …?" with the two most likely meanings (of a message the recognizer was at least
 * unsure of) as buttons plus "Iets anders" (one meaning:
 * "Bedoel je dit?", where "ja" takes it); else the question again. The second miss in a row
 * offers a person (and every second one after it). Every reply has buttons.
 */

/** What tapping a "Bedoel je …?" button does. */
export type OfferAction =
  /** `said`: for a meaning guessed from the words, those words ("ik heb geen werk": "Kan ik er een krijgen?"). */
  | { choice: string; said?: string }
  /** `said`: the message the meaning was guessed from, so "Afspraak maken" still knows "in Gent". */
  | { intent: Intent; said?: string }
  | { command: Command }
  /** A side question asked beside another one, offered after the first answer (twoQuestions.ts); `said`: the words that asked it. */
  | { side: string; said?: string }
  | { somethingElse: true }
  | { tryAgain: true };

export interface Offer {
  title: string;
  action: OfferAction;
  /** "ja" or "nee" typed at a yes/no offer ("Wil je met iemand praten?") picks this one. */
  answers?: 'yes' | 'no';
}

/**
 * A plain "ja", "ok", "oui", "yes" at a question whose answer was just pointed to ("Je leeftijd is
 * geen voorwaarde. Tik op 'Kan ik er een krijgen?'"): that answer; a plain "nee" the question again.
 * Kept as the question's offer, so only the next message reads it; a tap or anything else is read as always.
 * `said`: the words that asked for that answer, handed on with it ("een afspraak in Gent").
 */
export function yesChooses(t: Translator, choice: string, said?: string): Offer[] {
  return [
    { title: t('answers.yes'), action: { choice, ...(said !== undefined && { said }) }, answers: 'yes' },
    // "nee": not now; the question again, never "niet begrepen".
    { title: t('answers.no'), action: { tryAgain: true }, answers: 'no' },
  ];
}

/** A choice's button title: its own title (a centre's name), else its label or id in the turn's language. */
export function titleOf(t: Translator, choice: Choice): string {
  const locale = choice.titles ? localeOf(t) : undefined;
  return (locale && choice.titles?.[locale]) ?? choice.title ?? (t((choice.label ?? choice.id) as never) as string);
}

/** A reading the recognizer gave at least this (not sure, yet more likely than all others together) leads "Bedoel je …?". */
const LEADING_READING = 0.5;

/** How many likely meanings "Bedoel je …?" shows. */
const OFFERS = 2;

/** The button label of each intent that can be offered as a meaning; others are never offered. */
export const INTENT_LABELS: Partial<Record<Intent, string>> = {
  explain_cheque: 'menu.explain',
  check_eligibility: 'menu.check',
  book_intake: 'menu.book',
  cost: 'fallback.meanings.cost',
  talk_to_person: 'menu.person',
  cancel_booking: 'manageBooking:menu.cancel',
  move_booking: 'manageBooking:menu.move',
  change_language: 'menu.language',
  privacy: 'fallback.meanings.privacy',
  simpler: 'explainCheque:simpler',
  help: 'fallback.meanings.help',
  stop: 'fallback.meanings.stop',
};

const RECOGNITION = Symbol('loopbaanbot.recognition');

/** Keeps what the recognizer made of this turn's message, so a miss can offer its likely meanings. */
export function rememberRecognition(context: TurnContext, recognition: Recognition): void {
  context.turnState.set(RECOGNITION, recognition);
}

/** Forgets what rememberRecognition kept: it was the reading of part of the message, not of the whole. */
export function forgetRecognition(context: TurnContext): void {
  context.turnState.delete(RECOGNITION);
}

/**
 * True when the recognizer read this turn's message, was unsure, and its best guess is a meaning
 * that can be offered ("Bedoel je: Afspraak maken?"); a guessed greeting ("goeiedag, ik heb een
 * vraag") is no such meaning.
 */
export function guessedAMeaning(context: TurnContext): boolean {
  const recognition = recognitionOf(context);
  const best = recognition?.alternatives[0];
  return recognition?.confidence === 'unsure' && best !== undefined && INTENT_LABELS[best.intent] !== undefined;
}

function recognitionOf(context: TurnContext): Recognition | undefined {
  return context.turnState.get(RECOGNITION) as Recognition | undefined;
}

export interface MissInput {
  t: Translator;
  context: TurnContext;
  question: Question;
  state: AskState;
  /** Failed attempts in a row, this one included. */
  attempts: number;
  /** The question's own answers the reply comes close to, most likely first. */
  likelyChoices: readonly string[];
  /** Intents the question's own flow is answering, never offered as another meaning (AskPrompt's answersItself). */
  ownIntents?: readonly Intent[];
  /** The question is a menu: its answers are topics, not answers to something asked. */
  atMenu?: boolean;
  /** The reply is a question: a question mark, or it starts as one does ("hoe laat is het"). */
  asked?: boolean;
  buttons(question: Question): Button[];
}

/** A message of this many words where a person is being reached tells something for that person. */
const STORY_WORDS = 7;

/** Flows a sure reading offers on any miss, the second one too. */
const FLOWS_ON_A_MISS: ReadonlySet<Intent> = new Set(['cancel_booking', 'move_booking', 'book_intake', 'talk_to_person']);

/** "Wil je met iemand van VDAB praten?": a person ("ja"), or the question once more ("nee"). */
export function personOffers(t: Translator): Offer[] {
  return [
    { title: t('menu.person'), action: { command: 'person' }, answers: 'yes' },
    { title: t('fallback.tryAgain'), action: { tryAgain: true }, answers: 'no' },
  ];
}

/** The reply to a miss and the offers it makes (kept in the prompt's state for the next turn). */
export function missReply(input: MissInput): { messages: Partial<Activity>[]; offered: Offer[] | undefined } {
  const { t, question, state } = input;
  // Every second miss offers a person; the ones between try again as the first did, so typing on
  // after "Wil je met iemand praten?" never meets the same sentence twice. Not where the recognizer
  // is sure of a flow this question is no part of ("ik wil annuleren" while moving): that is offered.
  const recognition = recognitionOf(input.context);
  const sureOfAFlow = recognition?.confidence === 'sure' && FLOWS_ON_A_MISS.has(recognition.intent);
  // On the way to a person ("Nu chatten of terugbellen?") a person is no offer: that is where this
  // goes. What they tell there ("het gaat over mijn contract dat stopt") is for that person, who
  // gets it with the case (the transcript): said so, then the question's own retry.
  // Without a retry of its own, "not understood" and the question again: never "Met iemand praten"
  // offered to someone on the way there (that button led nowhere, then "Sorry, dat begreep ik niet").
  if (question.handover && !sureOfAFlow) {
    const story = wordsOf(input.context.activity.text ?? '').length >= STORY_WORDS;
    const again = state.retry
      ? [toActivity({ text: t(state.retry.key as never, state.retry.params) as string, buttons: input.buttons(question) })]
      : [
          toActivity({ text: t('notUnderstood') }),
          toActivity({ text: t(question.text.key as never, question.text.params) as string, buttons: input.buttons(question) }),
        ];
    return { messages: [...(story ? [toActivity({ text: t('handover:storyKept') })] : []), ...again], offered: undefined };
  }
  if (input.attempts % 2 === 0 && !sureOfAFlow) {
    const offered = personOffers(t);
    return { messages: [offerActivity(t('fallback.offerPerson'), offered)], offered };
  }
  // A typed answer the question could not read gets its own retry: it says what to type.
  if (state.retry) {
    return {
      messages: [
        toActivity({
          text: t(state.retry.key as never, state.retry.params) as string,
          buttons: input.buttons(question),
          ...(question.numbersAreValues && { unnumbered: true }),
        }),
      ],
      offered: undefined,
    };
  }
  const meanings = likelyMeanings(input);
  const [only] = meanings;
  if (only && meanings.length === 1) {
    // One meaning is a yes/no question: "ja" takes it, "nee" is "Iets anders". Not where "ja" and
    // "nee" answer the question itself ("Heb je al eens een cheque gebruikt?"): there "ja" is the
    // question's own answer, and must never pick a meaning such as "Nee, nooit".
    const byYesOrNo = !answeredByYesOrNo(question);
    const offered: Offer[] = [
      { ...only, ...(byYesOrNo && { answers: 'yes' as const }) },
      { title: t('fallback.somethingElse'), action: { somethingElse: true }, ...(byYesOrNo && { answers: 'no' as const }) },
    ];
    // Understood, but it would leave the question ("ik wil een afspraak" in the check): not "ik begrijp je niet".
    const understood = recognitionOf(input.context)?.confidence === 'sure' && 'intent' in only.action && only.action.intent !== 'stop';
    // "Wil je nu dit doen: afspraak maken?": what would start, named; never a bare "daarmee".
    const text = understood ? t('fallback.switchTo', { meaning: asMeaning(only.title) }) : t('fallback.didYouMeanOne');
    return { messages: [offerActivity(text, offered)], offered };
  }
  if (meanings.length > 0) {
    const offered = [...meanings, { title: t('fallback.somethingElse'), action: { somethingElse: true } } satisfies Offer];
    return { messages: [offerActivity(t('fallback.didYouMean'), offered)], offered };
  }
  const questionText = t(question.text.key as never, question.text.params) as string;
  // "Wat voor weer wordt het morgen?", "hoe laat is het" at the menu: a question, just not one the bot is for.
  const said = input.context.activity.text ?? '';
  const offTopic = input.atMenu === true && input.asked === true && wordsOf(said).length >= 3;
  return {
    messages: [
      toActivity({ text: t(offTopic ? 'fallback.offTopic' : 'notUnderstood') }),
      toActivity({ text: questionText, buttons: input.buttons(question), ...(question.numbersAreValues && { unnumbered: true }) }),
    ],
    offered: undefined,
  };
}

/** A button title inside a sentence: "Afspraak maken" as "afspraak maken", without its own question mark. */
function asMeaning(title: string): string {
  const bare = title.replace(/[\s?.!]+$/u, '');
  return bare.charAt(0).toLocaleLowerCase() + bare.slice(1);
}

/** The two most likely meanings: the question's own answers the reply comes close to, then the recognizer's guesses. */
function likelyMeanings({ t, context, question, likelyChoices, ownIntents = [], atMenu = false }: MissInput): Offer[] {
  const said = context.activity.text ? clampText(context.activity.text) : undefined;
  // At the menu a tapped meaning goes on with the words that asked ("ik woon in Borgerhout, 9 jaar
  // werknemer, mag ik …?"), so the flow does not ask again what they said.
  const own = likelyChoices.flatMap((id) => answerOffer(t, question, id, atMenu ? said : undefined));
  const guessed = guessedIntents(recognitionOf(context), ownIntents).flatMap((intent): Offer[] => {
    if (ownIntents.includes(intent)) return [];
    const asAnswer = question.intents?.[intent];
    if (asAnswer !== undefined) return likelyChoices.includes(asAnswer) ? [] : answerOffer(t, question, asAnswer, said);
    const label = INTENT_LABELS[intent];
    return label ? [{ title: t(label as never) as string, action: { intent, ...(said && { said }) } }] : [];
  });
  // What the recognizer is sure of and the question does not answer ("ik wil afspraak maken" at
  // "Wat doe je nu?") is the one meaning, not a word it shares with an answer ("Werknemer").
  const recognition = recognitionOf(context);
  const sureElsewhere = recognition?.confidence === 'sure' && question.intents?.[recognition.intent] === undefined;
  const sure = sureElsewhere ? guessed.find((offer) => 'intent' in offer.action && offer.action.intent === recognition.intent) : undefined;
  if (sure && recognition?.intent !== 'stop') return [sure];
  // At a menu, a word or two are most likely a mistyped button; in a sentence, one shared word
  // ("iets anders" for "Andere taal") says less than the recognizer's reading of the whole. At any
  // other question its own answers come first: they answer what is asked.
  const readingFirst = atMenu && wordsOf(context.activity.text ?? '').length >= 3;
  // Read first, an answer the recognizer leans to ("mag ik een cheque, ik werk als poetsvrouw":
  // the check) leads, ahead of its weaker guesses; a mere lean to one of several is no lead.
  const [top] = recognition?.alternatives ?? [];
  const leading = top && top.score >= LEADING_READING ? question.intents?.[top.intent] : undefined;
  const lead =
    readingFirst && leading !== undefined && likelyChoices.includes(leading)
      ? own.filter((o) => 'choice' in o.action && o.action.choice === leading)
      : [];
  const distinct = (readingFirst ? [...lead, ...guessed, ...own] : [...own, ...guessed]).filter(
    (offer, i, all) => all.findIndex((o) => o.title === offer.title) === i,
  );
  return distinct.slice(0, OFFERS);
}

/**
 * The recognizer's readings worth a button. Not from a message it did not understand: on the
 * development set none of those guesses was meant ("mijn baas pest mij": "Afspraak verplaatsen?").
 * Stopping only when the recognizer was sure of it ("ik heb er genoeg van"), never as a runner-up
 * ("ik heb geen werk": "Stoppen?"); as a runner-up it was meant 2 times in 31 on held-out sentences.
 */
function guessedIntents(recognition: Recognition | undefined, ownIntents: readonly Intent[]): Intent[] {
  if (!recognition || recognition.confidence === 'unknown') return [];
  const sure = recognition.confidence === 'sure' ? recognition.intent : undefined;
  // Where the best guess is the flow going on ("voor mij" in the check: the check at 0.54), the
  // runner-up stands alone and must be as likely as any meaning worth asking about; a booking at
  // 0.06 is no "Bedoel je: Afspraak maken?".
  const ownIsBest = recognition.alternatives[0] !== undefined && ownIntents.includes(recognition.alternatives[0].intent);
  return recognition.alternatives
    .filter((a) => !ownIsBest || a.score >= ASK_AT)
    .map((a) => a.intent)
    .filter((intent) => intent !== 'stop' || intent === sure);
}

/** True when "ja" or "nee" is one of the question's own answers. */
function answeredByYesOrNo(question: Question): boolean {
  return [...(question.choices ?? []), ...(question.also ?? [])].some((c) => c.label === 'answers.yes' || c.label === 'answers.no');
}

/** One of the question's own answers as an offer; `said`: the words it was guessed from. */
function answerOffer(t: Translator, question: Question, id: string, said?: string): Offer[] {
  const choice = [...(question.choices ?? []), ...(question.more ? [question.more] : []), ...(question.also ?? [])].find(
    (c) => c.id === id,
  );
  return choice ? [{ title: titleOf(t, choice), action: { choice: id, ...(said && { said }) } }] : [];
}

/** A "Bedoel je …?"-style message: `text` with one button per offer. */
export function offerActivity(text: string, offers: readonly Offer[]): Partial<Activity> {
  return toActivity({ text, buttons: offers.map((o) => ({ value: o.title, title: o.title })) });
}
