import { toActivity } from '../../src/conversation/activity.js';
import type { Button } from '../../src/conversation/message.js';
import {
  Prompt,
  type DialogContext,
  type DialogInstance,
  type DialogTurnResult,
  type PromptOptions,
  type PromptRecognizerResult,
  type TurnContext,
  type WaterfallStepContext,
} from '../../src/bot/sdk.js';
import type { Translator } from '../../src/i18n/i18n.js';
import type { Locale } from '../../src/i18n/locale.js';
import type { TurnLanguage } from '../../src/i18n/turnLanguage.js';
import { matchChoice, rankChoices, saysWhole, type ChoiceVocabulary } from '../../src/understanding/choices.js';
import type { Command } from '../../src/understanding/commands.js';
import type { Intent } from '../../src/understanding/nlu/intents.js';
import { RecentAnswersPer } from '../../src/understanding/remembered.js';
import type { Vocabulary } from '../../src/understanding/vocabulary.js';
import {
  afterCorrection,
  clampText,
  containsPhrase,
  isOneOf,
  normalize,
  tokens,
  withoutClauses,
  wordsOf,
} from '../../src/understanding/text.js';
import { missReply, offerActivity, titleOf, yesChooses, type Offer } from './fallback.js';
import { nameWordsOf } from '../booking/parsers.js';

/** At most three answers on screen; more than that is too much to read on a phone. "Meer" comes on top. */
export const MAX_BUTTONS = 3;
/** "zo snel mogelijk", "as soon as possible", "morgen namiddag": a time said alone takes at most this many words. */
const KEPT_TIME_WORDS = 4;
/** Eight digits or more, spaces, dots, dashes and slashes between them allowed: a phone number's length (Question `openFirstWithNumber`). */
const PHONE_DIGITS = /\d(?:[\s./-]*\d){7}/;

/** A translation key with its placeholder values; kept in dialog state, rendered per turn. */
export interface Text {
  key: string;
  params?: Record<string, string | number>;
}

/**
 * One answer to a question. `id` is what the step receives. `label` is a translation key (its words
 * in every language and the synonyms under `understanding:synonyms.<synonyms ?? id>` are
 * understood); `title` is a literal for data that has no key (a centre, a place, an hour).
 */
export interface Choice<V extends string = string> {
  id: V;
  label?: string;
  title?: string;
  /** `title` in each language, for data whose words depend on it ("vr 27 nov 12.00 uur"): shown in the chat's language at every asking. */
  titles?: Partial<Record<Locale, string>>;
  /** Parts of a data `title` understood alone, literal like it: "Aalst" for the booking "Aalst, vr 27 nov". */
  phrases?: readonly string[];
  synonyms?: string;
  /**
   * Taken only when no other answer is: a named job ("poetsvrouw") asks for a boss or oneself,
   * but "deeltijds poetsvrouw" says werknemer. Never offered in "Bedoel je …?".
   */
  lastResort?: boolean;
  /**
   * Taken when one of its phrases is in the reply, before any plainer answer the reply also names:
   * "hij werkt nog maar is in opzeg" is in a notice period, not simply an employee. Never when the
   * reply denies something ("niet in opzeg").
   */
  precise?: boolean;
  /**
   * Precise answers this one wins over when the reply names both: "ik zorg voor mijn zieke man"
   * cares for someone sick, and is no sickness of one's own.
   */
  outranks?: readonly string[];
  /**
   * Taken only when the reply holds one of its phrases as they are, never by a typo: where any
   * word may be a first name, "Marthe" is no "marche" (walking).
   */
  wordForWord?: boolean;
  /**
   * Taken only when the reply is one of its phrases as a whole (at most a typo), never a phrase
   * inside a longer reply: "maakt niet uit", "any time" alone. Only for typed-only answers (`also`).
   */
  wholeOnly?: boolean;
}

/**
 * One question and every way it can be answered: its buttons (`choices`, then `more` as "Meer"),
 * answers understood only when typed (`also`), a parser for other typed answers (`open`: "9000",
 * "dinsdag", "0470 12 34 56"), and the intents that stand for one of its answers (the menu:
 * "ik wil ne afspraak" → book).
 */
