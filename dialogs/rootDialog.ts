import { toActivity } from '../src/conversation/activity.js';
import {
  ComponentDialog,
  Dialog,
  DialogTurnStatus,
  type DialogContext,
  type DialogTurnResult,
  type Activity,
  type TurnContext,
  type WaterfallStepContext,
} from '../src/bot/sdk.js';
import type { Translator } from '../src/i18n/i18n.js';
import { recognizeCommand, type Command } from '../src/understanding/commands.js';
import { shortMessageIn } from '../src/understanding/languageDetect.js';
import { brusselsDate } from '../src/domain/calendar.js';
import { afterCorrection, clampText } from '../src/understanding/text.js';
import { BookIntakeDialog, type BookIntakeOptions } from './booking/bookIntake.js';
import { ManageBookingDialog } from './booking/manageBooking.js';
import { CheckEligibilityDialog, type CheckEligibilityOptions, type CheckRedo } from './checkEligibility.js';
import { ChooseLanguageDialog } from './chooseLanguage.js';
import { ExplainChequeDialog } from './explainCheque.js';
import { BOOK, CHECK, isMenuAction, mainMenu, moreMenu, myBookingMenu, type MenuAction } from './menu.js';
import { ForgetMeDialog } from './forgetMe.js';
import { OfferLanguageDialog, type OfferLanguageOptions } from './offerLanguage.js';
import {
  ask,
  AskPrompt,
  chooseForQuestion,
  choiceOf,
  isMenuQuestion,
  openQuestion,
  shownChoices,
  type FirstOffer,
  type Question,
} from './shared/ask.js';
import { announcedOn } from './shared/chequeTerms.js';
import type { DialogDeps } from './shared/deps.js';
import { forgetRecognition, guessedAMeaning, offerActivity, rememberRecognition, yesChooses, type Offer } from './shared/fallback.js';
import { Interruptions, isSentenceFor, type Interruption } from './shared/interruptions.js';
import { send } from './shared/send.js';
import { SideQuestions, type SideQuestion } from './shared/sideQuestions.js';
import { countAsAsked, forgetLastAsked, goBack, namedStepsOf, Steps, values } from './shared/steps.js';
import { TalkToPersonDialog, type TalkToPersonOptions } from './talkToPerson.js';
import { TwoQuestions, type TwoAsked } from './shared/twoQuestions.js';
import { yearsSinceAnAge } from '../src/understanding/years.js';

export interface RootOptions {
  /** Say hello first: a new conversation, or the user said hello or "opnieuw". */
  greet?: boolean;
  /** The message that started the conversation; used as the menu answer when it is one. */
  firstReply?: string;
  /** The user has been helped already: "Kan ik je nog ergens mee helpen?". */
  again?: boolean;
  /** Start this flow at once: a flow ended asking for it, or a "Bedoel je …?" switched to it. */
  start?: MenuAction;
  /** The words that asked for `start` ("een afspraak in Gent"), when they were typed before this turn. */
  wish?: string;
  /** A flow asked for in another language: offer that language first, then the flow (OfferLanguageDialog). */
  offer?: OfferLanguageOptions;
  /** With `start` 'check': the check again after a correction typed after its verdict. */
  redo?: CheckRedo;
  /** The chat ended before `firstReply` ("stop", a goodbye): a goodbye or thanks then is answered as one, never with a hello. */
  ended?: boolean;
}

/**
 * The questions that follow a verdict besides the menu, where a correction of the check's answers
 * may come: "Zal ik een afspraak maken?" after a yes, and the way to a person after "iemand van
 * VDAB moet het bekijken" (nothing is opened for staff before it is answered).
 */
const AFTER_A_VERDICT = ['checkEligibility:eligibleNext.', 'handover:how.question', 'handover:closed.question'];

/**
 * Side answers that say the bot does not know ("telt mijn studentenjob?": the domain is silent): at
 * a menu the way to a person is a button on the answer, in place of the menu.
 */
const PERSON_WITH_ANSWER: ReadonlySet<SideQuestion> = new Set<SideQuestion>(['student_job_counts']);

/** How the way to a person starts for someone who seems in distress: Tele-Onthaal first. */
const DISTRESS = { reason: 'distress' } as const;

/** What the first step hands on when the first message was only guessed at. */
const FIRST_MISS = 'firstMiss';

/** Messages longer than this (a pasted story) let other turns run between two readings of them. */
const LONG_MESSAGE_CHARS = 300;

/** Resolves after the event loop has served what waits (other requests, timers). */
const otherWorkFirst = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * The start of every conversation: greets, offers the menu, runs the chosen flow and comes back
 * to the menu. Every message first passes the interruptions (dialogs/shared/interruptions.ts):
 * commands, side questions and another language are handled here, once, so the flows themselves
 * only deal with answers.
 */
