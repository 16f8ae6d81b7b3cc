import type { DialogContext, TurnContext } from '../../src/bot/sdk.js';
import { LOCALES, type Locale } from '../../src/i18n/locale.js';
import { matchChoice } from '../../src/understanding/choices.js';
import { recognizeCommand, type Command } from '../../src/understanding/commands.js';
import { WORK_TERMS } from '../../src/understanding/glossary.js';
import {
  detectOtherLanguage,
  isEverydayWord,
  mostlyWrittenIn,
  shortMessageIn,
  writtenInOtherScript,
} from '../../src/understanding/languageDetect.js';
import type { Intent, Recognition, ScoredIntent } from '../../src/understanding/nlu/intents.js';
import {
  afterCorrection,
  clampText,
  closeTo,
  containsPhrase,
  isOneOf,
  normalize,
  questionClauses,
  showsDistressAlone,
  tokens,
  withoutEndMarks,
  withoutPhrases,
  wordsOf,
} from '../../src/understanding/text.js';
import { understandContact } from '../../src/understanding/contact.js';
import { asksForAPerson, namesStaffAsAJob } from '../../src/understanding/person.js';
import { RecentAnswers } from '../../src/understanding/remembered.js';
import { isTimeAlone } from '../../src/understanding/when.js';
import { saysAge, yearsSaid, yearsSinceAnAge } from '../../src/understanding/years.js';
import { oneWordTimesOf, type WhenWord } from '../../src/understanding/whenWords.js';
import { earlyTimeSaid, wayOf } from '../booking/chooseSlot.js';
import {
  bareName,
  contactAlone,
  findPlace,
  findPlaceSaid,
  mistypedIntroLength,
  nameAfterIntro,
  nameWordsOf,
  opensWithIntro,
  placeAfterLiving,
  otherCentreSaid,
  placeInShortWish,
  placeInWish,
} from '../booking/parsers.js';
import type { MenuAction } from '../menu.js';
import {
  chooseForQuestion,
  chosenForQuestion,
  helpersOf,
  isMenuQuestion,
  markNotAnAnswer,
  openQuestion,
  shownChoices,
  type AskPrompt,
  type FirstOffer,
  type OpenQuestion,
  type Question,
} from './ask.js';
import { asksIfAgeMatters } from './ageWorry.js';
import { calledInVain } from './calledInVain.js';
import { livesOutsideTheRegions, saysNationality, saysWorkIsHere } from './origin.js';
import { noteSaidEarly, simplerSaidAlready, standingCallback, upcomingBooking, type DialogDeps, type SaidEarlyState } from './deps.js';
import { INTENT_LABELS, personOffers, rememberRecognition, type Offer } from './fallback.js';
import { isSideQuestion, type SideQuestion, type Situation } from './sideQuestions.js';
import { asksForInfo } from './twoQuestions.js';
import {
  asksAboutAKindOfWork,
  asksIfKindQualifies,
  asksWhatAKindWithoutWorkPays,
  asksWhileInOwnState,
  asksWhomItIsFor,
  namesAStudentJob,
  tellsOwnWork,
  WORK_WITHOUT_STATUTE,
} from './workKinds.js';

/** What a message means besides an answer to the question on screen. */
export type Interruption =
  | { kind: 'command'; command: Command }
  /** "Hallo" in the middle of something: greet back and ask the same question again. */
  | { kind: 'greet' }
  /** "Merci", "dank u wel": "Graag gedaan!" and the same question again. */
  | { kind: 'thanks' }
  | { kind: 'goodbye' }
  /**
   * `said`: the words that asked it, when not this turn's message (a tapped "Ja" to an offered second question).
   * `answers`: the message answers the open question too ("ik woon in Genk, wat kost het?" at the
   * town question): after the side answer the question takes it, rather than being asked again.
   */
  | { kind: 'side'; question: SideQuestion; said?: string; answers?: true }
  /** `side`: a side question spotted by its words, answered after the offer (in whichever language is chosen). */
  | { kind: 'offerLanguage'; locale: Locale; choice?: MenuAction; side?: SideQuestion }
  /** Ask the question on screen again, after `say` ("Iets anders", "Opnieuw proberen"). */
  | { kind: 'reprompt'; say?: string }
  /**
   * Leave what is going on for another flow (a tapped "Bedoel je: Afspraak maken?"). `before`: a
   * side question the message told beside it, answered first ("my dutch is not good, can I get the cheque?").
   */
  | { kind: 'switch'; to: MenuAction; wish?: string; before?: SideQuestion }
  /**
   * "ja" to "Bedoel je een van deze?": the same buttons again, with "which one?"; no miss is counted.
   * `say`: another question with them ("ik woon in Gent": "Je woont in Gent. Wat wil je doen?").
   */
  | { kind: 'pickOffer'; offered: Offer[]; say?: { key: string; params: Record<string, string> } };

/** Offered in place of moving or cancelling a booking to someone who has none (guessesThatFit). */
const INSTEAD_OF_A_BOOKING: readonly ScoredIntent['intent'][] = ['explain_cheque', 'talk_to_person'];

/** "kan ik dit weekend eens langskomen?": the most words a message with a time may have to be read as when to come. */
const MAX_WORDS_WITH_TIME = 7;

/** "ik woon in", "j'habite à", "I live in": the words beside a place that say no more than where one lives. */
const MAX_WORDS_BESIDE_HOME = 3;
/** "Interim telt?", "is het anoniem?": a question about one thing alone takes at most this many words. */
const MAX_WORDS_OF_A_SHORT_QUESTION = 8;
/** "ik ben 62 jaar", "i m 60 years old": an age alone; "ik ben 50 en werk al 30 jaar" tells more. */
const MAX_WORDS_OF_AN_AGE = 5;

/** Messages of fewer words are read whole, never in parts that ask (askingParts). */
const MIN_STORY_WORDS = 8;

/** "Momentje, ik zoek mijn gsm even": longer messages say more than that they wait. */
const MAX_PAUSE_WORDS = 8;
/** How many words after a "not" may start the way of meeting it denies ("I do not want to do it by phone"). */
const NOT_REMOTE_REACH = 6;

/** Menu answers that a message in another language starts after the offer to go on in that language. */
const FLOWS_OFFERED_IN_ANOTHER_LANGUAGE: ReadonlySet<string> = new Set<MenuAction>(['explain', 'check', 'book', 'person']);

/** Intents that act like a command wherever they are said. */
const COMMAND_INTENTS: Partial<Record<Intent, Command>> = {
  help: 'help',
  restart: 'restart',
  stop: 'stop',
  talk_to_person: 'person',
  change_language: 'language',
  forget_me: 'erase',
};

/** Intents that start another flow: only on request ("Bedoel je …?"), never by a guess mid-question. */
const FLOW_INTENTS: Partial<Record<Intent, MenuAction>> = {
  book_intake: 'book',
  cancel_booking: 'cancelBooking',
  move_booking: 'moveBooking',
};