export interface Question<V extends string = string> {
  text: Text;
  /** A shorter text for asking again after a side question, when `text` is long (a list of hours). */
  again?: Text;
  /**
   * What the question asks, said more plainly, for "ik begrijp het niet" / "I don't understand"
   * while it is open. No question mark: the question itself comes again after it.
   */
  simpler?: Text;
  /**
   * What a lone "nee", "non", "no" or "geen van deze" gets instead of `simpler`: at a list, what to
   * do when none of it fits ("Tik op Meer voor andere centra. Of typ een andere gemeente.").
   */
  saidNo?: Text;
  /**
   * "Waarom vraag je dat?": the condition this question checks, in one short sentence (or two,
   * where the rules are only announced: the value and that it is not sure). No question: the
   * question itself comes again after it. Without it the answer is a kind generic one.
   */
  why?: readonly Text[];
  /** "Hoe weet ik dat?", "ik weet het niet precies": what to do when one does not know the answer exactly. */
  unsure?: Text;
  /** Where the meeting this question is about takes place ("Waar: …" at "Klopt dit?"), for "wat is het adres?" while it is open. */
  where?: Text;
  /** When that meeting is ("Wanneer: …" at "Klopt dit?"), for "hoe laat was het ook alweer?" while it is open. */
  when?: Text;
  choices?: readonly Choice<V>[];
  more?: Choice<V>;
  also?: readonly Choice<V>[];
  /**
   * Answers understood but not taken here: typed, they get their own retry instead of "niet
   * begrepen" ("telefonisch" where the centre has no phone talks says so and what it does have).
   */
  refused?: readonly (Choice & { retry: Text })[];
  /**
   * A vocabulary key of replies that answer the question before, never this one: "voor mezelf"
   * (whom the check is for) is no "ik werk voor mezelf" at "Wat doe je nu?". Said as a whole, they
   * are no answer here.
   */
  notAnswers?: string | readonly string[];
  /**
   * What a reply may tell instead of answering, read by the asking dialog (AskPrompt `readers`):
   * "ik werk al 3 jaar" at "Waar woon je?" tells the work and its years. Such a reply is no answer
   * and no miss: `say` thanks for it and the question comes again; the words are kept and handed
   * on with the answer (Answer `kept`), so a later question they answer is not asked. The first
   * reader that reads the reply counts; a reply that is one of the answers as a whole is that answer.
   * `again`: the question as it is asked from then on ("mijn man": "Waar woont hij?").
   */
  tells?: readonly Tell[];
  /**
   * "ik weet het niet" at "Wat doe je nu?": the first time a reply is `answer`, it is not taken yet;
   * `say` explains the answers plainly and the question comes again (no miss). A second time it is the answer.
   * Not for replies with a phrase of the vocabulary keys `except`: "tijdelijk werkloos" is that answer too, but says what one does.
   */
  unsureOnce?: { answer: V; say: Text; except?: readonly string[] };
  /** What is said when a reply is one of `notAnswers` (default: the usual "not understood"). */
  notAnswersRetry?: Text;
  /**
   * A retry of its own for the replies of one `notAnswers` key, in place of `notAnswersRetry`:
   * "ja graag" at "Krijg je nu outplacement?" takes the question for an offer, so it is asked
   * again plainly rather than "Ik wil het zeker weten".
   */
  notAnswersRetries?: Readonly<Record<string, Text>>;
  /** A reply of `notAnswers` is understood, so no miss: it never leads to the offer of a person. */
  notAnswersAreNoMiss?: boolean;
  /** The retry of a reply of `notAnswers` is said before the question again, not in its place. */
  notAnswersAskAgain?: boolean;
  /**
   * Clauses about something else that the question does not read: at "Waar woon je?", "ik werk in
   * Nederland" says where the person works. Only the rest of a message is read ("ik woon in Gent
   * maar werk in Nederland" is Gent); a message that is only such a clause gets `retry`.
   */
  aside?: { about: Aside; retry: Text };
  open?: string;
  /**
   * The parser reads a typed answer before the buttons' words do: "minder dan 10 jaar" is a number
   * of years, not the button "Minder dan 7 jaar" it shares three words with.
   */
  openFirst?: boolean;
  /**
   * Only a reply with a phone number's digits in it is read by the parser first: "call me back on
   * 0470 12 34 56" is that number, not the button "Call me back" and the number asked again.
   */
  openFirstWithNumber?: boolean;
  /**
   * The answers are times ("morgen namiddag", "deze week nog"): a time the parser reads but cannot
   * take (a Saturday, "deze week nog" on a Sunday) is still this question's answer, and its retry
   * says when we can, as on a weekday. Never another flow the recognizer hears in the words: what
   * a time means does not change with the day it is typed on.
   */
  answersAreTimes?: boolean;
  /**
   * The parser reads a way of talking as an answer ("online", "kan het online?" where the place
   * is asked: the centres that work online): such a question about it is this question's answer.
   */
  readsWaysOfTalking?: boolean;
  /**
   * A bare number is the parser's value, never a button's place: at "Hoe lang heb je in totaal al
   * gewerkt?" "2" is two years, not the second button. The buttons then show no number.
   */
  numbersAreValues?: boolean;
  /**
   * A given name typed alone is the parser's value even where it also says yes or no: at "Wat is
   * je voornaam?" "Jo" is a name (and a Flemish yes).
   */
  givenNamesAreValues?: boolean;
  intents?: Partial<Record<Intent, V>>;
  /** The helper buttons of a question without answers of its own; default: back and a person. */
  helpers?: readonly Command[];
  /** An open question whose answer buttons only save typing (the user's own number): its helper buttons stay beside them. */
  helpersToo?: boolean;
  /**
   * The answers a reply most likely means when it tells about oneself in words the question does
   * not know ("ik ben poetsvrouw", "I'm a cleaner" at "Wat doe je nu?"): offered after the miss.
   */
  aboutOneself?: readonly V[];
  /**
   * Nothing hangs on this question ("Was dit duidelijk?", "Zal ik een afspraak maken?"): a flow
   * the user clearly asks for ("ik wil een afspraak in Gent") starts at once instead of being offered.
   */
  passing?: boolean;
  /** A question of the way to a person: asking for a person there is no new start of it. */
  handover?: boolean;
  /**
   * The question is a yes/no question too ("Kan ik je nog ergens mee helpen?" above the menu): "nee
   * (bedankt)" ends the conversation, "ja" asks to tap what they want (Interruptions).
   */
  yesOrNo?: boolean;
  /** The answer a "ja maar …" is, when what follows the "maar" answers nothing ("Klopt dit?": no). */
  yesBut?: V;
  /**
   * A question of the booking before its phone number or e-mail address is asked: one typed here
   * alone ("0470 12 34 56" at the hours) is kept for it, said so, and this question comes again.
   */
  keepsContact?: boolean;
  /**
   * A question of a new booking before its hours are asked (the place, the centre, the way of
   * talking): "kan het later?", "liever later" here is a wish about the time, said back, and this
   * question comes again; never moving a booking that does not exist.
   */
  beforeTheHours?: boolean;
  /**
   * "laat maar", "non merci", "plus besoin" as the whole reply (Vocabulary `notAfterAll`) may mean
   * nothing at all after all: never an answer, a restart or "graag gedaan". Asked with this text
   * whether to stop ("Stoppen" or "ja" stops, "Verder" or "nee" asks the question again).
   */
  quitOffer?: Text;
  /**
   * The answer is followed by a list that fills a turn (the nearest centres). "ik woon in Genk maar
   * wat kost het?" here gets the price and this question again with "Genk" on a button to tap:
   * the price and the list would not fit one turn, and the town is not lost.
   */
  listFollows?: boolean;
}

/** The menu is the question whose answers stand for intents ("ik wil ne afspraak" → book). */
export function isMenuQuestion(question: Question): boolean {
  return question.intents !== undefined;
}

/** What an `aside` clause is about, and so which phrases of the Vocabulary start one. */
export type Aside = 'workPlace' | 'anotherJob';

/**
 * What the next step receives: a chosen answer's id, or the parser's value for typed words. A
 * typed answer that is one of the question's answers may keep what else it said (`detail`: the
 * place in "ik woon in Gent", which is "Vlaanderen"); an answer chosen by a "Bedoel je …?" tap
 * keeps the words it was guessed from (`wish`). `kept`: words of an earlier reply the question
 * could not take but asked to keep for the next step (ParseResult `keep`). Only `kept`: nothing was
 * answered, and what a reply told decides the next step (Tell `ends`).
 */
export type Answer<V extends string = string> =
  { choice: V; detail?: unknown; wish?: string; kept?: string } | { typed: unknown; kept?: string } | { kept: string };

/**
 * What a parser made of typed words: a value, or one of the question's own answers (`choice`: "ik
 * woon in Gent" is "Vlaanderen"). `guess`: the words could also mean something else (any word can
 * be a first name), so a side question the recognizer is sure of goes first. Not read: the retry
 * that says what to type, or none, and the miss is answered as any other ("Bedoel je …?").
 */
export type ParseResult =
  /** `shown`: the value as a button would name it ("Genk" for "ik woon in Genk maar …"; Question `listFollows`). */
  | { ok: true; value: unknown; guess?: boolean; shown?: string }
  | { ok: true; choice: string; guess?: boolean; detail?: unknown }
  /**
   * `decisive`: the words are this kind of answer but do not decide it; no button may guess instead
   * (openFirst). `keep`: the words answer what the flow asks next, not this question ("morgen
   * namiddag" where the phone number is asked): kept with the prompt and handed on with its answer.
   * `noMiss`: the reply is understood as no answer here ("1" where a place is asked): the retry
   * says what to type, and the miss does not bring the offer of a person nearer. `sure`: however
   * long, the words are about this question (how long one worked, without the count: "pas
   * begonnen"): its retry, never another meaning the recognizer hears in them (a booking).
   */
  | { ok: false; retry?: Text; decisive?: true; keep?: string; noMiss?: true; sure?: true };

/**
 * Reads typed words. `attempt` counts from 1, so a parser can stop asking after a few misses by
 * returning a value that says so. The value must be plain JSON: it is kept in dialog state.
 * `kept`: the words an earlier reply to this question asked to keep (ParseResult `keep`), to read
 * with this one ("sinds mijn 16de", then "55").
 */