export class RootDialog extends ComponentDialog {
  static readonly id = 'root';
  private static readonly stepsId = `${RootDialog.id}.steps`;
  private readonly prompt: AskPrompt;
  private readonly interruptions: Interruptions;
  private readonly side: SideQuestions;
  private readonly booking: BookIntakeDialog;
  private readonly twoQuestions: TwoQuestions;
  private readonly check: CheckEligibilityDialog;

  constructor(private readonly deps: DialogDeps) {
    super(RootDialog.id);
    this.prompt = new AskPrompt(deps);
    this.interruptions = new Interruptions(deps);
    this.side = new SideQuestions(deps);
    this.booking = new BookIntakeDialog(deps);
    const check = new CheckEligibilityDialog(deps);
    this.check = check;
    this.twoQuestions = new TwoQuestions(deps, this.side, this.booking, check);
    this.addDialog(this.prompt);
    this.addDialog(new OfferLanguageDialog(deps));
    this.addDialog(new ExplainChequeDialog(deps));
    this.addDialog(check);
    this.addDialog(new TalkToPersonDialog(deps));
    this.addDialog(new ChooseLanguageDialog(deps));
    this.addDialog(new ForgetMeDialog(deps));
    this.addDialog(this.booking);
    this.addDialog(new ManageBookingDialog(deps));
    this.addDialog(
      // Named: a conversation in a flow or at the menu when a step is added goes on by name.
      new Steps(
        RootDialog.stepsId,
        namedStepsOf<RootOptions>(this, {
          firstMessage: this.firstMessageStep,
          askMenu: this.askMenuStep,
          route: this.routeStep,
          routeMore: this.routeMoreStep,
          menuAgain: this.menuAgainStep,
        }),
      ),
    );
    this.initialDialogId = RootDialog.stepsId;
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const { activity } = innerDc.context;
    // Someone who seems in distress gets Tele-Onthaal and a person before anything else.
    const typed = activity.type === 'message' ? clampText(activity.text ?? '') : undefined;
    if (typed !== undefined && (await this.inDistress(innerDc.context, typed))) return innerDc.beginDialog(TalkToPersonDialog.id, DISTRESS);
    // "nee wacht, ik werk wel" right after a verdict: the check again with that answer corrected.
    const corrected = await this.checkCorrected(innerDc);
    if (corrected) return corrected;
    // Two questions in one message at a menu: both answered, or the second offered (twoQuestions.ts).
    const two = await this.twoQuestionsAtMenu(innerDc);
    if (two) return two;
    const interruption = await this.interruptions.decide(innerDc);
    if (interruption) return this.interrupt(innerDc, interruption);
    // A long message has taken a while to read already; other conversations' turns go first
    // before the question reads it again, so no turn holds the others up for long.
    if (activity.type === 'message' && (activity.text?.length ?? 0) > LONG_MESSAGE_CHARS) await otherWorkFirst();
    return super.onContinueDialog(innerDc);
  }