/** "sint niklaas", "1000 bruxel": a place typed alone is this many words at most. */
const MAX_PLACE_WORDS = 3;
/** "for someone else", "pour ma mère": a menu reply this short that names another person only asks the check for them. */
const MAX_WORDS_FOR_ANOTHER = 5;
/** "bonjour", "moi": words that may come before "je m'appelle" in a message that only gives a name. */
const MAX_WORDS_BEFORE_A_NAME = 2;
/** "mon numéro est le 0800 30 700": a free line said as one's number, in at most this many words (the number's groups count). */
const MAX_WORDS_OF_A_SERVICE_LINE = 8;
/** "ok merci au revoir", "bedankt en tot ziens": a goodbye after the chat ended takes at most this many words. */
const MAX_LEAVE_WORDS = 4;
/** What a name typed alone is written with: letters, spaces, hyphens, apostrophes ("Anne-Marie", "D'Hondt"). */
const NAME_LETTERS = /^[\p{L}\s'’-]+$/u;
/** "Marie", "Jan Peeters", "Anne Sophie Peeters": the words a name may take. */
const MAX_NAME_WORDS = 3;
/** The reading of a message that asks for nothing the recognizer knows. */
const NOTHING_UNDERSTOOD: Recognition = { intent: 'none', score: 1, confidence: 'unknown', alternatives: [] };

/** What the last sentence of a long story may ask for, where the whole is unclear. */
const WANTS_AT_THE_END: ReadonlySet<Intent> = new Set(['talk_to_person', 'check_eligibility', 'book_intake']);
/** A message of this many sentences or more is a story around what it asks. */
const STORY_SENTENCES = 3;
/** "Klopt dat?", "is dat zo?": a question this short points back to the sentence before it. */
const POINTING_BACK_WORDS = 3;
/** "wat is vdab", "wat is een loopbaancentrum": at most this many words after the start of a question for a definition. */
const MAX_WORDS_DEFINED = 4;
/** "mijn dochter helpt mij met typen": at most this many words tell only that someone helps. */
const MAX_WORDS_OF_HELP_TOLD = 10;
/** "ik wil een opleiding volgen": at most this many words make a wish for training alone. */
const MAX_WORDS_OF_A_TRAINING_WISH = 6;
/** The kinds of work (understanding:synonyms) the check's work question reads as answers. */
const OWN_WORK = [
  'employee',
  'self_employed',
  'side_self_employed',
  'no_job',
  'jobseeker',
  'not_working',
  'student',
  'retired',
  'sick',
  'job',
] as const;
/** Wishes a guess may stand for, which years of work told with them do not turn into the check. */
const BOOKING_OR_PERSON: ReadonlySet<Intent> = new Set(['talk_to_person', 'book_intake']);

/**
 * Where nothing hangs on the question ("Was dit duidelijk?"), what starts at once: the flows, and
 * the check ("kan ik er een krijgen?" gets the questions, not the conditions in brief).
 */
const PASSING_FLOWS: Partial<Record<Intent, MenuAction>> = { ...FLOW_INTENTS, check_eligibility: 'check' };

/**
 * Decides, before the question on screen reads a message, whether the message is something else,
 * in this order: a tapped "Bedoel je …?" button; a command (help, terug, opnieuw, stop, met iemand
 * praten, andere taal, verwijder mijn gegevens) unless the question takes the words as its own
 * answer; the question's own answers, and typed answers its parser is sure of; then what the
 * recognizer is sure of: an intent that stands for an answer, a command said in other words, a
 * side question; then a typed answer the parser only guesses (a first name); then another language. A flow
 * the recognizer hears mid-question ("ik wil een afspraak") is not acted on but offered after the
 * miss, and never read by an open question's parser as a name or a place.
 */
export class Interruptions {
  /** "voor mijn vader", "pour ma mère": built once (forAnotherPerson). */
  private forOthers: readonly string[] | undefined;
  /** "ben zo terug", "un instant": built once (stepsAway). */
  private pauses: readonly (readonly string[])[] | undefined;
  /** "en mijn man", "what about my wife": built once (forAnotherPerson). */
  private aboutOthers: readonly (readonly string[])[] | undefined;
  /** "kan ik", "mag ik": built once (askingParts). */
  private askingStarts: readonly (readonly string[])[] | undefined;
  /** "je m'appelle", "ik heet", "my name is": built once (namesOneselfOnly). */
  private namesOneself: readonly (readonly string[])[] | undefined;
  /** understanding:givenNames of every language, normalised (givenNameAlone). */
  private givenNames: ReadonlySet<string> | undefined;
  /** "jaar", "ans", "years": built once (withoutYearsOfMoving). */
  private yearWords: ReadonlySet<string> | undefined;
  /** "ik werk", "ik woon": built once (askingParts). */
  private storyStarts: readonly (readonly string[])[] | undefined;
  /** "later", "plus tard": built once (wishesLater). */
  private laterWords: readonly (readonly string[])[] | undefined;
  /** Words beside a later time that say nothing more ("kan het een beetje", "possible"): built once (wishesLater). */
  private laterFillers: ReadonlySet<string> | undefined;
  /** "laat maar", "stop": built once (opensWithStop). */
  private stops: readonly (readonly string[])[] | undefined;
  /** The words of each way of meeting from afar ("via de telefoon"), tokenised once. */
  private remotePhrases: readonly (readonly string[])[] | undefined;
  /** "Would I qualify", "j ai droit", "heb ik recht op": asking whether one can get it. */
  private eligibilityAsks: readonly string[] | undefined;
  /** Words that say no more beside "niet online" ("liever", "doen", "faire"). */
  private notRemoteWords: ReadonlySet<string> | undefined;
  /** The words of one's own work, every kind the check's work question knows: built once (checkGuessedForOwnWork). */
  private ownWork: readonly string[] | undefined;
  /** "ik heb een vraag", "une question": tokenised once (questionAbout). */
  private questionStarts: readonly (readonly string[])[] | undefined;
  /** "waarom", "pourquoi", "why": the one-word whys (opensWithWhy), built once. */
  private whyWords: ReadonlySet<string> | undefined;
  /** "over", "sur", "about": tokenised once (questionAbout). */
  private aboutWords: readonly (readonly string[])[] | undefined;
  /** saidYesOrNo is asked of one message by several readers in a turn. */
  private readonly yesOrNoSaid = new RecentAnswers<string | undefined>();

  constructor(
    private readonly deps: Pick<
      DialogDeps,
      'language' | 'vocabulary' | 'understanding' | 'booking' | 'clock' | 'eligibilityCheck' | 'handover'
    >,
  ) {}

  async decide(dc: DialogContext): Promise<Interruption | undefined> {
    const found = await this.read(dc);
    if (found?.kind !== 'side') return found;
    const open = openQuestion(dc);
    // "Ik begrijp het niet" where "Eenvoudiger uitleg" is an answer on screen: that answer, never
    // the short text beside the same question with the same button.
    const simpler = found.question === 'simpler' && open ? shownChoices(open.question) : [];
    const own = simpler.find((c) => c.label === INTENT_LABELS.simpler);
    if (own) {
      chooseForQuestion(dc.context, own.id);
      return undefined;
    }
    // "ik snap het niet wat is dat cheque" before anything was explained: what the cheque is.
    const { vocabulary } = this.deps;
    const text = clampText(dc.context.activity.text ?? '');
    if (found.question === 'simpler' && (!open || isMenu(open)) && containsPhrase(text, vocabulary.chequeWords)) {
      const explained = (await this.deps.understanding.state.get(dc.context, {})).simpler !== undefined;
      if (!explained) return { kind: 'side', question: 'explain_cheque' };
    }
    // Asked again once the short version was said: a person explains it better than that text again.
    if (found.question === 'simpler' && !open?.question.simpler && (await simplerSaidAlready(this.deps, dc.context)))
      return this.fromCommand('person', open);
    return found;
  }

  private async read(dc: DialogContext): Promise<Interruption | undefined> {
    const { context } = dc;
    if (context.activity.type !== 'message') return undefined;
    const text = clampText(context.activity.text ?? '');
    if (text.trim() === '') return undefined;
    const open = openQuestion(dc);

    const offered = open?.state.offered;
    // Before the offer's own yes and no: "no thanks" again at "Wil je stoppen?" stops.
    const quit = open && this.quitOffer(context, open, text, offered);
    if (quit) return quit;
    if (open && offered) {
      delete open.state.offered;
      const offer =
        matchOffer(text, offered) ??
        this.yesOrNo(text, offered) ??
        this.placeForOfferedCheck(text, offered) ??
        this.placeForOfferedBooking(text, offered) ??
        (await this.offeredFlowTyped(context, open, text, offered));
      if (offer) return this.fromOffer(dc, open, offer);
      // "ja" to a choice of meanings says nothing, unless the question itself takes a "ja".
      const pickable = offered.length > 2 && !offered.some((o) => o.answers);
      if (pickable && this.saidYesOrNo(text) === 'yes' && open.prompt.understand(context, text, open.question) === undefined) {
        open.state.offered = offered;
        return { kind: 'pickOffer', offered };
      }
      // "nee" to a choice of meanings: none of them, as "Iets anders" says (was "Tot ziens!").
      if (pickable && this.saidYesOrNo(text) === 'no' && open.prompt.understand(context, text, open.question) === undefined)
        return { kind: 'reprompt', say: 'fallback.sayItDifferently' };
    }
    // "oei verkeerd nummer, het is 0470 65 43 21" at the menu after a call-back was asked: that
    // call-back moves to the number, or the number is asked (TalkToPersonDialog); never "Tot ziens!"
    // or a booking code asked.
    if (open && isMenu(open) && (await this.newNumberForCallback(context, text))) return { kind: 'switch', to: 'person', wish: text };
    // "ik wil een afspraak maar eerst weten of ik mag" at a menu: the check first, as asked (was the booking).
    // Written in another language, that language is offered first, as for any wish.
    const checkFirst = containsPhrase(text, this.deps.vocabulary.allLocales('understanding:checkFirst'));
    if (open && isMenu(open) && checkFirst && this.otherLanguageOf(context, text) === undefined)
      return { kind: 'switch', to: 'check', wish: text };
    // "kan ik later nog annuleren?", "can I change it later?" while a booking is made, or at a menu
    // before one is: yes, with the code the booking gives; this question again. Never the next
    // hours read from "later", nor the booking code asked at once.
    // At a menu "kan ik mijn afspraak verzetten naar later?" names one's own booking: that is changed.
    // Asked first: it is rare, and the rest is read only then.
    if (
      this.asksToChangeLater(text) &&
      (open?.question.keepsContact ||
        open?.question.open === 'summary' ||
        (open && isMenu(open) && !containsPhrase(text, this.deps.vocabulary.allLocales('understanding:myBooking'))))
    )
      return { kind: 'reprompt', say: 'bookIntake:changeLater' };
    // "krijg ik een bevestiging?", "wat gebeurt er nu?" at "Klopt dit?": a tap on "Ja" books it, with a
    // code at once (and an e-mail, where one was given); never the conditions read from "krijg ik".
    if (open?.question.open === 'summary' && containsPhrase(text, this.deps.vocabulary.allLocales('understanding:confirmationAsked')))
      return { kind: 'reprompt', say: 'bookIntake:confirmationSaid' };
    // "welke is de beste?", "what do you recommend?" at the centres: as "welk centrum raad je aan?".
    if (open?.question.open === 'centre' && containsPhrase(text, this.deps.vocabulary.allLocales('understanding:recommendAny')))
      return { kind: 'side', question: 'recommend_centre' };
    // "hoe ver is dat van mij?" at the centres (was their retry): each says how far, from the place given.
    if (
      open?.question.open === 'centre' &&
      this.deps.vocabulary.asks(text) &&
      containsPhrase(text, this.deps.vocabulary.allLocales('understanding:distanceWords'))
    )
      return { kind: 'side', question: 'distance' };
    // "is da gratis?", "kost dat iets?" at the hours: the meeting being booked, free or not (was the
    // cheque's price, and in the last days nothing of the free meeting at all).
    const atTheHours = open?.question.open === 'when' || open?.question.open === 'whenOrPlace';
    const short = wordsOf(text).length <= MAX_WORDS_OF_A_SHORT_QUESTION;
    if (atTheHours && short && this.deps.vocabulary.asks(text) && this.deps.vocabulary.asksWhatItCosts(text))
      return { kind: 'side', question: 'first_meeting' };
    // "mag het een bijnaam zijn?", "moet dat mijn echte naam zijn" at the name: any first name the
    // centre may use. Never where a name is told ("mijn bijnaam is Jo").
    if (
      open?.question.open === 'firstName' &&
      containsPhrase(text, this.deps.vocabulary.allLocales('understanding:nicknameWords')) &&
      nameAfterIntro(text, nameWordsOf(this.deps.vocabulary)) === undefined
    )
      return { kind: 'side', question: 'nickname' };
    // "0470 12 34 56" at the hours, before the booking asks it: kept for that question, and this one again.
    if (open?.question.keepsContact) {
      const contact = contactAlone(text, this.deps.vocabulary.allLocales('understanding:contactIntro'));
      if (contact) {
        await noteSaidEarly(this.deps.booking, context, { contact });
        return { kind: 'reprompt', say: contact.kind === 'email' ? 'bookIntake:who.emailKept' : 'bookIntake:who.numberKept' };
      }
      // "0800 30 700" there: no number to keep (nobody is called back on a free line); one's own comes later.
      const line = understandContact(text);
      if (!line.ok && line.looksLike === 'service' && wordsOf(text).length <= MAX_WORDS_OF_A_SERVICE_LINE)
        return { kind: 'reprompt', say: 'bookIntake:who.serviceNumberEarly' };
      // "mijn naam is Mohamed" at the place or the hours: kept for the name question, and this one again.
      // So is a name typed alone ("Mohamed El Amrani"), where the question reads no answer in it.
      const nameWords = nameWordsOf(this.deps.vocabulary);
      const name =
        open.question.open !== 'firstName'
          ? (nameAfterIntro(text, nameWords) ??
            (open.prompt.understand(context, text, open.question) === undefined ? bareName(text, nameWords) : undefined))
          : undefined;
      if (name) {
        // "ze heet Fatima", "her name is Fatima": the name of whom the booking is for, someone else's too.
        const ofAnother = opensWithIntro(text, this.deps.vocabulary.allLocales('understanding:otherPersonNameIntro'));
        await noteSaidEarly(this.deps.booking, context, { firstName: name, firstNameOfOther: ofAnother });
        return { kind: 'reprompt', say: ofAnother ? 'bookIntake:who.nameKeptOther' : 'bookIntake:who.nameKept' };
      }
      const lacks = this.contactLacking(text);
      // "ik heb geen gsm en geen mail" at the place or the hours: a landline or a trusted person's
      // number will do, asked later; never "a phone number will do".
      if (lacks === 'both') return { kind: 'reprompt', say: 'bookIntake:who.noContactLater' };
      // "ik heb geen e-mail", "no i dont have email" at the place or the hours: none is needed, a
      // phone number will do (and is asked for); never a place or a day read in it.
      if (lacks === 'email') {
        await noteSaidEarly(this.deps.booking, context, { noEmail: true });
        return { kind: 'reprompt', say: 'bookIntake:who.noEmailKept' };
      }
      // "ze heeft geen gsm", "I have no mobile" at the place or the hours: another number or an e-mail
      // address will do, asked later; never "niet begrepen".
      if (lacks === 'phone') return { kind: 'reprompt', say: 'bookIntake:who.noPhoneLater' };
      // "kan het later?", "liever later": the day and hour come after this question; never a move offered.
      if (open.question.beforeTheHours && this.wishesLater(text) && open.prompt.understand(context, text, open.question) === undefined)
        return { kind: 'reprompt', say: 'bookIntake:laterSaid' };
    }
    // "for someone else", "voor mijn moeder" alone at a menu: the check, for that person (was the
    // person read from "someone", or the booking); longer wishes ("een afspraak voor mijn man") say more.
    if (open && isMenu(open) && this.onlyForAnother(text)) return { kind: 'switch', to: 'check', wish: text };
    // "Kan ik nie ne mens aan de lijn krijgen", "I would prefer to speak to an actual human being":
    // a person, wherever it is asked; never an answer read from a word of it ("someone" as "Someone
    // else"), a miss, or the answer about the bot ("kheb gin goesting in ne robot ik wil ne mens").
    if (await this.asksForAPerson(context, open, text)) {
      // At a menu it is the menu's own answer: after the person, "Kan ik je nog ergens mee helpen?".
      const asAnswer = open?.question.intents?.talk_to_person;
      if (open && asAnswer !== undefined) {
        chooseForQuestion(context, asAnswer);
        return this.flowInOtherLanguage(context, open, text, asAnswer);
      }
      return this.fromCommand('person', open);
    }
    // "Dit werkt niet", "jij bent dom", "this is useless", or "😡" alone: stuck and cross. Sorry, and a
    // person offered at once ("ja") or the question again ("nee"); never "niet begrepen" once more. On
    // the way to a person already, the question itself goes on.
    // Words of anger decide unless the reply is an answer as a whole: "gij zijt echt nutteloos" was the
    // check read from "echt" (a letter off "recht").
    const cross = containsPhrase(text, this.deps.vocabulary.allLocales('understanding:frustration'));
    const frustrated = cross
      ? !open?.prompt.answersWhole(context, text, open.question)
      : showsDistressAlone(text) && open?.prompt.understand(context, text, open.question) === undefined;
    if (open && frustrated && !open.question.handover) {
      open.state.offered = personOffers(this.deps.language.t(context));
      return { kind: 'pickOffer', offered: open.state.offered, say: { key: 'fallback.frustrated', params: {} } };
    }
    // "Waarom niet?", "waarom?" at the menu ("Kan ik je nog ergens mee helpen?", where "niet" is no "no") after a "no" verdict: the reasons of that verdict, with the way on.
    // "Wat nu?", "what now?" there asks for that way on, never the steps to order a cheque one cannot get.
    // "maar waarom niet?": the same question, pushed back.
    const asked = this.deps.vocabulary.pushedBack(text) ?? text;
    const asksAfterNo = () => this.asksWhyNot(asked) || this.asksWhyAlone(asked) || this.asksWhatNow(asked);
    if (open && isMenu(open) && asksAfterNo() && (await this.saidNo(context)))
      return this.sideIn('why_not', this.otherLanguageOf(context, text));
    // The reply to a jobseeker's "no", which ends "Nog niet ingeschreven?", at the menu after it:
    // "ja, ik ben al ingeschreven" (the counsellor helps on), "nog niet", "hoe schrijf ik me in?"
    // (where). Both were "Sorry, dat begreep ik niet" or "Dat weet ik niet".
    const registration = open && isMenu(open) ? this.aboutRegistering(text) : undefined;
    if (registration && (await this.saidNoAsJobseeker(context)))
      return this.sideIn(registration === 'done' ? 'already_registered' : 'how_to_register', this.otherLanguageOf(context, text));
    // "Dag" greets and takes leave in Flemish: at the first menu, before anything was asked, it greets.
    if (open && isMenu(open) && !open.question.yesOrNo && isOneOf(text, this.deps.vocabulary.helloOrGoodbye)) {
      return { kind: 'reprompt', say: 'greetingShort' };
    }
    // "Ben zo terug", "momentje, ik zoek mijn gsm": the bot waits and keeps what was said; never
    // the restart the recognizer hears in "terug".
    if (open && this.stepsAway(text)) return { kind: 'reprompt', say: 'waiting' };
    // "Ik ben terug" after a while away: the question again, whole, never "terug" (back) nor a miss.
    if (open && isOneOf(text, this.deps.vocabulary.returnWords)) return { kind: 'reprompt', say: 'welcomeBack' };
    // "ok merci au revoir", "laisse tomber, au revoir", "forget it, bye" at any question: goodbye (were "niet begrepen").
    if (open && this.saysFarewellOnly(text)) return { kind: 'goodbye' };
    // "I need to cancel" at "Kan ik je nog ergens mee helpen?" right after booking: that booking,
    // never the "no" or "stop" the words also are. So at "Wil je nog iets weten?" and at the menu:
    // "ik kom niet", "I can't make it" were a new booking ("kom", "make").
    // Not where the words are the question's own answer ("ik wil annuleren" at "Wil je nog iets weten?", "Annuleren?").
    const passingOrMenu =
      open !== undefined &&
      (open.question.passing === true || isMenu(open)) &&
      open.prompt.understand(context, text, open.question) === undefined;
    if ((open?.question.yesOrNo || passingOrMenu) && (await this.cancelsTheBooking(context, text))) {
      if (!open?.question.yesOrNo) return { kind: 'switch', to: 'cancelBooking', wish: text };
      chooseForQuestion(context, 'cancelBooking');
      return undefined;
    }
    // "Kan ik je nog ergens mee helpen?" is a yes/no question too: "nee (bedankt)" ends, "ja" asks
    // which. A number is a button ("1": the first), never a yes.
    // "Ja maar hoeveel kost het?", "ja ik wil een afspraak" say more than yes: read below.
    if (open?.question.yesOrNo && !/^\s*\d+\s*$/.test(text) && this.deps.vocabulary.afterYes(text) === undefined) {
      const said = this.saidYesOrNo(text) ?? ((await this.saysNoThanks(context, text)) ? 'no' : undefined);
      // "nu niet", "niet nodig", "later" as the whole reply: a no there too.
      if (said === 'no' || isOneOf(text, this.deps.vocabulary.allLocalesNormalized('understanding:notNow'))) return { kind: 'goodbye' };
      if (said === 'yes') return { kind: 'reprompt', say: 'menu.pickAgain' };
    }
    // "ja" to "Wil je nog iets weten?", whose answers are topics none of which a yes picks: which one, then.
    const plainYes = open?.question.passing && this.saidYesOrNo(text) === 'yes' && this.deps.vocabulary.afterYes(text) === undefined;
    if (plainYes && open.prompt.understand(context, text, open.question) === undefined) return { kind: 'reprompt', say: 'menu.pickAgain' };
    // "nee", "nee dank je" at "Waar kan ik je mee helpen?": nothing, then; goodbye, as at "Kan ik je nog ergens mee helpen?".
    // Right after "Sorry, dat begreep ik niet" it is "no, that is not what I meant": say it otherwise (was "Tot ziens!").
    if (open && isMenu(open) && open.question.open === undefined && (await this.saysOnlyNo(context, text)))
      if (open.prompt.understand(context, text, open.question) === undefined) {
        if ((open.state.attemptCount ?? 0) === 0) return { kind: 'goodbye' };
        // A "nee" after that is a no.
        open.state.attemptCount = 0;
        return { kind: 'reprompt', say: 'fallback.sayItDifferently' };
      }
    // "ok", "top", "ja" after an answer, at "Waar kan ik je mee helpen?": taken in, no miss; which topic next.
    if (open && isMenu(open) && this.takesItIn(text) && open.prompt.understand(context, text, open.question) === undefined) {
      return { kind: 'reprompt', say: 'menu.pickAgain' };
    }
    // "ik heb een vraag", "petite question": the question is still to come; asked for, no miss.
    if (open && isMenu(open) && this.questionToCome(text)) return { kind: 'reprompt', say: 'menu.askAway' };
    const helper = open ? helperByNumber(text, open) : undefined;
    if (helper) return { kind: 'command', command: helper };
    // "je parle pas bien neerlandais" in a Dutch chat asks for the language it is written in: the
    // chat goes on in it at once (ChooseLanguageDialog), and the question that was open comes back in
    // it. At a menu the words are its answer "Andere taal", which does the same and greets in it.
    if (open && !isMenu(open) && this.deniesOwnLanguage(context, text)) return { kind: 'command', command: 'language' };
    // "I don't speak Dutch", "je ne parle pas bien néerlandais, c'est un problème ?" in an English or
    // French chat: the guidance is in Dutch, said, and the question or the menu again; never "Which
    // language?" (the chat is in one they read).
    if (open && this.weakInDutch(context, text)) {
      // Asked beside it at a menu ("… since 8 years, can i have cheque? my dutch not good"): the check
      // starts after that answer, with the work and the years told (was the answer alone, the check lost).
      const checkToo = isMenu(open) && (this.asksIfEligible(text) || tellsOwnWork(this.deps.vocabulary, text));
      if (checkToo) return { kind: 'switch', to: 'check', wish: text, before: 'guidance_language' };
      // "je ne parle pas néerlandais. je voudrais prendre rendez-vous", "I dont speak dutch, can you call
      // me back?": the booking or the person asked for in a clause of its own, after that answer (was the menu).
      const asked = isMenu(open) ? await this.flowBesideWeakDutch(context, text) : undefined;
      // The booking's first words say the guidance is in Dutch themselves.
      if (asked) return { kind: 'switch', to: asked, wish: text, ...(asked === 'person' && { before: 'guidance_language' as const }) };
      return { kind: 'side', question: 'guidance_language' };
    }
    // "ik woon gent", "i live antwerp" at a menu: where one lives, and nothing asked. What they
    // want is asked, and the words go with the answer (the check and the booking read the place).
    const home = open && isMenu(open) ? this.homeAlone(text, () => this.languageSaidIn(context, text)) : undefined;
    if (open && home) {
      // "j'habite liège" in a Dutch chat: answered in French, the language it was said in.
      await this.speakTheLanguageOf(context, text);
      await noteSaidEarly(this.deps.booking, context, { home: text });
      const offered = this.homeOffers(context, text, home);
      open.state.offered = offered;
      return { kind: 'pickOffer', offered, say: { key: 'menu.homeSaid', params: { place: home } } };
    }
    // "0470 12 34 56", "jan@gmail.com" alone at a menu: kept for a booking, which is offered with a
    // person. Not where a question reads typed words itself ("Wat wil je aanpassen?": the new number).
    const contact = open && isMenu(open) && open.question.open === undefined ? await this.contactOffer(context, text) : undefined;
    if (open && contact) {
      open.state.offered = contact.offered;
      return { kind: 'pickOffer', offered: contact.offered, say: { key: contact.key, params: {} } };
    }
    // "Waarom moet je mijn naam hebben?", "waarom mijn nummer", "why do you need my number" where the
    // name or the contact is asked: why the centre needs it; never a name or a number read in it.
    const detailAsked = DETAILS_ASKED[open?.question.open ?? ''];
    if (open && detailAsked && (this.asksWhy(text) || this.opensWithWhy(text)))
      return this.sideIn(detailAsked, this.otherLanguageOf(context, text));
    // "Waarom vraag je dat?", "why do you ask?", "waarom?" alone at any question: why it is asked (the condition it
    // checks, or that only what helps is asked), then the question again; never "niet begrepen".
    // "waarom moet ge mijn nummer weten?" where a call-back asks the number: its own why (was "Typ een telefoonnummer").
    const whyOfACall = open?.question.handover === true && open.question.why !== undefined && this.opensWithWhy(text);
    if (open && (this.asksWhy(text) || whyOfACall) && !open.prompt.answersWhole(context, text, open.question))
      return this.sideIn('why_asked', this.otherLanguageOf(context, text));
    // "Ik ben Nederlander", "I'm Dutch" at a question, with no word of living: a nationality, which
    // is no condition; never "Nederland" read a typo away, nor a language to speak.
    const nationalityAlone =
      containsPhrase(text, this.deps.vocabulary.allLocales('understanding:nationalitySaid')) &&
      !containsPhrase(text, this.deps.vocabulary.allLocales('understanding:liveWords'));
    if (open && !isMenu(open) && nationalityAlone) return this.sideIn('nationality', this.otherLanguageOf(context, text));
    // "Hoe weet ik dat?", "ik weet het niet precies" at a question that says what to do then (the
    // years): that help, and the question again; never the answer "Ik weet het niet" on a guess.
    if (open?.question.unsure && this.notExactly(text)) return { kind: 'side', question: 'not_exactly' };

    // "Hoe laat was het ook alweer?", "waar is mijn afspraak?" at "Klopt dit?": the meeting being
    // booked, never one booked before (nor "Wat wil je aanpassen?").
    if (open?.question.when && this.asksWhenMeeting(text) && !this.asksWhere(text))
      return this.sideIn('when_meeting', this.otherLanguageOf(context, text));
    if (open?.question.where && this.asksWhere(text)) return this.sideIn('where', this.otherLanguageOf(context, text));
    // "waar is het" at a menu, said word for word: where; never "wat is het" (the cheque explained) a letter away.
    if (open && isMenu(open) && this.deps.vocabulary.asksOnlyWhere(text)) return this.sideIn('where', this.otherLanguageOf(context, text));
    // "Wanneer is mijn afspraak?" at a menu is about the booking one has, not "Afspraak maken"; where
    // nothing hangs on the question ("Wil je nog iets weten?" after booking), it goes there at once.
    // At "Klopt dit?" (which knows when the meeting is) "mijn afspraak" is the one being made.
    const aboutBookingMade = open && !open.question.when && (isMenu(open) || open.question.passing);
    if (aboutBookingMade && !open.prompt.answersWhole(context, text, open.question)) {
      const ownBooking = await this.aboutOwnBooking(context, text);
      if (ownBooking && !isMenu(open)) return { kind: 'switch', to: ownBooking };
      if (ownBooking) {
        // At "Voulez-vous annuler ce rendez-vous ?" "annule mon rdv" is that question's own yes (was
        // "cancelBooking", which it does not know: "votre rendez-vous ne change pas").
        const intent = (Object.keys(FLOW_INTENTS) as Intent[]).find((i) => FLOW_INTENTS[i] === ownBooking);
        chooseForQuestion(context, (intent && open.question.intents?.[intent]) ?? ownBooking);
        return undefined;
      }
    }
    // "Ik heb al een afspraak gemaakt, gaat die nog door?" asked at a question of another flow (the
    // check's "Voor wie?"): when that booking is, and the question again; never an answer read from "ik".
    const asksAboutIt = open && !isMenu(open) && !open.question.when && this.deps.vocabulary.asks(text);
    if (
      asksAboutIt &&
      !open.prompt.answersWhole(context, text, open.question) &&
      (await this.aboutOwnBooking(context, text)) === 'viewBooking'
    )
      return this.sideIn('when_meeting', this.otherLanguageOf(context, text));
    // "Waar is het dichtstbijzijnde centrum?" at the menu: the booking finds it, from the town question on.
    if (open && isMenu(open) && this.asksNearestCentre(text)) return { kind: 'switch', to: 'book', wish: text };
    // "Waar moet ik naartoe in Gent?" with no meeting booked here: the centres near that place.
    if (open && isMenu(open) && (await this.asksWhereIn(context, text))) return { kind: 'switch', to: 'book', wish: text };
    // "Laat maar, ik doe het liever met iemand": a stop that hands it to a person, before any
    // answer read from a word of it ("iemand" is no "Voor iemand anders").
    if (this.opensWithStop(text) && this.stopsForAPerson(text)) return this.fromCommand('person', open);
    const ownAnswer = open?.prompt.understand(context, text, open.question);
    // "i work at night, can i come on saturday?": when one can come, never a menu answer read from
    // a word or two of it ("i cant come", to cancel a booking). A time alone goes to the booking below.
    if (open && isMenu(open) && ownAnswer !== undefined && !isTimeAlone(text, this.deps.clock.now(), this.deps.vocabulary.timeFillers)) {
      const early = this.timeForABooking(text);
      if (early) return this.timeKept(context, open, text, early);
    }
    // "ik heb geen telefoon" (never "Met iemand praten" read from "telefoon"), "ook voor zelfstandigen?" at a menu.
    const atMenu = open && isMenu(open) ? await this.situationAtMenu(context, text, ownAnswer, open.question) : undefined;
    if (atMenu) return atMenu;
    const command = recognizeCommand(text, this.deps.vocabulary.commands);
    // "bonsoir", "good morning", "aidez-moi" at the menu of a Dutch chat: a greeting or a call for
    // help in one other language only; first the offer to go on in it (was the Dutch greeting, or
    // "Goed. Tik op wat je wil doen." read from "good").
    if (!open || isMenuOrPassing(open)) {
      const locale = this.deps.language.locale(context);
      const calledForHelp = command === 'greeting' || command === 'help' ? shortMessageIn(text, locale) : undefined;
      const saidIn = this.deps.vocabulary.greetingLanguage(text) ?? calledForHelp;
      if (saidIn && saidIn !== locale) return { kind: 'offerLanguage', locale: saidIn };
    }
    // A command is a whole message ("wis mijn gegevens"); it loses only to an answer said as a
    // whole too ("Met iemand praten" on a button), not to one word of an answer ("mijn man").
    if (command && (ownAnswer === undefined || !open?.prompt.answersWhole(context, text, open.question)))
      return this.fromCommand(command, open);
    if (!open) return undefined;
    // "nee wacht, ik heb wel een cheque gehad" at the next question: a correction this question
    // cannot read takes back the answer before it, which is asked again.
    const corrected = afterCorrection(text, this.deps.vocabulary.corrections);
    // "kzou een afspraak willen maken in antwerpen, of nee wacht eerst weten of ik recht heb" at a
    // menu: the flow asked for after taking back is the one wanted (was the booking).
    if (isMenu(open) && corrected !== text) {
      const { intent, confidence } = await this.recognize(this.deps.language.locale(context), corrected, true);
      const flow = confidence === 'sure' ? PASSING_FLOWS[intent] : undefined;
      if (flow) return { kind: 'switch', to: flow, wish: corrected };
    }
    if (!isMenu(open) && ownAnswer === undefined && corrected !== text) {
      // "nee wacht, ik wil een afspraak maken" corrects no answer: it asks for another flow (offered below).
      const { intent, confidence } = await this.recognize(this.deps.language.locale(context), corrected);
      // A time ("nee wacht, liever vrijdag voormiddag") is the answer before, said again.
      const timeAlone = isTimeAlone(corrected, this.deps.clock.now(), this.deps.vocabulary.timeFillers);
      // "Nee wacht, eerst weten of ik recht heb": the check, now; said as a correction, it leaves this question.
      if (confidence === 'sure' && intent === 'check_eligibility' && !open.prompt.answersItself(intent))
        return { kind: 'switch', to: 'check', wish: corrected };
      const asksAFlow = confidence === 'sure' && FLOW_INTENTS[intent] !== undefined && !timeAlone;
      // "ik bedoel minder dan 7 jaar" where a cheque used before is asked: the years, which this
      // question notes as told late (its `tells`), never the years question again.
      const toldHere = open.prompt.tellsInstead(context, text, open.question) !== undefined;
      if (!asksAFlow && !toldHere && (await open.prompt.parses(context, text, open.question)) === undefined)
        return { kind: 'command', command: 'back' };
    }
    // A time alone at a question ("liever vrijdag voormiddag" where the name is asked) asks for no
    // other flow: the question's own answer to it, never "Afspraak maken?".
    if (!isMenu(open) && ownAnswer === undefined && isTimeAlone(text, this.deps.clock.now(), this.deps.vocabulary.timeFillers))
      return undefined;
    // "Hoeveel jaar moet ik gewerkt hebben?" at any question asks the years the rules want: answered,
    // never read as years or a button ("travaillé"). At the menu it starts the check, whose years question says it.
    if (!isMenu(open) && this.asksYearsNeeded(text) && !this.tellsOfWorkAbroad(text))
      return this.sideIn('years_needed', this.otherLanguageOf(context, text));
    // "kan een zelfstandige het krijgen?" at "Voor wie?" or "Wat doe je nu?": whether that kind of
    // work can get one, said in brief from the rules, then the question again; never a miss, nor the
    // answer "Zelfstandige" for someone who asked about others.
    if (!isMenu(open) && this.asksAboutAKindOfWork(context, text) && !open.prompt.answersWhole(context, text, open.question))
      return this.sideIn('work_qualifies', this.otherLanguageOf(context, text));
    // "weet mijn baas dat?" at "Voor wie?": a question their words name exactly, never an answer
    // read from a word of it ("mijn" as "for me").
    // "Mijn baas weet van niks en dat moet zo blijven" says it without asking: the employer need not know (C6).
    const aboutEmployer = !isMenu(open) && ['employer', 'employer_refuses'].includes(this.beforeTheMenu(text) ?? '');
    if (!isMenu(open) && (aboutEmployer || this.deps.vocabulary.asks(text)) && !open.prompt.answersWhole(context, text, open.question)) {
      const asked = this.beforeTheMenu(text);
      // "Kan het online?" where "Online" is an answer (how to meet) chooses it; where the place is
      // asked, the parser keeps it for the centres.
      // "Waar moet ik naartoe in Gent?" where the place is asked names it: the parser reads it.
      const answersIt =
        (asked === 'remote' && (ownAnswer !== undefined || open.question.readsWaysOfTalking === true)) ||
        (asked === 'where' &&
          open.question.open === 'place' &&
          placeInWish(this.deps.booking.centres, text, this.deps.vocabulary.placeWords) !== undefined);
      if (asked && !answersIt) {
        const side = this.sideIn(asked, this.otherLanguageOf(context, text));
        // "9000, hoe lang duurt het?": the answer to that, and the postcode taken too (askedBesideAnswer).
        const answersToo = side.kind === 'side' && asksForInfo(asked) && (await this.answersInAClause(context, open, text));
        return answersToo ? { ...side, answers: true } : side;
      }
    }
    // "Wat bedoelt u met wandelcoaching?", "is da online": a question about an answer is no choice of it.
    if (ownAnswer !== undefined && this.asksAboutAnAnswer(context, text, open)) return { kind: 'side', question: 'explain_word' };
    // "weet niet wat is dat", "ik weet niet wat is outplacement": what the question means, asked;
    // never the answer "Ik weet het niet" that sends to a person. A word the glossary has is
    // explained, else the question said more plainly; then the question again.
    if (ownAnswer !== undefined && this.asksWhatItMeans(context, text, open))
      return { kind: 'side', question: this.deps.understanding.glossary.find(text) ? 'explain_word' : 'simpler' };
    // "wat is dat?" alone at a question with a plainer wording: that wording at once, no "Bedoel je …?" first.
    // "Hoe bedoel je?", "hoe dan?", "what do you mean?" said alone ask the same (never a place "hoe dan").
    const whatIsIt = this.deps.vocabulary.allLocales('understanding:whatIsIt');
    const howDoYouMean = this.deps.vocabulary.allLocales('understanding:howDoYouMean');
    if (ownAnswer === undefined && !isMenu(open) && open.question.simpler && (isOneOf(text, whatIsIt) || isOneOf(text, howDoYouMean)))
      return { kind: 'side', question: 'simpler' };
    // "ik weet het nog niet" alone at a question with no such answer (how to meet, which hour, "Klopt
    // dit?"): what it asks, said more plainly, and the question again; never "Bedoel je: Hoe werkt dit?".
    const notDecided = this.deps.vocabulary.allLocales('understanding:notDecided');
    if (ownAnswer === undefined && open.question.simpler && !open.question.unsure && isOneOf(text, notDecided))
      return { kind: 'side', question: 'simpler' };
    // "bedankt voor de hulp" at a menu thanks; never a button read from "hulp".
    if (isMenu(open) && this.deps.vocabulary.saysThanksOnly(text)) return { kind: 'thanks' };
    if (ownAnswer !== undefined) {
      // "Kan het online?" at "Klopt dit?", where a way of talking is an answer: that way (the centre
      // may not have it, which is then said), never how centres talk in general.
      if (wayOf({ choice: ownAnswer }) && this.beforeTheMenu(text) === 'remote') return undefined;
      const side = (await this.sentenceAtMenu(dc, open, text)) ?? (await this.questionNamingAnAnswer(context, open, text));
      return side ?? this.flowInOtherLanguage(context, open, text, chosenForQuestion(context) ?? ownAnswer);
    }
    // "ok", "duidelijk" where a yes decides something: the question's own "ik wil het zeker weten".
    if (open.question.notAnswersRetry && open.prompt.isNotAnAnswer(open.question, text)) return undefined;
    if (this.deps.vocabulary.saysThanksOnly(text)) return { kind: 'thanks' };
    // "nee, geen outplacement", "ja, hij krijgt outplacement": at a question of yes and no, a
    // message that opens with one of them and asks nothing is that answer (the rest names the topic).
    // Not where it tells something else ("ja ik werk als poetsvrouw" at "Heb je al eens een cheque gebruikt?"): never that yes.
    const opening = open.prompt.tellsInstead(context, text, open.question)
      ? undefined
      : (this.opensWithYesOrNo(open, text) ?? this.fillerAroundAnswer(context, open, text));
    if (opening) {
      chooseForQuestion(context, opening);
      return undefined;
    }
    // "Meer" mistyped ("pluss", "meeer") is "Meer"; where no "Meer" is shown, the question again.
    // Never a guess: the recognizer hears "plus" as stop ("je ne veux plus").
    if (this.asksForMore(text)) {
      if (!open.question.more) return { kind: 'reprompt' };
      chooseForQuestion(context, open.question.more.id);
      return undefined;
    }
    // "ik wil mijn naam niet geven", "liever niet", "gaat je niks aan" where the name or the contact
    // is asked: why the centre needs it, and the question again; never "wis alles" heard in it.
    const detailRefused = DETAILS_ASKED[open.question.open ?? ''];
    if (detailRefused && containsPhrase(text, this.deps.vocabulary.allLocales('understanding:refusesDetails')))
      return { kind: 'side', question: detailRefused };
    // "dat wil ik niet zeggen", "gaat je niks aan" at "Waar woon je?" (was "Dat woord staat niet in
    // mijn lijst": "wil zeggen" heard as a word to explain): why it is asked, and the question again.
    const refusesToTell = containsPhrase(text, this.deps.vocabulary.allLocales('understanding:refusesToTell'));
    if (refusesToTell && !open.question.yesOrNo && open.prompt.understand(context, text, open.question) === undefined)
      return this.sideIn('why_asked', this.otherLanguageOf(context, text));
    // An answer the question knows but cannot take gets the question's own retry, not a guess.
    if (open.prompt.refusal(context, text, open.question)) return undefined;
    // "5 jaar in het buitenland, telt dat mee?" asks before it answers: the years wait for the answer.
    if (text.includes('?') && this.beforeTheMenu(text) === 'work_abroad') return { kind: 'side', question: 'work_abroad' };
    // An answer the question's parser is sure of (a postcode, "dinsdag", an e-mail address) is an answer.
    const parsed = await open.prompt.parses(context, text, open.question);
    if (parsed === 'sure') {
      // "c'est gratuit à Bruxelles ?" where the centres are shown: the town read as a centre's is asked about, not chosen.
      const namedCentre = open.question.open === 'centre' ? await this.questionNamingAnAnswer(context, open, text) : undefined;
      return namedCentre ?? this.askedBesideAnswer(context, open, text);
    }
    // One word where a first name is asked is that name ("Koen" is no "komen", "Marc" no "marche"):
    // what one word could also mean is a guess of the recognizer, not something the user asked.
    if (parsed === 'guess' && isOneWord(text)) return undefined;
    // "j'ai pas de téléphone", "pas de gsm" where the contact is asked: that question's own answer
    // (another number or an e-mail will do), never a person read from "téléphone" nor Dutch from "gsm".
    if (CONTACT_PARSERS.has(open.question.open ?? '') && containsPhrase(text, this.deps.vocabulary.noContact)) return undefined;
    // Their own words name these questions exactly, whatever the recognizer would make of them.
    const need = parsed === undefined ? this.namedQuestion(text) : undefined;
    const locale = this.deps.language.locale(context);
    // A message clearly in another language is read in that language: the conversation's model
    // reads "ik wil een afspraak in Gent" in a French chat as noise (it heard "un conseiller").
    const other = otherLanguage(text, locale) ?? (isMenuOrPassing(open) ? await this.shortInOtherLanguage(text, locale) : undefined);
    if (need) return this.sideIn(need, other);
    // A town or postcode alone at the menu ("gent", "9000"): where the user looks for a centre.
    // Where nothing hangs on the question ("Was dit duidelijk?") the same: was "Bedoel je …?".
    if (isMenuOrPassing(open) && this.placeAlone(text)) return { kind: 'switch', to: 'book', wish: text };
    // A time alone at the menu ("zaterdag of avond", "morgen namiddag"): when the user can come,
    // never the goodbye the recognizer hears in "avond".
    if (isMenu(open) && isTimeAlone(text, this.deps.clock.now(), this.deps.vocabulary.timeFillers))
      return { kind: 'switch', to: 'book', wish: text };
    // "zaterdag in Gent", "morgen in Aalst": a time and a place, nothing else; the booking keeps both.
    if (isMenu(open) && this.timeAndPlace(text)) return { kind: 'switch', to: 'book', wish: text };

    const recognition = await this.recognize(other ?? locale, text, isMenu(open));
    rememberRecognition(context, await this.guessesThatFit(context, recognition));
    const { intent } = recognition;
    // "kan het dit weekend?", "can I come today?", "kan ik ook op zaterdag?" at a menu: when the user
    // can come, whatever flow the recognizer hears in "kan ik ook" (only words of coming and time).
    // Kept for the booking's hours, and the booking offered first.
    const early = isMenu(open) ? this.timeForABooking(text) : undefined;
    if (early) return this.timeKept(context, open, text, early);
    // "Laat maar, ik doe het wel met u", "laat maar, liever met iemand": stopping the typing, not
    // the help. A person takes it on; a "no" in it ("ik wil niet met iemand praten") still stops.
    if (intent === 'stop' && this.stopsForAPerson(text)) return this.fromCommand('person', open);
    // "don't call me, I want to chat", "ik kan niet lezen, bel mij aub": a person by the way named,
    // whatever the recognizer hears in it (a call-back to take back, or nothing).
    if (this.asksAPersonByWay(text) && open.prompt.understand(context, text, open.question) === undefined)
      return this.fromCommand('person', open);
    // "En voor mijn vader?" at the menu, after a check: the check again, for him.
    if (isMenu(open) && (intent === 'none' || intent === 'talk_to_person') && this.forAnotherPerson(text))
      return { kind: 'switch', to: 'check', wish: text };
    const asAnswer = open.question.intents?.[intent];
    if (asAnswer !== undefined) {
      chooseForQuestion(context, asAnswer);
      return this.flowInOtherLanguage(context, open, text, asAnswer, other);
    }
    const situation = parsed === undefined ? await this.situationTyped(text, recognition, isMenu(open), other ?? locale) : undefined;
    if (situation) return this.sideIn(situation, other);
    // "ik ben poetsvrouw", "ik werk in de bouw" at the menu: the check, which that work answers.
    // Where nothing hangs on the question ("ik ben kuisvrouw in hotel" at "Was dit duidelijk?") the
    // same: was "Sorry, dat begreep ik niet".
    if (isMenuOrPassing(open) && !other && this.startsTheCheckAtMenu(text, recognition)) return { kind: 'switch', to: 'check', wish: text };
    // Anything but a flow, said in another language ("is anybody there? i need help"): first the
    // offer to go on in it; a side question is answered after it (OfferLanguageDialog).
    if (other && intent !== 'none' && !FLOW_INTENTS[intent] && !open.prompt.answersItself(intent)) {
      return { kind: 'offerLanguage', locale: other };
    }
    const passingTo = open.question.passing ? PASSING_FLOWS[intent] : undefined;
    if (passingTo) return { kind: 'switch', to: passingTo, wish: text };
    // Stopping throws away the answers so far: in the middle of something, only the exact words
    // ("stop") or a tap on "Stoppen" in "Bedoel je …?" do it, never a guess ("nooit gehad"); at a
    // menu a sentence may say it ("ik wil niet meer"), one word never ("pluss", "meer").
    const stopGuessed = intent === 'stop' && (!isMenu(open) || isOneWord(text));
    // "nee, ik wil toch naar Sint-Niklaas" at "Klopt dit?" (heard as cancelling): another place, which
    // the booking reads; never "Geen afspraak", the name and number lost.
    const elsewhere =
      open.question.open === 'summary' &&
      otherCentreSaid(this.deps.booking.centres, text, this.deps.vocabulary.placeWords, [])?.place !== undefined;
    const fromIntent = stopGuessed || elsewhere ? undefined : this.fromIntent(intent, open, other, text, parsed !== undefined);
    if (fromIntent) return fromIntent;
    const flow = FLOW_INTENTS[intent];
    // "genk, wanneer kan ik komen?" while booking: the booking is what goes on, the place its answer;
    // "wanneer kan ik komen?" alone hears what comes first, and the question again.
    // "kan ik nu een cheque krijgen of niet?" in the check: the check itself asked, in so many words.
    const checkAskedAgain =
      intent === 'check_eligibility' &&
      parsed === undefined &&
      this.deps.vocabulary.asks(text) &&
      (containsPhrase(text, this.deps.vocabulary.chequeWords) ||
        containsPhrase(text, this.deps.vocabulary.allLocales('understanding:eligibilityAsks')));
    if ((flow || checkAskedAgain) && open.prompt.answersItself(intent)) {
      if (parsed === 'guess') return undefined;
      const say = open.prompt.ownFlowAgain;
      if (say && recognition.confidence === 'sure') return { kind: 'reprompt', say };
    }
    if (flow || stopGuessed) {
      markNotAnAnswer(context);
      return undefined;
    }
    // A typed answer the question reads (a first name) is never a sign of another language.
    if (parsed === 'guess') return undefined;
    if (other) return { kind: 'offerLanguage', locale: other };
    return undefined;
  }

  /**
   * "laat maar", "non merci", "plus besoin", "nee toch niet" at a question with a `quitOffer`: maybe
   * nothing at all after all, so asked whether to stop; said again at that offer, it stops.
   */
  private quitOffer(
    context: TurnContext,
    open: OpenQuestion,
    text: string,
    offered: readonly Offer[] | undefined,
  ): Interruption | undefined {
    const { quitOffer } = open.question;
    if (!quitOffer || !this.deps.vocabulary.saysNotAfterAll(text)) return undefined;
    // "ok merci" is a thanks taken in, one typo from "non merci": where it is no answer (an acknowledgement), never a stop.
    const saidOutright = this.deps.vocabulary.allLocalesNormalized('understanding:notAfterAll').includes(normalize(text));
    if (!saidOutright && open.question.notAnswersAskAgain && open.prompt.isNotAnAnswer(open.question, text)) return undefined;
    if (offered?.some(({ action }) => 'command' in action && action.command === 'stop')) return this.fromCommand('stop', open);
    const t = this.deps.language.t(context);
    const quit: Offer[] = [
      { title: t('fallback.meanings.stop'), action: { command: 'stop' }, answers: 'yes' },
      { title: t('fallback.goOn'), action: { tryAgain: true }, answers: 'no' },
    ];
    open.state.offered = quit;
    return { kind: 'pickOffer', offered: quit, say: { key: quitOffer.key, params: {} } };
  }

  /**
   * True when this conversation's call-back stands and `text` gives another phone number, or says
   * the one given is wrong ("verkeerd nummer", "het nummer klopt niet").
   */
  private async newNumberForCallback(context: TurnContext, text: string): Promise<boolean> {
    const contact = understandContact(text);
    const handover = this.deps.handover;
    const typed = contact.ok && contact.kind === 'phone' ? contact.value : undefined;
    const wrong = typed === undefined && containsPhrase(text, this.deps.vocabulary.allLocales('understanding:wrongNumber'));
    if (!handover || (typed === undefined && !wrong)) return false;
    const standing = (await standingCallback(handover, context))?.summary.contact;
    return standing?.mode === 'callback' && standing.phone !== typed;
  }

  /** "Waarom vraag je dat?", "pourquoi vous demandez ça ?", "why do you ask?"; "waarom?", "pourquoi ?", "why?" alone. */
  private asksWhy(text: string): boolean {
    return containsPhrase(text, this.deps.vocabulary.allLocales('understanding:whyAsked')) || this.asksWhyAlone(text);
  }

  /** "waarom moet je …", "pourquoi vous …", "why do you …": a message that opens with a why. */
  private opensWithWhy(text: string): boolean {
    this.whyWords ??= new Set(this.deps.vocabulary.allLocalesNormalized('understanding:whyAlone').filter((why) => !why.includes(' ')));
    return this.whyWords.has(wordsOf(text)[0] ?? '');
  }

  /** "waarom?", "wrm", "pourquoi ?", "why?": a why with nothing after it. */
  private asksWhyAlone(text: string): boolean {
    const plain = withoutEndMarks(text);
    // "what is that" is said word for word, never "why is that" a typo or two away.
    if (this.deps.vocabulary.allLocalesNormalized('understanding:whatIsIt').includes(normalize(plain))) return false;
    return !this.asksWhere(text) && isOneOf(plain, this.deps.vocabulary.allLocales('understanding:whyAlone'));
  }

  /**
   * "Waar is dat", "c'est où": where it is, said in so many words. Never read as the phrase a typo
   * or two away ("waarom is dat", "c'est ok") that would take it for a why or an "ok".
   */
  private asksWhere(text: string): boolean {
    return containsPhrase(text, this.deps.vocabulary.whereWords);
  }

  /** "Hoe laat was het ook alweer?", "welke dag was het?", "c'était quand ?": when the meeting is. */
  private asksWhenMeeting(text: string): boolean {
    return containsPhrase(text, this.deps.vocabulary.allLocales('understanding:whenMeetingWords'));
  }

  /** "waarom niet?", "waarom kan ik er geen krijgen?", "pourquoi pas ?", "why not?". */
  private asksWhyNot(text: string): boolean {
    return isOneOf(withoutEndMarks(text), this.deps.vocabulary.allLocales('understanding:whyNot'));
  }

  /** "wat nu?", "wat moet ik dan doen?", "et maintenant ?", "what now?". */
  private asksWhatNow(text: string): boolean {
    return isOneOf(withoutEndMarks(text), this.deps.vocabulary.allLocales('understanding:whatNow'));
  }

  /** True when this conversation's last check ended without a yes ("nee", or a person must look at it). */
  private async saidNo(context: TurnContext): Promise<boolean> {
    const outcome = (await this.deps.eligibilityCheck.get(context))?.result?.outcome;
    return outcome !== undefined && outcome !== 'eligible';
  }

  /** True when this conversation's last check said no because the person is a jobseeker. */
  private async saidNoAsJobseeker(context: TurnContext): Promise<boolean> {
    const result = (await this.deps.eligibilityCheck.get(context))?.result;
    return result !== undefined && result.outcome !== 'eligible' && result.reasons.includes('jobseeker');
  }

  /**
   * What a message says of registering with VDAB as a jobseeker: done ("ja ben ingeschreven", "j'ai
   * déjà un conseiller", "I'm registered"), or not yet or asked ("nog niet ingeschreven", "hoe
   * schrijf ik me in?", "how do I register?"); undefined when it is not about that, or a counsellor
   * is denied ("ik heb een bemiddelaar maar die helpt niet").
   */
  private aboutRegistering(text: string): 'done' | 'how' | undefined {
    const { vocabulary } = this.deps;
    const registered = containsPhrase(text, vocabulary.allLocales('understanding:alreadyRegistered'));
    const registering = containsPhrase(text, vocabulary.allLocales('understanding:registering'));
    const counsellor = containsPhrase(text, vocabulary.allLocales('understanding:haveCounsellor'));
    if (!registered && !registering && !counsellor) return undefined;
    const deniedOrAsked = vocabulary.asks(text) || wordsOf(text).some((word) => vocabulary.negations.has(word));
    if (registering || (registered && deniedOrAsked)) return registered && !deniedOrAsked ? 'done' : 'how';
    return deniedOrAsked ? undefined : 'done';
  }

  /** "Hoe weet ik dat?", "ik weet dat niet precies", "not exactly", and no number of years said with it ("niet precies 7 jaar"). */
  private notExactly(text: string): boolean {
    if (!containsPhrase(text, this.deps.vocabulary.allLocales('understanding:notExactly'))) return false;
    return yearsSaid(text, this.deps.clock.now()) === undefined;
  }

  /**
   * A person asked for in a sentence of one's own (asksForAPerson), not on the way to one already.
   * Only someone to talk to, named, gives way to the question's own answer where that answer is the
   * talking ("kan iemand mij bellen" where the way of meeting is asked: by phone), or is typed
   * beside it ("iemand mag mij bellen op 0470 12 34 56" where the number is asked).
   */
  async asksForAPerson(context: TurnContext, open: Pick<OpenQuestion, 'prompt' | 'question'> | undefined, text: string): Promise<boolean> {
    if (open?.question.handover) return false;
    // "for someone else", "pour quelqu'un d'autre" at a menu: the check for that person, never a person ("someone").
    if (open && isMenuQuestion(open.question) && this.forAnotherPerson(text)) return false;
    // "Ik wil niet met een robot praten", "pas un robot", "no bot": the bot refused is a person asked
    // for; asked ("ben jij geen robot?") it is a question about the bot.
    if (this.refusesTheBot(text)) return true;
    // "ik heb al gebeld maar niemand neemt op", "personne ne répond": the free number failed them; a
    // person, with a call back (TalkToPersonDialog), never "Bedoel je …?".
    if (calledInVain(this.deps.vocabulary, text)) return true;
    const asked = asksForAPerson(text, this.deps.vocabulary.person);
    if (!asked) return false;
    // "wanner kan ik bellen" is "wanneer kan ik bellen" with a typo: it asks the free number's hours.
    // With its typos put right, a message that asks for no person asks for none.
    // Respelled part by part, the punctuation kept: "ik snap die vragen nie, kan er iemand mij bellen"
    // ends its denial at the comma ("nie" respelled "niet" denied the call that follows).
    const respelled = this.respelledByParts(text);
    if (respelled !== undefined && asksForAPerson(respelled, this.deps.vocabulary.person) === undefined) return false;
    if (asked.strength === 'strong' || !open) return true;
    const { prompt, question } = open;
    // An answer the question knows, taken or not ("Dit centrum doet geen gesprekken via de telefoon").
    const reads = (said: string) =>
      prompt.understand(context, said, question) !== undefined || prompt.refusal(context, said, question) !== undefined;
    if (reads(text) && !reads(asked.withoutTalk)) return false;
    return asked.withoutPerson === '' || (await prompt.parses(context, asked.withoutPerson, question)) !== 'sure';
  }

  /** `text` with its typos put right between its punctuation marks, which stay; undefined when nothing changed. */
  private respelledByParts(text: string): string | undefined {
    const parts = text.split(/([,.;:!?]+)/u);
    const respelled = parts.map((part, at) => (at % 2 === 1 ? part : (this.deps.vocabulary.respelled(part) ?? part)));
    return respelled.some((part, at) => part !== parts[at]) ? respelled.join(' ') : undefined;
  }

  /**
   * "Geen robot aub", "pas un robot", or a talk with the bot denied ("ik wil niet met een robot praten",
   * "je ne veux pas parler à un robot"); not asked ("ben jij geen robot?" asks what the bot is).
   */
  private refusesTheBot(text: string): boolean {
    const { vocabulary } = this.deps;
    if (vocabulary.asks(text)) return false;
    if (containsPhrase(text, vocabulary.allLocales('understanding:botRefused'))) return true;
    const denied = wordsOf(text).some((w) => vocabulary.negations.has(w));
    return denied && containsPhrase(text, vocabulary.botWords) && containsPhrase(text, vocabulary.allLocales('understanding:speakWords'));
  }

  /** A question whether the booking can be moved or cancelled later: a word of changing and one of later ("kan ik dat later nog veranderen?"). */
  private asksToChangeLater(text: string): boolean {
    const { vocabulary } = this.deps;
    if (!vocabulary.asks(text)) return false;
    return (
      containsPhrase(text, vocabulary.allLocales('understanding:changeLater.verbs')) &&
      containsPhrase(text, vocabulary.allLocales('understanding:changeLater.when'))
    );
  }

  /**
   * "kan het later?", and in other words: "kan het een beetje later?", "plus tard possible ?",
   * "could we do it a bit later?": a later time (a typo allowed) with words that say nothing more.
   * "niet later", "ik kom later" say more.
   */
  private wishesLater(text: string): boolean {
    const { vocabulary } = this.deps;
    if (isOneOf(withoutEndMarks(text), vocabulary.allLocales('understanding:laterWish'))) return true;
    this.laterWords ??= vocabulary.allLocales('understanding:laterWords').map(wordsOf);
    const fillers = (this.laterFillers ??= new Set([
      ...vocabulary.allLocalesNormalized('understanding:laterFillers'),
      ...vocabulary.timeFillers,
    ]));
    const words = wordsOf(text);
    for (const run of this.laterWords) {
      for (let at = 0; at + run.length <= words.length; at++) {
        if (!run.every((word, i) => closeTo(words[at + i] ?? '', word))) continue;
        if (words.every((word, i) => (i >= at && i < at + run.length) || fillers.has(word))) return true;
      }
    }
    return false;
  }

  /** A message that opens with a word of stopping ("laat maar, …", "stop, …"). */
  private opensWithStop(text: string): boolean {
    const words = wordsOf(text);
    this.stops ??= this.deps.vocabulary.commands.stop.map(wordsOf);
    return this.stops.some((run) => run.length > 0 && run.length < words.length && run.every((w, i) => words[i] === w));
  }

  /** "Laat maar, ik doe het wel met u": a way to a person said beside the stop, and no "no" with it. */
  private stopsForAPerson(text: string): boolean {
    const { vocabulary } = this.deps;
    if (wordsOf(text).some((w) => vocabulary.negations.has(w))) return false;
    return containsPhrase(text, vocabulary.allLocales('understanding:personInstead'));
  }

  /** One word that asks for more answers ("meer", "plus", "more", "andere"), a letter typed twice allowed. */
  private asksForMore(text: string): boolean {
    const { moreWords } = this.deps.vocabulary;
    return isOneOf(text, moreWords) || isOneOf(normalize(text).replace(/(.)\1+/g, '$1'), moreWords);
  }

  /**
   * "0470 12 34 56", "jan@gmail.com" alone, at a menu or as a first message: kept for the booking's
   * contact question ("Dat nummer onthoud ik voor een afspraak. Wat wil je doen?"), with a booking
   * and a person offered; undefined for anything else.
   */
  async contactOffer(context: TurnContext, text: string): Promise<(FirstOffer & { key: string }) | undefined> {
    const contact = contactAlone(text, this.deps.vocabulary.allLocales('understanding:contactIntro'));
    if (!contact) return undefined;
    await noteSaidEarly(this.deps.booking, context, { contact, contactForNext: true });
    const t = this.deps.language.t(context);
    const key = contact.kind === 'email' ? 'menu.emailSaid' : 'menu.numberSaid';
    const offered: Offer[] = [
      { title: t('menu.book'), action: { choice: 'book' } },
      { title: t('menu.person'), action: { choice: 'person' } },
      { title: t('fallback.somethingElse'), action: { somethingElse: true } },
    ];
    return { key, text: t(key), offered };
  }

  /**
   * "ik woon gent" as a first message: "Je woont in Gent. Wat wil je doen?" in place of the menu,
   * in the language it was said in ("j'habite liège": "Vous habitez à Liège."); undefined for anything else.
   */
  async homeOffer(context: TurnContext, text: string): Promise<FirstOffer | undefined> {
    const home = this.homeAlone(text, () => this.languageSaidIn(context, text));
    if (!home) return undefined;
    await this.speakTheLanguageOf(context, text);
    await noteSaidEarly(this.deps.booking, context, { home: text });
    const t = this.deps.language.t(context);
    return { text: t('menu.homeSaid', { place: home }), offered: this.homeOffers(context, text, home) };
  }

  /**
   * "kan het dit weekend?", "dit weekend" as a first message: the time kept for the booking's
   * hours, and "Wat wil je doen?" with the booking first; undefined for anything else.
   */
  async timeOffer(context: TurnContext, text: string): Promise<FirstOffer | undefined> {
    const early = this.timeForABooking(text);
    if (!early) return undefined;
    await noteSaidEarly(this.deps.booking, context, early);
    return { text: this.deps.language.t(context)('menu.timeSaid'), offered: this.timeOffers(context, text) };
  }

  /**
   * A statement that asks for nothing ("j'habite liège") in another language the bot speaks: the
   * chat goes on in it at once. No offer first: the answer to it shows the language, and "Andere
   * taal" is one tap away.
   */
  private async speakTheLanguageOf(context: TurnContext, text: string): Promise<void> {
    const said = this.languageSaidIn(context, text);
    if (said !== this.deps.language.locale(context)) await this.deps.language.choose(context, said);
  }

  /** The language a statement is written in, where it tells ("I live in Antwerp", "j'habite liège"), else the chat's. */
  private languageSaidIn(context: TurnContext, text: string): Locale {
    return this.otherLanguageOf(context, text) ?? this.deps.vocabulary.liveWordLanguage(text) ?? this.deps.language.locale(context);
  }

  /**
   * The check, with the words that said where one lives (it reads them as the answer to "Waar woon
   * je?"); the booking, with the place found (its own words would be read as a place again, typos and all); or something else.
   */
  private homeOffers(context: TurnContext, text: string, place: string): Offer[] {
    const t = this.deps.language.t(context);
    return [
      { title: t('menu.check'), action: { choice: 'check', said: text } },
      // A place in Wallonia goes with the words that say one lives there: the booking then says what that means.
      { title: t('menu.book'), action: { choice: 'book', said: this.walloonPlaceAfterLiving(text) === place ? text : place } },
      { title: t('fallback.somethingElse'), action: { somethingElse: true } },
    ];
  }

  /**
   * A day or moment asked with words of coming and nothing else ("kan het dit weekend?", "can I
   * come today?"): what the booking's hours would start from. Not "wat voor weer wordt het morgen?".
   */
  private timeForABooking(text: string): SaidEarlyState | undefined {
    const { vocabulary, clock } = this.deps;
    // "ik werk overdag, kan ik zaterdag komen?": the time asked after why the day does not suit.
    const [why, asked, ...more] = text.split(/[,;.]/u);
    const time =
      more.length === 0 && asked !== undefined && containsPhrase(why ?? '', vocabulary.allLocales('understanding:noTime')) ? asked : text;
    if (wordsOf(time).length > MAX_WORDS_WITH_TIME) return undefined;
    // "heb je iets op zaterdag?", "do you have anything on Monday?": words of coming or of a free hour.
    const fillers = new Set([
      ...vocabulary.timeFillers,
      ...vocabulary.allLocalesNormalized('understanding:comeWords'),
      ...vocabulary.allLocalesNormalized('understanding:availabilityWords'),
    ]);
    if (!isTimeAlone(time, clock.now(), fillers)) return undefined;
    const said = earlyTimeSaid(vocabulary, time, clock.now());
    return said && { ...(said.when && { when: said.when }), ...(said.soonest && { soonest: true }) };
  }

  /** A time said at a menu, kept for the booking's hours; the booking offered first. */
  private async timeKept(context: TurnContext, open: OpenQuestion, text: string, early: SaidEarlyState): Promise<Interruption> {
    await noteSaidEarly(this.deps.booking, context, early);
    const offered = this.timeOffers(context, text);
    open.state.offered = offered;
    return { kind: 'pickOffer', offered, say: { key: 'menu.timeSaid', params: {} } };
  }

  /** After a time said at a menu: the booking (with the words, which name the time), the check, or something else. */
  private timeOffers(context: TurnContext, text: string): Offer[] {
    const t = this.deps.language.t(context);
    return [
      { title: t('menu.book'), action: { choice: 'book', said: text } },
      { title: t('menu.check'), action: { choice: 'check' } },
      { title: t('fallback.somethingElse'), action: { somethingElse: true } },
    ];
  }

  /**
   * The place of "ik woon gent", "ik woon in Gent", "i live antwerp", "j'habite à Liège": a word of
   * living and one place in Flanders or Brussels, and at most a word or two more ("ik", "in"); no
   * question. Undefined for anything else ("ik woon in gent en ben werkloos" tells more). The
   * language it is said back in is found only for a place found (most messages have no word of living).
   */
  private homeAlone(text: string, locale: () => Locale): string | undefined {
    const { vocabulary } = this.deps;
    const { centres } = this.deps.booking;
    if (text.includes('?') || !containsPhrase(text, vocabulary.liveWords)) return undefined;
    const named = placeAfterLiving(centres, text, vocabulary.liveWords, vocabulary.placeNamesThatAreWords);
    // "j'habite liège", "ik woon in Luik": a place in Wallonia is where one lives too (the check says who helps there).
    const walloon = named ? undefined : this.walloonPlaceAfterLiving(text);
    if (walloon) return wordsOf(text).length - wordsOf(walloon).length <= MAX_WORDS_BESIDE_HOME ? walloon : undefined;
    const found = findPlaceSaid(centres, named ?? text, vocabulary.placeWords);
    // "Aalst" names two places of one name: the name is still where one lives (the booking asks which).
    const [place, ...more] = found && 'places' in found ? found.places : [];
    if (more.some((p) => normalize(p.name) !== normalize(place?.name ?? ''))) return undefined;
    if (!place) return undefined;
    const others = wordsOf(text).length - wordsOf(named ?? place.name).length;
    // Said back by its name in the chat's language: "bxl" is Bruxelles, "gand" in a Dutch chat Gent.
    return others <= MAX_WORDS_BESIDE_HOME ? centres.placeName(place, locale()) : undefined;
  }

  /**
   * The name of a place in Wallonia said right after a word of living, "in" or "à" allowed between
   * ("j'habite liège", "ik woon in Luik"), read as the booking reads a Walloon name typed alone.
   */
  private walloonPlaceAfterLiving(text: string): string | undefined {
    const { vocabulary } = this.deps;
    return placeAfterLiving(this.deps.booking.centres, text, vocabulary.liveWords, vocabulary.placeNamesThatAreWords, {
      find: (name) => this.deps.booking.centres.findOutside(name)[0]?.name,
      skip: vocabulary.placeWords,
    });
  }

  /**
   * "Waar is het dichtstbijzijnde centrum?", "où est le centre le plus proche ?", "is there a centre
   * near me?": the booking finds the nearest centres, so it comes first, not how a centre is chosen.
   */
  asksNearestCentre(text: string): boolean {
    const { vocabulary } = this.deps;
    return containsPhrase(text, vocabulary.centreWords) && containsPhrase(text, vocabulary.allLocales('understanding:nearestWords'));
  }

  /**
   * "Waar moet ik naartoe in Gent?", "où aller à Liège ?", "is there one in Mechelen?", "the closest
   * to Antwerp": where to go, with a place named after "in", "à" or "closest", and no meeting booked
   * here (then "waar" asks where that one is). Never where to order the cheque ("ik woon in Gent,
   * waar kan ik de cheque bestellen?"): that is done at VDAB, not at a centre; nor, with only a
   * "waar" or "is er", where one gets the cheque ("ik werk in Antwerpen, waar krijg ik een cheque?").
   */
  private async asksWhereIn(context: TurnContext, text: string): Promise<boolean> {
    const { vocabulary, booking, clock } = this.deps;
    const asksForACentre =
      this.asksWhere(text) ||
      (containsPhrase(text, vocabulary.allLocales('understanding:placeQuestionWords')) && !containsPhrase(text, vocabulary.chequeWords));
    if (!asksForACentre || containsPhrase(text, vocabulary.orderVerbs)) return false;
    if (placeInWish(booking.centres, text, vocabulary.placeWords) === undefined) return false;
    return (await upcomingBooking(booking, context, clock.now())) === undefined;
  }

  /**
   * "zaterdag in Gent", "morgen in Aalst", "lundi à Gand": a place after "in" or "à", and the rest
   * a time alone. A word of every day is no place ("zaterdag in de voormiddag").
   */
  private timeAndPlace(text: string): boolean {
    const { vocabulary, booking, clock } = this.deps;
    const words = wordsOf(text);
    if (words.length > MAX_WORDS_WITH_TIME) return false;
    return words.some((word, at) => {
      const next = words[at + 1];
      if (!vocabulary.placeWords.has(word) || next === undefined) return false;
      return [1, 2, 3].some((n) => {
        const found = findPlace(booking.centres, words.slice(at + 1, at + 1 + n).join(' '));
        if (found === undefined || !('places' in found)) return false;
        // "gent" is an English word too, and the place's own name.
        if (isEverydayWord(next) && !found.places.some((p) => tokens(p.name)[0] === next)) return false;
        const rest = [...words.slice(0, at), ...words.slice(at + 1 + n)].join(' ');
        return rest !== '' && isTimeAlone(rest, clock.now(), vocabulary.timeFillers);
      });
    });
  }

  /**
   * A place typed alone, typos and all ("lueven", "1000 bruxel"), as the booking's place question
   * reads it, never everyday words: the words, or the place's own name where a typo was read.
   */
  private placeTyped(text: string): string | undefined {
    const words = wordsOf(text);
    if (words.length === 0 || words.length > MAX_PLACE_WORDS || words.every((w) => isEverydayWord(w))) return undefined;
    if (this.placeAlone(text)) return text;
    const found = findPlace(this.deps.booking.centres, text);
    if (found === undefined) return undefined;
    return 'places' in found && found.places.length === 1 ? found.places[0]?.name : text;
  }

  /** A postcode, or a place's exact name that is no word too ("meer", "boom" at the menu are not places). */
  private placeAlone(text: string): boolean {
    const { centres } = this.deps.booking;
    if (isOneOf(text, this.deps.vocabulary.placeNamesThatAreWords)) return false;
    return /^\s*\d{4}\s*$/.test(text)
      ? centres.findPlaces(text).length > 0
      : wordsOf(text).length <= 2 && placeInShortWish(centres, text) !== undefined;
  }

  /**
   * A flow chosen at the menu in another language ("je veux prendre rendez-vous" in a Dutch chat):
   * first the offer to go on in that language; the flow follows either way, with the words.
   */
  private flowInOtherLanguage(
    context: TurnContext,
    open: OpenQuestion,
    text: string,
    answer: string,
    other = otherLanguage(text, this.deps.language.locale(context)),
  ): Interruption | undefined {
    if (!isMenu(open) || !FLOWS_OFFERED_IN_ANOTHER_LANGUAGE.has(answer)) return undefined;
    return other ? { kind: 'offerLanguage', locale: other, choice: answer as MenuAction } : undefined;
  }

  /**
   * "Rappelez-moi", "au secours" at the menu of a Dutch chat: one or two words of another language
   * only, which the conversation's language reads as nothing. Read in that language (was "Sorry,
   * dat begreep ik niet"); "bonjour" or "merci" that Dutch reads as well stay Dutch, and so do
   * words that language reads as nothing either ("qwerty").
   */
  private async shortInOtherLanguage(text: string, locale: Locale): Promise<Locale | undefined> {
    const short = shortMessageIn(text, locale);
    if (!short || (await this.recognize(locale, text, true)).intent !== 'none') return undefined;
    // Read as something there too: "qwerty" or "sorry", typed in any chat, say no language.
    return (await this.recognize(short, text, true)).intent === 'none' ? undefined : short;
  }

  /**
   * A sentence at the menu that names a button's words ("kan ik een loopbaancheque krijgen" has
   * "loopbaancheque"): the recognizer reads sentences better than the button matcher, so what it is
   * sure of decides; a button's own words, or a recognizer in doubt, leave the button's answer.
   */
  private async sentenceAtMenu(dc: DialogContext, open: OpenQuestion, text: string): Promise<Interruption | undefined> {
    const { context } = dc;
    if (!isMenu(open) || !isSentenceFor(open.prompt, context, text, open.question)) return undefined;
    // "the first one", "ok de eerste": a button by its place; never the "one" of "can I get one?"
    // nor the "first" of the first meeting.
    if (this.deps.vocabulary.position(text) !== undefined) return undefined;
    // A `precise` answer said word for word decides ("ik wil de naam veranderen" at "Klopt dit?" is
    // the name, never the move the recognizer hears in "veranderen").
    if (open.prompt.namedPrecisely(context, text, open.question) !== undefined) return undefined;
    const spotted = this.spotted(context, text);
    if (spotted) return spotted;
    const locale = this.deps.language.locale(context);
    const recognition = await this.recognize(otherLanguage(text, locale) ?? locale, text, true);
    const booking = open.question.intents?.book_intake;
    if (booking !== undefined && this.meetingAsked(text, recognition)) {
      chooseForQuestion(context, booking);
      return undefined;
    }
    if (recognition.confidence !== 'sure') return undefined;
    const asAnswer = open.question.intents?.[recognition.intent];
    if (asAnswer !== undefined) {
      chooseForQuestion(context, asAnswer);
      return undefined;
    }
    return isSideQuestion(recognition.intent) ? { kind: 'side', question: recognition.intent } : undefined;
  }

  /**
   * "is het gratis in Gent?", "hoe lang duurt het in Aalst?" where the centres are the answers: a
   * question with a short answer of its own that names an answer without choosing it. That answer,
   * then the question again with the same buttons; never the centre chosen and the question lost.
   * Not at the menu (sentenceAtMenu) nor at a yes or no.
   */
  private async questionNamingAnAnswer(context: TurnContext, open: OpenQuestion, text: string): Promise<Interruption | undefined> {
    if (isMenu(open) || open.question.yesOrNo || !(this.deps.vocabulary.asks(text) || text.includes('?'))) return undefined;
    if (open.prompt.answersWhole(context, text, open.question)) return undefined;
    const locale = this.deps.language.locale(context);
    const heard = await this.recognize(otherLanguage(text, locale) ?? locale, text);
    const asked = heard.intent;
    if (heard.confidence !== 'sure' || !asksForInfo(asked) || open.prompt.answersItself(asked)) return undefined;
    return { kind: 'side', question: asked };
  }

  /**
   * The question beforeTheMenu reads in `text`; where the words as typed name none, read again with
   * typo'd words put right ("waneer zijn julie open", "is het vertrouwelyk").
   */
  private namedQuestion(text: string): Situation | undefined {
    const asked = this.beforeTheMenu(text);
    if (asked !== undefined) return asked;
    const respelled = this.deps.vocabulary.respelled(text);
    return respelled === undefined ? undefined : this.beforeTheMenu(respelled);
  }

  /**
   * A question the menu's answers would only seem to answer: "hoe lang duurt het eerste gesprek?"
   * names the meeting (so "Afspraak maken" and the recognizer's book_intake), but asks something;
   * "hoe vraag ik een cheque aan?" is heard as a booking, but the cheque is ordered at VDAB;
   * "moet mijn baas dat weten?" is heard as a question about the bot's data.
   */
  beforeTheMenu(text: string): Situation | undefined {
    const { vocabulary } = this.deps;
    // "Ik wil toch niet gebeld worden": the call-back asked, taken back (never a booking to cancel).
    // "bel me niet, ik wil chatten" takes back no call-back: a person, in this chat (talkToPerson).
    if (containsPhrase(text, vocabulary.cancelCallbackWords) && !vocabulary.wantsToChat(text)) return 'cancel_callback';
    // "Ik ben 58, heeft dat nog zin?": an age with whether it is worth it. Age is no condition.
    if (asksIfAgeMatters(vocabulary, text)) return 'age';
    const need = this.whatStandsInTheWay(text);
    // "hoe bestel ik de cheque, ik heb geen computer": how to order, which has the free number too.
    if (need === 'no_computer' && containsPhrase(text, vocabulary.orderCheque)) return 'order_cheque';
    // "ik kan niet typen, kan iemand mij bellen?": the call asked for (talkToPerson), not how to answer with buttons.
    if (need === 'reading' && this.asksAPersonByWay(text)) return undefined;
    if (need) return need;
    // "ik kan niet inloggen", "wachtwoord vergeten", "le site ne marche pas": VDAB's website, which
    // the bot cannot mend; the free number helps (never a booking code asked from "vergeten").
    if (containsPhrase(text, vocabulary.allLocales('understanding:websiteTrouble'))) return 'website_trouble';
    // "Ik wil nie online", "pas en ligne svp": said, not asked; no need, the talk can be at a centre.
    if (!vocabulary.asks(text) && this.deniesRemote(text)) return 'not_remote';
    // "Kan het online?", "can I do it by phone?": many centres do; the list shows which. Ordering by
    // phone ("kan ik da via de telefoon aanvragen") is how to order the cheque, which has the number.
    if (vocabulary.asks(text) && containsPhrase(text, vocabulary.remoteWords))
      return containsPhrase(text, vocabulary.orderCheque) ? 'order_cheque' : 'remote';
    // "Is er een wachtlijst?", "hoe lang moet ik wachten op een afspraak?": it differs per centre, and
    // a booking here shows the first free hours (was "Sorry, dat begreep ik niet", or a booking begun).
    if (containsPhrase(text, vocabulary.allLocales('understanding:waitingWords'))) return 'waiting_time';
    // "Wat heb je van mij nodig?", "what do you need from me": the few things the check and a booking ask.
    if (containsPhrase(text, vocabulary.allLocales('understanding:whatNeeded'))) return 'what_needed';
    // "Kan het ook bij mij thuis?", "à domicile ?": some coaches come home; ask the centre.
    if (vocabulary.asks(text) && containsPhrase(text, vocabulary.allLocales('understanding:atHomeWords'))) return 'at_home';
    // "kan ik het gebruiken voor een opleiding?", "betaalt de cheque een opleiding": where to look for
    // training, and that a coach helps choose; never the check read from "kan ik", nor the price.
    if (containsPhrase(text, vocabulary.allLocales('understanding:trainingUse'))) return 'training';
    // "how do i get there by bus", "is er parking?", "comment y aller": the address and a map come with
    // the booking, the centre knows the way; never the conditions read from "get" nor "Bedoel je …?".
    // Asked, not told ("ik werk op een parking").
    const asked = vocabulary.asks(text) || text.includes('?');
    const gettingThere = asked && containsPhrase(text, vocabulary.allLocales('understanding:gettingThere'));
    if (gettingThere && !containsPhrase(text, vocabulary.allLocales('understanding:noTransport'))) return 'getting_there';
    // "moet ik naar het centrum gaan?" (heard as "ik moet gaan", a goodbye): whether it must be at a
    // centre; many do it online or by phone too.
    if (asked && containsPhrase(text, vocabulary.allLocales('understanding:goingToTheCentre'))) return 'remote';
    // "Kan ik een tolk krijgen?": never the check read from "krijgen"; whether one may come along is the centre's to say.
    if (containsPhrase(text, vocabulary.allLocales('understanding:interpreterWords'))) return 'bring_someone';
    // "Tot hoe laat kan ik bellen?": the free number's hours, not a call-back request.
    // "Hoe kan ik het centrum bellen?": the centre's own number, not a VDAB person.
    // Asked, and not about working in a call centre ("je travaille dans un call center").
    const aboutTheCentre =
      vocabulary.asks(text) &&
      containsPhrase(text, vocabulary.centreWords) &&
      containsPhrase(text, vocabulary.reachWords) &&
      !containsPhrase(text, vocabulary.allLocales('understanding:callCentreWords'));
    if (aboutTheCentre) return 'centre_contact';
    // "Ik ga te laat zijn", "je serai en retard": tell the centre (never the deadline "te laat" to order).
    if (containsPhrase(text, vocabulary.allLocales('understanding:runningLate'))) return 'running_late';
    // "Wat als ik niet kan komen?", "what if I can't come?": move or cancel in time (never a booking started).
    const cannotCome = containsPhrase(text, vocabulary.allLocales('understanding:cannotCome'));
    if (cannotCome && containsPhrase(text, vocabulary.allLocales('understanding:whatIf'))) return 'cannot_come';
    if (containsPhrase(text, vocabulary.phoneHoursWords)) return 'phone_hours';
    // "Wanneer kan ik da nummer bellen?", "c koi les heures pour appeler le 0800": a time asked of
    // the number one calls; "wanneer bellen jullie mij op mijn nummer?" asks to be called.
    const asksHours = containsPhrase(text, vocabulary.phoneHoursAsk) && containsPhrase(text, vocabulary.phoneNumberWords);
    if (asksHours && !containsPhrase(text, vocabulary.callMeWords)) return 'phone_hours';
    // "Wat is het verschil met VDAB?", "waarom niet gewoon bij VDAB?": VDAB gives the cheque and
    // recognises the centres (domain C5, ordering); a coach there guides; a jobseeker gets VDAB's own help.
    if (containsPhrase(text, vocabulary.allLocales('understanding:vdabRole'))) return 'vdab_role';
    // "Het is te ver voor mij", "c'est trop loin" (heard as a wish for simpler words): many centres
    // talk online or by phone, or one near (the answer to having no car).
    if (containsPhrase(text, vocabulary.allLocales('understanding:tooFar'))) return 'no_transport';
    // "Welk centrum raad je aan?", "which centre is best?": the bot recommends none; near, or the way one wants.
    if (containsPhrase(text, vocabulary.allLocales('understanding:recommendCentre'))) return 'recommend_centre';
    // "ik wil een vrouwelijke coach", "kan ik kiezen of het een man of vrouw is?" (was a booking, or the
    // conditions): the centre is asked; the bot knows nobody's coach.
    if (this.asksCoachGender(text)) return 'coach_gender';
    // "Ik heb geen vast adres", "je suis SDF" (was the answer about where a centre is): where one
    // mostly stays, and the free number where that leaves the cheque unclear (domain C1: where one lives).
    if (containsPhrase(text, vocabulary.allLocales('understanding:noFixedAddress'))) return 'no_fixed_address';
    // "Wat is het adres?", "c'est où ?": where the booking made here is, or how a centre is chosen.
    if (containsPhrase(text, vocabulary.whereWords)) return 'where';
    // "Kan ik zelf een coach kiezen?", "can I choose the centre?": yes, one chooses a centre (never a booking started).
    if (vocabulary.asks(text) && containsPhrase(text, vocabulary.allLocales('understanding:chooseCentreWords'))) return 'where';
    // "Hoe laat was het ook alweer?", "c'était quand ?": when the meeting is, or how its day is chosen.
    if (this.asksWhenMeeting(text)) return 'when_meeting';
    // "Hoe lang is de cheque geldig?": three months to start, then refunded (domain, ordering step 5).
    // "Kan ik hem in 2027 nog gebruiken?" asks the same, across the end of the rules.
    // "Hoe verloopt het eerste gesprek?" asks how it goes, not when it runs out.
    if (containsPhrase(text, vocabulary.validityWords) && !containsPhrase(text, vocabulary.firstMeeting)) return 'validity';
    if (containsPhrase(text, vocabulary.useWords) && containsPhrase(text, vocabulary.nextYearWords)) return 'validity';
    // "Is de afspraak in januari nog gratis?": free until the rules of the day end, and after that not known.
    if (this.asksIfMeetingIsFree(text) && containsPhrase(text, vocabulary.nextYearWords)) return 'first_meeting';
    // "Moet ik voor nieuwjaar bestellen?": how to order, with when these rules end.
    if (containsPhrase(text, vocabulary.orderVerbs) && containsPhrase(text, vocabulary.nextYearWords)) return 'order_cheque';
    // "Moet ik dat bewijzen?", "quels documents ?": usually nothing, VDAB checks (domain notes, flow step 2).
    // What to bring to the first meeting ("moet ik documenten meebrengen naar het gesprek?") is the meeting's.
    const aboutTheMeeting = containsPhrase(text, vocabulary.firstMeeting) || containsPhrase(text, vocabulary.bringWords);
    if (vocabulary.asks(text) && !aboutTheMeeting && containsPhrase(text, vocabulary.allLocales('understanding:proofWords')))
      return 'proof';
    // "En dan?", "hoe begin ik eraan?", "what are the steps?": first the free meeting, then the order.
    if (this.asksForTheSteps(text)) return 'steps';
    // "Ik ben mijn cheque kwijt", "waarom ben ik geweigerd?": their own order, which only VDAB can look up.
    if (this.aboutOwnOrder(text)) return 'own_order';
    // "Te duur, ik heb geen geld", "kan ik korting krijgen?", "betaalt mijn werkgever dat?": no lower
    // price, but a sector fund or the employer may help; never the price again. Outplacement, which an
    // employer pays too, is a dismissal.
    // "wat is een sectorfonds?" asks what the word means (explained below), not for money.
    if (containsPhrase(text, vocabulary.moneyWords) && !vocabulary.saysDismissal(text) && !this.asksForADefinition(text)) {
      // "Mijn baas betaalt": told, not asked, the employer pays, which is no cheque (domain C6).
      const employerPays = !vocabulary.asks(text) && containsPhrase(text, vocabulary.allLocales('understanding:employerPays'));
      return employerPays ? 'employer_pays' : 'money';
    }
    // "Interim telt?", "dienstencheque werk is ok?": asked, not answered; it is work as an employee
    // (domain table: interim ✅ when working, with the years). Said plainly it is the work answer.
    // Only a short question is about that alone; a long story that names it asks for more.
    // "Telt mijn studentenjob?", "does my student job count?": not known (domain 1c, 1d), never a misreading.
    const countsWords = vocabulary.allLocales('understanding:countsForTheYears');
    if (namesAStudentJob(vocabulary, text) && containsPhrase(text, countsWords)) return 'student_job_counts';
    const short = wordsOf(text).length <= MAX_WORDS_OF_A_SHORT_QUESTION;
    // "ik werk via een interimkantoor, telt dat" asks too, after what it tells.
    const asksIfItCounts = vocabulary.asks(text) || containsPhrase(text, countsWords);
    if (short && asksIfItCounts && containsPhrase(text, vocabulary.tempWorkWords)) return 'temp_work';
    // "Ben jij een robot?": yes, a chatbot, and how to reach a person.
    // "Ik wil met een mens spreken, geen robot" asks for a person: never the answer about the bot.
    const asksForAPersonToo =
      (containsPhrase(text, vocabulary.allLocales('understanding:humanWords')) &&
        containsPhrase(text, vocabulary.allLocales('understanding:speakWords'))) ||
      asksForAPerson(text, vocabulary.person) !== undefined;
    if (containsPhrase(text, vocabulary.botWords) && !asksForAPersonToo) return 'are_you_a_bot';
    // "Wat gebeurt er na 31 december?", "what changes in 2027?": what is known of the rules to come.
    if (containsPhrase(text, vocabulary.changeWords) && containsPhrase(text, vocabulary.nextYearWords)) return 'what_comes';
    // "wanneer start het loopbaankrediet", "wie regelt het loopbaankrediet", "hoeveel kost het
    // loopbaankrediet": what is known of it and what is not (were "Bedoel je …?" or the cheque's price).
    // "Wat is het loopbaankrediet?" is explained as a whole (explain_cheque), its price as a price (cost).
    const asksOfTheCredit = containsPhrase(text, vocabulary.creditWords) && vocabulary.asks(text) && !this.asksAMeaning(text);
    if (asksOfTheCredit && !containsPhrase(text, vocabulary.allLocales('understanding:payWords'))) return 'what_comes';
    // "Is de loopbaancheque afgeschaft?", "does the cheque still exist?": what comes after it.
    const ended = containsPhrase(text, vocabulary.allLocales('understanding:abolishedWords'));
    if (ended && containsPhrase(text, vocabulary.chequeWords)) return 'what_comes';
    // "wat komt er in de plaats?", "what replaces it?": the same (was "Dat weet ik niet"), only asked
    // short: "kan ik in plaats daarvan een cheque gebruiken" asks the check.
    if (short && containsPhrase(text, vocabulary.allLocales('understanding:replacedWords'))) return 'what_comes';
    // "Tot wanneer kan ik bestellen?", "is het te laat?", "wanneer is het gedaan?": how to order,
    // with when these rules end (never the stop the recognizer hears in "te laat" and "gedaan").
    if (containsPhrase(text, vocabulary.untilWhenWords) && containsPhrase(text, vocabulary.orderVerbs)) return 'order_cheque';
    if (containsPhrase(text, vocabulary.deadlineWords)) return 'order_cheque';
    // "ik heb mijn cheque al besteld op 10 december. moet ik die nog dit jaar gebruiken?", "mijn cheque is
    // betaald, moet ik opnieuw betalen?": how long the cheque one has runs (were "bestel hem eerst" and the price).
    const usesOwn = [
      vocabulary.useWords,
      vocabulary.validityWords,
      vocabulary.nextYearWords,
      vocabulary.allLocales('understanding:stillToUse'),
    ];
    if (containsPhrase(text, vocabulary.allLocales('understanding:alreadyOrdered')) && usesOwn.some((words) => containsPhrase(text, words)))
      return 'validity';
    // "Moet ik de cheque al besteld hebben?": no, the first meeting comes first and is free.
    if (containsPhrase(text, vocabulary.orderVerbs) && containsPhrase(text, vocabulary.orderFirstWords) && this.asksMust(text)) {
      return 'order_first';
    }
    // "Telt werk in het buitenland mee?": not known today, so never the general "all years count".
    // Before where one is from: "Ik kom uit Marokko. Daar heb ik 10 jaar gewerkt. Telt dat?" asks about that work.
    if (this.tellsOfWorkAbroad(text)) return 'work_abroad';
    // "Moet ik Belg zijn?": nationality is no condition; where one lives and works are.
    // "Moet ik papieren meenemen?" asks what to bring to the meeting, not about papers to stay.
    if (saysNationality(vocabulary, text) && !containsPhrase(text, vocabulary.firstMeeting)) return 'nationality';
    // "Ik heb een handicap", "je suis en chaise roulante": no condition either; the centre says what it can arrange.
    if (containsPhrase(text, vocabulary.disabilityWords)) return 'disability';
    // "Ik ben zwanger": no condition, and the contract goes on; the leave itself ("zwangerschapsverlof")
    // is the leave's answer, since the online order may refuse it.
    if (containsPhrase(text, vocabulary.pregnancyWords) && !containsPhrase(text, vocabulary.leaveWords)) return 'pregnancy';
    // "Ben ik te oud?", "is er een leeftijdsgrens?": age is no condition either.
    if (containsPhrase(text, vocabulary.ageWords)) return 'age';
    // "Kan ik mijn man meenemen?" is no question about the first meeting's content ("wat neem ik mee").
    if (containsPhrase(text, vocabulary.bringWords) && containsPhrase(text, vocabulary.companions)) return 'bring_someone';
    // "Mijn dochter helpt mij met typen", "ik help mijn vader": someone helps, said and nothing asked.
    if (this.saysSomeoneHelps(text)) return 'helper';
    // "Is de begeleiding in het Frans?" asks about the centre, not for another language here.
    // In one sentence: "my english is not so good. … can i have the coach?" asks for the coach, not in which language.
    if (sentencesOf(text).some((s) => containsPhrase(s, vocabulary.guidanceWords) && this.namesALanguage(s))) return 'guidance_language';
    // "Do I have to speak Dutch?", "moet ik Nederlands kennen?": the same, never a switch to Dutch.
    if (this.asksMust(text) && this.namesALanguage(text)) return 'guidance_language';
    // "is it only in dutch?", "c'est seulement en néerlandais ?": the same, never a switch to that language.
    const onlyIn = containsPhrase(text, vocabulary.allLocales('understanding:onlyInLanguage'));
    if (onlyIn && (vocabulary.asks(text) || text.includes('?')) && this.namesALanguage(text)) return 'guidance_language';
    // "Wat gebeurt er tijdens de begeleiding?", "hoe gaat zo'n traject?": what guidance is.
    const howItGoes = containsPhrase(text, vocabulary.allLocales('understanding:howItGoesWords'));
    if (howItGoes && containsPhrase(text, vocabulary.allLocales('understanding:guidanceItself'))) return 'guidance';
    // "Mijn man spreekt geen Nederlands", "my wife only speaks French": about someone else's
    // language, said in one the bot speaks; never a wish for another language here.
    if (this.aboutAnothersLanguage(text)) return 'other_speaks_language';
    // "Mijn baas wil niet", "moet mijn werkgever akkoord gaan?", "my boss says no": no approval is
    // needed, nor that the employer knows (C6). Never the data or the price read in it.
    if (
      sentencesOf(text).some(
        (s) => containsPhrase(s, vocabulary.employerWords) && containsPhrase(s, vocabulary.allLocales('understanding:employerRefuses')),
      )
    )
      return 'employer_refuses';
    // "Mijn baas wil dat ik dit doe", "my employer wants me to do this" (was "Bedoel je …?" with the
    // data): the cheque is one's own choice, and no employer can use it for its staff (domain C6).
    // "Mijn baas wil dat ik stop" is being pushed out: the dismissal's answer.
    const employerWants = sentencesOf(text).some(
      (s) => containsPhrase(s, vocabulary.employerWords) && containsPhrase(s, vocabulary.allLocales('understanding:employerWants')),
    );
    if (employerWants && !vocabulary.saysDismissal(text)) return 'employer_wants';
    // "Verlies ik mijn werk als ik dit doe?", "do I lose my job if I do this?" (was "Sorry", or the
    // answer about a dismissal): the employer need not know (C6).
    const fearsForJob = containsPhrase(text, vocabulary.allLocales('understanding:fearsForJob'));
    if (fearsForJob && containsPhrase(text, vocabulary.allLocales('understanding:ifIDoIt'))) return 'employer';
    // "Verlies ik mijn uitkering?", "est-ce que je perds mon chômage ?" (was "Sorry", or the stop heard
    // in "lose"): the sources say nothing of it; VDAB knows.
    const benefit = containsPhrase(text, vocabulary.allLocales('understanding:benefitWords'));
    if (benefit && containsPhrase(text, vocabulary.allLocales('understanding:loseWords'))) return 'benefits';
    // "Komt mijn baas dat te weten?" is no question about the data the bot keeps.
    // In one sentence: "Mijn baas luistert niet. Ik weet niet wat ik wil." asks nothing about the boss knowing.
    if (sentencesOf(text).some((s) => containsPhrase(s, vocabulary.employerWords) && containsPhrase(s, vocabulary.knowWords)))
      return 'employer';
    // "Is het anoniem?", "blijft dat geheim?": how the centre treats what one tells; "wat doen jullie
    // met mijn gegevens?" asks about this chat's data (the recognizer's privacy).
    const confidential = containsPhrase(text, vocabulary.allLocales('understanding:confidentialWords'));
    if (confidential && (short || vocabulary.asks(text)) && !containsPhrase(text, vocabulary.allLocales('understanding:botDataWords')))
      return 'confidential';
    // "Krijg ik verlof daarvoor?", "mag dat tijdens de werkuren?": time off work, never the check or on_leave.
    if (containsPhrase(text, vocabulary.timeOffWords)) return 'time_off';
    // "Wat telt als werk?" at "Wat doe je nu?" asks which years count; never an answer read from "werk".
    if (vocabulary.asks(text) && containsPhrase(text, vocabulary.workCountsWords)) return 'work_counts';
    // "telt werkloosheid mee?", "est-ce que le chômage compte ?", "does unemployment count?": a short
    // question whether a state counts for the years (was read as an answer, and the check went on).
    // Only of a state that may count ("werkloosheid", "maladie"): "ik werk 20 uur per week, telt dat?" tells the work itself.
    const asksWhetherItCounts = short && (vocabulary.asks(text) || text.includes('?'));
    const ofAState = containsPhrase(text, vocabulary.allLocales('understanding:statesThatMayCount'));
    if (asksWhetherItCounts && ofAState && containsPhrase(text, vocabulary.allLocales('understanding:countsForTheYears')))
      return 'work_counts';
    // "Hoe lang duurt een traject?" asks about the whole guidance, not its first meeting.
    if (containsPhrase(text, vocabulary.firstMeeting) && !containsPhrase(text, vocabulary.wholeGuidance)) return 'first_meeting';
    // "Hoeveel uren krijg ik?", "hoe lang duurt een traject?", "hoeveel sessies zijn er?": the hours
    // of guidance, not the price the recognizer hears.
    const howLong = containsPhrase(text, vocabulary.allLocales('understanding:howLongWords'));
    if (containsPhrase(text, vocabulary.hoursWords) || (howLong && containsPhrase(text, vocabulary.wholeGuidance))) return 'hours';
    if (containsPhrase(text, vocabulary.allLocales('understanding:sessionCountWords'))) return 'hours';
    // "Can I still apply for the career cheque before my contract ends?" asks whether one can get
    // it: the check (Interruptions.recognize), not how to order.
    if (this.asksIfEligible(text)) return undefined;
    if (containsPhrase(text, vocabulary.orderCheque)) return 'order_cheque';
    // "Wanneer moet ik de cheque dan bestellen?": ordering the cheque, asked in other words.
    const asksToOrder = vocabulary.asks(text) && containsPhrase(text, vocabulary.orderVerbs);
    // "Kan ik er nog een bestellen?", "can I still order one?": whether ordering is still possible.
    if (asksToOrder && containsPhrase(text, vocabulary.allLocales('understanding:stillWords'))) return 'order_cheque';
    return asksToOrder && containsPhrase(text, vocabulary.chequeWords) ? 'order_cheque' : undefined;
  }

  /** "Is de afspraak gratis?", "is my appointment free?": a meeting, and whether it costs anything. */
  private asksIfMeetingIsFree(text: string): boolean {
    const { vocabulary } = this.deps;
    return containsPhrase(text, vocabulary.allLocales('understanding:freeOfCharge')) && this.namesAMeeting(text);
  }

  /** "En dan?" alone, or words that ask how to begin ("wat zijn de stappen", "comment commencer"). */
  private asksForTheSteps(text: string): boolean {
    const { vocabulary } = this.deps;
    return (
      isOneOf(wordsOf(text).join(' '), vocabulary.allLocalesNormalized('understanding:stepsAlone')) ||
      containsPhrase(text, vocabulary.allLocales('understanding:stepsWords')) ||
      // "wat gebeurt er na het eerste gesprek?" (heard as a booking): what comes after it.
      (vocabulary.asks(text) && containsPhrase(text, vocabulary.allLocales('understanding:afterTheFirstMeeting')))
    );
  }

  /** Their own cheque or application gone astray or refused ("mijn aanvraag is afgewezen", "where is my voucher?"). */
  private aboutOwnOrder(text: string): boolean {
    const { vocabulary } = this.deps;
    if (containsPhrase(text, vocabulary.allLocales('understanding:refusedWords'))) return true;
    return (
      containsPhrase(text, vocabulary.allLocales('understanding:ownOrderWords')) &&
      containsPhrase(text, vocabulary.allLocales('understanding:ownOrderTrouble'))
    );
  }

  /** "Hoeveel jaar moet ik gewerkt hebben?", "how many years do I need to have worked?": asked, with a word of work. */
  private asksYearsNeeded(text: string): boolean {
    const { vocabulary } = this.deps;
    if (!text.includes('?') && !vocabulary.asks(text)) return false;
    return (
      containsPhrase(text, vocabulary.allLocales('understanding:yearsNeededWords')) &&
      containsPhrase(text, vocabulary.allLocales('understanding:workedWords'))
    );
  }

  /**
   * "Niet online", "liever nie via de telefoon", "je veux pas en ligne", "I do not want to do it
   * by phone": a word of not, then within a few words of one clause a way of meeting from afar,
   * and nothing else but filler ("liever", "doen", "faire"). "Ik kan niet komen, liefst online"
   * denies the coming, not online.
   */
  private deniesRemote(text: string): boolean {
    const { vocabulary } = this.deps;
    this.remotePhrases ??= vocabulary.remoteWords.map(wordsOf).filter((run) => run.length > 0);
    this.notRemoteWords ??= new Set(vocabulary.allLocales('understanding:notRemoteWords').map(normalize));
    const phrases = this.remotePhrases;
    const others = this.notRemoteWords;
    const phraseAt = (words: readonly string[], at: number) => phrases.find((run) => run.every((w, k) => words[at + k] === w));
    return text.split(/[,.;!?]/).some((clause) => {
      const words = wordsOf(clause);
      return words.some((word, i) => {
        if (!vocabulary.negations.has(word)) return false;
        for (let at = i + 1; at <= i + NOT_REMOTE_REACH && at < words.length; at++) {
          const run = phraseAt(words, at);
          if (!run) continue;
          // Nothing else said: "afspraak gent niet online" asks for a booking (its filter), not this answer.
          const rest = [...words.slice(0, i), ...words.slice(i + 1, at), ...words.slice(at + run.length)];
          return rest.every((w) => vocabulary.words.filler.has(w) || vocabulary.negations.has(w) || others.has(w));
        }
        return false;
      });
    });
  }

  /**
   * What follows "ik heb een vraag over", "une question sur", "a question about": the subject of a
   * question announced ("de prijs"); '' when nothing follows yet; undefined when the message does not open so.
   */
  private questionAbout(text: string): string | undefined {
    const { vocabulary } = this.deps;
    const words = wordsOf(text);
    this.questionStarts ??= vocabulary.allLocales('understanding:questionToCome').map((phrase) => wordsOf(phrase));
    this.aboutWords ??= vocabulary.allLocales('understanding:questionAbout').map((phrase) => wordsOf(phrase));
    const opens = (phrase: readonly string[], at: number) => phrase.length > 0 && phrase.every((word, i) => words[at + i] === word);
    const start = this.questionStarts.filter((phrase) => opens(phrase, 0)).reduce((longest, p) => Math.max(longest, p.length), 0);
    const about = start > 0 ? this.aboutWords.find((phrase) => opens(phrase, start)) : undefined;
    return about ? words.slice(start + about.length).join(' ') : undefined;
  }

  /** "ik heb een vraag", "een vraagje", and "ik heb een vraag over" with the subject still to come. */
  private questionToCome(text: string): boolean {
    return isOneOf(text, this.deps.vocabulary.allLocales('understanding:questionToCome')) || this.questionAbout(text) === '';
  }

  /** Someone helps with the chat ("mijn zoon typt voor mij", "I am helping my mother"), in a few words that ask nothing. */
  private saysSomeoneHelps(text: string): boolean {
    const { vocabulary } = this.deps;
    if (vocabulary.asks(text) || wordsOf(text).length > MAX_WORDS_OF_HELP_TOLD) return false;
    return containsPhrase(text, vocabulary.allLocales('understanding:helpsWith')) && containsPhrase(text, vocabulary.companions);
  }

  /** A short message that opens with "ben zo terug", "momentje", "one moment". */
  private stepsAway(text: string): boolean {
    const words = wordsOf(text);
    this.pauses ??= this.deps.vocabulary.pauseWords.map(wordsOf);
    return words.length <= MAX_PAUSE_WORDS && this.pauses.some((run) => run.length > 0 && run.every((w, i) => words[i] === w));
  }

  /** "Moet ik …?", "do I need to …?": a question whether something is needed. */
  private asksMust(text: string): boolean {
    const { vocabulary } = this.deps;
    return (vocabulary.asks(text) || text.includes('?')) && containsPhrase(text, vocabulary.mustWords);
  }

  /**
   * "Telt werk in het buitenland mee?", "ik heb 6 jaar in Nederland gewerkt", "I worked in the
   * Netherlands too": a word for abroad with one of work, or a country with one of years worked
   * ("ik werk in Nederland" at "Waar woon je?" says where one works, which that question reads).
   */
  tellsOfWorkAbroad(text: string): boolean {
    const { vocabulary } = this.deps;
    if (containsPhrase(text, vocabulary.abroadWords)) return containsPhrase(text, [...vocabulary.workWords, ...vocabulary.experienceWords]);
    // "mijn nederlands niet goed": a language is no country, however close its name.
    const withoutLanguages = wordsOf(text)
      .filter((w) => !vocabulary.languageWords.has(w))
      .join(' ');
    // "ik ben uit Syrië, ik werk hier 8 jaar": the country is where one is from, the work is here
    // ("5 jaar in Nederland gewerkt en 3 jaar hier" names work in both).
    const workHere = containsPhrase(text, vocabulary.allLocales('understanding:originWords')) && saysWorkIsHere(vocabulary, text);
    return (
      !workHere &&
      containsPhrase(withoutLanguages, vocabulary.countries) &&
      containsPhrase(this.withoutYearsOfMoving(text), vocabulary.experienceWords)
    );
  }

  /**
   * `text` without the years of its sentences about coming here or where one is from ("I moved to
   * Belgium 3 years ago from Syria"): those years are no work. "Ik kom uit Marokko en heb daar 10
   * jaar gewerkt" keeps its work.
   */
  private withoutYearsOfMoving(text: string): string {
    const { vocabulary } = this.deps;
    const moving = [...vocabulary.allLocales('understanding:originWords'), ...vocabulary.allLocales('understanding:movedWords')];
    this.yearWords ??= new Set(vocabulary.allLocales('understanding:durations.years').map(normalize));
    const years = this.yearWords;
    return sentencesOf(text)
      .map((sentence) =>
        containsPhrase(sentence, moving)
          ? wordsOf(sentence)
              .filter((w) => !years.has(w))
              .join(' ')
          : sentence,
      )
      .join(' ');
  }

  /** "for someone else", "pour ma mère": a short message that starts with "for" another person, and says no more. */
  onlyForAnother(text: string): boolean {
    const words = wordsOf(text);
    const startsWithFor = containsPhrase(words[0] ?? '', this.deps.vocabulary.allLocales('understanding:forSomeone'));
    return startsWithFor && words.length <= MAX_WORDS_FOR_ANOTHER && this.forAnotherPerson(text);
  }

  /** "voor mijn vader", "pour ma mère", "for my wife": someone else, named as whom it is for. */
  private forAnotherPerson(text: string): boolean {
    const { vocabulary } = this.deps;
    const others = vocabulary.choice('other', 'checkEligibility:forWhom.other').phrases;
    this.forOthers ??= others.flatMap((other) => vocabulary.allLocales('understanding:forSomeone').map((word) => `${word} ${other}`));
    // "En mijn man?", "what about my wife?" at the start of a message asks the same for them.
    this.aboutOthers ??= others.flatMap((other) =>
      vocabulary.allLocales('understanding:andAboutSomeone').map((word) => wordsOf(`${word} ${other}`)),
    );
    const words = wordsOf(text);
    return containsPhrase(text, this.forOthers) || this.aboutOthers.some((run) => run.length > 0 && run.every((w, i) => words[i] === w));
  }

  /**
   * "je parle pas bien neerlandais", "I don't speak Dutch" in a Dutch chat: a language denied,
   * in words of another language the bot speaks. "ik spreek geen Frans" (the chat's own language) is not.
   */
  deniesOwnLanguage(context: TurnContext, text: string): boolean {
    if (!containsPhrase(text, this.deps.vocabulary.allLocales('understanding:denials')) || !this.namesALanguage(text)) return false;
    return this.otherLanguageOf(context, text) !== undefined;
  }

  /**
   * "Mijn man spreekt geen Nederlands", "ma femme parle seulement français", "my husband doesn't
   * speak dutch": someone else named, what they speak and a language. Not when the one typing is
   * in it too ("mijn man en ik spreken geen Nederlands", "ik spreek geen Nederlands, mijn man wel").
   */
  private aboutAnothersLanguage(text: string): boolean {
    const { vocabulary } = this.deps;
    if (!containsPhrase(text, vocabulary.speaksLanguage) || !this.namesALanguage(text)) return false;
    const others = [
      ...vocabulary.choice('other', 'checkEligibility:forWhom.other').phrases,
      ...vocabulary.allLocales('understanding:relations.he'),
      ...vocabulary.allLocales('understanding:relations.she'),
    ];
    if (!containsPhrase(text, others)) return false;
    if (!containsPhrase(text, vocabulary.firstPerson)) return true;
    // "ik schrijf voor mijn vader, hij spreekt niet goed Nederlands": the "ik" is the one typing for
    // him. Asking about the cheque beside it ("… kan hij een cheque krijgen?"), the check goes first.
    const aboutThem = withoutPhrases(text, vocabulary.allLocales('understanding:askingFor'));
    const asksMore = vocabulary.asks(text) || containsPhrase(text, vocabulary.chequeWords);
    return !asksMore && !containsPhrase(aboutThem, vocabulary.firstPerson);
  }

  /**
   * "I don't speak Dutch", "my dutch is not good", "je ne parle pas bien néerlandais" in a chat in
   * French or English: no wish for another language (the chat is in one they read), a worry about
   * the guidance. Not when another language is named too ("… can we do it in French?"), nor
   * someone else's Dutch ("my husband doesn't speak Dutch").
   */
  private weakInDutch(context: TurnContext, text: string): boolean {
    if (this.deps.language.locale(context) === 'nl') return false;
    const { vocabulary } = this.deps;
    const weak = [...vocabulary.allLocales('understanding:denials'), ...vocabulary.allLocales('understanding:weakInLanguage')];
    const named = (locale: Locale) => containsPhrase(text, vocabulary.choice(locale, `chooseLanguage:${locale}`).phrases);
    if (!containsPhrase(text, weak) || !named('nl')) return false;
    const othersNamed = LOCALES.some((locale) => locale !== 'nl' && named(locale)) || containsPhrase(text, vocabulary.otherLanguages);
    return !othersNamed && !this.aboutAnothersLanguage(text);
  }

  /** The booking or a person, asked for surely in a clause that says nothing of Dutch ("…, can you call me back?"). */
  private async flowBesideWeakDutch(context: TurnContext, text: string): Promise<'book' | 'person' | undefined> {
    const { vocabulary } = this.deps;
    const locale = this.deps.language.locale(context);
    for (const clause of questionClauses(text, vocabulary.clauseEnds)) {
      if (this.namesALanguage(clause)) continue;
      const { intent, confidence } = await this.deps.understanding.recognizer.recognize(locale, clause);
      if (confidence !== 'sure') continue;
      if (intent === 'book_intake') return 'book';
      if (intent === 'talk_to_person') return 'person';
    }
    return undefined;
  }

  /** True when `text` names a language, one the bot speaks or another. */
  private namesALanguage(text: string): boolean {
    const { vocabulary } = this.deps;
    if (containsPhrase(text, vocabulary.otherLanguages)) return true;
    return LOCALES.some((locale) => containsPhrase(text, vocabulary.choice(locale, `chooseLanguage:${locale}`).phrases));
  }

  /** A woman or a man as coach, wished or asked ("liever bij een vrouw", "coach homme ou femme ?"). */
  private asksCoachGender(text: string): boolean {
    const { vocabulary } = this.deps;
    if (containsPhrase(text, vocabulary.allLocales('understanding:coachGender'))) return true;
    return (
      containsPhrase(text, vocabulary.allLocales('understanding:genderPair')) &&
      containsPhrase(text, vocabulary.allLocales('understanding:coachChoice'))
    );
  }

  /** "ik wil chatten met iemand"; "ik kan niet lezen, bel mij": a person, and how to reach them. */
  private asksAPersonByWay(text: string): boolean {
    const { vocabulary } = this.deps;
    return vocabulary.wantsToChat(text) || (containsPhrase(text, vocabulary.reading) && containsPhrase(text, vocabulary.callMeWords));
  }

  /**
   * Finding reading hard or having no computer, in the user's own words: they win over whatever
   * the recognizer guessed ("I cannot read well" sounds like "I cannot come": a cancellation).
   */
  private whatStandsInTheWay(text: string): Situation | undefined {
    const { vocabulary } = this.deps;
    // "Kan ik inspreken?", "je peux envoyer un vocal ?": the keyboard's microphone types what one says.
    if (containsPhrase(text, vocabulary.allLocales('understanding:voiceMessage'))) return 'voice_message';
    if (containsPhrase(text, vocabulary.reading)) return 'reading';
    if (containsPhrase(text, vocabulary.noDiploma)) return 'no_diploma';
    return containsPhrase(text, vocabulary.noComputer) ? 'no_computer' : undefined;
  }

  /**
   * `recognition` without guesses at moving or cancelling a booking when this conversation has
   * none to come: "mijn baas is altijd boos op mij" was offered "Afspraak verplaatsen" by someone
   * who never booked. In its place what fits someone with a question about work: what the
   * cheque is (guidance for doubts and stress at work), else a person. A sure reading stays (a
   * booking may be known by its code).
   */
  async guessesThatFit(context: TurnContext, recognition: Recognition): Promise<Recognition> {
    if (recognition.confidence === 'sure') return recognition;
    const aboutABooking = (intent: Intent) => intent === 'cancel_booking' || intent === 'move_booking';
    if (!recognition.alternatives.some((a) => aboutABooking(a.intent))) return recognition;
    if (await upcomingBooking(this.deps.booking, context, this.deps.clock.now())) return recognition;
    const instead = INSTEAD_OF_A_BOOKING.filter((intent) => !recognition.alternatives.some((a) => a.intent === intent));
    const alternatives = recognition.alternatives.flatMap((a) => {
      if (!aboutABooking(a.intent)) return [a];
      const fits = instead.shift();
      return fits ? [{ intent: fits, score: a.score }] : [];
    });
    return { ...recognition, alternatives };
  }

  /** "geen afspraak", "pas de rendez-vous", "no appointment": a booking said not to be wanted. */
  private deniesABooking(text: string): boolean {
    return containsPhrase(text, this.deps.vocabulary.allLocales('understanding:noBookingWanted'));
  }

  /** Words of cancelling ("annuleren", "i need to cancel") while this conversation has a booking still to come. */
  private async cancelsTheBooking(context: TurnContext, text: string): Promise<boolean> {
    const { booking, vocabulary, clock } = this.deps;
    if (!containsPhrase(text, vocabulary.allLocales('understanding:synonyms.cancelBooking'))) return false;
    // "ik kan nie komen op die dag, kan ik da verzetten": moving, which the menu's reading finds.
    if (containsPhrase(text, vocabulary.allLocales('understanding:synonyms.moveBooking'))) return false;
    return (await upcomingBooking(booking, context, clock.now())) !== undefined;
  }

  /**
   * A message about the booking one has ("wanneer is mijn afspraak?", "heb ik een afspraak?",
   * "my appointment"): the recognizer hears "Afspraak maken" in it, and offers a new one. Moving or
   * cancelling it, when the recognizer is sure of that, goes there; a new booking ("ik wil mijn
   * afspraak maken") is no such message.
   */
  async aboutOwnBooking(context: TurnContext, text: string): Promise<MenuAction | undefined> {
    const { vocabulary } = this.deps;
    // "Hoe laat was het ook alweer?" at a menu asks about the booking one has, as "wanneer is mijn afspraak?" does.
    // "ik heb in december een afspraak gemaakt voor 11 januari. gaat die nog door?": a meeting named, asked whether it still stands.
    const stillOn = this.namesAMeeting(text) && containsPhrase(text, vocabulary.allLocales('understanding:stillOn'));
    const aboutIt = containsPhrase(text, vocabulary.myBooking) || this.asksWhenMeeting(text) || stillOn;
    if (!aboutIt || containsPhrase(text, vocabulary.newBooking)) return undefined;
    // "Mijn afspraak is in januari, is dat nog gratis?" asks whether the meeting is free, not for the booking.
    if (this.asksIfMeetingIsFree(text)) return undefined;
    const locale = otherLanguage(text, this.deps.language.locale(context)) ?? this.deps.language.locale(context);
    const { intent, confidence } = await this.deps.understanding.recognizer.recognize(locale, text);
    // "Gaat mijn afspraak nog door?": the recognizer hears cancelling in it; a question with no word of cancelling only looks.
    const asksOnly = vocabulary.asks(text) && !containsPhrase(text, vocabulary.allLocales('understanding:synonyms.cancelBooking'));
    if (confidence === 'sure' && intent === 'cancel_booking' && !asksOnly) return 'cancelBooking';
    if (confidence === 'sure' && intent === 'move_booking') return 'moveBooking';
    return 'viewBooking';
  }

  /**
   * A farewell with nothing but thanks, an "ok" or giving up beside it ("ok merci au revoir",
   * "laat maar, daag", "forget it, bye"); "welke dag" is no farewell.
   */
  private saysFarewellOnly(text: string): boolean {
    const { vocabulary } = this.deps;
    const farewells = vocabulary.allLocales('understanding:farewells');
    // "dag", "daag" alone greet as often as they take leave: read as before.
    if (!containsPhrase(text, farewells) || isOneOf(text, vocabulary.allLocalesNormalized('understanding:helloOrGoodbye'))) return false;
    const besides = ['understanding:giveUp', 'understanding:thanks', 'understanding:acknowledgements'].flatMap((key) =>
      vocabulary.allLocales(key),
    );
    return wordsOf(withoutPhrases(text, [...farewells, ...besides])).length === 0;
  }

  /** "doei", "ok merci au revoir", "bedankt": thanks or a goodbye, and nothing asked. */
  async takesLeave(context: TurnContext, text: string): Promise<boolean> {
    const { vocabulary } = this.deps;
    if (vocabulary.saysThanksOnly(text)) return true;
    if (vocabulary.asks(text) || wordsIn(text) > MAX_LEAVE_WORDS) return false;
    const { intent, confidence } = await this.recognize(this.deps.language.locale(context), text, true);
    return intent === 'goodbye' && confidence === 'sure';
  }

  /**
   * The recognizer's reading, and a wish for another job that it does not know ("ik wil
   * zorgkundige worden", "je veux devenir aide-soignante"): what a career coach is for.
   *
   * `atMenu`: nothing is asked, so years of work told ("ik ben al 20 jaar vrachtwagenchauffeur",
   * "I have been a cleaner for 10 years"), which the recognizer is not sure of, are the check: its
   * questions read the story as their answers. At a question such a story is that question's to read.
   */
  async recognize(locale: Locale, text: string, atMenu = false): Promise<Recognition> {
    // Written in another script ("Привіт", "مرحبا"): which languages the bot speaks.
    if (writtenInOtherScript(text)) return surely('change_language');
    // Written in a language the bot does not speak, in Latin letters ("Merhaba, Türkçe konuşuyor
    // musunuz?", "Dzień dobry, czy mówi pan po polsku?"): the same answer.
    // A greeting of one's own language before a message in one of ours ("merhaba, ik werk als kuisvrouw
    // en wil ander werk"): the message is read without it (was the language menu, and the message lost).
    const { inOtherLanguage } = this.deps.vocabulary;
    if (containsPhrase(text, inOtherLanguage)) {
      const rest = withoutPhrases(text, inOtherLanguage);
      return mostlyWrittenIn(rest) ? this.recognize(locale, rest, atMenu) : surely('change_language');
    }
    // "ik heb een vraag over de prijs": what the question is about is what is asked.
    const about = this.questionAbout(text);
    if (about) return this.recognize(locale, about, atMenu);
    const recognition = await this.storyThenQuestion(locale, text);
    const { intent } = recognition;
    // "price?" in a French chat: a word or two of one other language only, which read in it mean
    // something else ("price" is no "privé"): not understood here, so that language is offered.
    const short = shortMessageIn(text, locale);
    if (short !== undefined && short !== locale && recognition.confidence === 'sure') {
      const there = await this.deps.understanding.recognizer.recognize(short, text);
      if (there.intent !== intent) return NOTHING_UNDERSTOOD;
    }
    // "bel mij in de voormiddag op 0478 12 34 56" (heard as a booking moved), "bel mij aub ik kan ni
    // goe lezen" (heard as nothing sure): a call asked, with no word of a meeting, is a person.
    const heardBadly = intent === 'none' || BOOKING_INTENTS.has(intent) || recognition.confidence !== 'sure';
    // Written in another language ("Rappelez-moi" in a Dutch chat), that language is offered first.
    const callAsked = heardBadly && containsPhrase(text, this.deps.vocabulary.callMeWords) && !this.namesAMeeting(text);
    if (callAsked && (short ?? locale) === locale && otherLanguage(text, locale) === undefined) return surely('talk_to_person');
    // "hoe lang bewaren jullie mijn telefoonnummer?", "wat doen jullie met mijn nummer?": what the bot
    // keeps (were a person, heard in "telefoon", and "Bedoel je …?").
    const keeps = containsPhrase(text, this.deps.vocabulary.allLocales('understanding:keepsData'));
    // Only asked alone: "bel mij op 0470 …, bewaren jullie mijn nummer?" asks the call first.
    const asksOnlyThat = this.deps.vocabulary.asks(text) && !/\d/u.test(text) && !containsPhrase(text, this.deps.vocabulary.callMeWords);
    if (keeps && asksOnlyThat && containsPhrase(text, this.deps.vocabulary.allLocales('understanding:personalItems')))
      return surely('privacy');
    // "mijn situatie is ingewikkeld", "c'est un cas particulier": what a person is for (were "Bedoel
    // je …?" and "Sorry, dat was niet duidelijk", the words heard as a text too hard to read).
    if (containsPhrase(text, this.deps.vocabulary.allLocales('understanding:complicatedCase'))) return surely('talk_to_person');
    // "Ik werk in ploegen" at a menu, heard as the cheque explained: one's own work told, with no word
    // of the cheque, is the check, which that work answers.
    // "Ik ben zelfstandige in bijberoep", heard as a word to explain: told, not asked, so the check too.
    const ownWork =
      atMenu && (intent === 'explain_cheque' || intent === 'explain_word') && !containsPhrase(text, this.deps.vocabulary.chequeWords);
    if (ownWork && tellsOwnWork(this.deps.vocabulary, text)) return surely('check_eligibility');
    // "vroeger werknemer" (formerly an employee), heard as a booking moved "vroeger" (earlier): one's
    // work told, with no word of a meeting, is the check too (was "Wat is de code van je afspraak?").
    const workNotBooking = atMenu && (intent === 'move_booking' || intent === 'cancel_booking') && !this.namesAMeeting(text);
    if (workNotBooking && tellsOwnWork(this.deps.vocabulary, text)) return surely('check_eligibility');
    // "I'm Dutch", "je suis anglais": a nationality, which the recognizer hears as a language to
    // speak. Only with a word of speaking ("je suis français, je parle français") is it one.
    if (
      intent === 'change_language' &&
      saysNationality(this.deps.vocabulary, text) &&
      !containsPhrase(text, this.deps.vocabulary.speaksLanguage)
    )
      return NOTHING_UNDERSTOOD;
    // "ik woon niet in België", "I live in the Netherlands" at a menu (were "Sorry", or another
    // language offered): where one lives, which the check asks first and reads from the message.
    const unsure = intent === 'none' || intent === 'change_language' || recognition.confidence !== 'sure';
    if (atMenu && unsure && this.livesOutside(text)) return surely('check_eligibility');
    // "ik wil een afspraak in mechelen dinsdag voormiddag" sounds like moving one; without a word of
    // changing or of one's own booking it is a new one.
    // "Wat kost het loopbaankrediet?": a word the recognizer does not know beside the words of a price question.
    if (intent === 'none' && recognition.alternatives[0]?.intent === 'cost' && containsPhrase(text, this.deps.vocabulary.costQuestions))
      return surely('cost');
    // "ik wil stoppen met werken", "I want to stop working": a wish about one's work, which a
    // career coach helps with, never the end of this chat.
    if (intent === 'stop' && containsPhrase(text, this.deps.vocabulary.allLocales('understanding:stopWorking')))
      return surely('explain_cheque');
    // "mijn baas wil dat ik stop", "my boss wants me to quit": pushed out of one's job, never the end of this chat.
    if (intent === 'stop' && this.deps.vocabulary.saysDismissal(text)) return NOTHING_UNDERSTOOD;
    // "mon contrat finit en janvier", "je suis en arrêt maladie", "my contract stops next month":
    // one's own work told, which the check reads; never the end of this chat. Elsewhere no stop either.
    if (intent === 'stop' && tellsOwnWork(this.deps.vocabulary, text)) return atMenu ? surely('check_eligibility') : NOTHING_UNDERSTOOD;
    // "je vais à l'école" (heard as "je m'en vais"), "je n'ai pas de travail" (heard as no money to
    // pay): one's own work told, which the check reads; never a goodbye nor the price.
    const misheard = intent === 'goodbye' || (intent === 'cost' && !containsPhrase(text, this.deps.vocabulary.moneyWords));
    if (misheard && tellsOwnWork(this.deps.vocabulary, text)) return atMenu ? surely('check_eligibility') : NOTHING_UNDERSTOOD;
    // "moet ik daar naartoe gaan?", heard as "ik moet gaan": a question never takes leave.
    if (intent === 'goodbye' && this.deps.vocabulary.asks(text)) return NOTHING_UNDERSTOOD;
    // "bedankt, dat was het", "merci, c'est tout" at a menu: a goodbye with thanks, never "Oké, we stoppen hier".
    if (atMenu && intent === 'stop' && containsPhrase(text, this.deps.vocabulary.thanks)) return surely('goodbye');
    // "ik heb da al eens gedaan" (heard as "gedaan!", a stop), "ik heb al een cheque gehad": guidance or a
    // cheque had before, which the check asks about and reads from the message. Never the end of this chat.
    const doneBefore = containsPhrase(text, this.deps.vocabulary.allLocales('understanding:doneBefore'));
    if (doneBefore && (intent === 'stop' || (atMenu && recognition.confidence !== 'sure')))
      return atMenu ? surely('check_eligibility') : NOTHING_UNDERSTOOD;
    // "depuis 8 ans", "depuis 2015" (heard as "depuis le début"): years told, never the chat started again.
    if (intent === 'restart' && yearsSaid(text, this.deps.clock.now()) !== undefined) return NOTHING_UNDERSTOOD;
    // "ik wil terug gaan studeren": going back to school, never "terug" (start again).
    if ((intent === 'restart' || intent === 'stop') && containsPhrase(text, this.deps.vocabulary.allLocales('understanding:trainingWish')))
      return NOTHING_UNDERSTOOD;
    // "ik wil een eigen zaak beginnen", "i want to start my own business", heard as a booking or the
    // check: a change in one's work, which a career coach helps with (what the cheque is), unless
    // the message names a meeting or the cheque itself ("… kan ik een cheque krijgen?").
    if (atMenu && this.wishesCareerMove(text)) return surely('explain_cheque');
    // "mijn dochter zegt da ik da moet doen", "VDAB sent me here": sent by someone, with nothing asked
    // and no word of what for. What the cheque is (the check is offered after it), never "Sorry".
    if (atMenu && recognition.confidence !== 'sure' && this.sentHereOnly(text)) return surely('explain_cheque');
    // "I work off the books" (heard as a booking), "ik werk in het zwart", "ik ben vrijwilliger": own
    // work the sources leave unclear, which the check reads and hands to a person.
    if (atMenu && WORK_WITHOUT_STATUTE.some((key) => containsPhrase(text, this.deps.vocabulary.allLocales(key))))
      return surely('check_eligibility');
    const changing = containsPhrase(text, this.deps.vocabulary.changeBookingWords);
    // "ik wil nog geen afspraak", "I don't want an appointment, just information" (heard as a booking, as
    // cancelling one with no word of cancelling, or not at all): none is started. At the menu, what the
    // cheque is; elsewhere it is offered.
    const aBookingHeard = intent === 'book_intake' || ((intent === 'move_booking' || intent === 'cancel_booking') && !changing);
    if ((aBookingHeard || recognition.confidence !== 'sure') && this.deniesABooking(text))
      return atMenu
        ? surely('explain_cheque')
        : { intent: 'none', score: recognition.score, confidence: 'unsure', alternatives: [{ intent: 'explain_cheque', score: 1 }] };
    if ((intent === 'move_booking' || intent === 'cancel_booking') && !changing) return surely('book_intake');
    // "Je peux encore commander un chèque ?": ordering is heard as booking, but the cheque is ordered
    // at VDAB, and whether one may (still) is the check. So is "waar kan ik een cheque krijgen?",
    // which names no meeting nor centre.
    if (intent === 'book_intake' && this.asksIfEligible(text)) {
      const aboutACentre = this.namesAMeeting(text) || containsPhrase(text, this.deps.vocabulary.centreWords);
      if (containsPhrase(text, this.deps.vocabulary.orderVerbs) || !aboutACentre) return surely('check_eligibility');
    }
    // "rdv mercredi 14h": in doubt between moving a booking and making one, with no word of
    // changing one, it is a new one.
    const guesses = recognition.alternatives.map((a) => a.intent);
    const inDoubt = intent === 'none' && recognition.confidence === 'unsure' && !changing;
    if (
      inDoubt &&
      guesses.includes('book_intake') &&
      guesses.some((g) => g !== 'book_intake') &&
      guesses.every((g) => BOOKING_INTENTS.has(g))
    )
      return surely('book_intake');
    // "c'est quoi les critères ?" asks for the conditions, not what the cheque is: the check says them first.
    if (
      (intent === 'none' || intent === 'explain_cheque' || intent === 'explain_word') &&
      containsPhrase(text, this.deps.vocabulary.conditionWords)
    )
      return surely('check_eligibility');
    // "mijn collega heeft geen werk, kan hij loopbaancheque?": whether someone without a job can get
    // one is the check (its "no" says where a jobseeker gets free help), never what the cheque is.
    if ((intent === 'none' || intent === 'explain_cheque' || intent === 'explain_word') && this.noJobAndCheque(text))
      return surely('check_eligibility');
    // "Would I qualify for the career cheque?", "I'm a student, can I use a career cheque to …?":
    // whether one can get it, with a story the check reads as its answers; never what it is.
    if ((intent === 'none' || intent === 'explain_cheque' || intent === 'explain_word') && this.asksIfEligible(text))
      return surely('check_eligibility');
    // "je m'appelle Marie" (at the name question, or to say hello) gives a name: "m'appelle" is no "appelle-moi".
    // At the menu "ik heet Fatima" says hello: never "niet begrepen", nor a guess read from the name ("Marie").
    if (this.namesOneselfOnly(text)) {
      if (atMenu && (intent === 'none' || intent === 'talk_to_person')) return surely('greeting');
      return intent === 'talk_to_person' ? NOTHING_UNDERSTOOD : recognition;
    }
    // "je veux une formation", "i want to study": a short wish for training that names no cheque is
    // that wish (the situation 'training'), whatever was guessed from "want" (what the cheque is, a booking).
    if (atMenu && this.wishesTrainingOnly(text)) return NOTHING_UNDERSTOOD;
    // "Marie", "Johan Peeters" alone at the menu: a name to say hello with, never a guess read from it.
    if (atMenu && recognition.confidence !== 'sure' && this.givenNameAlone(text)) return surely('greeting');
    // "Je suis conseillère en banque", "ik werk als medewerker": a job, never the adviser or the staff member to talk to.
    if (intent === 'talk_to_person' && namesStaffAsAJob(text, this.deps.vocabulary.person)) return NOTHING_UNDERSTOOD;
    // "Would a self-employed person qualify?", "kan een zelfstandige het krijgen?": a kind of work
    // with whether it can get one (the check reads the work as its answer); never a word to explain
    // nor "Met iemand praten" read from "person".
    if ((intent === 'none' || intent === 'explain_cheque' || intent === 'explain_word') && this.asksIfWorkQualifies(text))
      return surely('check_eligibility');
    // "I worked in the Netherlands": a country is no language ("Netherlands" reads like "Nederlands").
    if (intent === 'change_language' && this.namesACountryNotALanguage(text)) return NOTHING_UNDERSTOOD;
    // "wat is vdab?", "c'est quoi un loopbaancentrum": a short question for a word the glossary has.
    // Asked of another word than the cheque, it is that word even where the recognizer is sure of
    // something else ("wat is loopbaanbegeleiding" is no "what is the cheque", "wat is een coach" no booking).
    const ofAnotherWord = !containsPhrase(text, this.deps.vocabulary.chequeWords);
    if ((recognition.confidence !== 'sure' || ofAnotherWord) && this.asksForADefinition(text)) return surely('explain_word');
    // "wat is dit cheque" (heard as "wat is dit", what the bot is): the cheque it names.
    if (intent === 'help' && !ofAnotherWord && this.asksAMeaning(text)) return surely('explain_cheque');
    // "hoeveel geld", "combien ça coûte" (was "Bedoel je …?"): what it costs.
    if (recognition.confidence !== 'sure' && containsPhrase(text, this.deps.vocabulary.allLocales('understanding:howMuchMoney')))
      return surely('cost');
    // "moet een zelfstandige betalen?" (heard as the word "zelfstandige" to explain), "what does own
    // contribution mean": what it costs.
    const askedOfAWord = intent === 'explain_word' || (recognition.confidence !== 'sure' && this.asksAMeaning(text));
    if (askedOfAWord && containsPhrase(text, this.deps.vocabulary.allLocales('understanding:payWords'))) return surely('cost');
    // "ca fait 8 ans que je suis aide-soignante, je voudrais autre chose": years of work told at the
    // menu are the check's story, unless the recognizer's best guess is a booking or a person. A story
    // that ends in "wat kan ik nog doen?" (heard as help with this chat) asks what a coach is for.
    const guess = recognition.alternatives[0]?.intent;
    const storyOrHelp = intent === 'none' || intent === 'help';
    if (atMenu && storyOrHelp && !(guess && BOOKING_OR_PERSON.has(guess)) && this.tellsYearsOfWork(text))
      return surely('check_eligibility');
    // "ik weet niet goed wat ik wil", "je ne sais pas ce que je veux faire" (heard as a plea for
    // help), "ik wil minder werken", "i want to work less": not knowing which work one wants, or
    // a change in how one works, is what a career coach is for. So is help with one's career asked
    // at the menu ("i need help with my career"); at a question it is no answer, and the question's to say so.
    const careerWords = ['understanding:careerDoubt', 'understanding:careerMove'].flatMap((key) => this.deps.vocabulary.allLocales(key));
    const careerHelp = atMenu && containsPhrase(text, this.deps.vocabulary.allLocales('understanding:careerHelp'));
    if ((intent === 'none' || intent === 'help') && (careerHelp || containsPhrase(text, careerWords))) return surely('explain_cheque');
    // "j'ai besoin d'aide à trouver un autre travail" (was the language: "autre" of "autre langue"),
    // "i'm looking for another job": a career change, at the menu. At a question the work it answers goes first.
    // Seeking work in the job search's own words ("je cherche un autre travail") is VDAB's free help, as before.
    const anotherJob =
      atMenu &&
      ((containsPhrase(text, this.deps.vocabulary.allLocales('understanding:anotherJobWish')) &&
        !containsPhrase(text, this.deps.vocabulary.jobSearch)) ||
        this.wantsOtherWork(text));
    if ((intent === 'none' || intent === 'help') && anotherJob) return surely('explain_cheque');
    if (intent !== 'none') return recognition;
    if (this.asksToBeReached(text)) return surely('talk_to_person');
    if (this.wishesAJob(text)) return surely('explain_cheque');
    return atMenu ? this.checkGuessedForOwnWork(recognition, text) : recognition;
  }

  /**
   * "ik ben huisvrouw", "ik werk maar 10 uur per week", "je suis au foyer" at a menu: one's own
   * work, which the check reads as an answer. Where the recognizer knows nothing better, the
   * check is offered ("Bedoel je: Kan ik er een krijgen?") rather than "Sorry, dat begreep ik niet".
   */
  private checkGuessedForOwnWork(recognition: Recognition, text: string): Recognition {
    if (recognition.confidence === 'unsure' && recognition.alternatives[0]?.intent === 'check_eligibility') return recognition;
    this.ownWork ??= OWN_WORK.flatMap((kind) => this.deps.vocabulary.allLocales(`understanding:synonyms.${kind}`));
    if (!containsPhrase(text, this.ownWork)) return recognition;
    const others = recognition.alternatives.filter((a) => a.intent !== 'check_eligibility');
    const score = Math.max(recognition.alternatives[0]?.score ?? 0, ...others.map((a) => a.score));
    return { ...recognition, confidence: 'unsure', alternatives: [{ intent: 'check_eligibility', score }, ...others] };
  }

  /**
   * The recognizer's reading of the whole message; when it is not sure of a message of several
   * sentences ("Mijn zus woont in Rijsel en werkt in Kortrijk. Kan zij een cheque krijgen?"), its
   * reading of the last question in it, if sure of that: the story says who, the question what.
   */
  private async storyThenQuestion(locale: Locale, text: string): Promise<Recognition> {
    const { recognizer } = this.deps.understanding;
    const whole = await recognizer.recognize(locale, text);
    if (whole.confidence === 'sure') return this.storyEndingInAWish(locale, text, whole);
    // "bel me aub 0470123456 smiddags": the number and the day blur the wish; read without them.
    const timeless = withoutTimes(locale, text);
    if (timeless !== undefined) {
      const wish = await recognizer.recognize(locale, timeless);
      if (wish.confidence === 'sure' && WANTS_AT_THE_END.has(wish.intent)) return wish;
    }
    const sentences = sentencesOf(text);
    // Typed in one breath, without punctuation ("ik werk 20 jaar bij de stad kan ik een cheque
    // krijgen"): the part that asks ("kan ik een cheque krijgen"), when it asks for the check, a
    // booking or a person; the story around it stays in the wish.
    if (!/[,.;:!?]/u.test(text)) {
      for (const part of this.askingParts(text)) {
        const asked = await recognizer.recognize(locale, part);
        if (asked.confidence === 'sure' && WANTS_AT_THE_END.has(asked.intent)) return asked;
      }
    }
    const question = sentences.length > 1 ? lastQuestionOf(sentences) : questionAfterComma(text);
    if (question) {
      // "ik werk in een fabriek, kan dat?", "ik poets al 5 jaar, is dat genoeg?" (heard as "genoeg!", a
      // stop): one's work told, then whether it can be. The check, which reads that work from the message.
      if (this.asksWhetherWorkToldCan(text, question)) return surely('check_eligibility');
      const asked = await recognizer.recognize(locale, question);
      return asked.confidence === 'sure' ? asked : whole;
    }
    // A long story that ends in what is wanted ("… ik wil gewoon iemand die mij helpt."): the last
    // sentence, when it asks for a person, the check or a booking; never a guess from a story's end.
    const last = sentences.length > 1 ? sentences.at(-1) : undefined;
    if (!last) return whole;
    const wanted = await recognizer.recognize(locale, last);
    return wanted.confidence === 'sure' && WANTS_AT_THE_END.has(wanted.intent) ? wanted : whole;
  }

  /** True when `question` only asks whether it can ("kan dat?", "c'est possible ?") and the rest of `text` tells one's own work. */
  private asksWhetherWorkToldCan(text: string, question: string): boolean {
    const { vocabulary } = this.deps;
    const asked = question.replace(/[\s?!.]+$/u, '');
    if (!isOneOf(asked, vocabulary.allLocalesNormalized('understanding:canItQuestions'))) return false;
    const story = text.slice(0, text.lastIndexOf(question));
    return tellsOwnWork(vocabulary, story);
  }

  /**
   * A story of several sentences that ends in a question for the check, a booking or a person ("…
   * ik wil iets anders doen maar weet niet wat. Mijn dochter zegt dat ik een cheque kan krijgen.
   * Klopt dat?"): that question, when sure, over what the story's words sound like (`whole`).
   */
  private async storyEndingInAWish(locale: Locale, text: string, whole: Recognition): Promise<Recognition> {
    const sentences = sentencesOf(text);
    if (sentences.length < STORY_SENTENCES || !sentences.at(-1)?.endsWith('?')) return whole;
    const question = lastQuestionOf(sentences);
    const asked = question === undefined ? undefined : await this.deps.understanding.recognizer.recognize(locale, question);
    return asked?.confidence === 'sure' && WANTS_AT_THE_END.has(asked.intent) ? asked : whole;
  }

  /**
   * In a long message without punctuation, the parts that ask ("kan ik …", "mag ik …", "can I
   * …"): each from where it starts to where a statement about oneself starts ("ik werk", "ik
   * woon"), or to the end. None in a short message: that is read whole.
   */
  private askingParts(text: string): string[] {
    const words = wordsOf(text);
    if (words.length < MIN_STORY_WORDS) return [];
    const { vocabulary } = this.deps;
    this.askingStarts ??= vocabulary.allLocales('understanding:askingStarts').map(wordsOf);
    this.storyStarts ??= vocabulary.allLocales('understanding:storyStarts').map(wordsOf);
    const startsAt = (runs: readonly (readonly string[])[], at: number) =>
      runs.some((run) => run.length > 0 && run.every((w, i) => words[at + i] === w));
    const parts: string[] = [];
    for (let at = 0; at < words.length; at++) {
      if (!startsAt(this.askingStarts, at)) continue;
      let end = at + 1;
      while (end < words.length && !startsAt(this.storyStarts, end)) end++;
      // The whole message is read already.
      if (at > 0 || end < words.length) parts.push(words.slice(at, end).join(' '));
    }
    return parts.reverse();
  }

  /** The cheque named with having no job or looking for one ("geen werk", "werkloos"), not trouble at a job one has. */
  private noJobAndCheque(text: string): boolean {
    const { vocabulary } = this.deps;
    if (!containsPhrase(text, vocabulary.chequeWords)) return false;
    const noJob = vocabulary.choice('no_job', 'checkEligibility:answers.noJob').phrases;
    const jobseeker = vocabulary.choice('jobseeker', 'checkEligibility:answers.jobseeker').phrases;
    const temporary = vocabulary.allLocales('understanding:temporaryUnemployment');
    return (containsPhrase(text, noJob) || containsPhrase(text, jobseeker)) && !containsPhrase(text, temporary);
  }

  /**
   * A first name the word lists know (understanding:givenNames), with at most a surname after it,
   * in letters only: "Marie", "Fatima", "jan peeters". Not "Jan kost" (an everyday word), "jan?",
   * nor "jan@gmail.com" (an address).
   */
  private givenNameAlone(text: string): boolean {
    const [first = '', ...rest] = wordsOf(text);
    if (!NAME_LETTERS.test(text) || rest.length >= MAX_NAME_WORDS) return false;
    this.givenNames ??= new Set(this.deps.vocabulary.allLocalesNormalized('understanding:givenNames'));
    return this.givenNames.has(first) && rest.every((w) => !isEverydayWord(w));
  }

  /** A name and nothing more: "je m'appelle Marie", "bonjour, ik heet Jan Peeters", "my name is Tom". */
  private namesOneselfOnly(text: string): boolean {
    const words = wordsOf(text);
    this.namesOneself ??= this.deps.vocabulary.allLocales('understanding:namesOneself').map(wordsOf);
    for (let at = 0; at <= MAX_WORDS_BEFORE_A_NAME; at++) {
      const run = this.namesOneself.find((r) => r.length > 0 && r.every((w, i) => words[at + i] === w));
      if (run) return words.length - at - run.length <= MAX_NAME_WORDS;
    }
    // "je m apelle Marie", "my nam is Tom": the same words mistyped ("apelle" is no call for a person).
    const intros = this.deps.vocabulary.allLocales('understanding:namesOneself');
    for (let at = 0; at <= MAX_WORDS_BEFORE_A_NAME && at < words.length; at++) {
      const length = mistypedIntroLength(words.slice(at), intros);
      if (length !== undefined) return words.length - at - length <= MAX_NAME_WORDS;
    }
    return false;
  }

  /**
   * A number of years that is no age: "al 20 jaar chauffeur", "cleaner for 10 years" (not "ik ben
   * 58 jaar"); or years from the age one started at to one's age ("ik ben 25 en werk sinds mijn 18de").
   */
  private tellsYearsOfWork(text: string): boolean {
    // A number alone at the menu is a button's number mistyped ("7", "0"), never seven years.
    if (/^\s*\d+\s*$/u.test(text)) return false;
    return (yearsSaid(text, this.deps.clock.now()) !== undefined && !saysAge(text)) || yearsSinceAnAge(text) !== undefined;
  }

  /** "would a self-employed person qualify", "can a student get it" (workKinds.ts). */
  private asksIfWorkQualifies(text: string): boolean {
    return asksIfKindQualifies(this.deps.vocabulary, text);
  }

  /** "Kan een zelfstandige het krijgen?", "ook voor zelfstandigen?" asked about that kind of work, not about oneself (workKinds.ts). */
  private asksAboutAKindOfWork(context: TurnContext, text: string): boolean {
    const locale = () => this.otherLanguageOf(context, text) ?? this.deps.language.locale(context);
    return asksAboutAKindOfWork(this.deps.vocabulary, text, locale) || asksWhomItIsFor(this.deps.vocabulary, text, locale);
  }

  /** "afspraak", "rendez-vous", "kennismakingsgesprek": a meeting named. */
  /**
   * "rdv pour cheque carriere", "un rendez-vous pour le chèque carrière": a meeting named, and the
   * booking the likeliest reading, where the recognizer is in doubt; the cheque is what the meeting
   * is about, never the button that explains it.
   */
  meetingAsked(text: string, recognition: Recognition): boolean {
    const [likeliest] = recognition.alternatives;
    return recognition.confidence !== 'sure' && likeliest?.intent === 'book_intake' && this.namesAMeeting(text);
  }

  private namesAMeeting(text: string): boolean {
    const { vocabulary } = this.deps;
    return containsPhrase(text, vocabulary.allLocales('understanding:meetingWords')) || containsPhrase(text, vocabulary.firstMeeting);
  }

  /**
   * A cheque word with words that ask whether one can get it ("would I qualify", "can I still
   * apply", "j ai droit", "heb ik recht op"), whatever else the message tells.
   */
  private asksIfEligible(text: string): boolean {
    const { vocabulary } = this.deps;
    this.eligibilityAsks ??= vocabulary.allLocales('understanding:eligibilityAsks');
    return containsPhrase(text, vocabulary.chequeWords) && containsPhrase(text, this.eligibilityAsks);
  }

  /** "ik woon niet in België", "I live in the Netherlands", "je n'habite pas en Flandre": living told, outside Flanders and Brussels. */
  private livesOutside(text: string): boolean {
    const { vocabulary } = this.deps;
    if (!containsPhrase(text, vocabulary.liveWords) || containsPhrase(text, vocabulary.speaksLanguage)) return false;
    return livesOutsideTheRegions(vocabulary, text) !== undefined || this.namesACountryNotALanguage(text);
  }

  private namesACountryNotALanguage(text: string): boolean {
    const { vocabulary } = this.deps;
    return containsPhrase(text, vocabulary.countries) && !wordsOf(text).some((w) => vocabulary.languageWords.has(w));
  }

  private asksForADefinition(text: string): boolean {
    // "Wat is het nummer van VDAB?" asks for a number, not what VDAB is.
    if (containsPhrase(text, this.deps.vocabulary.phoneNumberWords)) return false;
    // "ik begrijp het woord coach niet", "I don't know the word outplacement": the same, said as a lack.
    const saysAWordIsUnknown = containsPhrase(text, this.deps.vocabulary.allLocales('understanding:wordNotUnderstood'));
    return (this.asksAMeaning(text) || saysAWordIsUnknown) && this.deps.understanding.glossary.find(text) !== undefined;
  }

  /**
   * A short question for the meaning of some words, whether the glossary has them or not: "wat is
   * vdab", "qu'est-ce que le vdab" (a start of up to four words), a few words after its start.
   */
  private asksAMeaning(text: string): boolean {
    const words = wordsOf(text);
    const typed = words.join(' ');
    const start = this.deps.vocabulary.definitionStarts.find((s) => typed.startsWith(`${s} `));
    return start !== undefined && words.length - wordsOf(start).length <= MAX_WORDS_DEFINED;
  }

  /**
   * "ik wil werk ander", "je veux changer de travail": other work than one's own, in words the job
   * search's phrases do not rule out ("ik wil werk" is in it), as a learner of the language may write it.
   */
  private wantsOtherWork(text: string): boolean {
    return containsPhrase(text, this.deps.vocabulary.allLocales('understanding:anotherJobSaidFirst'));
  }

  /**
   * Seeking work in the job search's words ("ik zoek werk"), not other work than one's own ("ik wil
   * werk ander"), and not asking what the cheque does for it ("… de dokter zegt ik moet ander werk
   * zoeken, kan die cheque mij helpen": was only VDAB's free job search).
   */
  private seeksWork(text: string): boolean {
    const { vocabulary } = this.deps;
    const asksAboutTheCheque = questionClauses(text, vocabulary.clauseEnds).some(
      (clause) => containsPhrase(clause, vocabulary.chequeWords) && vocabulary.asks(clause),
    );
    return containsPhrase(text, vocabulary.jobSearch) && !this.wantsOtherWork(text) && !asksAboutTheCheque;
  }

  /**
   * A change in one's work wished ("eigen zaak", "minder werken", "career change"), or one's work
   * no longer liked ("mijn job is saai", "j'en ai marre de mon boulot"), with no word of a meeting
   * or the cheque, not asked whether one may.
   */
  private wishesCareerMove(text: string): boolean {
    const { vocabulary } = this.deps;
    const wish =
      containsPhrase(text, vocabulary.allLocales('understanding:careerMove')) ||
      containsPhrase(text, vocabulary.allLocales('understanding:careerWeariness'));
    if (!wish) return false;
    return !this.namesAMeeting(text) && !containsPhrase(text, vocabulary.chequeWords) && !this.asksIfEligible(text);
  }

  /** Sent here by someone ("mijn dochter zegt dat ik dit moet doen"), with no word of the cheque. */
  private sentHereOnly(text: string): boolean {
    const { vocabulary } = this.deps;
    return containsPhrase(text, vocabulary.allLocales('understanding:sentHere')) && !containsPhrase(text, vocabulary.chequeWords);
  }

  /** "Ik wil … worden", not denied ("ik wil niet ontslagen worden" is no wish) nor asking to be reached ("ik wil gebeld worden"). */
  private wishesAJob(text: string): boolean {
    const { vocabulary } = this.deps;
    if (!containsPhrase(text, vocabulary.wantWords) || !containsPhrase(text, vocabulary.becomeWords)) return false;
    if (containsPhrase(text, vocabulary.reachedWords)) return false;
    return !wordsOf(text).some((w) => vocabulary.negations.has(w)) && !vocabulary.saysDismissal(text);
  }

  /**
   * "ik wil gebeld worden", "kan ik gecontacteerd worden": asking to be reached, in the passive the
   * recognizer was not trained on (trained, it read every "ik wil … worden" as a call request). Not denied.
   */
  private asksToBeReached(text: string): boolean {
    const { vocabulary } = this.deps;
    if (!containsPhrase(text, vocabulary.reachedWords) || !containsPhrase(text, vocabulary.becomeWords)) return false;
    return !wordsOf(text).some((w) => vocabulary.negations.has(w));
  }

  /** The language `text` is written in when it is another one than the conversation's. */
  otherLanguageOf(context: TurnContext, text: string): Locale | undefined {
    return otherLanguage(text, this.deps.language.locale(context));
  }

  /**
   * What a message at a menu (open or coming next) says that the menu's answers and the recognizer
   * would misread. "ik heb geen telefoon", "I don't have a phone": no mobile is needed
   * (sideQuestions:noPhone), never a person read from "telefoon" (a word of "Met iemand praten", and
   * a call to the recognizer). "bestaat er een loopbaancheque voor zelfstandigen", "for
   * self-employed?": whether that kind of work can get one, in brief from the rules; never "Bedoel je
   * …?" nor the check. A flow named beside it ("ik heb geen gsm, kan ik een afspraak maken?":
   * `menuAnswer` 'book', or the recognizer sure of it) goes first. "werk zoeken", "hulp bij werk
   * zoeken": looking for a job, which VDAB helps with for free; never "Afspraak maken" read from a
   * word one letter off ("zoeken" is no "boeken"). An answer named as it is goes first ("ik zoek
   * werk, kan ik een afspraak maken?").
   */
  async situationAtMenu(
    context: TurnContext,
    text: string,
    menuAnswer: string | undefined,
    menu: Question,
  ): Promise<Interruption | undefined> {
    const { vocabulary } = this.deps;
    const other = this.otherLanguageOf(context, text);
    const locale = () => other ?? this.deps.language.locale(context);
    // "moet een werkloze betalen?": such a kind gets no cheque, which answers what it pays.
    if (asksWhomItIsFor(vocabulary, text, locale) || asksWhatAKindWithoutWorkPays(vocabulary, text, locale))
      return this.sideIn('work_qualifies', other);
    if (menuAnswer !== undefined && this.seeksWork(text) && !this.namesAnswerAsIs(text, menuAnswer, menu))
      return this.sideIn('job_search', other);
    const lacks = this.contactLacking(text);
    // "Ik heb geen e-mailadres", "je n'ai pas d'adresse mail" (heard as a person, or as where): none is
    // needed, a phone number will do. Without a phone either, the answer to that.
    if (lacks === 'email' && (menuAnswer === undefined || menuAnswer === 'person')) return this.sideIn('no_email', other);
    if (lacks !== 'phone' && lacks !== 'both') return undefined;
    // "ik heb geen computer en geen gsm": without a computer, e-mail is no way either; the centre itself is (whatStandsInTheWay).
    if ((menuAnswer !== undefined && menuAnswer !== 'person') || this.whatStandsInTheWay(text)) return undefined;
    // Neither a phone nor e-mail: that answer, whatever the recognizer hears in the rest ("I don't
    // have a phone or email" is no check); a flow named as it is went first above.
    if (lacks === 'both') return this.sideIn('no_contact', other);
    const { intent, confidence } = await this.recognize(other ?? this.deps.language.locale(context), text, true);
    if (confidence === 'sure' && intent !== 'talk_to_person' && intent !== 'help') return undefined;
    return this.sideIn('no_phone', other);
  }

  /**
   * What way to be reached a message says the user lacks: "ik heb geen gsm" a phone, "geen
   * e-mailadres" an e-mail address, "geen gsm en geen mail", "pas de téléphone ni d'email" both.
   */
  private contactLacking(text: string): 'phone' | 'email' | 'both' | undefined {
    const { vocabulary } = this.deps;
    const noPhone = containsPhrase(text, vocabulary.allLocales('understanding:noPhone'));
    const noEmail = containsPhrase(text, vocabulary.allLocales('understanding:noEmail'));
    if (!noPhone && !noEmail) return undefined;
    if ((noPhone && noEmail) || containsPhrase(text, vocabulary.allLocales('understanding:noPhoneNorEmail'))) return 'both';
    return noPhone ? 'phone' : 'email';
  }

  /**
   * One's own work told at a menu with nothing else recognised ("ik ben interimair", "I clean
   * offices"), or whether it can be asked with one's own state ("kan dat als ik ziek ben?"): the
   * start of the check, never "Bedoel je dit?" (workKinds.ts).
   */
  startsTheCheckAtMenu(text: string, recognition: Recognition): boolean {
    const { intent, confidence } = recognition;
    // "ik ben poesvrouw": told with a typo, as the words put right tell it.
    const told = (said: string | undefined) => said !== undefined && tellsOwnWork(this.deps.vocabulary, said);
    if ((intent === 'none' || intent === 'check_eligibility') && (told(text) || told(this.deps.vocabulary.respelled(text)))) return true;
    // "mag ik da doen als ik ziek ben", "kan dat als ik in ziekteverlof ben?" (were "Bedoel je …?"):
    // whether it can be, asked with one's own state, which the check reads too.
    return confidence !== 'sure' && asksWhileInOwnState(this.deps.vocabulary, text);
  }

  /** True when `text` holds a phrase of the menu's answer `id` word for word, not only one a typo away (or its words are not known). */
  private namesAnswerAsIs(text: string, id: string, menu: Question): boolean {
    const answer = [...(menu.choices ?? []), ...(menu.also ?? []), ...(menu.more ? [menu.more] : [])].find((c) => c.id === id);
    if (answer?.label === undefined) return true;
    return containsPhrase(text, this.deps.vocabulary.choice(answer.id, answer.label, answer.synonyms).phrases);
  }

  /** The first message of a conversation: a side question to answer before the menu, or another language. */
  async firstMessage(context: DialogContext['context'], text: string, recognition: Recognition): Promise<Interruption | undefined> {
    const { intent } = recognition;
    const locale = this.deps.language.locale(context);
    const other = otherLanguage(text, locale);
    const situation = await this.situationTyped(text, recognition, true, other ?? locale);
    if (situation) return this.sideIn(situation, other);
    if (isSideQuestion(intent)) return this.sideIn(intent, other);
    return other ? { kind: 'offerLanguage', locale: other } : undefined;
  }

  /** What beforeTheMenu spots, as an interruption: the side question, in another language after the offer of it. */
  spotted(context: TurnContext, text: string): Interruption | undefined {
    const question = this.namedQuestion(text);
    return question ? this.sideIn(question, this.otherLanguageOf(context, text)) : undefined;
  }

  /**
   * "ik woon in Genk maar wat kost het?", "9000, hoe lang duurt het?" where the place is asked: an
   * answer the question's parser is sure of in a clause of its own, and beside it a clause that
   * asks something with a short answer (the price, the first meeting). That answer first, then the
   * question takes the message (`answers`); neither is dropped. Undefined when no clause asks such a thing.
   */
  private async askedBesideAnswer(context: TurnContext, open: OpenQuestion, text: string): Promise<Interruption | undefined> {
    const { vocabulary } = this.deps;
    const locale = this.deps.language.locale(context);
    if (!vocabulary.asks(text) || otherLanguage(text, locale) || !(await this.answersInAClause(context, open, text))) return undefined;
    for (const clause of questionClauses(text, vocabulary.clauseEnds)) {
      if (!vocabulary.asks(clause)) continue;
      let asked: string | undefined = this.beforeTheMenu(clause);
      if (asked === undefined) {
        const heard = await this.recognize(locale, clause);
        if (heard.confidence === 'sure') asked = heard.intent;
      }
      if (asked !== undefined && asksForInfo(asked)) return { kind: 'side', question: asked, answers: true };
    }
    return undefined;
  }

  /**
   * True when one clause of `text` that asks nothing is an answer the open question's parser is sure
   * of, beside another clause: "ik woon in Genk | maar wat kost het?". Never a message of one
   * clause ("kan het online?", "weet mijn baas dat?"), which the question reads as a whole, nor a
   * clause that is itself a side question ("mijn baas weet van niks", where "mijn" says "for me").
   */
  private async answersInAClause(context: TurnContext, open: OpenQuestion, text: string): Promise<boolean> {
    const { vocabulary } = this.deps;
    const clauses = questionClauses(text, vocabulary.clauseEnds);
    if (clauses.length < 2) return false;
    for (const clause of clauses) {
      const asksNothing = !vocabulary.asks(clause) && this.beforeTheMenu(clause) === undefined;
      if (asksNothing && (await open.prompt.parses(context, clause, open.question)) === 'sure') return true;
    }
    return false;
  }

  /**
   * A side question spotted by its words; written in another language ("is the coaching in
   * English?" in a Dutch chat), first the offer to go on in it, then the answer.
   */
  private sideIn(question: SideQuestion, other: Locale | undefined): Interruption {
    return other ? { kind: 'offerLanguage', locale: other, side: question } : { kind: 'side', question };
  }

  /**
   * situation() read in `text`; where it finds none, read again in `text` with its typo'd words put
   * right ("i dont hve a car", "kheb gen auto"). What the recognizer was sure of stays what it heard;
   * else it hears the words put right, in `locale`.
   */
  private async situationTyped(text: string, recognition: Recognition, atMenu: boolean, locale: Locale): Promise<Situation | undefined> {
    const found = this.situation(text, recognition.intent, atMenu);
    if (found) return found;
    const respelled = this.deps.vocabulary.respelled(text);
    if (respelled === undefined) return undefined;
    const heard = recognition.confidence === 'sure' ? recognition : await this.recognize(locale, respelled, atMenu);
    return this.situation(respelled, heard.intent, atMenu);
  }

  /**
   * What no intent covers but its words say: a question about the first meeting ("hoe lang duurt
   * het gesprek?", whatever the recognizer guessed); being dismissed ("mijn baas wil me
   * ontslaan"), which beats a side question guessed from other words in it, while a flow or a
   * command the recognizer is sure of goes first ("ik word ontslagen, kan ik een cheque
   * krijgen?"); or looking for a job ("ik zoek werk", "vacatures"), when nothing else was
   * recognised. Reading and computers come first of all (whatStandsInTheWay).
   */
  private situation(text: string, intent: Intent, atMenu: boolean): Situation | undefined {
    const { vocabulary } = this.deps;
    // Their own words name these questions exactly, whatever the recognizer guessed ("wat neem ik mee" is no "stop").
    const question = this.beforeTheMenu(text);
    if (question) return question;
    // "Ik ben mijn werk kwijt, kan je me helpen?": the plea for help says less than the story before it.
    const vague = intent === 'none' || intent === 'help';
    const guessable = vague || isSideQuestion(intent);
    if (guessable && vocabulary.saysDismissal(text)) return 'dismissal';
    // "Mon patron me harcèle" is heard as a question about this chat's data (a boss who would know):
    // strain at work, and no word of data, is trouble at work.
    const aboutData = containsPhrase(text, vocabulary.allLocales('understanding:botDataWords'));
    if (intent === 'privacy' && !aboutData && this.troubleAtWork(text)) return 'work_trouble';
    // "is moederschapsrust een probleem?": probably not, but the online order may refuse it.
    if (guessable && containsPhrase(text, vocabulary.leaveWords)) return 'on_leave';
    // "Mijn werkgever wil het betalen", "my boss pays" told at the menu, whatever price question was
    // heard in it: guidance the employer pays is not the cheque's (domain C6). At a question it may
    // answer it ("mijn werkgever betaalt" where outplacement is asked).
    const aFlow = FLOW_INTENTS[intent] !== undefined || intent === 'check_eligibility';
    if (atMenu && !aFlow && containsPhrase(text, vocabulary.allLocales('understanding:employerPays'))) return 'employer_pays';
    // "ik heb geen tijd overdag", "pas le temps": one picks an hour that suits, or talks online; never
    // the goodbye the recognizer hears in "overdag". Said with a question or a flow beside it ("… kan
    // het zaterdag?", "ik wil een afspraak"), the message is read as before.
    if (!aFlow && !vocabulary.asks(text) && containsPhrase(text, vocabulary.allLocales('understanding:noTime'))) return 'no_time';
    // "mon chef m'écoute pas": strain at work told, whatever side question the recognizer heard
    // ("écoute" is one letter from "coûte"); asked beside it ("…, wat kost het?"), the question goes first.
    if (guessable && !vague && !vocabulary.asks(text) && this.troubleAtWork(text)) return 'work_trouble';
    if (!vague) return undefined;
    // "Ik ben 62", "j'ai 58 ans" told at the menu: age is no condition, said before anything is asked.
    // At a question it is an answer given wrong ("van mijn 25 jaar" for the years): that question's own retry.
    // Work told beside it ("I'm 66 and retired", "ik ben 45 en poetsvrouw") is the check, which says the age too.
    if (atMenu && saysAge(text) && wordsOf(text).length <= MAX_WORDS_OF_AN_AGE && !tellsOwnWork(vocabulary, text)) return 'age';
    // "Ik heb geen gsm": no need for one (a centre also e-mails, the talk can be there). At a
    // question it is that question's (the contact question asks for a number or an e-mail).
    const lacks = atMenu ? this.contactLacking(text) : undefined;
    if (lacks === 'phone' || lacks === 'both') return lacks === 'both' ? 'no_contact' : 'no_phone';
    if (this.seeksWork(text)) return 'job_search';
    // "Ik heb geen auto", "je n'ai pas de voiture", with nothing else asked: getting there is no problem.
    if (containsPhrase(text, vocabulary.allLocales('understanding:noTransport'))) return 'no_transport';
    // "ik wil een opleiding volgen": not what the cheque pays for, but where to look, and a coach helps choose.
    if (containsPhrase(text, vocabulary.allLocales('understanding:trainingWish'))) return 'training';
    return this.troubleAtWork(text) ? 'work_trouble' : undefined;
  }

  /** A wish for training in a few words, no question and no word of the cheque ("ik wil een opleiding"). */
  private wishesTrainingOnly(text: string): boolean {
    const { vocabulary } = this.deps;
    if (wordsOf(text).length > MAX_WORDS_OF_A_TRAINING_WISH || vocabulary.asks(text) || containsPhrase(text, vocabulary.chequeWords))
      return false;
    return containsPhrase(text, vocabulary.allLocales('understanding:trainingWish'));
  }

  /**
   * Trouble at work in one's own words ("mijn werk maakt me ziek", "mijn baas pest mij"): a word
   * for work and one of strain, or a burn-out, and no word of having no job ("ik ben ziek en heb geen werk" is a
   * question for the check, which the recognizer may offer).
   */
  private troubleAtWork(text: string): boolean {
    const { vocabulary } = this.deps;
    const noJob = vocabulary.choice('no_job', 'checkEligibility:answers.noJob').phrases;
    if (containsPhrase(text, noJob)) return false;
    // "Ik heb een burn-out", "je suis en burn-out": strain that names work by itself.
    return (
      containsPhrase(text, vocabulary.burnoutWords) ||
      (containsPhrase(text, vocabulary.workWords) && containsPhrase(text, vocabulary.troubleWords))
    );
  }

  /**
   * A question that names an answer the glossary explains ("wat is wandelcoaching?" at "Hoe wil je
   * het gesprek doen?"), and is not the answer's own words. Not at the menu, whose buttons are
   * questions themselves ("Wat is een loopbaancheque?").
   */
  private asksAboutAnAnswer(context: TurnContext, text: string, open: OpenQuestion): boolean {
    if (isMenu(open) || open.prompt.answersWhole(context, text, open.question)) return false;
    if (!this.deps.vocabulary.asks(text) || this.deps.understanding.glossary.find(text) === undefined) return false;
    // "Kan mijn man als zelfstandige het krijgen?", "ik ben zelfstandige, kan ik het krijgen?": whether
    // one can get it, with one's work as the answer; never what "zelfstandige" means.
    return !this.asksIfWorkQualifies(text) && !this.asksIfEligible(text);
  }

  /** "wat is dat", "wat betekent outplacement" inside a reply to a question of the check or a booking, not a menu. */
  private asksWhatItMeans(context: TurnContext, text: string, open: OpenQuestion): boolean {
    if (isMenu(open) || open.prompt.answersWhole(context, text, open.question)) return false;
    const { vocabulary } = this.deps;
    // "ik weet niet wat dat is", "je sais pas ce que c'est": the same asked in a clause of its own.
    return containsPhrase(text, [
      ...vocabulary.definitionStarts,
      ...vocabulary.allLocales('understanding:whatIsIt'),
      ...vocabulary.allLocales('understanding:whatItMeans'),
    ]);
  }

  /**
   * At a question of yes and no without a parser: the yes or no a message opens with ("nee, geen
   * outplacement"), unless it asks something or turns around ("ja, maar …", "nee, wel …").
   */
  private opensWithYesOrNo(open: OpenQuestion, text: string): string | undefined {
    const ids = new Set(shownChoices(open.question).map((c) => c.id));
    if (!ids.has('yes') || !ids.has('no') || open.question.open !== undefined || text.includes('?')) return undefined;
    // "ok", "ja ja ok" where a yes decides something (outplacement): asked again, never a yes.
    if (open.prompt.isNotAnAnswer(open.question, text)) return undefined;
    // "ja ma eigenlijk liever verzetten": the "ma" turns the yes around; where nothing hangs on the
    // yes ("Was dit duidelijk?"), "ja ik wil een afspraak maken" is about the afspraak.
    const { vocabulary } = this.deps;
    if (vocabulary.afterYesBut(text) !== undefined || (open.question.passing && vocabulary.afterYes(text) !== undefined)) return undefined;
    const [first = '', ...rest] = wordsOf(text);
    return rest.some((w) => this.deps.vocabulary.turnWords.has(w)) ? undefined : this.saidYesOrNo(first);
  }

  /** "ja" or "nee" (in any language) as the whole message. */
  /** "ok", "duidelijk", a plain "ja": an answer taken in, asking nothing; never a thanks ("ok merci"), answered as such. */
  private takesItIn(text: string): boolean {
    const { vocabulary } = this.deps;
    if (vocabulary.saysThanksOnly(text) || this.asksWhere(text)) return false;
    if (isOneOf(text, vocabulary.acknowledgements)) return true;
    // "good morning" greets; no "goed" read from "good".
    if (vocabulary.greetingLanguage(text) !== undefined) return false;
    // "le site ne marche pas": a "ça marche" denied takes nothing in.
    if (wordsOf(text).some((word) => vocabulary.negations.has(word))) return false;
    if (this.saidYesOrNo(text) !== 'yes' || vocabulary.afterYes(text) !== undefined) return false;
    // "i clean offices" tells one's work: no "clear" one letter off.
    if (tellsOwnWork(vocabulary, text)) return false;
    // "what is outplacement exactly", "is it free of course?": a question with a word of yes in it asks, it takes nothing in.
    return !vocabulary.asks(text) || isOneOf(text, vocabulary.allLocalesNormalized('understanding:synonyms.yes'));
  }

  private saidYesOrNo(text: string): string | undefined {
    return this.yesOrNoSaid.of(text, (said) => this.yesOrNoIn(said));
  }

  private yesOrNoIn(text: string): string | undefined {
    const { vocabulary } = this.deps;
    // "Mag ik cheque, ja of nee?" asks for a yes or a no: it is neither.
    if (containsPhrase(text, vocabulary.allLocales('understanding:yesOrNoAsked'))) return undefined;
    return matchChoice(text, [vocabulary.choice('yes', 'answers.yes'), vocabulary.choice('no', 'answers.no')], vocabulary.words);
  }

  /**
   * "nee", "non", "no thanks": a no as the whole message, word for word ("ok merci" is no "non
   * merci" two letters away), or with thanks or a goodbye around it.
   */
  private async saysOnlyNo(context: TurnContext, text: string): Promise<boolean> {
    const { vocabulary } = this.deps;
    if (vocabulary.allLocalesNormalized('understanding:synonyms.no').includes(normalize(text))) return true;
    return !vocabulary.saysThanksOnly(text) && (await this.saysNoThanks(context, text));
  }

  /** "Nee dank u", "non merci, au revoir": a no with thanks or a goodbye around it. */
  private async saysNoThanks(context: TurnContext, text: string): Promise<boolean> {
    const { vocabulary } = this.deps;
    const [first = '', ...rest] = wordsOf(text);
    if (!vocabulary.choice('no', 'answers.no').phrases.some((no) => normalize(no) === first)) return false;
    const after = rest.join(' ');
    if (after === '' || vocabulary.saysThanksOnly(after)) return true;
    const locale = otherLanguage(text, this.deps.language.locale(context)) ?? this.deps.language.locale(context);
    const { intent, confidence } = await this.deps.understanding.recognizer.recognize(locale, after);
    return intent === 'goodbye' && confidence === 'sure';
  }

  /** "ja" / "nee" (in any language) at an offer that is a yes/no question. */
  private yesOrNo(text: string, offered: readonly Offer[]): Offer | undefined {
    if (!offered.some((o) => o.answers)) return undefined;
    // "ok merci", "ok bedankt" at "Bedoel je dit?": thanks, that was it; never the yes that starts the flow.
    if (wordsOf(text).length > 1 && this.deps.vocabulary.saysThanksOnly(text)) return undefined;
    const said = this.saidYesOrNo(text) ?? this.yesOrNoWithFiller(text);
    return said ? offered.find((o) => o.answers === said) : undefined;
  }

  /**
   * "nee dat niet" at "Heb je al eens een loopbaancheque gebruikt? [Nee, nooit | Ja | …]": a yes or
   * no with words that say nothing more is the answer that yes or no alone is.
   */
  private fillerAroundAnswer(context: TurnContext, open: OpenQuestion, text: string): string | undefined {
    if (this.yesOrNoWithFiller(text) === undefined) return undefined;
    const [first = ''] = wordsOf(text);
    return open.prompt.understand(context, first, open.question);
  }

  /**
   * "nee dat niet", "ja dat graag" at "Wil je met iemand praten?": a yes or no and words that say
   * nothing more (filler, a denial). Anything else beside it ("nee, ik wil een afspraak") is read on.
   */
  private yesOrNoWithFiller(text: string): string | undefined {
    if (text.includes('?')) return undefined;
    const { vocabulary } = this.deps;
    const [first = '', ...rest] = wordsOf(text);
    const said = rest.length > 0 ? this.saidYesOrNo(first) : undefined;
    // A denial says nothing more beside a no ("nee dat niet"); beside a yes it turns it around.
    const saysNothingMore = rest.every((w) => vocabulary.words.filler.has(w) || (said === 'no' && vocabulary.negations.has(w)));
    return saysNothingMore ? said : undefined;
  }

  /**
   * A typed reply that asks for a flow "Bedoel je …?" offered with the words it was guessed from
   * ("je suis ouvrier depuis 20 ans", then "pour moi"): that offer, with both messages, so the flow
   * knows what the first one said. Started from the reply alone, it would ask it all again.
   */
  private async offeredFlowTyped(
    context: TurnContext,
    open: OpenQuestion,
    text: string,
    offered: readonly Offer[],
  ): Promise<Offer | undefined> {
    if (!offered.some(({ action }) => ('intent' in action || 'choice' in action) && action.said)) return undefined;
    const recognition = await this.recognize(this.deps.language.locale(context), text);
    if (recognition.confidence !== 'sure') return undefined;
    const asChoice = open.question.intents?.[recognition.intent];
    const offer = offered.find(
      ({ action }) => ('intent' in action && action.intent === recognition.intent) || ('choice' in action && action.choice === asChoice),
    );
    if (!offer || !('said' in offer.action) || !offer.action.said) return undefined;
    return { ...offer, action: { ...offer.action, said: `${offer.action.said}. ${text}` } };
  }

  /**
   * "Gent", "9000" typed after "Bedoel je: Kan ik er een krijgen?": where one lives, said for the
   * check that was offered, never a new booking (unless the booking was offered too). The check
   * starts with both messages, and reads the place as its answer to "Waar woon je?".
   */
  private placeForOfferedCheck(text: string, offered: readonly Offer[]): Offer | undefined {
    const check = offered.find((o) => leadsTo(o, 'check', 'check_eligibility'));
    if (!check || offered.some((o) => leadsTo(o, 'book', 'book_intake')) || !this.placeAlone(text)) return undefined;
    const said = 'said' in check.action ? check.action.said : undefined;
    return { ...check, action: { ...check.action, said: said ? `${said}. ${text}` : text } } as Offer;
  }

  /**
   * "1000 bruxel", "leuven" typed after "Wil je nu dit doen: afspraak maken?": the yes, and where to
   * look for a centre (was read as the open question's answer, or a miss). Not where the check is
   * offered too: a place there is where one lives (placeForOfferedCheck).
   */
  private placeForOfferedBooking(text: string, offered: readonly Offer[]): Offer | undefined {
    const book = offered.find((o) => leadsTo(o, 'book', 'book_intake'));
    if (!book || offered.some((o) => leadsTo(o, 'check', 'check_eligibility'))) return undefined;
    const place = this.placeTyped(text);
    return place === undefined ? undefined : ({ ...book, action: { ...book.action, said: place } } as Offer);
  }

  private fromOffer(dc: DialogContext, open: OpenQuestion, offer: Offer): Interruption | undefined {
    const { action } = offer;
    if ('choice' in action) {
      chooseForQuestion(dc.context, action.choice, action.said);
      return undefined;
    }
    if ('command' in action) return this.fromCommand(action.command, open);
    if ('side' in action) return { kind: 'side', question: action.side as SideQuestion, ...(action.said && { said: action.said }) };
    if ('somethingElse' in action) return { kind: 'reprompt', say: 'fallback.sayItDifferently' };
    if ('tryAgain' in action) return { kind: 'reprompt' };
    // The flow the question is part of goes on where it is: starting it over would lose its answers.
    if (open.prompt.answersItself(action.intent)) return { kind: 'reprompt' };
    // "Kan ik er een krijgen?" tapped in "Bedoel je …?" at "Was dit duidelijk?": the check, as from the menu.
    const flow = (open.question.passing ? PASSING_FLOWS : FLOW_INTENTS)[action.intent];
    return flow ? { kind: 'switch', to: flow, ...(action.said && { wish: action.said }) } : this.fromIntent(action.intent, open);
  }

  private fromCommand(command: Command, open: OpenQuestion | undefined): Interruption | undefined {
    // A hello in the middle of a question keeps the progress; at the start it is the greeting.
    // "Klopt dit?" reads intents too, but a booking is being made there: a hello keeps it.
    if (command === 'greeting' && open && (!isMenu(open) || partOfAFlow(open))) return { kind: 'greet' };
    // On the way to a person already ("rapelle moi" at "chat or call back?", "email me instead" at
    // the phone number): no second start; the question reads it, or says what it needs.
    if (command === 'person' && open?.question.handover) return undefined;
    return { kind: 'command', command };
  }

  private fromIntent(
    intent: Intent,
    open: OpenQuestion,
    offerLanguage?: Locale,
    text?: string,
    readAsAnswer = false,
  ): Interruption | undefined {
    // "Vous parlez français ?" in a Dutch conversation: offer that language at once.
    if (intent === 'change_language' && offerLanguage) return { kind: 'offerLanguage', locale: offerLanguage };
    const command = COMMAND_INTENTS[intent];
    if (command) return this.fromCommand(command, open);
    // At a question that reads typed answers, "ik heet An" is an answer that sounds like a hello:
    // a hello counts there only as the exact words (a command), never as a guess.
    if (intent === 'greeting' && open.question.open === undefined) return this.fromCommand('greeting', open);
    // A goodbye ends the conversation: mid-question only a short one counts ("bedankt, dag"), and
    // only where the question's parser does not read the words as an answer. Where nothing hangs on
    // the question ("Was dit duidelijk?") a longer one too ("ok merci au revoir").
    if (intent === 'goodbye' && !readAsAnswer && (isMenuOrPassing(open) || wordsIn(text ?? '') <= 3)) return { kind: 'goodbye' };
    // One word the glossary does not know ("sectorfonds" at "Voor wie?"), or one of one's own work
    // ("werkzoekend"), is more likely a misplaced answer than a question about it: only a question
    // in words gets "not in my list", or what the word means.
    if (intent === 'explain_word' && text !== undefined && isOneWord(text)) {
      const term = this.deps.understanding.glossary.find(text);
      if (term === undefined || WORK_TERMS.has(term)) return undefined;
    }
    if (isSideQuestion(intent) && !open.prompt.answersItself(intent)) return { kind: 'side', question: intent };
    // In the check, "wat zijn de voorwaarden?" is answered with them; its questions tell whether they are met.
    if (intent === 'check_eligibility' && text !== undefined && containsPhrase(text, this.deps.vocabulary.conditionWords))
      return { kind: 'side', question: 'conditions' };
    return undefined;
  }
}

/** The parsers of the booking's contact question, which read "ik heb geen gsm" themselves. */
const CONTACT_PARSERS: ReadonlySet<string> = new Set(['contact', 'phoneContact']);
/** Questions for personal details, and what says why each is needed when someone would rather not give it. */
const DETAILS_ASKED: Partial<Record<string, Situation>> = {
  firstName: 'name_needed',
  contact: 'contact_needed',
  phoneContact: 'phone_needed',
};

/** Intents about a booking: making one, moving or cancelling it. */
const BOOKING_INTENTS: ReadonlySet<Intent> = new Set(['book_intake', 'move_booking', 'cancel_booking']);

/** True when an offered meaning starts `choice` at the menu, or the flow of `intent`. */
function leadsTo({ action }: Offer, choice: MenuAction, intent: Intent): boolean {
  return ('choice' in action && action.choice === choice) || ('intent' in action && action.intent === intent);
}

/** A reading the words themselves make sure of. */
function surely(intent: Exclude<Intent, 'none'>): Recognition {
  return { intent, score: 1, confidence: 'sure', alternatives: [{ intent, score: 1 }] };
}

/**
 * The language a message is clearly written in, when it is not the conversation's. An e-mail
 * address, a link or a number is no sentence in any language: those are left out first.
 */
function otherLanguage(text: string, locale: Locale): Locale | undefined {
  const words = text.replace(/\S+@\S+|https?:\/\/\S+|www\.\S+|\S*\d\S*/gu, ' ');
  if ((words.match(/\p{L}{2,}/gu) ?? []).length < 2) return undefined;
  return detectOtherLanguage(words, locale);
}

/**
 * A reply the recognizer reads better than the button matcher: three words or more, and not a
 * button's own words ("kan ik een loopbaancheque krijgen" against "Wat is een loopbaancheque?").
 */
export function isSentenceFor(prompt: AskPrompt, context: TurnContext, text: string, question: Question): boolean {
  return wordsIn(text) >= 3 && !prompt.answersWhole(context, text, question);
}

function wordsIn(text: string): number {
  return text
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '').length;
}