export type Parser = (text: string, context: TurnContext, attempt: number, kept?: string) => ParseResult | Promise<ParseResult>;

/**
 * Buttons a question without answers of its own shows, so no reply is without a way forward:
 * each runs its command when tapped or typed as its number.
 */
export const HELPER_BUTTONS: readonly { command: Command; label: string }[] = [
  { command: 'back', label: 'buttons.back' },
  { command: 'person', label: 'menu.person' },
];

/** The helper buttons `question` shows when it has no answers of its own. */
export function helpersOf(question: Question): readonly { command: Command; label: string }[] {
  const wanted = question.helpers;
  return wanted ? HELPER_BUTTONS.filter((h) => wanted.includes(h.command)) : HELPER_BUTTONS;
}

interface AskOptions extends PromptOptions {
  question: Question;
  /**
   * The message this question answers was not understood for sure (a first message the recognizer
   * only guesses): instead of the bare question, "Bedoel je …?" with its likely meanings, once.
   */
  missFirst?: boolean;
  /**
   * Instead of the bare question, once: this offer (a message that asked two things, whose
   * second is offered after the first answer: twoQuestions.ts). Its buttons work as "Bedoel je …?"'s.
   */
  offerFirst?: FirstOffer;
  /** A plain yes to the first asking chooses this answer, which the message before pointed to (fallback.ts yesChooses). */
  yesTakes?: string;
}

/** An offer shown in place of a question, once (AskOptions.offerFirst). */
export interface FirstOffer {
  text: string;
  offered: Offer[];
}

/** Something a reply may tell instead of answering (Question `tells`). */
export interface Tell {
  reader: string;
  say: Text;
  again?: Text;
  /**
   * What was told decides without an answer here ("sorry, maar 5 jaar": too few years, the verdict
   * at once): the question ends, its words kept for the next step (Answer `kept`), and `say` is not said.
   */
  ends?: boolean;
}

/** The prompt's own state, kept with it in dialog state (plain JSON). */
export interface AskState {
  /** Failed attempts in a row; botbuilder counts them because a validator is set. */
  attemptCount?: number;
  /** Why the last typed answer failed, for the retry message. */
  retry?: Text;
  /** The "Bedoel je …?" buttons of the last miss. */
  offered?: Offer[];
  /** Set while the question is asked again after something else was answered. */
  again?: boolean;
  /** `missFirst` or `offerFirst` was honoured: later prompts are the question itself. */
  missShown?: boolean;
  /** The words a failed reply asked to keep (ParseResult `keep`), handed on with the answer. */
  kept?: string;
  /** A reply told something instead of answering (Question `tells`): this thanks for it before the question again. */
  told?: Text;
  /** What a reply told changed how the question is put (Tell `again`): asked so from then on. */
  askedAs?: Text;
  /** The answers were explained once for a reply of not knowing (Question `unsureOnce`). */
  unsureExplained?: boolean;
  /** "nee wacht" alone after a verdict: the next reply says what to correct (RootDialog). */
  correcting?: boolean;
  /** An answer said beside a side question, on a button of its own when the question comes again (Question `listFollows`). */
  suggested?: string;
  /** Replies in a row that answer nothing here ("ja" at "Voor wie kijk je dit na?"; Question `notAnswers`). */
  notAnswersInARow?: number;
}

/** Every fourth reply in a row that answers nothing here offers a person; three are still said kindly what is asked. */
const NOT_ANSWERS_BEFORE_A_PERSON = 4;
/** This turn's count of such replies before it (turn state). */
const NOT_ANSWERS_BEFORE = Symbol('loopbaanbot.notAnswersBefore');

/** The yeses: where they are `notAnswers` ("Voor wie?"), a yes before an answer says nothing ("ja, voor mij"). */
const YES_WORDS = 'understanding:synonyms.yes';
const NO_WORDS = 'understanding:synonyms.no';
/** "geen van deze", "aucun", "none of them": nothing on a list fits (Question `saidNo`). */
const NONE_OF_THESE = 'understanding:noneOfThese';

const CHOSEN = Symbol('loopbaanbot.chosen');
/** This turn's reply got the plain explanation of the answers (Question `unsureOnce`). */
const EXPLAINED_NOW = Symbol('loopbaanbot.unsureExplained');
const NOT_AN_ANSWER = Symbol('loopbaanbot.notAnAnswer');

/**
 * Tells the open question which answer the message stands for, found outside it (an intent, a
 * tapped offer). `wish`: the words that asked for it in an earlier turn ("ik heb geen werk" before
 * "Bedoel je: Kan ik er een krijgen?"), handed on with the answer so the flow still knows them.
 */
export function chooseForQuestion(context: TurnContext, id: string, wish?: string): void {
  context.turnState.set(CHOSEN, { id, ...(wish !== undefined && { wish }) } satisfies Chosen);
}

/** The answer chooseForQuestion set in this turn, if any. */
export function chosenForQuestion(context: TurnContext): string | undefined {
  return (context.turnState.get(CHOSEN) as Chosen | undefined)?.id;
}

interface Chosen {
  id: string;
  wish?: string;
}

/** The message asks for something else ("ik wil een afspraak"): the open question's parser must not read it as a name or a place. */
export function markNotAnAnswer(context: TurnContext): void {
  context.turnState.set(NOT_AN_ANSWER, true);
}

export interface AskDeps {
  language: TurnLanguage;
  vocabulary: Vocabulary;
}

/**
 * The one prompt of the bot. It asks a Question and understands the answer however it comes: a
 * tap, the button's number, the words with typos or in another language, an intent that stands
 * for an answer, or, for open questions, the question's parser. Commands and side questions are
 * handled before it (dialogs/shared/interruptions.ts). A miss gets "Bedoel je …?" with the likely
 * meanings, or the parser's own kind retry; a second miss in a row offers a person.
 */
export class AskPrompt extends Prompt<Answer> {
  static readonly id = 'ask';
  private readonly understood = new RecentAnswersPer<Question, string | undefined>();

  /**
   * `answersItself`: side questions the dialog that asks is itself answering. Inside the check,
   * "kan ik er een krijgen?" (or an answer the recognizer hears as that) is what the questions
   * are finding out: the question is asked again rather than the conditions given in brief.
   */
  constructor(
    private readonly deps: AskDeps,
    private readonly parsers: Readonly<Record<string, Parser>> = {},
    private readonly options: {
      answersItself?: readonly Intent[];
      /** What is said before the question again when the flow it is part of is asked for ("wanneer kan ik komen?" at the place). */
      ownFlowAgain?: string;
      /** What a reply tells instead of an answer, by name (Question `tells`). */
      readers?: Readonly<Record<string, (text: string) => boolean>>;
    } = {},
  ) {
    // The validator only makes botbuilder count attempts; recognition decides.
    super(AskPrompt.id, async (prompt) => prompt.recognized.succeeded);
  }

  /** What is said before the question again when the flow it is part of is asked for, if anything. */
  get ownFlowAgain(): string | undefined {
    return this.options.ownFlowAgain;
  }

  /** True when the dialog asking this prompt's questions is itself the answer to `intent`. */
  answersItself(intent: Intent): boolean {
    return this.options.answersItself?.includes(intent) ?? false;
  }