  private async interrupt(innerDc: DialogContext, interruption: Interruption): Promise<DialogTurnResult> {
    const { context } = innerDc;
    const t = this.deps.language.t(context);
    switch (interruption.kind) {
      case 'command':
        return this.runCommand(innerDc, interruption.command);
      case 'greet':
        await send(context, t('sideQuestions:hello'));
        return this.reprompt(innerDc);
      case 'thanks':
        await send(context, t('sideQuestions:thanks'));
        return this.reprompt(innerDc);
      case 'goodbye':
        await innerDc.cancelAllDialogs();
        await context.sendActivity(this.goodbye(t));
        return { status: DialogTurnStatus.complete };
      case 'side': {
        const shown = openQuestion(innerDc);
        const withPerson =
          shown && isMenuQuestion(shown.question)
            ? await this.answerWithPerson(context, interruption.question, interruption.said ?? clampText(context.activity.text ?? ''))
            : undefined;
        if (shown && withPerson) {
          shown.state.offered = withPerson.offered;
          await context.sendActivity(offerActivity(withPerson.text, withPerson.offered));
          return Dialog.EndOfTurn;
        }
        const yesTakes = this.yesTakesAfter(interruption.question, shown?.question);
        await this.side.answer(
          context,
          interruption.question,
          interruption.said ?? clampText(context.activity.text ?? ''),
          shown?.question,
        );
        // "ik woon in Genk maar wat kost het?" at "Wat doe je nu?" after the town: the price, then the
        // work question takes the message. Where the centres follow the answer and would not fit the
        // turn ("is het gratis in Gent?" where the town is asked), the town is on a button of the question again.
        if (interruption.answers && !shown?.question.listFollows) return innerDc.continueDialog();
        const suggested = shown?.question.listFollows
          ? await shown.prompt.shownAnswer(context, clampText(context.activity.text ?? ''), shown.question)
          : undefined;
        if (shown && suggested) shown.state.suggested = suggested;
        await innerDc.repromptDialog();
        // "… Tik op 'Kan ik er een krijgen?'": a plain "ja" or "ok" to that starts the check; "Ik kan
        // zo'n gesprek voor je vastleggen": the booking.
        const open = openQuestion(innerDc);
        if (yesTakes && open) open.state.offered = yesChooses(t, yesTakes);
        return Dialog.EndOfTurn;
      }
      case 'offerLanguage': {
        const offer: OfferLanguageOptions = {
          locale: interruption.locale,
          said: clampText(context.activity.text ?? ''),
          ...(interruption.side && { side: interruption.side }),
        };
        // "Why do you ask?" in another language: answered after the offer, about the question that was open.
        const open = interruption.side ? openQuestion(innerDc)?.question : undefined;
        if (open) offer.open = open;
        // "bonjour" at the main menu: offered from the menu, so a flow asked for in the reply ("je veux un
        // rendez-vous", "ik wil een afspraak") starts (was the menu again, the wish lost).
        const menuKey = openQuestion(innerDc)?.question.text.key;
        const atMainMenu = [false, true].find((again) => mainMenu(again).text.key === menuKey);
        if (!interruption.choice && atMainMenu === undefined) return innerDc.beginDialog(OfferLanguageDialog.id, offer);
        // A flow asked for at the menu: after the offer it starts from the menu, with the words that asked.
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(RootDialog.stepsId, {
          again: atMainMenu ?? true,
          offer: { ...offer, ...(interruption.choice && { choice: interruption.choice }) },
        } satisfies RootOptions);
      }
      case 'pickOffer': {
        const { say } = interruption;
        await context.sendActivity(
          offerActivity(say ? (t(say.key as never, say.params) as string) : t('fallback.pickOne'), interruption.offered),
        );
        return Dialog.EndOfTurn;
      }
      case 'reprompt':
        if (interruption.say) await send(context, t(interruption.say as never) as string);
        return this.reprompt(innerDc);
      case 'switch':
        if (interruption.before) await this.side.answer(context, interruption.before, clampText(context.activity.text ?? ''));
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(RootDialog.stepsId, {
          start: interruption.to,
          ...(interruption.wish && { wish: interruption.wish }),
        } satisfies RootOptions);
    }
  }

  /**
   * A correction of the check's answers typed after its verdict, at the menu or a question that
   * follows it (AFTER_A_VERDICT: "nee wacht, ik werk wel", "sorry, ik heb wel werk"): the check runs again
   * from the answers given, the corrected one in place, and says the verdict for it (or asks what
   * it now needs). Undefined for anything else, which the menu reads as before.
   */
  private async checkCorrected(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const { context } = innerDc;
    const open = openQuestion(innerDc);
    if (context.activity.type !== 'message' || !open) return undefined;
    const typed = clampText(context.activity.text ?? '');
    const { key } = open.question.text;
    const midCheck =
      key.startsWith('checkEligibility:') && !key.startsWith('checkEligibility:residence.') && !isMenuQuestion(open.question);
    const residence = midCheck ? await this.residenceCorrected(innerDc, typed) : undefined;
    if (residence) return residence;
    if (!isMenuQuestion(open.question) && !AFTER_A_VERDICT.some((after) => key.startsWith(after))) return undefined;
    const check = await this.deps.eligibilityCheck.get(context);
    const announced = open.state.correcting === true;
    delete open.state.correcting;
    const correction = check && this.check.correctionAfterVerdict(check, typed, { announced });
    // "nee wacht" alone: what is different is asked, kindly, with the question's buttons; the next reply says it.
    if (!correction && this.check.correctionAnnounced(check, typed)) {
      open.state.correcting = true;
      await send(context, this.deps.language.t(context)('checkEligibility:whatToCorrect'));
      return this.reprompt(innerDc);
    }
    if (!correction) return undefined;
    // "sorry, het is 15 jaar" after "12 jaar": the verdict stands, said so, and the question again; never "niet begrepen".
    if ('unchanged' in correction) {
      await send(context, this.deps.language.t(context)('checkEligibility:correctionSame'));
      return this.reprompt(innerDc);
    }
    await innerDc.cancelAllDialogs();
    return innerDc.beginDialog(RootDialog.stepsId, {
      start: 'check',
      wish: correction.said,
      redo: correction.redo,
    } satisfies RootOptions);
  }