function isOneWord(text: string): boolean {
  return !/\S\s+\S/u.test(text.trim()) && !text.includes('?');
}

/** The menu questions say which intents stand for their answers; other questions do not. */
function isMenu(open: OpenQuestion): boolean {
  return isMenuQuestion(open.question);
}

/** A menu, or a question nothing hangs on (Question.passing: "Was dit duidelijk?"). */
function isMenuOrPassing(open: OpenQuestion): boolean {
  return isMenu(open) || open.question.passing === true;
}

/**
 * A question with intents that also reads typed answers (the booking's "Klopt dit?", "Wat wil je
 * aanpassen?", "Wil je die afspraak annuleren?"): the menus read none, and hold no progress.
 */
function partOfAFlow(open: OpenQuestion): boolean {
  return open.question.open !== undefined;
}

/** A tapped or typed "Bedoel je …?" button: its title (typos allowed) or its number. */
function matchOffer(text: string, offers: readonly Offer[]): Offer | undefined {
  const typed = normalize(text);
  if (/^\d+$/.test(typed)) return offers[Number(typed) - 1];
  return offers.find((o) => closeTo(typed, normalize(o.title)));
}

/**
 * The number of a helper button as it is shown: "1" for Terug on a question without answers of its
 * own, "2" for Terug after one answer button where helpers come too ([Maakt niet uit | Terug | …]).
 * Never where a bare number is the question's value (a postcode): its buttons show no number.
 */