  protected override async onPrompt(context: TurnContext, state: AskState, options: PromptOptions, isRetry: boolean): Promise<void> {
    const t = this.deps.language.t(context);
    const asked = questionOf(options).question;
    const question = state.askedAs ? { ...asked, text: state.askedAs } : asked;
    const missFirst = (options as Partial<AskOptions>).missFirst === true && state.missShown !== true;
    if (missFirst) state.missShown = true;
    const { offerFirst } = options as Partial<AskOptions>;
    if (offerFirst && !missFirst && !isRetry && state.missShown !== true) {
      state.missShown = true;
      state.offered = offerFirst.offered;
      await context.sendActivity(offerActivity(offerFirst.text, offerFirst.offered));
      return;
    }
    if (!isRetry && !missFirst) {
      delete state.offered;
      const again = state.again === true && question.again !== undefined;
      delete state.again;
      await context.sendActivity(
        this.questionActivity(t, again && question.again ? { ...question, text: question.again } : question, state.suggested),
      );
      const { yesTakes } = options as Partial<AskOptions>;
      if (yesTakes && state.missShown !== true) {
        state.missShown = true;
        state.offered = yesChooses(t, yesTakes);
      }
      return;
    }
    // Something told instead of an answer: thanks, and the question again (no miss).
    if (state.told) {
      const told = state.told;
      delete state.told;
      await context.sendActivity(toActivity({ text: t(told.key as never, told.params) as string }));
      await context.sendActivity(this.questionActivity(t, question.again ? { ...question, text: question.again } : question));
      return;
    }
    const text = clampText(context.activity.text ?? '');
    const ranked = rankChoices(
      text,
      withoutLastResort(question, this.heardIn(question, text, this.vocabulariesFor(t, question, text))),
      this.deps.vocabulary.words,
    );
    // "ik ben poetsvrouw", "ik poets bij mensen thuis" at "Wat doe je nu?": a job the question does
    // not know is most likely one of these, more likely than an answer sharing a word ("thuis").
    const { aboutMyself, firstPerson } = this.deps.vocabulary;
    const tellsOfOneself = containsPhrase(text, aboutMyself) || containsPhrase(text, firstPerson);
    const guessed = question.aboutOneself && tellsOfOneself ? question.aboutOneself : [];
    const likelyChoices = [...new Set([...guessed, ...ranked])];
    const reply = missReply({
      t,
      question,
      state,
      attempts: state.attemptCount ?? 1,
      context,
      likelyChoices,
      ownIntents: this.options.answersItself ?? [],
      atMenu: isMenuQuestion(question),
      asked: this.deps.vocabulary.asks(text),
      buttons: (q) => this.buttons(t, q),
    });
    state.offered = reply.offered;
    for (const activity of reply.messages) await context.sendActivity(activity);
  }

  protected override async onRecognize(
    context: TurnContext,
    state: AskState,
    options: PromptOptions,
  ): Promise<PromptRecognizerResult<Answer>> {
    const recognized = await this.recognizeAnswer(context, state, options);
    const { kept } = state;
    return recognized.succeeded && recognized.value && kept !== undefined
      ? { succeeded: true, value: { ...recognized.value, kept } }
      : recognized;
  }