  /**
   * "ik woon in Brussel" at a question of the check after "Waar woon je?" was answered otherwise
   * (residenceToldDuringCheck): the check again from the answers given, with that place; where one
   * lives as answered: thanks, and the question again (was "Sorry, dat begreep ik niet", or a
   * booking guessed from "ik woon in Antwerpen"). Undefined for anything else.
   */
  private async residenceCorrected(innerDc: DialogContext, typed: string): Promise<DialogTurnResult | undefined> {
    const { context } = innerDc;
    const check = await this.deps.eligibilityCheck.get(context);
    // "nee wacht, ik ben eigenlijk werkloos": the work taken back, the check again with it (was "Nu nog deze vraag", then a yes).
    const told = check && (this.check.residenceToldDuringCheck(check, typed) ?? this.check.workCorrectedDuringCheck(check, typed));
    if (!told) return undefined;
    if ('unchanged' in told) {
      await send(context, this.deps.language.t(context)('checkEligibility:told.thisQuestion'));
      return this.reprompt(innerDc);
    }
    await innerDc.cancelAllDialogs();
    return innerDc.beginDialog(RootDialog.stepsId, { start: 'check', wish: told.said, redo: told.redo } satisfies RootOptions);
  }

  /**
   * At a menu, a message that asks two things ("wa kost da en hoelang duurt da"): the answers, then
   * the menu again, or in its place the offer of the second question or of the flow asked for.
   * Undefined for anything else, which the interruptions and the menu read as before.
   */
  private async twoQuestionsAtMenu(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const { context } = innerDc;
    const open = openQuestion(innerDc);
    if (context.activity.type !== 'message' || !open || !isMenuQuestion(open.question) || open.state.offered) return undefined;
    const asked = await this.readTwoQuestions(context, clampText(context.activity.text ?? ''));
    if (!asked) return undefined;
    if ('start' in asked) {
      chooseForQuestion(context, asked.start, asked.wish);
      return super.onContinueDialog(innerDc);
    }
    const t = this.deps.language.t(context);
    const next = t(open.question.text.key as never, open.question.text.params) as string;
    const offer = await this.twoQuestions.answer(context, asked.answer, { sent: [], next });
    if (!offer) return this.reprompt(innerDc);
    open.state.offered = offer.offered;
    await context.sendActivity(offerActivity(offer.text, offer.offered));
    return Dialog.EndOfTurn;
  }

  /**
   * The two things a message asks, each clause read as a first message is; never in another language
   * (that offer comes first), nor work abroad or years since an age told across its clauses ("ik kom
   * uit Syrië en heb daar 10 jaar gewerkt" is no nationality and a check, "j'ai 50 ans et je
   * travaille depuis mes 20 ans" no age and a check).
   */
  private async readTwoQuestions(context: DialogContext['context'], text: string): Promise<TwoAsked | undefined> {
    const two = await this.twoQuestions.read(
      context,
      text,
      (clause) => this.firstMenuWish(context, clause),
      () =>
        this.interruptions.otherLanguageOf(context, text) !== undefined ||
        this.interruptions.tellsOfWorkAbroad(text) ||
        yearsSinceAnAge(text) !== undefined,
    );
    // A "Bedoel je …?" after the miss offers what the whole message may mean, never what one clause did.
    if (!two) forgetRecognition(context);
    return two;
  }

  private async runCommand(innerDc: DialogContext, command: Command): Promise<DialogTurnResult> {
    const { context } = innerDc;
    const t = this.deps.language.t(context);
    switch (command) {
      case 'help':
        await send(context, t('help.what'), t('help.how'), t('help.commands'));
        return this.reprompt(innerDc);
      case 'restart':
      case 'greeting':
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(RootDialog.stepsId, { greet: true } satisfies RootOptions);
      case 'back': {
        if (await goBack(innerDc)) return { status: DialogTurnStatus.waiting };
        await send(context, t('backAtStart'));
        return this.reprompt(innerDc);
      }
      case 'person': {
        // The way to a person, then the same question again: nothing the user gave is lost.
        const missedTwice = (openQuestion(innerDc)?.state.attemptCount ?? 0) >= 2;
        return innerDc.beginDialog(TalkToPersonDialog.id, { reason: missedTwice ? 'missed_twice' : 'asked' });
      }
      case 'language':
        return innerDc.beginDialog(ChooseLanguageDialog.id);
      case 'erase':
        return innerDc.beginDialog(ForgetMeDialog.id);
      case 'stop':
        await innerDc.cancelAllDialogs();
        await context.sendActivity(toActivity({ text: t('stopped'), buttons: [{ value: 'restart', title: t('buttons.startAgain') }] }));
        return { status: DialogTurnStatus.complete };
    }
  }