function helperByNumber(text: string, open: OpenQuestion): Command | undefined {
  const { question } = open;
  if (question.numbersAreValues || !/^\s*\d+\s*$/.test(text)) return undefined;
  const shown = shownChoices(question).length;
  if (shown > 0 && question.helpersToo !== true) return undefined;
  return helpersOf(question)[Number(text) - 1 - shown]?.command;
}

/** Days and parts of the day, whose words say when, not what (short ones such as "ma", "di" left in). */
const TIME_MEANINGS: readonly WhenWord[] = [
  'today',
  'tomorrow',
  'dayAfterTomorrow',
  'thisMorning',
  'thisAfternoon',
  'thisEvening',
  'tomorrowMorning',
  'tomorrowAfternoon',
  'tomorrowEvening',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'morning',
  'afternoon',
  'evening',
];
const MIN_TIME_WORD_LENGTH = 4;

/** `text` without numbers and words of days and parts of the day; undefined when it has none, or nothing else. */
function withoutTimes(locale: Locale, text: string): string | undefined {
  const timeWords = oneWordTimesOf(locale, TIME_MEANINGS);
  const words = wordsOf(text);
  const kept = words.filter((w) => !/\d/u.test(w) && !(w.length >= MIN_TIME_WORD_LENGTH && timeWords.has(w)));
  return kept.length === words.length || kept.length === 0 ? undefined : kept.join(' ');
}