  private async recognizeAnswer(context: TurnContext, state: AskState, options: PromptOptions): Promise<PromptRecognizerResult<Answer>> {
    const { question } = questionOf(options);
    const chosen = context.turnState.get(CHOSEN) as Chosen | undefined;
    if (chosen !== undefined)
      return { succeeded: true, value: { choice: chosen.id, ...(chosen.wish !== undefined && { wish: chosen.wish }) } };
    const text = context.activity.type === 'message' ? clampText(context.activity.text ?? '') : '';
    delete state.retry;
    delete state.suggested;
    // Read once a turn: botbuilder recognizes a message twice when it bubbles an event first.
    const notAnswersBefore = (context.turnState.get(NOT_ANSWERS_BEFORE) as number | undefined) ?? state.notAnswersInARow ?? 0;
    context.turnState.set(NOT_ANSWERS_BEFORE, notAnswersBefore);
    delete state.notAnswersInARow;
    const open = question.open ? this.parsers[question.open] : undefined;
    const { kept } = state;
    const parser: Parser | undefined = open && ((typed, turn, attempt) => open(typed, turn, attempt, kept));
    const readable = this.readable(question, text);
    // "voor mezelf" again at "Waar woon je?" is no place (Voormezele), "ok" no yes: never read here.
    const notAnAnswer = this.notAnAnswerOf(question, readable);
    // "mijn man" at "Waar woont die persoon?" is no place, but it tells who (Question `tells`): kept below.
    const toldAsWell = notAnAnswer !== undefined && this.tellsInstead(context, text, question) !== undefined;
    if (notAnAnswer !== undefined && !toldAsWell) {
      const retry = question.notAnswersRetries?.[notAnAnswer] ?? question.notAnswersRetry;
      // Not at a menu: "ok", "ok bedankt" there after an answer is a thank-you, never a miss.
      if (!isMenuQuestion(question) && offersAPersonNow(state, notAnswersBefore)) return { succeeded: false };
      if (retry && question.notAnswersAskAgain) state.told = retry;
      else if (retry) state.retry = retry;
      // Understood, only no answer here: no miss that brings "Het lukt nog niet goed" nearer (it counts as the first).
      // Said before the question again: not counted at all (the prompt adds this turn after recognizing), so a miss after it is still a first.
      if (question.notAnswersAskAgain) state.attemptCount = (state.attemptCount ?? 0) - 1;
      else if (question.notAnswersAreNoMiss) state.attemptCount = 0;
      return { succeeded: false };
    }
    // Not when the message asks for something else ("ik wil deze week nog een afspraak"): that is offered.
    const told = context.turnState.get(NOT_AN_ANSWER) === true ? undefined : this.tellsInstead(context, text, question);
    if (told?.ends) {
      keep(state, state.kept === undefined ? text : `${state.kept}. ${text}`);
      return { succeeded: true, value: { kept: state.kept ?? text } };
    }
    if (told) {
      state.told = told.say;
      if (told.again) state.askedAs = told.again;
      keep(state, state.kept === undefined ? text : `${state.kept}. ${text}`);
      // Understood and kept: not counted at all (the prompt adds this turn after recognizing), so a
      // miss after it is still a first ("ben werkloos" at "Waar woon je?" brought "Het lukt nog niet goed" a reply early).
      state.attemptCount = (state.attemptCount ?? 0) - 1;
      return { succeeded: false };
    }
    const readsIt = parser !== undefined && readable.trim() !== '' && context.turnState.get(NOT_AN_ANSWER) !== true;
    // Parsed at most once a turn, before the buttons' words (openFirst) or after them.
    let parsedFirst: ParseResult | undefined;
    const first = question.openFirst === true || (question.openFirstWithNumber === true && PHONE_DIGITS.test(text));
    if (readsIt && first && (question.numbersAreValues || !/^\s*\d\s*$/.test(text))) {
      parsedFirst = await parser(readable, context, (state.attemptCount ?? 0) + 1);
      if (parsedFirst.ok && !('choice' in parsedFirst)) return { succeeded: true, value: { typed: parsedFirst.value } };
      // An answer the parser is sure of wins over a button sharing a word ("gestopt met mijn zaak" is no "eigen zaak").
      if (parsedFirst.ok && !parsedFirst.guess) return { succeeded: true, value: answerOf(parsedFirst) };
      if (!parsedFirst.ok && parsedFirst.decisive) {
        state.retry = parsedFirst.retry;
        if (parsedFirst.keep !== undefined) keep(state, parsedFirst.keep);
        return { succeeded: false };
      }
    }
    // "ja maar liever woensdag" at "Klopt dit?": what follows the "maar" may be a typed answer (a
    // new day); only when the parser reads nothing in it is the reply the question's `yesBut`.
    const but = readsIt && question.yesBut !== undefined ? this.deps.vocabulary.afterYesBut(readable) : undefined;
    if (parser !== undefined && but !== undefined && this.understand(context, but, question) === undefined) {
      const parsedBut = await parser(but, context, (state.attemptCount ?? 0) + 1);
      if (parsedBut.ok) return { succeeded: true, value: 'choice' in parsedBut ? answerOf(parsedBut) : { typed: parsedBut.value } };
    }
    const choice = this.understand(context, text, question);
    const { unsureOnce } = question;
    // A reply may be recognized twice in a turn: the turn that explains keeps explaining.
    const explainsNow = state.unsureExplained !== true || context.turnState.get(EXPLAINED_NOW) === true;
    const excepted = unsureOnce?.except?.some((key) => containsPhrase(text, this.deps.vocabulary.allLocales(key))) === true;
    if (choice !== undefined && unsureOnce?.answer === choice && explainsNow && !excepted) {
      state.unsureExplained = true;
      context.turnState.set(EXPLAINED_NOW, true);
      state.told = unsureOnce.say;
      state.attemptCount = 0;
      return { succeeded: false };
    }
    if (choice !== undefined) return { succeeded: true, value: { choice } };
    const refusal = this.refusal(context, text, question);
    if (refusal) {
      state.retry = refusal;
      return { succeeded: false };
    }
    // "ja" or "nee" where no answer is a yes or a no ("Wat doe je nu?"): the question in plainer
    // words, and no miss (was "Sorry, dat begreep ik niet", and a person after the second).
    // Read with typos only ("tien uur" is two letters from "bien sûr"), a typed answer the parser reads wins.
    const yesOrNoOnly =
      question.simpler !== undefined && this.saysOnlyYesOrNo(readable) && !(question.givenNamesAreValues && this.namesAGivenName(readable));
    const parsedAnyway =
      yesOrNoOnly && readsIt && !this.saysYesOrNoAsIs(readable)
        ? (parsedFirst ?? (await parser(readable, context, (state.attemptCount ?? 0) + 1)))
        : undefined;
    // "nee", "geen van deze", "none of them" at a list (`saidNo`): none fits; what then, and the question again (no miss).
    if (question.saidNo && !parsedAnyway?.ok && this.saysNoneFits(readable)) {
      state.told = question.saidNo;
      // Not counted at all (the prompt adds this turn after recognizing): a miss after it is still a first.
      state.attemptCount = (state.attemptCount ?? 0) - 1;
      return { succeeded: false };
    }
    if (yesOrNoOnly && question.simpler && !parsedAnyway?.ok) {
      if (offersAPersonNow(state, notAnswersBefore)) return { succeeded: false };
      state.told = question.simpler;
      state.attemptCount = Math.max(0, (state.attemptCount ?? 0) - 1);
      return { succeeded: false };
    }
    if (!readsIt) return { succeeded: false };
    const parsed = parsedAnyway ?? parsedFirst ?? (await parser(readable, context, (state.attemptCount ?? 0) + 1));
    if (parsed.ok) {
      if (!('choice' in parsed)) return { succeeded: true, value: { typed: parsed.value } };
      return { succeeded: true, value: answerOf(parsed) };
    }
    // What could not be read next to a clause about something else: say what the question asks.
    state.retry = question.aside && readable !== text ? question.aside.retry : parsed.retry;
    if (parsed.keep !== undefined) keep(state, parsed.keep);
    // Counted as before (the prompt adds this turn after recognizing): no step nearer to "Het lukt nog niet goed".
    if (parsed.noMiss) state.attemptCount = Math.max(0, (state.attemptCount ?? 0) - 1);
    return { succeeded: false };
  }

  /** True when `reply` is one given name of any language ("Jo"), as typed. */
  private namesAGivenName(reply: string): boolean {
    return nameWordsOf(this.deps.vocabulary).givenNames?.has(normalize(reply)) === true;
  }

  /** True when `reply` is word for word one of the yeses or noes of any language, no typo in it. */
  private saysYesOrNoAsIs(reply: string): boolean {
    const { vocabulary } = this.deps;
    const said = wordsOf(reply).join(' ');
    return vocabulary.allLocalesNormalized(YES_WORDS).includes(said) || vocabulary.allLocalesNormalized(NO_WORDS).includes(said);
  }

  /** "nee", "non", "no" alone, or "geen van deze", "aucun", "none of them": nothing offered fits. */
  private saysNoneFits(reply: string): boolean {
    const said = wordsOf(reply).join(' ');
    const { vocabulary } = this.deps;
    return isOneOf(said, vocabulary.allLocalesNormalized(NO_WORDS)) || isOneOf(said, vocabulary.allLocalesNormalized(NONE_OF_THESE));
  }

  /** True when `reply` is a yes or a no and nothing more ("ja", "neen", "oui", "nope"). */
  private saysOnlyYesOrNo(reply: string): boolean {
    const { vocabulary } = this.deps;
    const said = wordsOf(reply).join(' ');
    return (
      said !== '' && (isOneOf(said, vocabulary.allLocalesNormalized(YES_WORDS)) || isOneOf(said, vocabulary.allLocalesNormalized(NO_WORDS)))
    );
  }