  /**
   * The menu answer a plain "ja" takes after the answer to `question`, where that answer ends with a
   * way on and the menu (or the one coming, `open` undefined) shows it: the check after "age is no
   * condition", the booking after "Ik kan zo'n gesprek voor je vastleggen".
   */
  private yesTakesAfter(question: string, open: Question | undefined): string | undefined {
    // No question open: the menu comes next (the first message's answer).
    const onMenu = (id: string) => open === undefined || (isMenuQuestion(open) && shownChoices(open).some((c) => c.id === id));
    // "Leeftijd speelt geen rol … Tik op 'Kan ik er een krijgen?'" (only where the rules have conditions).
    const date = brusselsDate(this.deps.clock.now());
    if (question === 'age' && this.deps.rules.regimeOn(date)?.conditions && onMenu(CHECK.id)) return CHECK.id;
    // "Een computer heb je niet nodig. … Ik kan zo'n gesprek voor je vastleggen."
    if (question === 'no_computer' && onMenu(BOOK.id)) return BOOK.id;
    return undefined;
  }

  /**
   * The answer to `question` with buttons to a person, the check and "Iets anders", where it says
   * the bot does not know (PERSON_WITH_ANSWER); undefined for any other side question.
   */
  private async answerWithPerson(context: DialogContext['context'], question: SideQuestion, said: string): Promise<FirstOffer | undefined> {
    if (!PERSON_WITH_ANSWER.has(question)) return undefined;
    const t = this.deps.language.t(context);
    const texts = await this.side.texts(context, question, said);
    const offered: Offer[] = [
      { title: t('menu.person'), action: { command: 'person' } },
      { title: t('menu.check'), action: { choice: CHECK.id } },
      { title: t('fallback.somethingElse'), action: { somethingElse: true } },
    ];
    return { text: texts.join(' '), offered };
  }

  /** "Tot ziens!", with the way to start again. */
  private goodbye(t: Translator): Partial<Activity> {
    return toActivity({ text: t('goodbye'), buttons: [{ value: 'restart', title: t('buttons.startAgain') }] });
  }

  /** The question on screen, asked again; progress is kept. */
  private async reprompt(innerDc: DialogContext): Promise<DialogTurnResult> {
    await innerDc.repromptDialog();
    return Dialog.EndOfTurn;
  }

  /**
   * True when `typed` seems written in distress: Tele-Onthaal and a person come before anything else.
   * Written in another language ("i want to die" in a Dutch chat), the chat goes on in it at once,
   * never behind an offer of that language.
   */
  private async inDistress(context: TurnContext, typed: string): Promise<boolean> {
    if (!this.deps.handover?.seemsInDistress(typed)) return false;
    const locale = this.deps.language.locale(context);
    const other = this.interruptions.otherLanguageOf(context, typed) ?? this.deps.handover.distressLanguage?.(typed);
    if (other && other !== locale) await this.deps.language.choose(context, other);
    return true;
  }