/** "ik werk 8 jaar als poetsvrouw, mag ik een cheque?": the question after the story's last comma. */
function questionAfterComma(text: string): string | undefined {
  const trimmed = text.trim();
  const comma = trimmed.lastIndexOf(',');
  if (comma <= 0 || !trimmed.endsWith('?')) return undefined;
  const question = trimmed.slice(comma + 1).trim();
  return wordsOf(question).length >= 2 ? question : undefined;
}

/**
 * The last question of a message's sentences; one of three words or fewer that points back
 * ("Klopt dat?", "Is dat zo?", "C'est vrai ?") with the sentence it points to.
 */
function lastQuestionOf(sentences: readonly string[]): string | undefined {
  const at = sentences.findLastIndex((s) => s.endsWith('?'));
  const question = sentences[at];
  if (question === undefined) return undefined;
  return at > 0 && wordsOf(question).length <= POINTING_BACK_WORDS ? `${sentences[at - 1] ?? ''} ${question}` : question;
}

/** The sentences of a message, each with its closing mark ("Ik werk al lang. Kan ik er een krijgen?"). */
function sentencesOf(text: string): string[] {
  return (
    text
      .match(/[^.!?]+[.!?]*/gu)
      ?.map((s) => s.trim())
      .filter((s) => s !== '') ?? []
  );
}