  /** Asked again after a side question or a command: the short text, when the question has one. */
  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    (instance.state as { state?: AskState }).state ??= {};
    (instance.state as { state: AskState }).state.again = true;
    await super.repromptDialog(context, instance);
  }

  /** The answer `reply` names among the question's own answers, or undefined; numbers refer to the buttons on screen. */
  understand(context: TurnContext, typed: string, question: Question): string | undefined {
    // Read first by the interruptions, then by the question itself: once per message, language and question.
    const locale = this.deps.language.locale(context);
    return this.understood.of(question, `${locale}\n${typed}`, () => this.answerNamed(context, typed, question));
  }

  private answerNamed(context: TurnContext, typed: string, question: Question): string | undefined {
    const reply = this.readable(question, typed);
    // "ja ma ik heb een ander nummer", "ja maar liever verplaatsen": never the yes; what follows
    // answers, or the question's own `yesBut` ("Klopt dit?": something is not right).
    const but = this.deps.vocabulary.afterYesBut(reply);
    if (but !== undefined) return this.understand(context, but, question) ?? question.yesBut;
    // "ja maar", "ja ma" and no more at "Klopt dit?": the yes is taken back, so never a yes.
    if (question.yesBut !== undefined && this.deps.vocabulary.isYesButAlone(reply)) return question.yesBut;
    // "ja ik wil een afspraak maken" where nothing hangs on the yes ("Was dit duidelijk?"): the
    // rest is what counts; the question's own answer in it, else no answer (the rest is read on).
    const more = question.passing ? this.deps.vocabulary.afterYes(reply) : undefined;
    if (more !== undefined) return this.understand(context, more, question);
    // "de eerste", "the second one", "nummer 3": the button in that place.
    const position = this.deps.vocabulary.position(reply);
    const shown = shownChoices(question);
    if (position !== undefined && shown.length > 0 && !/^\s*\d+\s*$/.test(reply)) {
      // "de laatste" is the last of a list (the centres), never "Meer" after it; at a menu "Meer" is a button like the others.
      const answers = question.more && !isMenuQuestion(question) ? shown.filter((c) => c !== question.more) : shown;
      return position === 'last' ? (answers.at(-1) ?? shown.at(-1))?.id : shown[position - 1]?.id;
    }
    if (this.isNotAnAnswer(question, reply)) return undefined;
    const vocabularies = this.heardIn(question, reply, this.vocabulariesFor(this.deps.language.t(context), question, reply));
    const byNumber = /^\s*\d+\s*$/.test(reply);
    const { words } = this.deps.vocabulary;
    if (byNumber && question.numbersAreValues) return undefined;
    if (byNumber) return matchChoice(reply, vocabularies.slice(0, shown.length), words);
    const found =
      this.preciseIn(context, question, reply) ??
      this.notOnlyCloseTo(reply, question, vocabularies, matchChoice(reply, withoutLastResort(question, vocabularies), words)) ??
      matchChoice(reply, vocabularies, words);
    return found ?? this.theOtherOne(context, reply, question);
  }

  /**
   * `found` unless it only came close to what was typed while a last-resort answer names it word
   * for word (then that one): "kuisvrouw" (a cleaner, a job) is one letter from "huisvrouw" (no
   * work), and a typo-tolerant match must never turn a job into a "no".
   */
  private notOnlyCloseTo(
    reply: string,
    question: Question,
    vocabularies: ChoiceVocabulary[],
    found: string | undefined,
  ): string | undefined {
    if (found === undefined) return undefined;
    // Each vocabulary's own phrase list, whose words containsPhrase keeps, rather than a new list of them all.
    for (const v of vocabularies) if (v.value === found && containsPhrase(reply, v.phrases)) return found;
    const lastResort = lastResortIds(question);
    const named = vocabularies.filter((v) => lastResort.has(v.value) && containsPhrase(reply, v.phrases));
    if (named.length === 0) return found;
    return new Set(named.map((v) => v.value)).size === 1 ? named[0]?.value : undefined;
  }

  /** The one `precise` answer the typed reply names word for word (preciseIn), or undefined. */
  namedPrecisely(context: TurnContext, typed: string, question: Question): string | undefined {
    return this.preciseIn(context, question, this.readable(question, typed));
  }

  /** The one `precise` answer whose phrase the reply holds, when it holds exactly one and denies nothing beyond it. */
  private preciseIn(context: TurnContext, question: Question, reply: string): string | undefined {
    const precise = [...(question.choices ?? []), ...(question.also ?? [])].filter((c) => c.precise);
    if (precise.length === 0) return undefined;
    // A reply that denies something names no precise answer, unless the denial is the phrase's own
    // ("weet niet of dat een cheque was": unsure, whatever else it says).
    const { negations } = this.deps.vocabulary;
    const denials = (text: string) => wordsOf(text).filter((w) => negations.has(w)).length;
    const denied = denials(reply);
    // The precise answers' own words only: another answer with the same value says no more than it.
    const t = this.deps.language.t(context);
    const all = [...(question.choices ?? []), ...(question.also ?? [])];
    const found = precise.filter((c) =>
      this.vocabularyOf(t, c).phrases.some(
        (p) => denials(p) >= denied && containsPhrase(reply, [p]) && !this.insideLonger(t, all, c, p, reply),
      ),
    );
    const outranked = new Set(found.flatMap((c) => c.outranks ?? []));
    const named = new Set(found.map((c) => c.id).filter((id) => !outranked.has(id)));
    return named.size === 1 ? [...named][0] : undefined;
  }

  /**
   * True when `phrase` of `choice` is only part of a longer phrase of another answer that the reply
   * says: "ziek zonder contract" says "ziek" (sick), but as a whole it is no work at all.
   */
  private insideLonger(t: Translator, all: readonly Choice[], choice: Choice, phrase: string, reply: string): boolean {
    const length = wordsOf(phrase).length;
    return all.some(
      (other) =>
        other.id !== choice.id &&
        this.vocabularyOf(t, other).phrases.some(
          (longer) => wordsOf(longer).length > length && containsPhrase(longer, [phrase]) && containsPhrase(reply, [longer]),
        ),
    );
  }

  /** The `tells` entry whose reader reads `reply` (Question.tells), unless the reply is one of the answers as a whole. */
  tellsInstead(context: TurnContext, reply: string, question: Question): Tell | undefined {
    const tells = question.tells ?? [];
    if (tells.length === 0 || this.answersWhole(context, reply, question)) return undefined;
    return tells.find(({ reader }) => this.options.readers?.[reader]?.(reply) === true);
  }

  /** True when `reply` is, as a whole, one of the replies the question does not take (Question.notAnswers). */
  isNotAnAnswer(question: Question, reply: string): boolean {
    return this.notAnAnswerOf(question, reply) !== undefined;
  }

  /** The key of `notAnswers` whose replies `reply` is one of, as a whole; undefined when none. */
  private notAnAnswerOf(question: Question, reply: string): string | undefined {
    const { vocabulary } = this.deps;
    const key = this.notAnswerKeys(question).find((k) => isOneOf(reply, vocabulary.allLocalesNormalized(k)));
    if (key === undefined || vocabulary.allLocalesNormalized(key).includes(normalize(reply))) return key;
    // Only a typo away, it may say an answer of the question's own word for word: "ik weet niet" is
    // a letter from "ik werk niet", and holds the "weet niet" of "Hoe lang heb je gewerkt?".
    const own = (question.choices ?? []).filter((c) => c.label).map((c) => vocabulary.choice(c.id, c.label ?? '', c.synonyms));
    return own.some((v) => containsPhrase(reply, v.phrases)) ? undefined : key;
  }

  /** The vocabulary keys of the question's `notAnswers`. */
  private notAnswerKeys(question: Question): readonly string[] {
    const { notAnswers } = question;
    return notAnswers === undefined ? [] : typeof notAnswers === 'string' ? [notAnswers] : notAnswers;
  }

  /**
   * Of two answers, the one not denied: "niet online" at [Ter plaatse | Online] is "Ter plaatse",
   * "niet voor mezelf" at [Voor mezelf | Voor iemand anders] the other. Only the denial and the
   * denied answer's words may be said.
   */
  private theOtherOne(context: TurnContext, reply: string, question: Question): string | undefined {
    const shown = shownChoices(question);
    const { negations } = this.deps.vocabulary;
    const words = tokens(reply);
    if (shown.length !== 2 || question.more || !words.some((w) => negations.has(w))) return undefined;
    const t = this.deps.language.t(context);
    const denied = matchChoice(
      words.filter((w) => !negations.has(w)).join(' '),
      shown.map((c) => this.vocabularyOf(t, c)),
      this.deps.vocabulary.words,
    );
    return denied === undefined ? undefined : shown.find((c) => c.id !== denied)?.id;
  }

  /** True when `reply` is one of the question's answers as a whole (its number, or a phrase with at most a typo). */
  answersWhole(context: TurnContext, reply: string, question: Question): boolean {
    const typed = normalize(reply);
    if (/^\d+$/.test(typed) && question.numbersAreValues) return false;
    if (/^\d+$/.test(typed)) return Number(typed) >= 1 && Number(typed) <= shownChoices(question).length;
    return saysWhole(typed, this.vocabularies(this.deps.language.t(context), question));
  }

  /** The retry of an answer this question knows but does not take, when `reply` names one. */
  refusal(context: TurnContext, typed: string, question: Question): Text | undefined {
    const reply = this.readable(question, typed);
    // Only a clause about something else ("ik werk in Nederland" at "Waar woon je?").
    if (question.aside && reply !== typed && tokens(reply).every((w) => this.deps.vocabulary.words.filler.has(w)))
      return question.aside.retry;
    const refused = question.refused ?? [];
    if (refused.length === 0 || /^\s*\d+\s*$/.test(reply)) return undefined;
    const t = this.deps.language.t(context);
    const id = matchChoice(
      reply,
      refused.map((c) => this.vocabularyOf(t, c)),
      this.deps.vocabulary.words,
    );
    return refused.find((c) => c.id === id)?.retry;
  }

  /** The part of a message the question reads: without the clauses its `aside` is about. */
  private readable(question: Question, text: string): string {
    const { vocabulary } = this.deps;
    // "Brussel, nee sorry, ik woon in Namen": the answer is what the user says last.
    const corrected = afterCorrection(text, vocabulary.corrections);
    // "oui madame", "yes sir": the bare yes or no.
    const polite = vocabulary.politeYesOrNo(corrected);
    // "oui c'est pour moi" where a yes answers nothing ("Pour qui ?"): what follows the yes is the answer.
    const afterYes = this.notAnswerKeys(question).includes(YES_WORDS) ? vocabulary.afterYesWord(corrected) : undefined;
    const said = afterYes ?? polite ?? corrected;
    if (!question.aside) return said;
    return withoutClauses(said, vocabulary[question.aside.about], vocabulary.clauseEnds);
  }

  /** Every answer's ways of saying it: the buttons in order (numbers refer to them), then the typed-only ones. */
  private vocabularies(t: Translator, question: Question): ChoiceVocabulary[] {
    return [...shownChoices(question), ...(question.also ?? [])].map((c) => this.vocabularyOf(t, c));
  }

  /**
   * The answers `reply` may pick. A menu's "Meer" opens more buttons: a sentence is never that,
   * only the word itself ("ik wil iets anders doen" is no "iets anders" for "Meer").
   */
  private vocabulariesFor(t: Translator, question: Question, reply: string): ChoiceVocabulary[] {
    // "any time" is no answer in "any time on tuesday?", nor "anything" in "do I need anything?" (Choice `wholeOnly`).
    const wholeOnly = question.also?.some((c) => c.wholeOnly) === true;
    const all = wholeOnly
      ? [...shownChoices(question), ...(question.also ?? [])]
          .filter((c) => !c.wholeOnly || saysWhole(reply, [this.vocabularyOf(t, c)]))
          .map((c) => this.vocabularyOf(t, c))
      : this.vocabularies(t, question);
    const more = question.more;
    if (!more || !isMenuQuestion(question) || wordsOf(reply).length < 3) return all;
    return all.filter((v) => v.value !== more.id || saysWhole(reply, [v]));
  }

  /**
   * The answers `reply` may name: a `wordForWord` one only when it holds one of its phrases as they
   * are, and one no other answer has: at "Wat wil je aanpassen?" "telefoon" is the contact, "liever
   * telefonisch" the way of talking.
   */
  private heardIn(question: Question, reply: string, vocabularies: ChoiceVocabulary[]): ChoiceVocabulary[] {
    const answers = [...(question.choices ?? []), ...(question.also ?? []), ...(question.more ? [question.more] : [])];
    const exact = new Set(answers.filter((c) => c.wordForWord).map((c) => c.id));
    if (exact.size === 0) return vocabularies;
    const others = new Set(vocabularies.filter((v) => !exact.has(v.value)).flatMap((v) => v.phrases.map(normalize)));
    return vocabularies.filter(
      (v) => !exact.has(v.value) || v.phrases.some((p) => !others.has(normalize(p)) && containsPhrase(reply, [p])),
    );
  }

  /** How the question's parser reads `text`: surely an answer (a postcode, an e-mail address), maybe one (a name), or not. */
  async parses(context: TurnContext, typed: string, question: Question): Promise<'sure' | 'guess' | undefined> {
    const text = this.readable(question, typed);
    if (this.isNotAnAnswer(question, text)) return undefined;
    const parsed = await this.parsedOnce(context, text, question);
    // One word that is this kind of answer, though not yet a good one ("Peer", a town and a name):
    // the question says why, rather than a guess at another meaning. Longer messages may still ask
    // something else ("5 jaar hier en 3 in Marokko": work abroad), but not where the answers are
    // times: "deze week nog" on a Sunday is as sure a time as on a Thursday.
    if (!parsed?.ok && parsed?.decisive && (question.answersAreTimes || parsed.sure)) return 'sure';
    // A time alone kept for the question after it ("zo snel mogelijk" where the phone number is
    // asked): this dialog's, never a wish the recognizer hears in it ("Afspraak maken?"). A longer
    // message may still carry one ("ik wil deze week nog een afspraak maken").
    if (!parsed?.ok && parsed?.keep !== undefined && wordsOf(text).length <= KEPT_TIME_WORDS) return 'sure';
    if (!parsed?.ok) return parsed?.decisive && wordsOf(text).length === 1 ? 'guess' : undefined;
    return parsed.guess ? 'guess' : 'sure';
  }

  /**
   * The answer `typed` names as a button would show it ("Genk" for "ik woon in Genk maar wat kost
   * het?", "is het gratis in Gent?"), sure or not: a button only offers it. Undefined for none.
   */
  async shownAnswer(context: TurnContext, typed: string, question: Question): Promise<string | undefined> {
    const parsed = await this.parsedOnce(context, this.readable(question, typed), question);
    return parsed?.ok && 'value' in parsed ? parsed.shown : undefined;
  }

  /** What the question's parser makes of readable `text` as a first attempt; undefined without a parser or text. */
  private async parsedOnce(context: TurnContext, text: string, question: Question): Promise<ParseResult | undefined> {
    const parser = question.open ? this.parsers[question.open] : undefined;
    return parser && text.trim() !== '' ? parser(text, context, 1) : undefined;
  }

  /** The buttons on screen: the answers, "Meer", or the helper buttons of a question without answers. */
  buttons(t: Translator, question: Question): Button[] {
    const shown = shownChoices(question);
    const helpers = shown.length === 0 || question.helpersToo === true ? helpersOf(question) : [];
    return [
      ...shown.map((c) => ({ value: c.id, title: titleOf(t, c) })),
      ...helpers.map((h) => ({ value: `command:${h.command}`, title: t(h.label as never) as string })),
    ];
  }

  private questionActivity(t: Translator, question: Question, suggested?: string) {
    const buttons = this.buttons(t, question);
    return toActivity({
      text: t(question.text.key as never, question.text.params) as string,
      buttons: suggested ? [{ value: suggested, title: suggested }, ...buttons] : buttons,
      ...(question.numbersAreValues && { unnumbered: true }),
    });
  }

  private vocabularyOf(t: Translator, choice: Choice): ChoiceVocabulary {
    if (choice.label) return this.deps.vocabulary.choice(choice.id, choice.label, choice.synonyms);
    const titles = choice.titles ? Object.values(choice.titles) : [choice.title ?? titleOf(t, choice)];
    // Data on the button ("0470 12 34 56") with words that point at it ("dit nummer").
    const synonyms = choice.synonyms ? this.deps.vocabulary.allLocales(`understanding:synonyms.${choice.synonyms}`) : [];
    return { value: choice.id, phrases: [...titles, ...(choice.phrases ?? []), ...synonyms] };
  }
}