  /**
   * The first message of a conversation may already say what the user wants ("kan ik er een
   * krijgen?"), ask something on the side ("wat kost het?") or be in another language.
   */
  private async firstMessageStep(step: WaterfallStepContext<RootOptions>): Promise<DialogTurnResult> {
    const { start, firstReply, greet, offer, ended } = step.options;
    if (start) return step.next({ choice: start });
    // "ik zie het niet meer zitten" as the very first message (WhatsApp sends no opening first): the
    // help before anything else, as later in the chat (was "Bedoel je dit?").
    if (firstReply && (await this.inDistress(step.context, clampText(firstReply))))
      return step.beginDialog(TalkToPersonDialog.id, DISTRESS);
    const t = this.deps.language.t(step.context);
    // "doei", "merci" after "Oké, we stoppen hier": the goodbye again, never "Hallo! Ik ben Loopbaanbot".
    if (ended && firstReply && (await this.interruptions.takesLeave(step.context, clampText(firstReply)))) {
      await step.context.sendActivity(this.goodbye(t));
      return step.endDialog();
    }
    if (offer) return step.beginDialog(OfferLanguageDialog.id, { ...offer, fromMenu: true });
    // A first message that asks two things: a short hello, the answers, then the menu or the offer
    // of what was asked second (twoQuestions.ts).
    const two = firstReply?.trim() ? await this.readTwoQuestions(step.context, clampText(firstReply)) : undefined;
    // The check that answers the price itself: as the check asked for in the first message.
    if (two && 'start' in two) {
      if (greet) await send(step.context, t('greetingShort'));
      return step.next({ choice: two.start, wish: two.wish });
    }
    if (two) {
      const hello = greet ? [t('greetingShort')] : [];
      await send(step.context, ...hello);
      const menu = mainMenu(false).text;
      const offerFirst = await this.twoQuestions.answer(step.context, two.answer, { sent: hello, next: t(menu.key as never) as string });
      return step.next(offerFirst ? { offerFirst } : undefined);
    }
    // "ik woon gent": where one lives, and nothing asked; what they want, with the place kept.
    const home = firstReply?.trim() ? await this.interruptions.homeOffer(step.context, clampText(firstReply)) : undefined;
    if (home) {
      // In the language the place was said in ("j'habite liège": French).
      if (greet) await send(step.context, this.deps.language.t(step.context)('greetingShort'));
      return step.next({ offerFirst: home });
    }
    // "kan het dit weekend?": when they can come, kept for the booking, which is offered first.
    const time = firstReply?.trim() ? await this.interruptions.timeOffer(step.context, clampText(firstReply)) : undefined;
    if (time) {
      if (greet) await send(step.context, t('greetingShort'));
      return step.next({ offerFirst: time });
    }
    // "0470 12 34 56" alone: kept for a booking, which is offered with a person.
    const contact = firstReply?.trim() ? await this.interruptions.contactOffer(step.context, clampText(firstReply)) : undefined;
    if (contact) {
      if (greet) await send(step.context, t('greetingShort'));
      return step.next({ offerFirst: contact });
    }
    const wish = firstReply?.trim() ? await this.firstWish(step.context, clampText(firstReply)) : undefined;
    // The full greeting introduces the bot before the menu; a first message that asks something
    // gets a short hello, so the answer still fits one short turn. A booking that names its place
    // answers with a full turn of centres: no hello before it.
    const booksAtOnce = wish !== undefined && !('kind' in wish) && wish.choice === 'book' && this.booking.namesOnePlace(firstReply);
    // "Hi, do you speak English?": the answer comes in the language chosen, not after a Dutch "Hallo!".
    const choosesLanguage = wish !== undefined && !('kind' in wish) && wish.choice === 'language';
    // Asked for a language, the greeting comes after it is chosen, in that language (menuAgainStep).
    // A greeting in another language ("bonjour"): the bot introduces itself in that language, then the offer.
    const offeredIn = wish !== undefined && 'kind' in wish && wish.kind === 'offerLanguage' ? wish : undefined;
    const greetedIn = offeredIn && !offeredIn.choice && !offeredIn.side ? offeredIn.locale : undefined;
    // "bonjour, je cherche du travail": the short hello in that language too, never a Dutch "Hallo!" before the French offer.
    const hello = offeredIn ? this.deps.language.translatorFor(offeredIn.locale) : t;
    if (greet && !booksAtOnce && !choosesLanguage) await send(step.context, hello(wish && !greetedIn ? 'greetingShort' : this.greeting()));
    // A first message the recognizer only guessed at opens the menu with "Bedoel je …?".
    if (!wish || !firstReply) return step.next(firstReply && guessedAMeaning(step.context) ? FIRST_MISS : undefined);
    if (!('kind' in wish)) return step.next(wish);
    if (wish.kind === 'side') {
      // "Telt mijn studentenjob?": not known, so a person is a button on the answer, in place of the menu.
      const withPerson = await this.answerWithPerson(step.context, wish.question, clampText(firstReply));
      if (withPerson) return step.next({ offerFirst: withPerson });
      await this.side.answer(step.context, wish.question, clampText(firstReply));
      // "Ben ik niet te oud?": the answer ends with the way to the check, which a plain "ja" takes.
      const yesTakes = this.yesTakesAfter(wish.question, undefined);
      if (yesTakes) return step.next({ yesTakes });
    }
    if (wish.kind === 'offerLanguage') {
      const offer: OfferLanguageOptions = {
        locale: wish.locale,
        said: clampText(firstReply),
        ...(wish.choice && { choice: wish.choice }),
        ...(wish.side && { side: wish.side }),
        fromMenu: true,
      };
      return step.beginDialog(OfferLanguageDialog.id, offer);
    }
    return step.next();
  }

  /**
   * What the first message asks: a menu answer, a side question or another language; undefined for
   * a greeting or nothing clear. A menu answer in another language ("I want an appointment" in a
   * Dutch chat) first gets the offer to go on in that language; the answer follows either way.
   */
  private async firstWish(context: DialogContext['context'], text: string): Promise<{ choice: MenuAction } | Interruption | undefined> {
    // "Je parle pas bien néerlandais": that language at once (ChooseLanguageDialog), then the greeting in it.
    if (this.interruptions.deniesOwnLanguage(context, text)) return { choice: 'language' };
    // "Bonjour" on WhatsApp, where no client language is known: the offer of French first.
    // "aidez-moi", "au secours": a call for help in words of one other language only, the same.
    const locale = this.deps.language.locale(context);
    const greetedIn =
      this.deps.vocabulary.greetingLanguage(text) ??
      (recognizeCommand(text, this.deps.vocabulary.commands) === 'help' ? shortMessageIn(text, locale) : undefined);
    const wish = await this.firstMenuWish(context, text);
    if (greetedIn && greetedIn !== locale) {
      // "bonjour je cherche un centre près de Bruxelles": after the yes, the wish beside the greeting.
      const choice = wish && 'choice' in wish && wish.choice !== 'language' ? wish.choice : undefined;
      const asked = wish && 'kind' in wish ? wish : undefined;
      const side = asked?.kind === 'offerLanguage' ? asked.side : asked?.kind === 'side' ? asked.question : undefined;
      return { kind: 'offerLanguage', locale: greetedIn, ...(choice && { choice }), ...(side && { side }) };
    }
    if (wish && 'choice' in wish && wish.choice !== 'language') {
      const other = this.interruptions.otherLanguageOf(context, text);
      if (other) return { kind: 'offerLanguage', locale: other, choice: wish.choice };
    }
    return wish;
  }

  private async firstMenuWish(context: DialogContext['context'], text: string): Promise<{ choice: MenuAction } | Interruption | undefined> {
    // "kzou een afspraak willen maken in antwerpen, of nee wacht eerst weten of ik recht heb": a flow
    // asked for after taking back is the one wanted (was the booking).
    const corrected = afterCorrection(text, this.deps.vocabulary.corrections);
    if (corrected !== text) {
      const wanted = await this.firstMenuWish(context, corrected);
      if (wanted && 'choice' in wanted) return wanted;
    }
    const command = recognizeCommand(text, this.deps.vocabulary.commands);
    // A first "hallo" or "help" is answered by the greeting itself.
    if (command === 'person' || command === 'language' || command === 'erase') return { choice: command };
    if (command) return undefined;
    const menu = mainMenu(false);
    // "pour quelqu'un d'autre", "for my husband": the check for that person, never a person read from "someone".
    if (this.interruptions.onlyForAnother(text)) return { choice: 'check' };
    // "Kheb gin goesting in ne robot, ik wil ne mens": a person, never the answer about the bot.
    if (await this.interruptions.asksForAPerson(context, { prompt: this.prompt, question: menu }, text)) return { choice: 'person' };
    const ownBooking = await this.interruptions.aboutOwnBooking(context, text);
    if (ownBooking) return { choice: ownBooking };
    // "waar is het", word for word: where, never "wat is het" (the cheque explained) a letter away.
    if (this.deps.vocabulary.asksOnlyWhere(text)) return { kind: 'side', question: 'where' };
    const choice = this.prompt.understand(context, text, menu);
    // "Ik heb geen telefoon" (never the person read from "telefoon"), "ook voor zelfstandigen?".
    const situation = await this.interruptions.situationAtMenu(context, text, choice, menu);
    if (situation) return situation;
    const button = isMenuAction(choice) ? { choice } : undefined;
    // A sentence that names a button's words ("can I get a career cheque?") is the recognizer's to read.
    if (button && !isSentenceFor(this.prompt, context, text, menu)) return button;
    // "Waar is het dichtstbijzijnde centrum?": the booking finds it.
    if (this.interruptions.asksNearestCentre(text)) return { choice: 'book' };
    const spotted = this.interruptions.spotted(context, text);
    if (spotted) return spotted;
    // "je cherche un centre près de Liège" in a Dutch chat: read in its own language ("près" is no "prijs").
    const locale = this.interruptions.otherLanguageOf(context, text) ?? this.deps.language.locale(context);
    const recognition = await this.interruptions.recognize(locale, text, true);
    rememberRecognition(context, await this.interruptions.guessesThatFit(context, recognition));
    const { intent } = recognition;
    const asAnswer = menu.intents?.[intent];
    if (asAnswer) return { choice: asAnswer };
    if (this.interruptions.meetingAsked(text, recognition)) return { choice: 'book' };
    if (button && intent === 'none') return button;
    const first = await this.interruptions.firstMessage(context, text, recognition);
    if (first) return first;
    // "ik ben poetsvrouw", "mag ik da doen als ik ziek ben?": the check, which that work or state answers.
    return this.interruptions.startsTheCheckAtMenu(text, recognition) ? { choice: 'check' } : button;
  }