/**
 * Counts a reply that answers nothing here ("ja" at "Voor wie kijk je dit na?" or "Waar woon je?").
 * "ja" six times met the same sentence six times: every fourth one in a row is a miss that offers
 * a person (true), as a second miss does; the others say what is asked.
 */
function offersAPersonNow(state: AskState, before: number): boolean {
  state.notAnswersInARow = before + 1;
  if (state.notAnswersInARow % NOT_ANSWERS_BEFORE_A_PERSON !== 0) return false;
  // The prompt adds this turn after recognizing: a second attempt, which offers a person.
  state.attemptCount = 1;
  return true;
}

/**
 * Keeps words for the next step (ParseResult `keep`). They were understood, only not as this
 * question's answer: no miss that brings "Het lukt nog niet goed" nearer ("zaterdag", then
 * "zondag dan" where the number is asked); it counts as the first, as a reply of `notAnswers` does.
 */
function keep(state: AskState, words: string): void {
  state.kept = words;
  state.attemptCount = 0;
}

/** The answer a parser's chosen answer stands for, with what else it said. */
export function answerOf(parsed: { choice: string; detail?: unknown }): Answer {
  return { choice: parsed.choice, ...(parsed.detail !== undefined && { detail: parsed.detail }) };
}

export function shownChoices(question: Question): Choice[] {
  const choices = question.choices ?? [];
  return question.more ? [...choices, question.more] : [...choices];
}