  /** Offers the menu, unless the first message already chose from it. */
  private async askMenuStep(step: WaterfallStepContext<RootOptions>): Promise<DialogTurnResult> {
    const values = step.values as { passedOnce?: boolean };
    // Only once: "terug" to this step must show the menu, not replay the first message.
    if (choiceOf(step.result) && !values.passedOnce) {
      values.passedOnce = true;
      countAsAsked(step);
      return step.next(step.result);
    }
    const missFirst = step.result === FIRST_MISS && !values.passedOnce;
    // The second of two questions in the first message, offered in place of the menu, once.
    const first = values.passedOnce ? undefined : (step.result as { offerFirst?: FirstOffer; yesTakes?: string } | undefined);
    const offerFirst = first?.offerFirst;
    const yesTakes = first?.yesTakes;
    values.passedOnce = true;
    return ask(step, mainMenu(step.options.again ?? false), {
      missFirst,
      ...(offerFirst && { offerFirst }),
      ...(yesTakes && { yesTakes }),
    });
  }

  /** Starts the chosen flow, or opens "Meer". */
  private async routeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const action = choiceOf<MenuAction>(step.result);
    if (action === 'more') return ask(step, moreMenu);
    return this.start(step, action) ?? step.next(step.result);
  }

  /** Runs what was chosen under "Meer" (or typed straight from the menu), or what a finished flow asks for next. */
  private async routeMoreStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const action = isMenuAction(step.result) ? step.result : choiceOf<MenuAction>(step.result);
    // A flow that finished and asked for the next one ("Afspraak maken" after the check): "terug"
    // at the next one's first question goes to the menu, never into the finished flow from its start.
    if (isMenuAction(step.result)) forgetLastAsked(step);
    return this.start(step, action) ?? step.next();
  }

  /** Under rules only announced (the loopbaankrediet from 2027), the bot helps with guidance, not "the cheque". */
  private greeting(): 'greeting' | 'greetingAnnounced' {
    return announcedOn(this.deps.rules, brusselsDate(this.deps.clock.now())) ? 'greetingAnnounced' : 'greeting';
  }

  /** Back to the menu, remembering that this user has been helped already (or on to the flow a flow asked for). */
  private menuAgainStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    // A finished flow may ask for the next one; "Mijn afspraak" hands on its answer (move, cancel).
    const chosen = choiceOf(step.result);
    const next = isMenuAction(step.result) ? step.result : isMenuAction(chosen) ? chosen : undefined;
    // Someone who only chose a language has not been helped yet: the menu as at the start, after
    // the greeting in the new language (they may not have read the first one).
    const { started, localeBefore } = values(step);
    if (started === 'language' && !(step.options as RootOptions).again && !next) {
      const changed = this.deps.language.locale(step.context) !== localeBefore;
      return step.replaceDialog(RootDialog.stepsId, { greet: changed } satisfies RootOptions);
    }
    return step.replaceDialog(RootDialog.stepsId, { again: true, ...(next && { start: next }) } satisfies RootOptions);
  }

  private start(step: WaterfallStepContext, action: MenuAction | undefined): Promise<DialogTurnResult> | undefined {
    if (action) values(step).started = action;
    if (action === 'language') values(step).localeBefore = this.deps.language.locale(step.context);
    switch (action) {
      case 'explain':
        return step.beginDialog(ExplainChequeDialog.id);
      case 'check': {
        const { redo } = step.options as RootOptions;
        return step.beginDialog(CheckEligibilityDialog.id, { wish: wishOf(step), ...(redo && { redo }) } satisfies CheckEligibilityOptions);
      }
      case 'book':
        return step.beginDialog(BookIntakeDialog.id, { wish: wishOf(step) } satisfies BookIntakeOptions);
      case 'person':
        return step.beginDialog(TalkToPersonDialog.id, { reason: 'asked', said: clampText(wishOf(step)) } satisfies TalkToPersonOptions);
      case 'language':
        return step.beginDialog(ChooseLanguageDialog.id);
      case 'myBooking':
        return ask(step, myBookingMenu);
      case 'viewBooking':
        return step.beginDialog(ManageBookingDialog.id, { action: 'view' });
      case 'cancelBooking':
        return step.beginDialog(ManageBookingDialog.id, { action: 'cancel' });
      case 'moveBooking':
        return step.beginDialog(ManageBookingDialog.id, { action: 'move' });
      case 'erase':
        return step.beginDialog(ForgetMeDialog.id);
      default:
        return undefined;
    }
  }
}

/**
 * The words that asked for the flow being started: typed before this turn (a "Bedoel je …?" tap,
 * or the first message that got the offer of its language), or this turn's message.
 */
function wishOf(step: WaterfallStepContext): string {
  const carried = (step.result as { wish?: unknown } | undefined)?.wish;
  return (step.options as RootOptions).wish ?? (typeof carried === 'string' ? carried : undefined) ?? step.context.activity.text ?? '';
}