function questionOf(options: PromptOptions): AskOptions {
  const question = (options as Partial<AskOptions>).question;
  if (!question) throw new TypeError('AskPrompt: options.question is required.');
  return { ...options, question };
}

/**
 * Asks `question` from a waterfall step; the next step receives an `Answer`. `missFirst`: the
 * message being answered was only guessed at, so the question opens with "Bedoel je …?".
 */
export function ask(
  step: WaterfallStepContext,
  question: Question,
  how: { missFirst?: boolean; offerFirst?: FirstOffer; yesTakes?: string } = {},
): Promise<DialogTurnResult> {
  if ((question.choices?.length ?? 0) > MAX_BUTTONS) {
    throw new RangeError(`ask(): ${question.text.key} offers ${question.choices?.length} answers; at most ${MAX_BUTTONS}.`);
  }
  const options: AskOptions = {
    question,
    ...(how.missFirst && { missFirst: true }),
    ...(how.offerFirst && { offerFirst: how.offerFirst }),
    ...(how.yesTakes && { yesTakes: how.yesTakes }),
  };
  return step.prompt(AskPrompt.id, options);
}

/** The chosen answer's id, or undefined when the user typed something the parser read. */
export function choiceOf<V extends string = string>(result: unknown): V | undefined {
  return typeof result === 'object' && result !== null && 'choice' in result ? (result as { choice: V }).choice : undefined;
}

/** What a typed answer said besides the answer it stands for (see Answer), or undefined. */
export function detailOf<T>(result: unknown): T | undefined {
  return typeof result === 'object' && result !== null && 'detail' in result ? ((result as { detail: unknown }).detail as T) : undefined;
}

/** The words an earlier reply asked to keep for the next step (Answer `kept`), or undefined. */
export function keptOf(result: unknown): string | undefined {
  return typeof result === 'object' && result !== null && 'kept' in result ? (result as { kept?: string }).kept : undefined;
}

/** The parser's value, or undefined when an answer was chosen. */
export function typedOf<T>(result: unknown): T | undefined {
  return typeof result === 'object' && result !== null && 'typed' in result ? ((result as { typed: unknown }).typed as T) : undefined;
}

/** "ok", "oké dank je", "d'accord", "okay thanks": an answer taken in, often after a side answer; it asks nothing. */
export const ACKNOWLEDGEMENTS = 'understanding:acknowledgements';

/**
 * "ok", "goed", "ok dank je" where no answer is a yes ("Welk centrum kies je?"): no answer and no
 * miss (was "Sorry, dat begreep ik niet", and a person after the second); `tap` says what to tap,
 * then the question again.
 */
export function acknowledgementsAskAgain(
  tap: Text,
): Pick<Question, 'notAnswers' | 'notAnswersRetry' | 'notAnswersAreNoMiss' | 'notAnswersAskAgain'> {
  return { notAnswers: ACKNOWLEDGEMENTS, notAnswersRetry: tap, notAnswersAreNoMiss: true, notAnswersAskAgain: true };
}

// Their words named outright: an answer that stands for yes or no under another id ({ ...NO, id: 'never' }) keeps them.
export const YES: Choice<'yes'> = { id: 'yes', label: 'answers.yes', synonyms: 'yes' };
export const NO: Choice<'no'> = { id: 'no', label: 'answers.no', synonyms: 'no' };

export const yesNo = (text: Text): Question<'yes' | 'no'> => ({ text, choices: [YES, NO] });

/**
 * The question the user is answering right now, wherever it sits in the dialog tree: the innermost
 * dialog context whose active dialog is an AskPrompt, with the prompt, its question and its state.
 */
export interface OpenQuestion {
  prompt: AskPrompt;
  question: Question;
  state: AskState;
  leaf: DialogContext;
}

export function openQuestion(dc: DialogContext): OpenQuestion | undefined {
  // `child` builds a new DialogContext on every read: each level is read once.
  let leaf = dc;
  for (let next = dc.child; next; next = next.child) leaf = next;
  const active = leaf.activeDialog;
  const prompt = active ? leaf.findDialog(active.id) : undefined;
  const instance = active?.state as { options?: Partial<AskOptions>; state?: AskState } | undefined;
  const question = instance?.options?.question;
  if (!(prompt instanceof AskPrompt) || !question || !instance) return undefined;
  instance.state ??= {};
  return { prompt, question, state: instance.state, leaf };
}

/** The vocabularies of every answer but the last-resort ones (Choice.lastResort). */
/** The ids of the question's `lastResort` answers. */
function lastResortIds(question: Question): ReadonlySet<string> {
  return new Set([...(question.choices ?? []), ...(question.also ?? [])].filter((c) => c.lastResort).map((c) => c.id));
}

function withoutLastResort(question: Question, vocabularies: ChoiceVocabulary[]): ChoiceVocabulary[] {
  const lastResort = lastResortIds(question);
  return lastResort.size === 0 ? vocabularies : vocabularies.filter((v) => !lastResort.has(v.value));
}
