import { firstMeetingFreeWhenBooked } from '../src/booking/slots.js';
import { ComponentDialog, DialogReason, type DialogTurnResult, type TurnContext, type WaterfallStepContext } from '../src/bot/sdk.js';
import { addDays, brusselsDate, type IsoDate } from '../src/domain/calendar.js';
import {
  newCheck,
  nextCheckQuestion,
  portfolioYears,
  record,
  verdictOf,
  type Answers,
  type CheckQuestion,
  type CheckResult,
  type EligibilityCheck,
  type HomePlace,
  type Said,
} from '../src/domain/eligibilityAnswers.js';
import type { Translator } from '../src/i18n/i18n.js';
import { LOCALES, type Locale } from '../src/i18n/locale.js';
import {
  afterCorrection,
  clampText,
  containsPhrase,
  contrastClauses,
  isOneOf,
  normalize,
  questionClauses,
  withoutClauses,
  withoutPhrases,
  wordsOf,
} from '../src/understanding/text.js';
import { isTimeAlone } from '../src/understanding/when.js';
import {
  ageNow,
  partTimeFraction,
  saysAge,
  saysPartTimeHours,
  startedAtAge,
  startedAtAgeOf,
  yearsBetweenAges,
  tellsAnotherStretch,
  yearsFrom,
  yearsSaid,
  yearsSinceAnAge,
  withoutAgeOfSomeone,
  withoutStartingAge,
} from '../src/understanding/years.js';
import { findPlaceSaid, livesAt, placeAfterLiving, placeInShortWish, placeInWish } from './booking/parsers.js';
import {
  ask,
  AskPrompt,
  choiceOf,
  chosenForQuestion,
  detailOf,
  keptOf,
  NO,
  typedOf,
  YES,
  type Choice,
  type ParseResult,
  type Question,
  type Text,
} from './shared/ask.js';
import { livesOutsideTheRegions, saysNationality, saysWorkIsHere } from './shared/origin.js';
import { pronounSaid } from './shared/pronoun.js';
import {
  asksAboutAKindOfWork,
  dismissedBefore,
  JOB,
  jobsNotHeld,
  UNDECLARED_WORK,
  UNPAID_WORK,
  WORK_WITHOUT_STATUTE,
  WORK_SAID_IN_A_WISH,
  saysRetiredNow,
  workAnswersNamed,
  worksInPublicService,
} from './shared/workKinds.js';
import {
  announcedOn,
  changeNotice,
  lastDayOfRules,
  describeAnnounced,
  describeConditions,
  describeCost,
  priceInBrief,
  type RulesView,
} from './shared/chequeTerms.js';
import { plainLanguageOf, type DialogDeps } from './shared/deps.js';
import { send } from './shared/send.js';
import { fitsOneTurn } from './shared/turnRoom.js';
import { countAsAsked, namedStepsOf, Steps, type Step } from './shared/steps.js';
import { TalkToPersonDialog } from './talkToPerson.js';
import { contextWithHelper, helperContext, resultMessages, resultViewOf, type ResultView } from './eligibilityResult.js';

type ForWhom = NonNullable<EligibilityCheck['forWhom']>;
type Pronoun = NonNullable<EligibilityCheck['pronoun']>;
const PRONOUNS: readonly Pronoun[] = ['he', 'she'];
/** Who the questions after a check are about, for their wording ("Zal ik een afspraak voor haar maken?"). */
type About = { forWhom?: ForWhom; pronoun?: Pronoun };
/** "ik heb wel werk", "I do have a job": a correction without a word that takes back is this short. */
const CONTRADICTION_WORDS = 6;
/** "nee nooit", "12 jaar": an answer given otherwise right after a verdict, in this many words at most. */
const OTHER_ANSWER_WORDS = 4;
/** "Sint-Martens-Latem", "La Louvière": a place alone is a word or three. */
const MAX_PLACE_ALONE_WORDS = 3;
/** "voor mijn schoonzoon": at most this many words only name whom the check is about. */
const MAX_WORDS_NAMING_SOMEONE = 4;

/** Where one lives as the residence question's answer: the region, with the one place named when there is one. */
type ResidenceAnswer = { choice: string; detail?: unknown };

function residenceAnswer(parsed: ParseResult): ResidenceAnswer | undefined {
  return parsed.ok && 'choice' in parsed
    ? { choice: parsed.choice, ...(parsed.detail !== undefined && { detail: parsed.detail }) }
    : undefined;
}

/**
 * "Kan ik er een krijgen?": asks only what the rules in force need, one short question at a time,
 * and stops as soon as the answers decide. Then it says yes / no / "iemand van VDAB moet het
 * bekijken", every reason, and what to do next; a "yes" offers to book the free first talk first.
 * How each answer becomes engine input is the table in src/domain/eligibilityAnswers.ts; the
 * answers are kept in conversation state for booking and the staff handover.
 */
/** Postcodes of the Brussels-Capital Region (data/README.md). */
const BRUSSELS_POSTCODES = { from: 1000, to: 1299 };

/** First words that make a sentence a question rather than where someone lives (nl, fr, en). */
const QUESTION_WORDS = new Set([
  'wat',
  'hoe',
  'waar',
  'wanneer',
  'waarom',
  'welke',
  'kan',
  'mag',
  'is',
  'quoi',
  'que',
  'comment',
  'combien',
  'ou',
  'quand',
  'pourquoi',
  'est',
  'what',
  'how',
  'where',
  'when',
  'why',
  'can',
  'does',
  'do',
]);

export class CheckEligibilityDialog extends ComponentDialog {
  static readonly id = 'checkEligibility';
  private static readonly stepsId = `${CheckEligibilityDialog.id}.steps`;
  private static readonly nextStepsId = `${CheckEligibilityDialog.id}.next`;
  /** "minder dan", "plus de", "more than": the comparisons of two words or more that withYearsUnit reads, built once. */
  private comparisons: readonly string[] | undefined;

  constructor(private readonly deps: DialogDeps) {
    super(CheckEligibilityDialog.id);
    this.addDialog(
      new AskPrompt(
        deps,
        {
          years: (typed, _context, attempt, kept) => this.parseYears(typed, attempt, kept),
          // "ik heb de bakkerij toegedaan, nu doe ik niks": no work now, whatever work it was.
          work: (typed) => (this.stoppedWorking(typed) ? { ok: true, choice: 'no_job' } : { ok: false }),
          residence: (typed) => this.parseResidence(typed),
          // "ik ben poetsvrouw" at "Voor wie?" tells about oneself: for me. So does a place alone
          // ("Gent", "Bruxelles", "Vlaanderen"): where one lives, said one question early (askResidenceStep keeps it).
          forWhom: (typed) => {
            const said =
              this.forWhomSaid(typed) ??
              (this.homeAlone(typed) ? 'self' : undefined) ??
              this.tellsOfHimOrHer(typed) ??
              this.ownJobAlone(typed);
            return said ? { ok: true, choice: said } : { ok: false };
          },
        },
        {
          answersItself: ['check_eligibility'],
          // "kan ik nu een cheque krijgen of niet?" at one of the questions: what is going on, and the question again.
          ownFlowAgain: 'checkEligibility:checkingNow',
          readers: {
            work: (typed) => this.tellsWork(typed),
            // At "Was dat minder dan … jaar geleden?" and the outplacement question: the work told
            // again, neither a firm no ("nee, ik werk nog") nor what the employer offers.
            workAgain: (typed) => this.tellsWorkAgain(typed),
            years: (typed) => this.tellsYears(typed),
            // At "voor een baas of voor jezelf?": years without the answer ("al heel lang, meer dan 20 jaar");
            // "voor een baas, al 20 jaar" answers, its years kept for their question (keepWhatWasSaid).
            yearsAlone: (typed) => this.tellsYears(typed) && this.workSaid(typed) === undefined,
            // At "Wat doe je nu?": years told with neither work nor a job ("depuis 8 ans"; "ik kuis bij de mensen 12 jaar" names one).
            yearsWithoutWork: (typed) => this.tellsYears(typed) && this.workSaid(typed) === undefined && this.jobSaid(typed) === undefined,
            // Where no work now was said: "I worked as a cleaner", "j'ai perdu mon travail" tell work that was.
            pastWork: (typed) => containsPhrase(typed, this.deps.vocabulary.allLocales('understanding:pastWork')),
            // After the years question: "12 jaar" is the years again, never "3 jaar geleden" (when a cheque was used) nor a yes or no.
            yearsLate: (typed) => this.tellsYearsLate(typed),
            // "sorry, het is maar 5 jaar": years told late that are too few, which decide the "no" at once.
            yearsTooFew: (typed) => this.tellsTooFewYears(typed),
            // At "Waar woon je?" only with a word of work: "ik woon hier al 15 jaar" are no years of work.
            // "I live in Maastricht and I work there too": a home abroad is the answer, never work kept for later.
            workOrYears: (typed) => !this.namesAPlace(typed) && !this.livesAbroadSaid(typed) && this.tellsWork(typed),
            // "mijn man", "voor mijn dochter" at "Waar woont die persoon?": whom the check is for, he or she.
            'someoneNamed.he': (typed) => this.namesSomeoneOnly(typed) === 'he',
            'someoneNamed.she': (typed) => this.namesSomeoneOnly(typed) === 'she',
            // "ik woon hier al 15 jaar" says how long, not when one can come.
            whenFree: (typed) => !this.namesAPlace(typed) && !this.tellsYears(typed) && this.tellsWhenFree(typed),
          },
        },
      ),
    );
    this.addDialog(new TalkToPersonDialog(deps));
    // One step per question, so "terug" re-asks the previous one (dialogs/shared/steps.ts). Each
    // step records the answer it receives, then asks its own question only when it is needed.
    // Named: a conversation waiting at a question when a step is added goes on by name.
    this.addDialog(
      new Steps(
        CheckEligibilityDialog.stepsId,
        namedStepsOf<CheckEligibilityOptions>(this, {
          forWhom: this.askForWhomStep,
          residence: this.askResidenceStep,
          whereElse: this.askWhereElseStep,
          work: this.askWorkStep,
          workDetail: this.askWorkDetailStep,
          noJobDetail: this.askNoJobDetailStep,
          years: this.askYearsStep,
          confirmYears: this.confirmYearsStep,
          chequeUsed: this.askChequeUsedStep,
          chequeWhen: this.askChequeWhenStep,
          outplacement: this.askOutplacementStep,
          showResult: this.showResultStep,
        }),
      ),
    );
    this.addDialog(
      new Steps(
        CheckEligibilityDialog.nextStepsId,
        namedStepsOf<About>(this, { askWhatNext: this.askWhatNextStep, doNext: this.doNextStep }),
      ),
    );
    this.initialDialogId = CheckEligibilityDialog.stepsId;
  }

  /**
   * Starts a new check on today's Brussels date; asks whether it is for the user or someone else,
   * unless the message that started it said so ("kan mijn man er een krijgen?").
   */
  private async askForWhomStep(step: Step<CheckEligibilityOptions>): Promise<DialogTurnResult> {
    const check = newCheck(brusselsDate(this.deps.clock.now()));
    await this.save(step.context, check);
    // No rules on this date: no answer can help.
    if (nextCheckQuestion(check, this.deps.rules) === null) return this.finish(step, check);
    if (!once(step, 'priceAnswered')) {
      this.keepPriceAsked(step);
      this.keepNotesTold(step);
    }
    const t = this.t(step.context);
    // Under announced rules (the loopbaankrediet) say what is coming; the one question that can be
    // asked follows. Said once: "terug" to this question does not repeat it.
    // Said before the first question, not before a verdict the first message decided alone
    // ("ik ben werkloos en woon in 9000": the no comes at once, in one short turn).
    if (!once(step, 'introduced')) {
      const announced = announcedOn(this.deps.rules, check.date) ? describeAnnounced(this.view(step.context, check.date)) : [];
      // "Wat zijn de voorwaarden?" hears them first; the questions then tell whether they are met.
      const conditions = this.asksConditions(step.options.wish) ? describeConditions(this.view(step.context, check.date)) : undefined;
      (step.values as { intro?: string[] }).intro = announced[0]
        ? [announced[0], t('checkEligibility:introAnnounced')]
        : [...(conditions ? [conditions] : []), t('checkEligibility:intro')];
    }
    // The check again after a correction: "Goed, ik pas dat aan." in place of the introduction, before
    // the first question it asks or with the verdict (withPrice).
    const { redo } = step.options;
    if (redo && !once(step, 'correctionSaid')) {
      delete (step.values as { intro?: string[] }).intro;
      (step.values as { corrected?: string }).corrected = t('checkEligibility:corrected');
    }
    // Only the first time: "terug" to this question asks it.
    const said = once(step, 'passedOn') ? undefined : (redo?.forWhom ?? this.forWhomSaid(step.options.wish));
    if (said) {
      countAsAsked(step);
      return step.next({ choice: said });
    }
    return this.asking(step, {
      text: { key: 'checkEligibility:forWhom.question' },
      simpler: { key: 'checkEligibility:forWhom.simpler' },
      why: [{ key: 'checkEligibility:why.forWhom' }],
      choices: [
        { id: 'self', label: 'checkEligibility:forWhom.self' },
        { id: 'other', label: 'checkEligibility:forWhom.other' },
      ],
      // "hij", "elle", "he" as the whole reply: someone else, whom the questions then call so.
      also: [{ id: 'other', label: 'checkEligibility:forWhom.other', synonyms: 'otherPronoun', wholeOnly: true }],
      // "ja", "nee", "iets anders" answer nothing here: what is asked, said again with the buttons.
      notAnswers: [SOMETHING_ELSE, YES_WORDS, NO_WORDS],
      notAnswersRetry: { key: 'checkEligibility:forWhom.which' },
      notAnswersAreNoMiss: true,
      open: 'forWhom',
      // "je suis femme de ménage" is one's own job, never "ma femme" the buttons' words come close to.
      openFirst: true,
    });
  }

  /**
   * "… kan ik die cheque krijgen en hoeveel moe k betalen?": the price asked beside the check is
   * kept to be said in the first message of the check (before the introduction, or after a
   * verdict that comes at once), so the turn has no message more (withPrice).
   */
  private keepPriceAsked(step: Step<CheckEligibilityOptions>): void {
    if (this.saysThePriceAsked(step.options.wish)) (step.values as { price?: string }).price = this.priceInBrief(step.context);
  }

  /**
   * "ik ben 24, kan ik een cheque krijgen?", "ik kom uit Syrië en werk als poetsvrouw": an age or an
   * origin told, where the rules have conditions, hears first that it is none of them (said before
   * the first question only, as the price is; a verdict says why on its own).
   */
  private keepNotesTold(step: Step<CheckEligibilityOptions>): void {
    const { wish } = step.options;
    if (wish === undefined || !this.deps.rules.regimeOn(brusselsDate(this.deps.clock.now()))?.conditions) return;
    const t = this.t(step.context);
    const notes = [
      ...(this.toldAge(step.context, wish) ? [t('sideQuestions:age')] : []),
      ...(saysNationality(this.deps.vocabulary, wish) ? [t('sideQuestions:nationality')] : []),
    ];
    if (notes.length > 0) (step.values as { notes?: string }).notes = notes.join(' ');
  }

  /**
   * True when one clause of `wish` tells an age ("ik ben 24", "j'ai 50 ans"), never years of work, nor
   * an age the years of work are counted from ("ik ben 25 en werk sinds mijn 18de").
   */
  private toldAge(context: TurnContext, wish: string): boolean {
    if (yearsSinceAnAge(wish) !== undefined) return false;
    const joins = this.deps.vocabulary.questionJoins(this.deps.language.locale(context));
    return questionClauses(wish, joins).some((clause) => saysAge(clause));
  }

  /** True when the check, started with `wish`, says the price it asks beside the check ("… en hoeveel kost het?"). */
  saysThePriceAsked(wish: string | undefined): boolean {
    const { vocabulary } = this.deps;
    const asks = [...vocabulary.costQuestions, ...vocabulary.allLocales('understanding:costQuestionsSpoken')];
    return wish !== undefined && containsPhrase(wish, asks);
  }

  /**
   * `texts` with the price kept by keepPriceAsked, once: before the first text (`start`) or after the
   * last (`end`); the notes kept by keepNotesTold ("Je leeftijd is geen voorwaarde.") only before a question.
   */
  private withPrice(step: WaterfallStepContext, texts: string[], at: 'start' | 'end'): string[] {
    const values = step.values as { price?: string; notes?: string; corrected?: string };
    // "Goed, ik pas dat aan." after a correction (CheckRedo): first, in the first message, so the turn has no message more.
    const { corrected } = values;
    delete values.corrected;
    if (corrected && texts.length > 0) return this.withPrice(step, [`${corrected}\n${texts[0] ?? ''}`, ...texts.slice(1)], at);
    if (corrected) return this.withPrice(step, [corrected], at);
    const { notes, price } = values;
    delete values.notes;
    delete values.price;
    const lead = at === 'start' ? [notes, price].filter((text) => text !== undefined).join(' ') : price;
    if (!lead || texts.length === 0) return texts;
    return at === 'start' ? [`${lead}\n${texts[0] ?? ''}`, ...texts.slice(1)] : [...texts.slice(0, -1), `${texts.at(-1) ?? ''}\n${lead}`];
  }

  /**
   * What one pays, in one short message beside the check's question or verdict (a turn stays under
   * 70 words): the first meeting is free where the rules say so, then the price of the day, or that
   * it is not known yet with where to check. Under announced rules, what "wat kost het?" says.
   */
  private priceInBrief(context: TurnContext): string {
    const date = brusselsDate(this.deps.clock.now());
    const view = this.view(context, date);
    if (announcedOn(this.deps.rules, date) || !this.deps.rules.termsOn(date)?.confirmed) return describeCost(view).join(' ');
    return priceInBrief(view);
  }

  /** True when the wish asks what the conditions are ("wat zijn de voorwaarden?", "critères ?", "requirements"). */
  private asksConditions(wish: string | undefined): boolean {
    return wish !== undefined && containsPhrase(wish, this.deps.vocabulary.conditionWords);
  }

  /**
   * The check with "hij" or "zij" from an answer typed for someone else not named before ("zij werkt
   * als poetsvrouw"), or from what was told before it at the same question (`kept`: "mijn man").
   */
  private withPronounTyped(context: TurnContext, check: EligibilityCheck, kept?: string): EligibilityCheck {
    if (check.forWhom !== 'other' || check.pronoun || context.activity.type !== 'message') return check;
    const pronoun = pronounSaid(this.deps.vocabulary, clampText(`${kept ?? ''} ${context.activity.text ?? ''}`));
    return pronoun ? { ...check, pronoun } : check;
  }

  /** "mijn man", "voor mijn dochter", "ma femme": in a few words only whom the check is about: he or she. */
  private namesSomeoneOnly(typed: string): 'he' | 'she' | undefined {
    // "mijn moeder, zij is 60": the age beside whom it is for is no condition, and no more words.
    const withoutAge = withoutAgeOfSomeone(typed);
    if (typed.includes('?') || wordsOf(withoutAge).length > MAX_WORDS_NAMING_SOMEONE) return undefined;
    if (this.namesAPlace(typed) || this.tellsWork(typed)) return undefined;
    return pronounSaid(this.deps.vocabulary, typed);
  }

  /**
   * Whom the wish that started the check is about, when it says so. "Kan mijn man er een
   * krijgen?", "can my husband get one?": it names someone else (the answers of "Voor iemand
   * anders") and no word for oneself ("ik", "moi", "I"), so "mijn vriend zegt dat ik er een kan
   * krijgen" is not taken for someone else. "Ik werk deeltijds in een winkel, kan ik er een
   * krijgen?": it tells about oneself ("ik werk", "je suis", "my job", or "ik" with the work one
   * does or lacks: "ik heb geen werk") and names nobody else. The
   * menu button alone ("Kan ik er een krijgen?") says neither, so the question is asked.
   */
  private forWhomSaid(wish: string | undefined): ForWhom | undefined {
    if (!wish) return undefined;
    const { vocabulary } = this.deps;
    const others = containsPhrase(wish, vocabulary.choice('other', 'checkEligibility:forWhom.other').phrases);
    // "ik vraag het voor mijn zoon", "je demande pour mon fils": for him, whoever asks.
    if (others && containsPhrase(wish, vocabulary.allLocales('understanding:askingFor'))) return 'other';
    // "… hij woont bij mij": where he lives, not the speaker's own check.
    if (others) return containsPhrase(this.withoutTheSpeakersHome(wish), vocabulary.firstPerson) ? undefined : 'other';
    if (containsPhrase(wish, vocabulary.aboutMyself)) return 'self';
    // "voor mezelf", "for myself", "pour moi" said at the menu (the check started by it, or tapped after it): the answer, said early.
    if (this.saysForMyself(wish)) return 'self';
    // "Ik heb geen werk", "ik kuis bij de mensen": one's own work, in words of one's own. So are
    // one's years of work ("ik heb maar 5 jaar gewerkt, kan ik toch …?") and a change one wishes
    // ("ik wil van job veranderen, kan ik …?").
    const work = this.workSaid(wish) ?? this.jobSaid(wish);
    const years = work === undefined && containsPhrase(wish, vocabulary.workWords) && yearsSaid(wish, this.deps.clock.now()) !== undefined;
    const change = containsPhrase(wish, vocabulary.allLocales('understanding:careerMove'));
    return (work !== undefined || years || change) && containsPhrase(wish, vocabulary.firstPerson) ? 'self' : undefined;
  }

  /**
   * True when the wish is the answer "Voor mezelf" ("mezelf", "pour moi", "for me") or holds it in
   * words of more than one ("het is voor mezelf", "it's for me"); a single word such as "ik" or
   * "mij" inside a sentence says nothing of whom the check is for.
   */
  private saysForMyself(wish: string): boolean {
    const self = this.deps.vocabulary.choice('self', 'checkEligibility:forWhom.self').phrases;
    return (
      isOneOf(wish, self) ||
      containsPhrase(
        wish,
        self.filter((phrase) => wordsOf(phrase).length > 1),
      )
    );
  }

  /**
   * "hij woont in Aalst", "zij werkt in de zorg", "she works as a cleaner" at "Voor wie?": a story
   * about him or her, opened with "hij", "zij", "il", "she", and nothing of oneself in it: for
   * someone else (the questions then say "hij", "zij"; what it tells is kept for them). "Ze woont
   * bij mij in Aalst" tells of her too: "bij mij" is where she lives, not the speaker's own check.
   */
  private tellsOfHimOrHer(typed: string): ForWhom | undefined {
    const { vocabulary } = this.deps;
    const first = wordsOf(typed)[0] ?? '';
    const pronouns = [...vocabulary.allLocales('understanding:pronouns.he'), ...vocabulary.allLocales('understanding:pronouns.she')];
    if (wordsOf(typed).length < 2 || !pronouns.some((p) => normalize(p) === first)) return undefined;
    const rest = this.withoutTheSpeakersHome(typed);
    return containsPhrase(rest, vocabulary.aboutMyself) || containsPhrase(rest, vocabulary.firstPerson) ? undefined : 'other';
  }

  /**
   * "femme de ménage", "poetsvrouw", "cleaning lady" alone at "Voor wie?": a job, said one question
   * early, like a place alone: one's own. Not when someone else is named beside the job's own
   * words ("femme" in "femme de ménage" is nobody's wife; "ma femme est femme de ménage" is hers).
   */
  private ownJobAlone(typed: string): ForWhom | undefined {
    const { vocabulary } = this.deps;
    if (typed.includes('?') || this.jobSaid(typed) === undefined) return undefined;
    const job = this.jobPhrases();
    const rest = withoutPhrases(typed, job);
    const someone = [
      ...vocabulary.choice('other', 'checkEligibility:forWhom.other').phrases,
      ...vocabulary.allLocales('understanding:relations.he'),
      ...vocabulary.allLocales('understanding:relations.she'),
      ...vocabulary.allLocales('understanding:pronouns.he'),
      ...vocabulary.allLocales('understanding:pronouns.she'),
    ];
    return containsPhrase(rest, someone) ? undefined : 'self';
  }

  /** `text` without "bij mij", "chez nous", "with me": the speaker named as where someone lives, no word of the speaker's own check. */
  private withoutTheSpeakersHome(text: string): string {
    return withoutPhrases(text, this.deps.vocabulary.allLocales('understanding:withTheSpeaker'));
  }

  /**
   * A sentence typed as an answer may answer later questions too ("I'm an employee, full time" at
   * "Voor wie kijk je dit na?", "ik woon in Gent en ben bediende" at "Waar woon je?"): it joins the
   * wish, which the next questions read before they ask. A tap or a word or two says nothing more.
   */
  private keepWhatWasSaid(step: Step<CheckEligibilityOptions>): void {
    const { vocabulary } = this.deps;
    const typedNow = typedIn(step);
    // Told at a question before this answer ("ik werk al 3 jaar" at "Waar woon je?"): read with it.
    const told = keptOf(step.result);
    if (told !== undefined) step.options.told = step.options.told ? `${step.options.told}. ${told}` : told;
    const message = told !== undefined ? `${told}. ${typedNow}` : typedNow;
    // The first wish or any answer typed since: kept as a flag, as the clauses about work leave the wish.
    if (containsPhrase(`${step.options.wish ?? ''} ${message}`, vocabulary.foreignEmployerWords)) step.options.foreignEmployer = true;
    if (this.saysPartTime(`${step.options.wish ?? ''} ${message}`)) step.options.partTime = true;
    // How much part-time ("4/5", "halftijds", "20 uur per week"): the smallest part said so far.
    const part = partTimeFraction(`${step.options.wish ?? ''} ${message}`);
    if (part !== undefined) step.options.partTimeFraction = Math.min(part, step.options.partTimeFraction ?? 1);
    // Where one works ("maar ik werk in Nederland") says where, not what work: left out. Without a
    // place ("ik werk als poetsvrouw") it says what work, and is kept.
    const typed = this.namesAPlace(typedNow) ? withoutClauses(typedNow, vocabulary.workPlace, this.workPlaceEnds()) : typedNow;
    const { wish } = step.options;
    // A tapped "Bedoel je …?" button ("Kan ik er een krijgen?" after "ik woon antwerpen") is no
    // answer typed: the words it was guessed from are the wish, and stay it.
    if (chosenForQuestion(step.context) !== undefined) return;
    // A job alone ("poetsvrouw", "cleaning lady") is kept too: "Wat doe je nu?" is then not asked.
    if ((wordsOf(typed).length < 3 && this.jobSaid(typed) === undefined) || wish?.includes(typed)) return;
    // A wish of a word or two is a button ("2", "Kan ik er een krijgen?"): it says nothing to keep.
    step.options.wish = wish && wordsOf(wish).length > 3 ? `${wish}. ${typed}` : typed;
  }

  /**
   * What the first message told that decides at once, taken as the answers: a cheque used before
   * ("ik heb al eens een cheque gehad in 2015") and outplacement offered ("ze bieden mij outplacement
   * aan"). Under "never used" rules either is a "no" (domain 1b, C7), said as soon as the rules
   * allow instead of after every other question; else they are still asked for or passed on later.
   * Not in the check again after a correction: it has every answer, each taken in its own step, so
   * the check keeps them all for the next correction ("sorry, ik heb wel al een cheque gehad").
   */
  private withFirstMessageFacts(step: Step<CheckEligibilityOptions>, check: EligibilityCheck): EligibilityCheck {
    if (once(step, 'factsPassedOn') || step.options.redo) return check;
    const { wish } = step.options;
    const used = this.usedSaid(wish) ? record(check, 'chequeUsed', 'yes', this.deps.rules) : check;
    return this.outplacementOffered(wish) ? record(used, 'outplacement', 'yes', this.deps.rules) : used;
  }

  /**
   * The clauses of `text` that state something: split at punctuation, "maar", "en", "ma"; none that
   * denies ("nog nooit", "geen") or asks ("krijg ik outplacement?", "heb ik al een cheque gehad?").
   */
  private statements(text: string): string[] {
    const { vocabulary } = this.deps;
    const list = (key: string) => vocabulary.allLocales(`understanding:saidInAWish.${key}`).map(normalize);
    const breaks = new Set([...vocabulary.clauseEnds, ...list('breaks')]);
    const questionStarts = new Set([...QUESTION_WORDS, ...list('questionStarts')]);
    return contrastClauses(text)
      .flatMap((clause) =>
        wordsOf(clause).reduce<string[][]>(
          (parts, word) => (breaks.has(word) ? [...parts, []] : [...parts.slice(0, -1), [...(parts.at(-1) ?? []), word]]),
          [[]],
        ),
      )
      .filter((words) => words.length > 0 && !questionStarts.has(words[0] ?? '') && !words.some((w) => vocabulary.negations.has(w)))
      .map((words) => words.join(' '));
  }

  /**
   * True when a clause says outplacement is offered or followed ("ze bieden mij outplacement aan",
   * "I was offered outplacement", "on me propose un outplacement"). At the outplacement question
   * itself (`asked`) the word may be left out ("ze bieden het aan ma ik twijfel").
   */
  private outplacementOffered(text: string | undefined, asked = false): boolean {
    if (!text) return false;
    const { vocabulary } = this.deps;
    const words = vocabulary.allLocales('understanding:saidInAWish.outplacement');
    const offered = vocabulary.allLocales('understanding:saidInAWish.offered');
    return this.statements(text).some((c) => (asked || containsPhrase(c, words)) && containsPhrase(c, offered));
  }

  /** True when a clause names the cheque as had or used before ("ik heb al eens een cheque gehad in 2015"). */
  private usedSaid(wish: string | undefined): boolean {
    if (!wish) return false;
    const { vocabulary } = this.deps;
    const used = vocabulary.allLocales('understanding:saidInAWish.chequeUsed');
    return this.statements(wish).some((c) => containsPhrase(c, vocabulary.chequeWords) && containsPhrase(c, used));
  }

  /** Where the person lives: Vlaanderen, Brussel, or somewhere else. */
  private async askResidenceStep(step: Step<CheckEligibilityOptions>): Promise<DialogTurnResult> {
    this.keepWhatWasSaid(step);
    const forWhom = choiceOf<ForWhom>(step.result);
    const message = typedIn(step);
    // "Voor mijn vrouw", "kan mijn man er een krijgen?": the questions then say "zij", "hij".
    const pronoun =
      forWhom === 'other'
        ? (step.options.redo?.pronoun ?? pronounSaid(this.deps.vocabulary, message) ?? pronounSaid(this.deps.vocabulary, step.options.wish))
        : undefined;
    const fresh = { ...newCheck((await this.load(step.context)).date), ...(forWhom && { forWhom }), ...(pronoun && { pronoun }) };
    const check = this.withFirstMessageFacts(step, fresh);
    await this.save(step.context, check);
    // "Ik woon in Gent en werk al 10 jaar …": the place said with the wish is not asked again;
    // nor is "Gent" typed at "Voor wie?" in this turn.
    const typed = forWhom === 'self' ? this.homeAlone(message) : undefined;
    const said = once(step, 'residencePassedOn')
      ? undefined
      : (this.residenceSaid(step.options.wish) ?? typed ?? this.residenceRedone(step.options.redo));
    return this.askIfNeeded(step, check, 'residence', () =>
      said
        ? step.next(said)
        : this.asking(step, {
            text: text('checkEligibility:residence.question', check),
            simpler: text('checkEligibility:residence.simpler', check),
            why: this.why(check, 'residence'),
            choices: [answer('flanders'), answer('brussels'), answer('elsewhere')],
            // "iemand anders" is no "Ergens anders": it answers the question before, which is said.
            notAnswers: [WHOM_ANSWERS, OTHER_PERSON_ANSWERS],
            notAnswersRetry: { key: 'checkEligibility:residence.whomKnown' },
            notAnswersAskAgain: true,
            also: [answer('wallonia'), answer('abroad'), UNKNOWN],
            // "ik weet niet": what is asked, said plainly, once; a second time a person looks at it
            // (was the "unclear" verdict and a person at once, the check lost).
            unsureOnce: { answer: UNKNOWN.id, say: text('checkEligibility:residence.simpler', check) },
            aside: { about: 'workPlace', retry: text('checkEligibility:residence.workIsNotHome', check) },
            // "ik werk al 3 jaar": kept for the questions after; "alleen school tijd": the hour is chosen when booking.
            tells: [
              { reader: 'workOrYears', say: { key: 'checkEligibility:told.keptForLater' } },
              { reader: 'whenFree', say: { key: 'checkEligibility:told.timeLater' } },
              // For someone else not yet named: "mijn man" says who, kept ("Waar woont hij?" from then on).
              ...(check.forWhom === 'other' && !check.pronoun
                ? PRONOUNS.map((pronoun) => ({
                    reader: `someoneNamed.${pronoun}`,
                    say: { key: 'checkEligibility:told.keptForLater' },
                    again: text('checkEligibility:residence.question', { ...check, pronoun }),
                  }))
                : []),
            ],
            open: 'residence',
          }),
    );
  }

  /** "Ergens anders": Wallonië, the rest of the world, or not sure. */
  private async askWhereElseStep(step: Step<object>): Promise<DialogTurnResult> {
    if (choiceOf(step.result) !== 'elsewhere') return step.next(this.withTownTyped(step));
    const check = await this.load(step.context);
    return this.asking(step, {
      text: text('checkEligibility:residence.elsewhere', check),
      why: this.why(check, 'residence'),
      choices: [answer('wallonia'), answer('abroad'), UNKNOWN],
      also: [answer('flanders'), answer('brussels')],
      open: 'residence',
    });
  }

  /**
   * "antwerpen", "2060 antwerpen" at "Waar woon je?": its words also name the region (Flanders has
   * "provincie antwerpen"), so the answer came without the town. The town typed is kept, so the
   * booking offers centres near it; a region's own words ("provincie antwerpen", "brussel") name none.
   */
  private withTownTyped(step: WaterfallStepContext): unknown {
    const chosen = choiceOf(step.result);
    if (detailOf(step.result) !== undefined || (chosen !== 'flanders' && chosen !== 'brussels')) return step.result;
    if (step.context.activity.type !== 'message') return step.result;
    const typed = clampText(step.context.activity.text ?? '');
    const regionWords = this.deps.vocabulary.choice(chosen, `checkEligibility:answers.${chosen}`).phrases;
    if (containsPhrase(typed, regionWords)) return step.result;
    const parsed = this.parseResidence(typed);
    // What was told before and kept for a later question ("Werknemer" at "Waar woon je?") goes on with it.
    return parsed.ok && 'choice' in parsed && parsed.choice === chosen && parsed.detail !== undefined
      ? { ...(step.result as object), choice: chosen, detail: parsed.detail }
      : step.result;
  }

  /** Records the residence; asks what the person does now, unless the wish said it ("ik ben werkloos, kan ik …"). */
  private async askWorkStep(step: Step<CheckEligibilityOptions>): Promise<DialogTurnResult> {
    this.keepWhatWasSaid(step);
    const check = await this.recorded(step, 'residence');
    // "Would a self-employed person qualify?" asks about others: whatever work this person does is asked.
    const { wish } = step.options;
    const aboutOthers =
      wish !== undefined && asksAboutAKindOfWork(this.deps.vocabulary, wish, () => this.deps.language.locale(step.context));
    const said = once(step, 'workPassedOn')
      ? undefined
      : (step.options.redo?.work ??
        (aboutOthers ? undefined : (this.workSaid(wish) ?? this.jobSaid(wish))) ??
        this.workTold(step.options.told));
    return this.askIfNeeded(step, check, 'work', () =>
      said
        ? step.next({ choice: said })
        : this.asking(step, {
            text: text('checkEligibility:work.question', check),
            simpler: text('checkEligibility:work.simpler', check),
            why: this.why(check, 'work'),
            choices: [answer('employee'), answer('self_employed'), answer('noJob', 'no_job')],
            more: MORE,
            also: [
              ...WORK_DETAIL,
              OFFICIAL,
              PUBLIC_SERVICE,
              CONTRACTUAL,
              ...NO_JOB,
              answer('not_working'),
              HOME_WITH_CHILDREN,
              CARING,
              SICK,
              ...UNCLEAR_WORK,
              // "ik werk in het zwart": the answer "Ik weet het niet", never the employee "ik werk" says.
              { ...UNKNOWN, synonyms: 'undeclared', precise: true },
              // "ik ben vrijwilliger", "au pair": no contract and no statute either.
              { ...UNKNOWN, synonyms: 'unpaid', precise: true },
              JOB,
              BOSS_AND_SELF,
            ],
            aboutOneself: ['employee', 'self_employed'],
            // "ik werk maar zoek ander werk": the work one seeks is no answer ("zoek … werk" read as a jobseeker's "no").
            aside: { about: 'anotherJob', retry: text('checkEligibility:work.anotherJob', check) },
            // "ik weet het niet": first the answers in plain words and the question again; a person only if still unsure.
            unsureOnce: {
              answer: UNKNOWN.id,
              say: text('checkEligibility:work.unsure', check),
              // "Tijdelijk werkloos", work "in het zwart" are no doubt: the sources leave them unclear, so a person looks at once.
              except: [TEMPORARY_UNEMPLOYMENT, ...WORK_WITHOUT_STATUTE],
            },
            // Stopped working ("zaak gesloten") is read before the words of the work it was.
            open: 'work',
            openFirst: true,
            // "Voor mezelf" answers the question before; "ik ga binnenkort op pensioen" says one still
            // works (retired would be a "no"): both are asked which work it is.
            notAnswers: [WHOM_ANSWERS, RETIRING_SOON],
            notAnswersRetry: text('checkEligibility:work.stillWorking', check),
            // "depuis 8 ans", "al 12 jaar": the years, kept for their question; this one again.
            tells: [{ reader: 'yearsWithoutWork', say: { key: 'checkEligibility:told.keptForLater' } }],
          }),
    );
  }

  /**
   * "nee wacht, ik werk wel", "sorry, ik heb wel werk", "wait, I do have a job" typed right after
   * the verdict of `check`: the answers to run the check again with, the corrected one in place of
   * the one given, the other answers kept. Only a message that takes back (a correction word
   * first, or "wel", "actually") and tells the work, where one lives, the years ("wacht, het is 10
   * jaar") or a cheque used before ("nee wacht, nooit gebruikt") otherwise than answered.
   * `unchanged` when it tells them only as answered ("sorry, het is 15 jaar" after "12 jaar": the
   * same side of the minimum); undefined for anything else.
   */
  correctionAfterVerdict(
    check: EligibilityCheck,
    typed: string,
    { announced = false }: { announced?: boolean } = {},
  ): { redo: CheckRedo; said: string } | { unchanged: true } | undefined {
    if (!check.result || !check.forWhom) return undefined;
    const { vocabulary } = this.deps;
    // "dat klopt niet, ik heb 8 jaar gewerkt", "c'est pas vrai, j'ai 9 ans": a verdict disputed takes it back too.
    const corrected = afterCorrection(typed, [
      ...vocabulary.corrections,
      ...vocabulary.allLocales('understanding:takeBack'),
      ...this.disputes(),
    ]);
    // "ik werk wel", "I do have a job": saying the other answer is a correction too, never a question ("werk ik wel genoeg?").
    // Only a short reply: a longer one may want something else ("ik werk eigenlijk als poetsvrouw en wil een afspraak").
    // "maar ik heb 10 jaar gewerkt": a push back contradicts too; years told may take a few words more.
    const pushedBack = vocabulary.pushedBack(typed) ?? typed;
    const contradicts =
      (wordsOf(pushedBack).length <= CONTRADICTION_WORDS || this.tellsYearsLate(pushedBack)) &&
      (pushedBack !== typed || containsPhrase(typed, vocabulary.allLocales('understanding:contradicts'))) &&
      !vocabulary.asks(typed);
    // After "nee wacht" alone (announced, correctionAnnounced): the next reply is what changed ("ik woon in Brussel").
    // "avant j'ai travaillé 4 ans chez Delhaize": a stretch of work more, added to the years typed (withStretchBefore).
    const anotherStretch =
      (check.said.years ?? check.unused?.years)?.typed !== undefined && tellsAnotherStretch(typed) && this.tellsYearsLate(typed);
    // "nee nooit" right after a "no" for a cheque used before, "12 jaar" after one for too few years:
    // that answer given otherwise (were "Tot ziens!" and the check from the start).
    const otherwise = corrected === typed && !contradicts && !announced && this.answersOtherwise(check, typed);
    let said = corrected !== typed ? corrected : contradicts || announced || anotherStretch || otherwise ? typed : '';
    if (said.trim() === '') return undefined;
    // Those the verdict came without, given before an earlier correction, count too.
    const given = { ...check.unused, ...check.said };
    // "nee wacht, ik bedoel 8 jaar, ik was vergeten dat ik ook 3 jaar zelfstandig was": the years in the
    // clause that corrects, what follows explains them (was "zelfstandig" read as the work now, and a "no").
    const lead = said.split(CLAUSE_BREAK)[0] ?? said;
    const yearsFirst = lead !== said && given.years ? this.yearsCorrected(check, lead) : undefined;
    if (yearsFirst) said = lead;
    // Only answers given can be corrected: "het is 10 jaar" after a jobseeker's "no" changes nothing.
    const years = given.years && (yearsFirst ?? this.yearsCorrected(check, said));
    // Part-time years counted pro rata (20 jaar halftijds: 10) may change sides of the minimum with the same range.
    const yearsNow = years && given.years && this.yearsAnswer(check, years.range, years.typed, said);
    const newYears = yearsNow && given.years && !sameYears(yearsNow, given.years) ? yearsNow : undefined;
    const used = given.chequeUsed && this.chequeUsedCorrected(said);
    const newUsed = used !== undefined && used !== given.chequeUsed?.answer ? used : undefined;
    const offered = given.outplacement && this.outplacementCorrected(said);
    const newOutplacement = offered !== undefined && offered !== given.outplacement ? offered : undefined;
    // "ik heb wel werk": work, for a boss or for oneself is asked; "ik heb toch 10 jaar gewerkt" tells the years, not the work.
    const working = years === undefined && this.tellsWork(said) ? JOB.id : undefined;
    const work = this.workSaid(said) ?? this.jobSaid(said) ?? working;
    const residence = this.residenceSaid(said);
    const newWork = work !== undefined && work !== check.said.work ? work : undefined;
    const newResidence = residence !== undefined && residence.choice !== check.said.residence ? residence : undefined;
    const changed = [newWork, newResidence, newYears, newUsed, newOutplacement];
    if (changed.every((answer) => answer === undefined)) {
      const told = [work, residence, yearsNow, used, offered].some((answer) => answer !== undefined);
      return told ? { unchanged: true } : undefined;
    }
    const home = newResidence ? detailOf<HomePlace>(newResidence) : check.home;
    const place = newResidence?.choice ?? check.said.residence;
    const job = newWork ?? check.said.work;
    const redo: CheckRedo = {
      forWhom: check.forWhom,
      ...(check.pronoun && { pronoun: check.pronoun }),
      ...(place !== undefined && { residence: place }),
      ...(home && { home }),
      ...(job !== undefined && { work: job }),
      ...(given.years && { years: newYears ?? given.years }),
      ...(given.chequeUsed && { chequeUsed: newUsed ? { answer: newUsed } : given.chequeUsed }),
      ...(given.outplacement && { outplacement: newOutplacement ?? given.outplacement }),
    };
    return { redo, said };
  }

  /**
   * "ik woon in Brussel", "sorry, ik woon eigenlijk in Luik" typed at a question of the check that
   * comes after where one lives, before its verdict: the check again with that place, the other
   * answers given kept (a home in Wallonia ends it). `unchanged` when it says where one lives as
   * answered ("ik woon in Antwerpen" after "Vlaanderen"); undefined for anything else. Only with a
   * word of living: a place alone ("Luik") may answer something else, and a question asks.
   */
  residenceToldDuringCheck(check: EligibilityCheck, typed: string): { redo: CheckRedo; said: string } | { unchanged: true } | undefined {
    const { said: given, forWhom } = check;
    if (check.result || !forWhom || given.residence === undefined) return undefined;
    const { vocabulary } = this.deps;
    if (typed.includes('?') || vocabulary.asks(typed)) return undefined;
    const said = afterCorrection(typed, [...vocabulary.corrections, ...vocabulary.allLocales('understanding:takeBack')]);
    // Of the one the check is for: "mijn vrouw woont in Brussel" is not where I live, nor "ik woon …" where he does.
    const aboutAnother = pronounSaid(vocabulary, said) !== undefined;
    if (forWhom === 'self' ? aboutAnother : !aboutAnother && containsPhrase(said, vocabulary.firstPerson)) return undefined;
    const residence = this.livingSaid(said);
    if (!residence) return undefined;
    // As answered, it only says so when it says nothing else: "ik woon in Nederland maar werk in
    // Antwerpen" at "Wat doe je nu?" answers that question.
    if (residence.choice === given.residence) return this.saysOnlyWhereOneLives(said) ? { unchanged: true } : undefined;
    // A new place without a town names no home: the one of the old place goes.
    return { redo: this.redoWith(check, forWhom, { residence: residence.choice, home: detailOf<HomePlace>(residence) }), said };
  }

  /**
   * "nee wacht, ik ben eigenlijk werkloos", "sorry, actually I am unemployed" typed at a question of
   * the check after "Wat doe je nu?" was answered otherwise: the check again with that work, the
   * other answers given kept. Only with a word that takes back (a correction), and only a work the
   * answers name; never a question. Undefined for anything else.
   */
  workCorrectedDuringCheck(check: EligibilityCheck, typed: string): { redo: CheckRedo; said: string } | undefined {
    const { said: given, forWhom } = check;
    if (check.result || !forWhom || given.work === undefined || typed.includes('?')) return undefined;
    const { vocabulary } = this.deps;
    const corrected = afterCorrection(typed, [...vocabulary.corrections, ...vocabulary.allLocales('understanding:takeBack')]);
    // "ik ben werkloos eigenlijk", "j'ai été licencié hier en fait": "actually" anywhere takes back too.
    const actually = vocabulary.allLocales('understanding:actually');
    const said = corrected === typed && containsPhrase(typed, actually) ? withoutPhrases(typed, actually) : corrected;
    if (said === typed) return undefined;
    const work = this.workSaid(said);
    if (work !== undefined && work !== given.work) return { redo: this.redoWith(check, forWhom, { work }), said };
    // Dismissed after all ("ik ben ontslagen eigenlijk"), where work was answered: what one does now
    // is asked again, with a word on outplacement (was "Nu nog deze vraag", and a yes).
    const working = given.work === 'employee' || given.work === 'self_employed';
    if (working && vocabulary.saysDismissal(said)) return { redo: this.redoWith(check, forWhom, { work: undefined }), said };
    return undefined;
  }

  /** The check again from the answers given so far, with `change` in place of what it names. */
  private redoWith(check: EligibilityCheck, forWhom: ForWhom, change: Partial<CheckRedo>): CheckRedo {
    const given = check.said;
    return {
      forWhom,
      ...(check.pronoun && { pronoun: check.pronoun }),
      ...(given.residence !== undefined && { residence: given.residence }),
      ...(check.home && { home: check.home }),
      ...(given.work !== undefined && { work: given.work }),
      ...(given.years && { years: given.years }),
      ...(given.chequeUsed && { chequeUsed: given.chequeUsed }),
      ...(given.outplacement && { outplacement: given.outplacement }),
      ...change,
    };
  }

  /**
   * Where a clause about the place of work ends: a word that ends a clause, or one of living ("ik
   * werk in een fabriek woon in genk": "woon in genk" is no place of work, and is kept).
   */
  private workPlaceEnds(): ReadonlySet<string> {
    const { vocabulary } = this.deps;
    this.workPlaceEndWords ??= new Set([...vocabulary.clauseEnds, ...vocabulary.liveWords.map(normalize)]);
    return this.workPlaceEndWords;
  }

  private workPlaceEndWords?: ReadonlySet<string>;

  /** Words of the cheque and of outplacement: a "nooit", "geen" before them is about those. */
  private otherTopics(): readonly string[] {
    const { vocabulary } = this.deps;
    this.otherTopicWords ??= [...vocabulary.chequeWords, ...vocabulary.allLocales('understanding:saidInAWish.outplacement')];
    return this.otherTopicWords;
  }

  private otherTopicWords?: readonly string[];

  /** True when `text` says where one lives and nothing more ("sorry, ik woon eigenlijk in Antwerpen"). */
  private saysOnlyWhereOneLives(text: string): boolean {
    const { vocabulary } = this.deps;
    const rest = withoutClauses(text, vocabulary.liveWords, vocabulary.clauseEnds);
    const said = (word: string) =>
      !vocabulary.fillerWords.has(word) && !vocabulary.clauseEnds.has(word) && !vocabulary.firstPerson.includes(word);
    return !wordsOf(rest).some(said);
  }

  /** Where one lives, said with a word of living ("ik woon in Brussel", "j'habite à Liège", "I live in Lille, France"). */
  private livingSaid(text: string): ResidenceAnswer | undefined {
    const { vocabulary } = this.deps;
    const aboutHome = withoutClauses(text, vocabulary.workPlace, this.workPlaceEnds());
    if (!containsPhrase(aboutHome, vocabulary.liveWords)) return undefined;
    if (this.livesInACountry(aboutHome)) return { choice: 'abroad' };
    const { centres } = this.deps.booking;
    const named = placeInWish(centres, aboutHome, vocabulary.placeWords)
      ? aboutHome
      : placeAfterLiving(centres, aboutHome, vocabulary.liveWords, vocabulary.placeNamesThatAreWords);
    return (named ? residenceAnswer(this.parseResidence(named)) : undefined) ?? this.regionLivedIn(aboutHome);
  }

  /** A short reply that is the years or a cheque used before, other than answered ("nee nooit" after "Ja"). */
  private answersOtherwise(check: EligibilityCheck, typed: string): boolean {
    if (wordsOf(typed).length > OTHER_ANSWER_WORDS || typed.includes('?') || this.deps.vocabulary.asks(typed)) return false;
    const given = { ...check.unused, ...check.said };
    const used = given.chequeUsed && this.chequeUsedCorrected(typed);
    if (used !== undefined && used !== given.chequeUsed?.answer) return true;
    const years = given.years && this.yearsCorrected(check, typed);
    return years !== undefined && years.range !== given.years?.answer;
  }

  /**
   * "nee wacht", "nee sorry", "ik vergis me" alone right after the verdict of `check`: a correction
   * announced without what it corrects. The caller asks what is different; the next reply is read
   * as the correction (correctionAfterVerdict with `announced`).
   */
  correctionAnnounced(check: EligibilityCheck | undefined, typed: string): boolean {
    const announces = isOneOf(typed, this.deps.vocabulary.corrections) || isOneOf(typed, this.disputes());
    return check?.result !== undefined && check.forWhom !== undefined && announces;
  }

  /** "dat klopt niet", "c'est pas vrai", "that's not right": a verdict disputed, every language. */
  private disputes(): readonly string[] {
    return this.deps.vocabulary.allLocales('understanding:disputes');
  }

  /**
   * The years range a correction tells ("ik heb toch meer dan 7 jaar gewerkt", "het is 10 jaar",
   * "12 ans"): never a time ago, an age, a question or a doubt that needs asking ("5 of 6 jaar").
   */
  private yearsCorrected(check: EligibilityCheck, said: string): { range: Answers['years']; typed?: number } | undefined {
    if (said.includes('?') || this.deps.vocabulary.asks(said) || !this.tellsYearsLate(said)) return undefined;
    const parsed = this.parseYears(said, 2);
    if (!parsed.ok) return undefined;
    if ('choice' in parsed) return { range: this.rangeChosen(parsed.choice) };
    const typed = this.withStretchBefore(check, said, parsed.value as number);
    const range = this.yearsRange(check, typed);
    return range && { range, typed };
  }

  /**
   * Years typed after others as a stretch of their own ("4 jaar", then "o wacht daarvoor nog 6 jaar",
   * "avant j'ai travaillé 4 ans"): added to those typed before. Other years typed replace them.
   */
  private withStretchBefore(check: EligibilityCheck, said: string, typed: number): number {
    const before = (check.said.years ?? check.unused?.years)?.typed;
    return before !== undefined && tellsAnotherStretch(said) ? before + typed : typed;
  }

  /** A years button's id ("below", "at_least", "unknown") as the years answer. */
  private rangeChosen(choice: string): Answers['years'] {
    return choice as Answers['years'];
  }

  /**
   * The years answer for `range` on the check's day, corrected in `said`. Part-time said before (or
   * now: "20 jaar, halftijds") still holds; with how much of a full-time job and the years typed,
   * they are counted pro rata again ("20 jaar" at half time: 10). Without a number typed there is
   * no pro rata, so a person looks at it: never the old one for the new years.
   */
  private yearsAnswer(check: EligibilityCheck, range: Answers['years'], typed: number | undefined, said = ''): NonNullable<Said['years']> {
    const minimumYears = this.deps.rules.experienceYearsOn(check.date) ?? 0;
    const before = check.said.years ?? check.unused?.years;
    const partTime = before?.partTime === true || this.saysPartTime(said);
    const fractions = [before?.fraction, partTimeFraction(said)].filter((f) => f !== undefined);
    const fraction = fractions.length > 0 ? Math.min(...fractions) : undefined;
    const proRata = typed !== undefined && fraction !== undefined ? typed * fraction : undefined;
    return {
      answer: range,
      minimumYears,
      ...(partTime && { partTime: true, ...(fraction !== undefined && { fraction }), ...(proRata !== undefined && { proRata }) }),
      ...(typed !== undefined && { typed }),
    };
  }

  /**
   * A cheque used before, told in a correction: "sorry, ik heb wel al een cheque gehad" is a yes;
   * "nee wacht, nooit gebruikt" is never, a word of use standing for the cheque when no work is
   * named ("ik heb nooit werk gehad" is no answer about a cheque).
   */
  private chequeUsedCorrected(said: string): 'never' | 'yes' | undefined {
    if (said.includes('?')) return undefined;
    const { vocabulary } = this.deps;
    // "nee nooit", "jamais", "never": the button's words, alone and as they are ("nu niet" is none).
    if (vocabulary.allLocalesNormalized('understanding:synonyms.never').includes(normalize(said))) return 'never';
    const cheque = containsPhrase(said, vocabulary.chequeWords);
    const use = containsPhrase(said, vocabulary.allLocales('understanding:saidInAWish.chequeUsed'));
    if (containsPhrase(said, vocabulary.neverWords))
      return cheque || (use && !containsPhrase(said, vocabulary.workWords) && !this.tellsWork(said)) ? 'never' : undefined;
    return cheque && use ? 'yes' : undefined;
  }

  /**
   * Outplacement told in a correction: "nee wacht, ik krijg outplacement" is a yes; "sorry, ik heb
   * geen outplacement", "I don't get outplacement" a no. Only with the word itself, never a question.
   */
  private outplacementCorrected(said: string): 'yes' | 'no' | undefined {
    const { vocabulary } = this.deps;
    if (said.includes('?') || vocabulary.asks(said)) return undefined;
    if (!containsPhrase(said, vocabulary.allLocales('understanding:saidInAWish.outplacement'))) return undefined;
    return wordsOf(said).some((word) => vocabulary.negations.has(word)) ? 'no' : 'yes';
  }

  /** Where one lives as answered before a correction (CheckRedo), with the place typed then. */
  private residenceRedone(redo: CheckRedo | undefined): ResidenceAnswer | undefined {
    if (redo?.residence === undefined) return undefined;
    return { choice: redo.residence, ...(redo.home && { detail: redo.home }) };
  }

  /**
   * The work the wish that started the check names, when it names exactly one and denies nothing:
   * "ik ben werkloos, kan ik die cheque krijgen?" is a jobseeker; "ik ben geen zelfstandige maar
   * bediende" and "ik werk als zelfstandige" (two answers) are asked. Words that fit other lives
   * too ("thuis", "pensioen": "ik ga bijna op pensioen") are only understood as an answer. "Ik heb
   * geen werk" denies in its own words: it is "Geen werk nu", and which situation is asked next.
   */
  private workSaid(wish: string | undefined): string | undefined {
    if (!wish) return undefined;
    const { vocabulary } = this.deps;
    // "Tijdelijk werkloos" is no jobseeker: the domain leaves it unclear, so a person looks at it.
    if (containsPhrase(wish, vocabulary.allLocales(TEMPORARY_UNEMPLOYMENT))) return 'unknown';
    // Work "in het zwart", "au noir", "off the books": no contract and no statute. The domain names only
    // employees and the self-employed, so a person looks at it; never the employee "ik werk" would say.
    if (containsPhrase(wish, vocabulary.allLocales(UNDECLARED_WORK))) return 'unknown';
    // "ik ben uitzendkracht, nu even zonder contract": no work read from the job named; what one does now is asked (was a yes).
    if (containsPhrase(wish, vocabulary.allLocales('understanding:noContractNow'))) return undefined;
    if (this.stoppedWorking(wish)) return 'no_job';
    const names = (id: string) =>
      containsPhrase(wish, vocabulary.choice(id, `checkEligibility:answers.${id === 'no_job' ? 'noJob' : id}`).phrases);
    const noJobPhrases = vocabulary.choice('no_job', 'checkEligibility:answers.noJob').phrases;
    const noJob = containsPhrase(wish, noJobPhrases);
    // A "not" counts where the work is named: "ik werk niet" denies it, "… ik weet niet wat" later on does not.
    const aboutWork = contrastClauses(wish).filter(
      (clause) => workAnswersNamed(vocabulary, clause, WORK_SAID_IN_A_WISH).length > 0 || saysRetiredNow(vocabulary, clause),
    );
    // "nooit cheque gehad", "geen outplacement" deny another thing, never the work.
    const otherTopics = this.otherTopics();
    const denials = (aboutWork.length > 0 ? aboutWork : [wish])
      .flatMap((clause) => wordsOf(clause).filter((_word, at, all) => !containsPhrase(all.slice(at + 1, at + 3).join(' '), otherTopics)))
      .filter((word) => vocabulary.negations.has(word)).length;
    if (denials > (noJob ? 1 : 0)) return undefined;
    // "ik werk bij de stad", "ik ben ambtenaar", "ik ben leerkracht": appointed or on a contract is asked
    // next (askWorkDetailStep), never the employee the "ik werk" would say; "vast benoemd" says it already.
    if (worksInPublicService(vocabulary, wish) && !names('civil_servant')) return names('contractual') ? 'employee' : 'official';
    // "self-employed" says "employed", "ik werk voor mezelf" "ik werk": only the longer phrase's answer
    // is named. So is "ik werk niet": no job, never the "ik werk" of an employee.
    const all: WorkInAWish[] = workAnswersNamed(vocabulary, noJob ? withoutPhrases(wish, noJobPhrases) : wish, WORK_SAID_IN_A_WISH);
    // "ik ben met pensioen": retired now, never "ik ga binnenkort met pensioen" (saysRetiredNow).
    if (saysRetiredNow(vocabulary, wish)) all.push('retired');
    // "Ziek zonder contract" is no work at all, "mijn werk maakt me ziek" trouble at work: the work is asked.
    if (all.includes('sick') && (names('not_working') || this.sickOfWork(wish))) return undefined;
    const contained = all.filter((id) => !all.some((other) => CONTAINED_IN[other]?.includes(id)));
    // "ik werk halftijds en zorg voor mijn moeder": caring beside other work is that work.
    const named = contained.length > 1 ? contained.filter((id) => id !== 'caring') : contained;
    if (named.length === 2 && named.includes('employee') && named.includes('side_self_employed')) return 'employee';
    if (named.length === 0 && noJob) return 'no_job';
    // "ik ben vrijwilliger" with no other work: what it counts as, a person looks at (beside a job, the job counts).
    if (named.length === 0 && containsPhrase(wish, vocabulary.allLocales(UNPAID_WORK))) return 'unknown';
    return named.length === 1 ? named[0] : undefined;
  }

  /**
   * "Ik ben poetsvrouw", "zij is kapster", "ik kuis bij de mensen" in the wish: a job named, as
   * typed at "Wat doe je nu?" (JOB), so for a boss or for oneself is asked next, never the work
   * again. Only a clause that states it: not one that asks ("kan een poetsvrouw het krijgen?"),
   * denies, wants or seeks it ("ik wil kapster worden", "ik zoek werk als poetsvrouw").
   */
  private jobSaid(wish: string | undefined): string | undefined {
    if (!wish) return undefined;
    const { vocabulary } = this.deps;
    const job = this.jobPhrases();
    const notHeld = jobsNotHeld(vocabulary);
    const holds = (said: string) => this.statements(said).some((c) => containsPhrase(c, job) && !containsPhrase(c, notHeld));
    if (holds(wish)) return JOB.id;
    // "ik ben poesvrouw": a job typed with a typo, held as the words put right say.
    const respelled = vocabulary.respelled(wish);
    return respelled !== undefined && holds(respelled) ? JOB.id : undefined;
  }

  /** Every way to name a job (JOB): "poetsvrouw", "kapster", "femme de ménage", every language. */
  private jobPhrases(): readonly string[] {
    return this.deps.vocabulary.choice(JOB.id, JOB.label ?? '', JOB.synonyms).phrases;
  }

  /**
   * "Ik heb de bakkerij toegedaan, nu doe ik niks", "ik werk niet meer", "j'ai fermé mon commerce",
   * "ik ben vorig jaar ontslagen": no work now. Not when a job now is named beside it ("zaak
   * gesloten, nu ben ik bediende").
   */
  private stoppedWorking(typed: string): boolean {
    const { vocabulary } = this.deps;
    const stopped = vocabulary.allLocales('understanding:stoppedWorking');
    // "ik ben vorig jaar ontslagen", "i got fired last year": that job is gone (never "Word je ontslagen?").
    const dismissed = dismissedBefore(vocabulary, typed, this.deps.clock.now());
    if (!dismissed && !containsPhrase(typed, stopped)) return false;
    const rest = withoutPhrases(typed, dismissed ? [...stopped, ...vocabulary.dismissal] : stopped);
    const employee = vocabulary.choice('employee', 'checkEligibility:answers.employee').phrases;
    return !containsPhrase(rest, employee);
  }

  /**
   * True when a reply tells about the work and nothing of a cheque: "ik werk als poetsvrouw", "je
   * travail", "ik ben bediende". A reply naming the cheque ("ik werk en had nooit een cheque") answers it.
   */
  private tellsWork(typed: string, { employer = true }: { employer?: boolean } = {}): boolean {
    const { vocabulary } = this.deps;
    // "Weet mijn baas dat?" asks: a side question, answered as such.
    if (typed.includes('?') || QUESTION_WORDS.has(wordsOf(typed)[0] ?? '')) return false;
    if (containsPhrase(typed, vocabulary.chequeWords) || containsPhrase(typed, vocabulary.neverWords)) return false;
    const job = this.jobPhrases();
    return (
      this.workSaid(typed) !== undefined ||
      containsPhrase(typed, job) ||
      containsPhrase(typed, vocabulary.workPlace) ||
      (employer && containsPhrase(typed, vocabulary.workWords))
    );
  }

  /**
   * True when a reply tells the work again at a yes-no question after the cheque ("ik werk als
   * poetsvrouw", "ja ik ben bediende"): a "ja" before it is no yes, as at the cheque question. A
   * reply that begins with no ("nee, ik werk nog") answers; so does one that names the employer
   * ("ja, via mijn werk") or says what it offers ("mijn baas biedt outplacement aan").
   */
  private tellsWorkAgain(typed: string): boolean {
    const { vocabulary } = this.deps;
    const first = wordsOf(typed)[0] ?? '';
    if (isOneOf(first, vocabulary.allLocalesNormalized(NO_WORDS))) return false;
    const outplacement = vocabulary.allLocales('understanding:saidInAWish.outplacement');
    if (containsPhrase(typed, outplacement) || this.outplacementOffered(typed, true)) return false;
    // "ja, van mijn werkgever" names who offers it: only what one does or where one works tells.
    return this.tellsWork(typed, { employer: false });
  }

  /** True when a reply gives years ("15 jaar", "ja, 15 jaar", "depuis 3 ans"): never a bare number (a button, a postcode) nor an age. */
  private tellsYears(typed: string): boolean {
    if (wordsOf(typed).length < 2 || saysAge(typed)) return false;
    return yearsSaid(typed, this.deps.clock.now()) !== undefined;
  }

  /**
   * "12 jaar", "ik heb 12 jaar gewerkt" at a question after the years: the years told again. Not a
   * time ago ("ja, 3 jaar geleden": when a cheque was used), nor a reply that opens with yes or no.
   * A "nee" that takes back what was said ("nee wacht, het is minder dan 7 jaar") opens no answer.
   */
  private tellsYearsLate(typed: string): boolean {
    const { vocabulary } = this.deps;
    const first = wordsOf(afterCorrection(typed, vocabulary.corrections))[0] ?? '';
    if (isOneOf(first, vocabulary.allLocalesNormalized(YES_WORDS)) || isOneOf(first, vocabulary.allLocalesNormalized(NO_WORDS)))
      return false;
    if (containsPhrase(typed, vocabulary.allLocales('understanding:timeBefore')) || containsPhrase(typed, vocabulary.chequeWords))
      return false;
    return this.tellsYears(this.withYearsUnit(typed));
  }

  /** Years told late ("sorry, maar 5 jaar", "minder dan 7") that are too few for today's rules, whatever else is answered. */
  private tellsTooFewYears(typed: string): boolean {
    if (!this.tellsYearsLate(typed)) return false;
    const parsed = this.parseYears(this.withYearsUnit(typed), 2);
    if (!parsed.ok) return false;
    if ('choice' in parsed) return parsed.choice === 'below';
    const minimum = this.deps.rules.experienceYearsOn(brusselsDate(this.deps.clock.now()));
    return minimum !== undefined && typeof parsed.value === 'number' && parsed.value < minimum;
  }

  /**
   * "oei, minder dan 7", "sorry, more than 10": a range of years typed late without its "jaar" (the
   * buttons of the years say it), with the unit put in. Only after a comparison of two or more words
   * ("minder dan", "plus de"): a bare number at a later question is no years.
   */
  private withYearsUnit(typed: string): string {
    const bare = /\b(\d{1,2})\b(?!\s*\p{L})/u;
    if (!bare.test(typed)) return typed;
    return containsPhrase(typed, this.comparisonWords()) ? typed.replace(bare, `$1 ${YEARS_UNIT}`) : typed;
  }

  /** "minder dan", "plus de", "more than": comparisons of two words or more. */
  private comparisonWords(): readonly string[] {
    this.comparisons ??= ['understanding:durations.lessThan', 'understanding:durations.moreThan']
      .flatMap((key) => this.deps.vocabulary.allLocales(key))
      .filter((phrase) => wordsOf(phrase).length >= 2);
    return this.comparisons;
  }

  /**
   * The years told at a question after the years ("12 jaar" after "weet nie", YEARS_LATE), once
   * that question is answered: taken as the years, the answers after them kept. The rules then
   * decide again: too few years is a "no" at once.
   */
  private async withYearsToldLate(step: WaterfallStepContext): Promise<void> {
    // The last told ("ik werk als poetsvrouw. 12 jaar"): the years said last count.
    const told = (step.result === SKIPPED ? undefined : keptOf(step.result))
      ?.split('. ')
      .reverse()
      .find((part) => this.tellsYearsLate(part));
    if (told === undefined) return;
    const check = await this.load(step.context);
    if (!check.said.years) return;
    const parsed = this.parseYears(this.withYearsUnit(told), 2);
    // "avant j'ai travaillé 4 ans": added to the years typed before.
    const typed = parsed.ok && !('choice' in parsed) ? this.withStretchBefore(check, told, parsed.value as number) : undefined;
    const range = !parsed.ok ? undefined : 'choice' in parsed ? parsed.choice : this.yearsRange(check, typed);
    if (range === undefined) return;
    const years = range as Answers['years'];
    const corrected = record(check, 'years', years, this.deps.rules);
    // Part-time said before ("werknemer halftijds") or with them ("12 jaar halftijds") still holds, counted pro rata again.
    const updated: EligibilityCheck = {
      ...check,
      said: { ...check.said, years: this.yearsAnswer(check, years, typed, told) },
      input: { ...check.input, yearsExperience: corrected.input.yearsExperience },
    };
    delete updated.result;
    await this.save(step.context, updated);
  }

  /** True when a reply tells when one can come ("alleen school tijd", "les enfants", or a time alone: "alleen 's morgens"). */
  private tellsWhenFree(typed: string): boolean {
    const { vocabulary } = this.deps;
    return containsPhrase(typed, vocabulary.whenFreeWords) || isTimeAlone(typed, this.deps.clock.now(), vocabulary.timeFillers);
  }

  /** True when a reply names a place or a country (then it is read as where one lives, or works). */
  /** "I live in Maastricht", "ik woon in Frankrijk": a word of living and a place or country abroad the answers know. */
  private livesAbroadSaid(typed: string): boolean {
    const { vocabulary } = this.deps;
    const abroad = vocabulary.choice('abroad', 'checkEligibility:answers.abroad').phrases;
    return containsPhrase(typed, vocabulary.allLocales('understanding:liveWords')) && containsPhrase(typed, abroad);
  }

  private namesAPlace(typed: string): boolean {
    const found = findPlaceSaid(this.deps.booking.centres, typed, this.deps.vocabulary.placeWords);
    return (found !== undefined && !('unknown' in found)) || containsPhrase(typed, this.deps.vocabulary.countries);
  }

  /** The work told at an earlier question ("ik werk al 3 jaar"): as a wish says it, else working, for a boss or oneself is asked. */
  private workTold(told: string | undefined): string | undefined {
    if (!told) return undefined;
    return this.workSaid(told) ?? (this.tellsWork(told) ? JOB.id : undefined);
  }

  /** "Mijn werk maakt me ziek", "my job makes me sick": a word for work and one of strain. */
  private sickOfWork(wish: string): boolean {
    const { vocabulary } = this.deps;
    return containsPhrase(wish, vocabulary.workWords) && containsPhrase(wish, vocabulary.troubleWords);
  }

  /** A country within five words after a word of living ("woont in Rijsel in Frankrijk", "I live in Lille, France"). */
  private livesInACountry(text: string): boolean {
    const { vocabulary } = this.deps;
    const words = wordsOf(text);
    const lives = words.findIndex((w) => containsPhrase(w, vocabulary.liveWords));
    return lives >= 0 && containsPhrase(words.slice(lives + 1, lives + 6).join(' '), vocabulary.countries);
  }

  /**
   * The place a wish names as where one lives ("kan ik een cheque krijgen? ik woon in Gent"): a
   * postcode or a place after "in", "te", "à", or a place's exact name right after living ("can i
   * get cheque and live antwerp"); clauses about work left out ("ik werk in Brussel").
   */
  private residenceSaid(wish: string | undefined): ResidenceAnswer | undefined {
    if (!wish) return undefined;
    const { vocabulary } = this.deps;
    const { centres } = this.deps.booking;
    const aboutHome = withoutClauses(wish, vocabulary.workPlace, this.workPlaceEnds());
    // "Mijn zus woont in Rijsel in Frankrijk": a country named right after living, abroad.
    if (this.livesInACountry(aboutHome)) return { choice: 'abroad' };
    // "ik woon niet in België": abroad; "I don't live in Flanders": somewhere else (then where).
    const outside = livesOutsideTheRegions(vocabulary, aboutHome);
    if (outside) return { choice: outside };
    const named = placeInWish(centres, aboutHome, vocabulary.placeWords)
      ? aboutHome
      : placeAfterLiving(centres, aboutHome, vocabulary.liveWords, vocabulary.placeNamesThatAreWords);
    if (named) return residenceAnswer(this.parseResidence(named));
    // "ik heb geen werk. Gent": a place alone typed after "Bedoel je: Kan ik er een krijgen?".
    for (const sentence of aboutHome.split(/[.!?]\s+/u)) {
      const alone = this.homeAlone(sentence.trim());
      if (alone) return alone;
    }
    return this.regionLivedIn(aboutHome);
  }

  /** "ik woon in Vlaanderen", "j'habite en Wallonie", "I live in Flanders": the region lived in, named with living. */
  private regionLivedIn(text: string): ResidenceAnswer | undefined {
    const { vocabulary } = this.deps;
    if (!containsPhrase(text, vocabulary.liveWords)) return undefined;
    const region = REGIONS.find((id) => containsPhrase(text, vocabulary.choice(id, `checkEligibility:answers.${id}`).phrases));
    return region && { choice: region };
  }

  /** The years of work a wish gives with a word for years ("… werk al 10 jaar als werknemer"), when they decide. */
  private yearsInWish(wish: string | undefined, { short = false } = {}): number | undefined {
    // A short wish is a button or its number ("2" for "Kan ik er een krijgen?"), never a duration,
    // unless it was told as years (`short`: "15 jaar" at "Werk je voor een baas?");
    // in a sentence only a number with "jaar" counts (understandYears).
    if (!wish || (!short && wordsOf(wish).length <= 3)) return undefined;
    const minimum = this.deps.rules.experienceYearsOn(brusselsDate(this.deps.clock.now()));
    // "ik ben 25 en werk sinds mijn 18de": from that age to now, as the years question reads it.
    const sinceAnAge = yearsSinceAnAge(wish);
    if (sinceAnAge !== undefined) return minimum !== undefined && sinceAnAge < minimum ? undefined : sinceAnAge;
    const said = yearsSaid(wish, this.deps.clock.now());
    // "20 jaar zelfstandig, daarvoor 8 jaar bediende": every stretch said is enough on its own.
    if (said?.unclear && said.least !== undefined && minimum !== undefined && said.least >= minimum) return said.least;
    // "Een jaar of zes zeven": only a range wholly over the minimum decides.
    if (said?.range && minimum !== undefined && said.range.from < minimum) return undefined;
    // "meer dan 20 jaar" is over 20: enough when 20 is; "minder dan 10" never decides here.
    const years = said?.bound === 'under' ? undefined : yearsFrom(said);
    // "aide-ménagère depuis 4 ans" is often the current job only: too few years are asked as a
    // total (the question says all work counts), never taken for a "no".
    return years !== undefined && minimum !== undefined && years < minimum ? undefined : years;
  }

  /**
   * The years a first message or a reply told that were too few to decide ("chez Colruyt depuis 5
   * ans"): one stretch, as a number; another stretch told at the years question adds to it.
   */
  private stretchToldBefore(options: CheckEligibilityOptions): number | undefined {
    for (const text of [options.wish, options.told]) {
      if (!text || wordsOf(text).length <= 3) continue;
      const said = yearsSaid(text, this.deps.clock.now());
      if (!said || said.unclear || said.range || said.bound !== undefined) continue;
      const years = yearsFrom(said);
      if (years !== undefined) return years;
    }
    return undefined;
  }

  /** "Meer": civil servant, helper or not sure. "Geen werk nu": which situation. A job named: for a boss or for oneself. */
  private async askWorkDetailStep(step: Step<object>): Promise<DialogTurnResult> {
    const check = await this.load(step.context);
    const direct = [answer('employee'), answer('self_employed')];
    const chosen = choiceOf(step.result);
    // "ik kuis bij de mensen 12 jaar": the years told with a job are kept for their question, which
    // comes a turn later, after "voor een baas of voor jezelf?".
    if (chosen !== undefined && WORK_DETAIL_ASKED.has(chosen)) this.keepWhatWasSaid(step as Step<CheckEligibilityOptions>);
    switch (chosen) {
      case 'more':
        return this.asking(step, {
          text: text('checkEligibility:work.more', check),
          why: this.why(check, 'work'),
          choices: WORK_DETAIL,
          also: [...direct, ...NO_JOB, answer('not_working'), SICK, ...UNCLEAR_WORK],
        });
      case 'official':
        return this.asking(step, {
          text: text('checkEligibility:work.official', check),
          why: this.why(check, 'work'),
          choices: [CIVIL_SERVANT, CONTRACTUAL, UNKNOWN],
          also: [...direct, ...NO_JOB, SICK, ...UNCLEAR_WORK],
          // "voor mezelf" answers whom the check is for, never "I work for myself" (was self-employed, and a yes).
          // "Ambtenaar" again says nothing new: either can be, and not knowing is an answer (was "niet begrepen").
          notAnswers: [WHOM_ANSWERS, OFFICIAL_WORDS],
          notAnswersRetry: { key: 'checkEligibility:residence.whomKnown' },
          notAnswersRetries: { [OFFICIAL_WORDS]: { key: 'checkEligibility:told.officialEither' } },
          notAnswersAskAgain: true,
        });
      case 'home_children': {
        // "… maar ik heb nog een contract": said already, so not asked.
        const typed = typedIn(step);
        if (containsPhrase(typed, this.deps.vocabulary.allLocales('understanding:stillUnderContract')))
          return step.next({ choice: 'employee' });
        return this.asking(step, {
          text: text('checkEligibility:work.homeWithChildren', check),
          why: this.why(check, 'work'),
          choices: [{ id: 'employee', label: 'checkEligibility:work.contract' }, answer('not_working'), UNKNOWN],
          // "ja" has a contract, "nee" none.
          also: [
            { id: 'employee', label: 'answers.yes', synonyms: 'yes' },
            { id: 'not_working', label: 'answers.no', synonyms: 'no' },
            ...direct,
            ...NO_JOB,
            SICK,
            ...UNCLEAR_WORK,
          ],
        });
      }
      case 'caring': {
        // "ik werk halftijds en zorg voor mijn moeder": the work said with it is the answer.
        const [work] = workAnswersNamed(this.deps.vocabulary, typedIn(step), ['employee', 'self_employed']);
        if (work !== undefined) return step.next({ choice: work });
        return this.asking(step, {
          text: text('checkEligibility:work.caring', check),
          why: this.why(check, 'work'),
          choices: [
            { id: 'employee', label: 'checkEligibility:work.caringEmployee' },
            { id: 'self_employed', label: 'checkEligibility:work.caringSelfEmployed' },
            { id: 'not_working', label: 'checkEligibility:work.caringNone' },
          ],
          // "ja" says there is work, not which: for a boss or for oneself is asked next. "nee" is none.
          also: [
            { id: 'job', label: 'answers.yes', synonyms: 'yes' },
            { id: 'not_working', label: 'answers.no', synonyms: 'no' },
            ...direct,
            UNKNOWN,
            ...NO_JOB,
            SICK,
            ...UNCLEAR_WORK,
          ],
        });
      }
      case 'job':
        return this.askingBossOrSelf(step, check);
      case 'no_job':
        // "ik ben vorig jaar ontslagen": that job is gone, but outplacement may still be there (domain §5); said once.
        if (this.dismissalTold(step) && !once(step, 'dismissalNoted')) {
          await this.introduce(step);
          await send(step.context, this.t(step.context)('checkEligibility:work.afterDismissal'));
        }
        return this.asking(step, {
          text: text('checkEligibility:work.noJob', check),
          why: this.why(check, 'work'),
          choices: NO_JOB,
          more: MORE,
          also: [answer('not_working'), UNKNOWN, SICK, ...UNCLEAR_WORK, ...direct],
          // "I worked as a cleaner", "I worked 10 years": work before, never an employee now; this question again.
          tells: [{ reader: 'pastWork', say: { key: 'checkEligibility:told.pastWork' } }],
        });
      default:
        return step.next(step.result);
    }
  }

  /** "Werk je voor een baas of voor jezelf?": asked after a job named ("poetsvrouw") or work said beside caring. */
  private askingBossOrSelf(step: Step<object>, check: EligibilityCheck): Promise<DialogTurnResult> {
    return this.asking(step, {
      text: text('checkEligibility:work.job', check),
      simpler: text('checkEligibility:work.simpler', check),
      why: this.why(check, 'work'),
      choices: [answer('employee'), answer('self_employed'), UNKNOWN],
      also: [...NO_JOB, SICK, ...UNCLEAR_WORK, BOSS_AND_SELF],
      // "ja, 15 jaar": the years, kept for their question; this one again.
      tells: [{ reader: 'yearsAlone', say: { key: 'checkEligibility:told.keptForLater' } }],
    });
  }

  /** True when this answer, or what was said before it, tells of a dismissal in the past ("i got fired last year"). */
  private dismissalTold(step: WaterfallStepContext): boolean {
    const { wish, told } = step.options as CheckEligibilityOptions;
    const typed = typedIn(step);
    const now = this.deps.clock.now();
    return [typed, wish, told].some((said) => said !== undefined && dismissedBefore(this.deps.vocabulary, said, now));
  }

  /** "Geen werk nu" → "Meer": at home without a job, or not sure. */
  private async askNoJobDetailStep(step: Step<object>): Promise<DialogTurnResult> {
    const chosen = choiceOf(step.result);
    if (chosen !== 'more' && chosen !== 'job') return step.next(step.result);
    const check = await this.load(step.context);
    // "ja" to "Heb je daarnaast nog werk?" (a carer): which work is asked, as for a job named.
    if (chosen === 'job') return this.askingBossOrSelf(step, check);
    return this.asking(step, {
      text: text('checkEligibility:work.noJobMore', check),
      why: this.why(check, 'work'),
      choices: [answer('not_working'), UNKNOWN],
      also: [...NO_JOB, SICK, ...UNCLEAR_WORK],
    });
  }

  /** Records the work status; explains what counts as work and asks the years as a range (or a number). */
  private async askYearsStep(step: Step<CheckEligibilityOptions>): Promise<DialogTurnResult> {
    this.keepWhatWasSaid(step);
    const check = await this.recorded(step, 'work', this.mainJobBeside(step));
    const first = !once(step, 'yearsPassedOn');
    const said = first ? (this.yearsInWish(step.options.wish) ?? this.yearsInWish(step.options.told, { short: true })) : undefined;
    // "chez Colruyt depuis 5 ans": too few to decide, so the total is asked; "avant, 4 ans" then adds to them (confirmYearsStep).
    const stretch = first && said === undefined ? this.stretchToldBefore(step.options) : undefined;
    if (stretch !== undefined) (step.values as { stretchBefore?: number }).stretchBefore = stretch;
    // The check again after a correction: the years answered before, as they were (part-time too).
    const kept = first ? step.options.redo?.years : undefined;
    return this.askIfNeeded(step, check, 'years', async () => {
      // The correction's own years ("nee wacht, het is 12 jaar") are in `kept` already, part-time and pro rata with them.
      if (kept) return step.next({ choice: kept.answer, keptYears: kept });
      if (said !== undefined) return step.next({ typed: said });
      await this.introduce(step);
      const minimum = this.deps.rules.experienceYearsOn(check.date) ?? 0;
      // What counts as work is known for the cheque, not yet for announced rules; said once.
      // Said once, and not again after "wat telt als werk?" was answered.
      const told = (await plainLanguageOf(this.deps, step.context)).workCountsTold === true;
      if (!announcedOn(this.deps.rules, check.date) && !once(step, 'explainedYears') && !told) {
        await send(step.context, this.t(step.context)('checkEligibility:years.whatCounts'));
      }
      return this.asking(step, {
        text: text('checkEligibility:years.question', check),
        simpler: text('checkEligibility:years.simpler', check),
        why: this.why(check, 'years'),
        // "Hoe weet ik dat?", "ik weet het niet precies": a button may fit all the same; else "Ik weet het niet".
        unsure: { key: 'checkEligibility:years.notExactly' },
        choices: yearsChoices(minimum),
        open: 'years',
        openFirst: true,
        // "werknemer" alone (a question the rules in force may not ask): understood, and the years asked kindly.
        // "patron", "baas" alone: who one works for, said again; never a guess at another meaning.
        notAnswers: [...WORK_ANSWERS, 'understanding:bossAlone'],
        notAnswersRetry: text('checkEligibility:years.notWork', check),
        notAnswersAreNoMiss: true,
        // "2" is two years: the question asks how long, and the retry says to type the years.
        numbersAreValues: true,
      });
    });
  }

  /**
   * "2" at "Hoe lang heb je in totaal al gewerkt?" is two years, but someone who typed the buttons'
   * numbers before may mean the second button ("7 jaar of meer"). When the two readings decide
   * differently, one short question asks which: never a "no" on a guess. "2 jaar", "twee jaar" and
   * "20" are years and pass on.
   */
  private async confirmYearsStep(step: Step<object>): Promise<DialogTurnResult> {
    const years = typedOf<number>(step.result);
    const values = step.values as { bareYears?: number; stretchBefore?: number };
    const message = step.context.activity.type === 'message' ? (step.context.activity.text ?? '').trim() : '';
    // "avant j'ai travaillé 4 ans" after "depuis 5 ans" was told: the two stretches together.
    const before = values.stretchBefore;
    delete values.stretchBefore;
    if (years !== undefined && before !== undefined && tellsAnotherStretch(message)) return step.next({ typed: before + years });
    // Run again by "terug" (the message is then "terug"): it asks again what it asked before.
    const bare = step.reason === DialogReason.replaceCalled ? values.bareYears === years : /^\d$/.test(message);
    delete values.bareYears;
    if (years === undefined || !bare || !Number.isInteger(years)) return step.next(step.result);
    const check = await this.load(step.context);
    const button = yearsChoices(this.deps.rules.experienceYearsOn(check.date) ?? 0)[years - 1];
    if (!button || button.id === this.yearsRange(check, years)) return step.next(step.result);
    values.bareYears = years;
    const { language } = this.deps;
    const yes = (l: Locale) => language.translatorFor(l)('checkEligibility:years.confirmYes', { count: years });
    return this.asking(step, {
      text: { key: 'checkEligibility:years.confirmNumber', params: { count: years } },
      why: this.why(check, 'years'),
      choices: [
        { id: CONFIRMED_YEARS, title: yes('nl'), titles: Object.fromEntries(LOCALES.map((l) => [l, yes(l)])), synonyms: 'yes' },
        button,
      ],
      // "nee": not that many years, so the button in that place.
      also: [{ ...NO, id: button.id }],
      // "5 jaar" typed here is years too.
      open: 'years',
    });
  }

  /**
   * "Ik ben bediende en heb een bijberoep als zelfstandige": the job as an employee qualifies on
   * its own (a side activity excludes nothing), so it is the answer; a side activity alone is unclear.
   */
  private mainJobBeside(step: WaterfallStepContext): unknown {
    const chosen = choiceOf(step.result);
    if ((chosen !== 'side_self_employed' && chosen !== 'retired') || step.context.activity.type !== 'message') return step.result;
    const typed = clampText(step.context.activity.text ?? '');
    if (chosen === 'retired') return this.stillWorking(typed) ?? step.result;
    // The same reading as for a wish (workSaid): a job beside the side activity is the job.
    return this.workSaid(typed) === 'employee' ? { choice: 'employee' } : step.result;
  }

  /**
   * "Ik ben zelfstandige maar ik ga binnenkort op pensioen": still working, so the work named, never
   * "retired" (a "no"); a job not named as employee or self-employed is unclear, for a person.
   */
  private stillWorking(typed: string): { choice: string } | undefined {
    const { vocabulary } = this.deps;
    // "ga binnen 3 jaar met pensioen": a pension word with one of time to come is retiring soon too.
    const soon =
      containsPhrase(typed, vocabulary.allLocales('understanding:retiringSoon')) ||
      (containsPhrase(typed, vocabulary.allLocales('understanding:synonyms.retired')) &&
        containsPhrase(typed, vocabulary.allLocales('understanding:soonWords')));
    if (!soon) return undefined;
    const named = (['employee', 'self_employed'] as const).filter((id) =>
      containsPhrase(typed, vocabulary.choice(id, `checkEligibility:answers.${id}`).phrases),
    );
    return { choice: named.length === 1 && named[0] ? named[0] : 'unknown' };
  }

  /** Records the years; asks whether a loopbaancheque was used before. */
  private async askChequeUsedStep(step: Step<CheckEligibilityOptions>): Promise<DialogTurnResult> {
    // "Ja, 2 jaar" at "Bedoel je 2 jaar?": the years typed before.
    const confirmed = choiceOf(step.result) === CONFIRMED_YEARS ? (step.values as { bareYears?: number }).bareYears : undefined;
    const check = await this.withYearsKept(
      step,
      await this.recorded(step, 'years', confirmed !== undefined ? { typed: confirmed } : step.result),
    );
    // "… nog nooit een cheque gehad, kan ik er een krijgen?": not asked again; nor after a correction.
    const said = once(step, 'chequeUsedPassedOn')
      ? undefined
      : (this.neverUsedSaid(step.options.wish) ?? this.usedSaidAsChoice(step.options.wish) ?? step.options.redo?.chequeUsed?.answer);
    return this.askIfNeeded(step, check, 'chequeUsed', () =>
      said
        ? step.next({ choice: said })
        : this.asking(step, {
            text: text('checkEligibility:chequeUsed.question', check),
            simpler: text('checkEligibility:chequeUsed.simpler', check),
            why: this.why(check, 'chequeUsed'),
            // "ik denk van wel", "een keer, lang geleden" are a yes; "ik denk van niet" is never.
            // "kan zijn, lang geleden", "misschien": unsure, never the yes that says "nee, nu niet".
            choices: [answer('never'), { ...YES, synonyms: 'usedBefore' }, UNKNOWN],
            also: [
              { ...NO, id: 'never' },
              { ...UNKNOWN, synonyms: 'maybe', precise: true },
              // "iets met een coach gehad, weet niet of dat cheque was": unsure, never the yes or the never it names.
              { ...UNKNOWN, synonyms: 'unsureWhetherUsed', precise: true, outranks: ['yes', 'never'] },
              // "ja maar de tweede nog niet", "1 cheque gebruikt in 2024": one was used, whatever "nog niet" says of the next.
              { ...YES, synonyms: 'secondCheque', precise: true },
            ],
            notAnswers: [ACKNOWLEDGEMENTS, OFFER_TAKEN],
            notAnswersRetry: text('checkEligibility:chequeUsed.beSure', check),
            notAnswersRetries: { [OFFER_TAKEN]: text('checkEligibility:chequeUsed.notAnOffer', check) },
            // "ik werk als poetsvrouw" again: no answer here (never a "ja"), the question again.
            // "12 jaar" after "weet nie" at the years: the years corrected (withYearsToldLate).
            tells: [TOO_FEW_YEARS_LATE, YEARS_LATE, { reader: 'work', say: { key: 'checkEligibility:told.thisQuestion' } }],
          }),
    );
  }

  /** The check with the years kept from before a correction (askYearsStep) as they were: part-time, pro rata. */
  private async withYearsKept(step: WaterfallStepContext, check: EligibilityCheck): Promise<EligibilityCheck> {
    const kept = (step.result as { keptYears?: CheckRedo['years'] } | undefined)?.keptYears;
    const { years } = check.said;
    if (!kept || !years || (!kept.partTime && kept.proRata === undefined)) return check;
    const restored = {
      ...years,
      ...(kept.partTime && { partTime: kept.partTime }),
      ...(kept.fraction !== undefined && { fraction: kept.fraction }),
      ...(kept.proRata !== undefined && { proRata: kept.proRata }),
    };
    const updated: EligibilityCheck = { ...check, said: { ...check.said, years: restored } };
    await this.save(step.context, updated);
    return updated;
  }

  /** 'never' when a clause of the wish names the cheque and never having had one ("nog nooit een cheque gehad"). */
  private neverUsedSaid(wish: string | undefined): 'never' | undefined {
    if (!wish) return undefined;
    const { vocabulary } = this.deps;
    const never = contrastClauses(wish).some((c) => containsPhrase(c, vocabulary.chequeWords) && containsPhrase(c, vocabulary.neverWords));
    return never ? 'never' : undefined;
  }

  /** 'no' when the wish says, word for word, that no outplacement is had ("geen outplacement", "pas d'outplacement"). */
  private noOutplacementSaid(wish: string | undefined): 'no' | undefined {
    return wish && containsPhrase(wish, this.deps.vocabulary.allLocales('understanding:synonyms.outplacementNotHad')) ? 'no' : undefined;
  }

  /** 'yes' (the answer "Ja") when the wish says a cheque was used before; "nooit" wins (neverUsedSaid). */
  private usedSaidAsChoice(wish: string | undefined): 'yes' | undefined {
    return this.usedSaid(wish) ? 'yes' : undefined;
  }

  /** Records the answer; "ja" under a portfolio regime needs roughly when, so it asks that. */
  private async askChequeWhenStep(step: Step<CheckEligibilityOptions>): Promise<DialogTurnResult> {
    await this.withYearsToldLate(step);
    const check = await this.recorded(step, 'chequeUsed');
    // After a correction: when it was used, as answered before (only a "ja" kept has it).
    const kept = once(step, 'chequeWhenPassedOn') ? undefined : step.options.redo?.chequeUsed?.withinYears?.answer;
    return this.askIfNeeded(step, check, 'chequeWhen', () =>
      kept
        ? step.next({ choice: kept })
        : this.asking(step, {
            text: text('checkEligibility:chequeUsed.within', check, { years: portfolioYears(this.deps.rules, check.date) ?? 0 }),
            why: this.why(check, 'chequeUsed'),
            choices: [YES, NO, UNKNOWN],
            notAnswers: ACKNOWLEDGEMENTS,
            notAnswersRetry: text('checkEligibility:chequeUsed.withinBeSure', check, {
              years: portfolioYears(this.deps.rules, check.date) ?? 0,
            }),
            tells: [TOO_FEW_YEARS_LATE, YEARS_LATE, { reader: 'workAgain', say: { key: 'checkEligibility:told.thisQuestion' } }],
          }),
    );
  }

  /** Records when the cheque was used (if that was asked); asks about outplacement. */
  private async askOutplacementStep(step: Step<CheckEligibilityOptions>): Promise<DialogTurnResult> {
    await this.withYearsToldLate(step);
    const check = await this.recorded(step, 'chequeWhen');
    // After a correction: the answer given before; "… geen outplacement" told in the first message: no.
    const kept = once(step, 'outplacementPassedOn')
      ? undefined
      : (step.options.redo?.outplacement ?? this.noOutplacementSaid(step.options.wish));
    // A self-employed person has no employer now: outplacement comes from a former one.
    const selfEmployed = (key: string) =>
      check.said.work === 'self_employed'
        ? { key, params: { context: contextWithHelper('selfEmployed', check.forWhom, check.pronoun) } }
        : text(key, check);
    return this.askIfNeeded(step, check, 'outplacement', () =>
      kept
        ? step.next({ choice: kept })
        : this.asking(step, {
            text: selfEmployed('checkEligibility:outplacement.question'),
            // After a side answer, the question without its explanation (a turn stays under 70 words).
            again: text('checkEligibility:outplacement.again', check),
            simpler: selfEmployed('checkEligibility:outplacement.simpler'),
            why: this.why(check, 'outplacement'),
            choices: [YES, NO, UNKNOWN],
            // "ik krijg outplacement van mijn werkgever", "mijn baas betaalt outplacement": a yes told
            // (was "Bedoel je …?", or the answer that an employer's guidance is no cheque); "ik heb
            // geen outplacement" a no (was what outplacement is, and the question again).
            also: [
              { id: 'yes', label: 'answers.yes', synonyms: 'outplacementHad', precise: true },
              { id: 'no', label: 'answers.no', synonyms: 'outplacementNotHad', precise: true, outranks: ['yes'] },
            ],
            notAnswers: [ACKNOWLEDGEMENTS, OFFER_TAKEN],
            notAnswersRetry: text('checkEligibility:outplacement.beSure', check),
            // "ja graag", "yes please": the question taken for an offer, asked again plainly (never a yes).
            notAnswersRetries: { [OFFER_TAKEN]: text('checkEligibility:outplacement.notAnOffer', check) },
            // "ik werk als poetsvrouw" again: no answer here (never a "ja"), the question again.
            tells: [TOO_FEW_YEARS_LATE, YEARS_LATE, { reader: 'workAgain', say: { key: 'checkEligibility:told.thisQuestion' } }],
          }),
    );
  }

  /** Records outplacement and shows the verdict. */
  private async showResultStep(step: Step<object>): Promise<DialogTurnResult> {
    await this.withYearsToldLate(step);
    return this.finish(step, await this.recorded(step, 'outplacement', this.outplacementTyped(step)));
  }

  /**
   * "Ze bieden outplacement aan ma ik weet da nie of ik da wil": offered, so "Ja", never "Ik weet
   * het niet" for the words of doubt; the doubt is about taking it (outplacementDoubt).
   */
  private outplacementTyped(step: Step<CheckEligibilityOptions>): unknown {
    if (step.result === SKIPPED || step.context.activity.type !== 'message') return step.result;
    const typed = clampText(step.context.activity.text ?? '');
    if (!this.outplacementOffered(typed, true)) return step.result;
    // "ze bieden outplacement aan maar ik twijfel": offered (a yes told), and in doubt all the same.
    const doubts = containsPhrase(typed, this.deps.vocabulary.allLocales('understanding:synonyms.unknown'));
    if (choiceOf(step.result) === 'unknown' || doubts) step.options.outplacementDoubt = true;
    return { choice: 'yes' };
  }

  /**
   * Outplacement offered, the person unsure whether to take it: the cheque does not go with it
   * (domain C7); whether refusing it opens the cheque is not in the sources, so a person looks at
   * it with them. One message, then the handover's own.
   */
  private async handOverOutplacementDoubt(step: WaterfallStepContext, result: CheckResult, view: ResultView): Promise<DialogTurnResult> {
    const t = this.t(step.context);
    const [verdict] = resultMessages(t, { ...result, next: [] }, view);
    const doubt = t('checkEligibility:outplacement.doubt', { context: helperContext(view.forWhom, view.pronoun) });
    await send(step.context, `${verdict ?? ''}\n${doubt}`);
    return step.replaceDialog(TalkToPersonDialog.id, { reason: 'refer' });
  }

  /**
   * "Waarom vraag je dat?" at `question`: the condition it checks, from the rules of the check's
   * day. Under rules only announced, what the data says of the years (and that it is not sure); a
   * condition the rules do not have is never named: then the generic answer (none here).
   */
  private why(check: EligibilityCheck, question: Exclude<CheckQuestion, 'chequeWhen'>): Text[] {
    const { rules } = this.deps;
    const conditions = rules.regimeOn(check.date)?.conditions;
    const announced = announcedOn(rules, check.date)?.announced?.experienceYears;
    if (!conditions) {
      if (question !== 'years' || !announced || announced.value === null) return [];
      const sure = announced.status === 'official';
      return [
        { key: 'rules:announced.experienceYears', params: { years: announced.value } },
        ...(sure ? [] : [{ key: 'rules:announced.notSure' }]),
      ];
    }
    switch (question) {
      case 'residence':
        return [{ key: 'checkEligibility:why.residence' }];
      case 'work':
        return [{ key: 'checkEligibility:why.work' }];
      case 'years':
        return [{ key: 'sideQuestions:yearsOfWork', params: { years: rules.experienceYearsOn(check.date) ?? 0 } }];
      case 'chequeUsed': {
        if (conditions.previousUse.kind === 'never') return [{ key: 'sideQuestions:neverUsed' }];
        const count = rules.termsOn(check.date)?.cheques;
        return count ? [{ key: 'checkEligibility:why.chequesPerYears', params: { count, years: conditions.previousUse.years } }] : [];
      }
      case 'outplacement':
        return conditions.outplacementExcluded ? [{ key: 'checkEligibility:reason.outplacement' }] : [];
    }
  }

  /** A question of the check, after the introduction when none was said yet. */
  private async asking(step: WaterfallStepContext, question: Question): Promise<DialogTurnResult> {
    await this.introduce(step);
    return ask(step, question);
  }

  /** The introduction kept for the first question (askForWhomStep), said once. */
  private async introduce(step: WaterfallStepContext): Promise<void> {
    const values = step.values as { intro?: string[]; corrected?: string };
    const intro = values.intro;
    delete values.intro;
    if (intro || values.corrected) await send(step.context, ...this.withPrice(step, intro ?? [], 'start'));
  }

  /**
   * Asks `question` when it is the one needed next; shows the verdict once the answers decide it.
   * A question the rules do not need is passed over, and so is its step.
   */
  private async askIfNeeded(
    step: WaterfallStepContext,
    check: EligibilityCheck,
    question: CheckQuestion,
    askIt: () => Promise<DialogTurnResult>,
  ) {
    const needed = nextCheckQuestion(check, this.deps.rules);
    if (needed === null) return this.finish(step, check);
    return needed === question ? askIt() : step.next(SKIPPED);
  }

  /** The check with the answer this step received to `question` recorded (unchanged when the question was passed over). */
  private async recorded(step: WaterfallStepContext, question: CheckQuestion, result: unknown = step.result): Promise<EligibilityCheck> {
    const loaded = await this.load(step.context);
    const check = this.withPronounTyped(step.context, loaded, keptOf(result));
    if (check !== loaded) await this.save(step.context, check);
    if (result === SKIPPED) return check;
    const chosen = choiceOf(result) ?? this.yearsRange(check, typedOf<number>(result));
    if (chosen === undefined) return check;
    const recordedAnswer = record(check, question, chosen as Answers[typeof question], this.deps.rules);
    const answered =
      question === 'years' ? this.withPartTime(step, this.withYearsTyped(step, recordedAnswer, result), result) : recordedAnswer;
    const updated = question === 'residence' ? withHome(answered, detailOf<HomePlace>(result)) : answered;
    await this.save(step.context, updated);
    return updated;
  }

  /**
   * The check with the number of years typed kept with its answer, when this turn's message says
   * exactly that many ("4 jaar", never "7 jaar of meer"): a stretch told later adds to it.
   */
  private withYearsTyped(step: WaterfallStepContext, check: EligibilityCheck, result: unknown): EligibilityCheck {
    const typed = typedOf<number>(result);
    const { years } = check.said;
    if (!years || typeof typed !== 'number') return check;
    const message = typedIn(step);
    const said = yearsSaid(message, this.deps.clock.now());
    const { vocabulary } = this.deps;
    const bounded = containsPhrase(message, [...vocabulary.allLocales('understanding:orMore'), ...this.comparisonWords()]);
    const exact = said !== undefined && !said.unclear && !said.range && said.bound === undefined && !bounded && yearsFrom(said) === typed;
    return exact ? { ...check, said: { ...check.said, years: { ...years, typed } } } : check;
  }

  /**
   * The years answered, marked part-time when that was said with them or before ("9 jaar maar
   * halftijds"). With a number of years and how much part-time, also the years counted pro rata.
   */
  private withPartTime(step: WaterfallStepContext, check: EligibilityCheck, result: unknown): EligibilityCheck {
    const options = step.options as CheckEligibilityOptions;
    const message = typedIn(step);
    const partTime = options.partTime === true || this.saysPartTime(message);
    const { years } = check.said;
    if (!partTime || !years) return check;
    const said = [partTimeFraction(message), options.partTimeFraction].filter((f) => f !== undefined);
    const fraction = said.length > 0 ? Math.min(...said) : undefined;
    const typed = typedOf<number>(result);
    const proRata = typed !== undefined && fraction !== undefined ? typed * fraction : undefined;
    // How much part-time is kept too: years corrected after the verdict are counted pro rata again (yearsAnswer).
    const counted = { ...(fraction !== undefined && { fraction }), ...(proRata !== undefined && { proRata }) };
    return { ...check, said: { ...check.said, years: { ...years, partTime: true, ...counted } } };
  }

  /** "Halftijds", "4/5", "mi-temps", "20 uur per week". */
  private saysPartTime(text: string): boolean {
    return containsPhrase(text, this.deps.vocabulary.partTimeWords) || saysPartTimeHours(text);
  }

  /** Saves the verdict, says it with its reasons and next steps; a refer hands over to a person. */
  private async finish(step: WaterfallStepContext, check: EligibilityCheck): Promise<DialogTurnResult> {
    const result = verdictOf(check, this.deps.rules) ?? noRules();
    const unused = this.unusedAfterCorrection(step, check);
    await this.save(step.context, { ...check, result, ...(unused && { unused }) });
    await this.deps.reach?.record(result.outcome, {
      channel: step.context.activity.channelId,
      locale: this.deps.language.locale(step.context),
    });
    const t = this.t(step.context);
    const view = resultViewOf(this.deps.rules, this.deps.contact, t, check);
    const messages = resultMessages(t, result, view);
    if (result.outcome === 'eligible') {
      // When the rules end soon, say so, with the tip for a month whose cheques are gone; "try again
      // next month" only while there is a next month under these rules.
      const notice = changeNotice(this.view(step.context, check.date));
      const endsOn = this.deps.rules.changeAhead(check.date)?.endsOn;
      const lastMonth = endsOn !== undefined && endsOn.slice(0, 7) === check.date.slice(0, 7);
      // On the last day: order today, or the cheque is gone with the rules; the day before, by tomorrow.
      const tipKey =
        endsOn === check.date
          ? 'rules:orderTipToday'
          : endsOn === addDays(check.date, 1)
            ? 'rules:orderTipTomorrow'
            : lastMonth
              ? 'rules:orderTipLastMonth'
              : 'rules:orderTip';
      const tip = t(tipKey, { phone: this.deps.contact.phone });
      // An EU institution or a foreign employer: online orders are often refused, so by phone (domain table).
      const foreign = (step.options as CheckEligibilityOptions).foreignEmployer === true;
      const helper = { context: helperContext(check.forWhom, check.pronoun) };
      const orderHint = foreign
        ? t('checkEligibility:foreignEmployer', { phone: this.deps.contact.phone, ...helper })
        : notice
          ? tip
          : undefined;
      await send(
        step.context,
        ...this.withPrice(step, [...messages, ...(notice ? [notice] : []), ...(orderHint ? [orderHint] : [])], 'end'),
      );
      return step.replaceDialog(CheckEligibilityDialog.nextStepsId, { forWhom: check.forWhom, pronoun: check.pronoun } satisfies About);
    }
    if ((step.options as CheckEligibilityOptions).outplacementDoubt && result.reasons.includes('outplacement'))
      return this.handOverOutplacementDoubt(step, result, view);
    if (result.next.includes('talk_to_person')) {
      // The handover itself says a person will look at it.
      const said = resultMessages(t, { ...result, next: result.next.filter((n) => n !== 'talk_to_person') }, view);
      await send(step.context, ...this.withPrice(step, said, 'end'));
      return step.replaceDialog(TalkToPersonDialog.id, { reason: 'refer' });
    }
    const priced = this.withPrice(step, messages, 'end');
    // "ik heb al een cheque gehad, wat kost een tweede?": the price asked beside a "no" only where both fit
    // one turn with the menu after it; the "no" says the cheque is not for now, and the other help it names.
    const next = t('menu.questionAgain');
    await send(step.context, ...(result.outcome === 'not_eligible' && !fitsOneTurn({ sent: [], next }, priced) ? messages : priced));
    return step.endDialog();
  }

  /** The answers a check run again after a correction kept (CheckRedo) that its verdict came without. */
  private unusedAfterCorrection(step: WaterfallStepContext, check: EligibilityCheck): EligibilityCheck['unused'] {
    const { redo } = step.options as CheckEligibilityOptions;
    if (!redo) return undefined;
    const unused: NonNullable<EligibilityCheck['unused']> = {
      ...(redo.years && !check.said.years && { years: redo.years }),
      ...(redo.chequeUsed && !check.said.chequeUsed && { chequeUsed: redo.chequeUsed }),
      ...(redo.outplacement && !check.said.outplacement && { outplacement: redo.outplacement }),
    };
    return Object.keys(unused).length > 0 ? unused : undefined;
  }

  /** After a "yes": booking the free first talk is the step that makes the difference, so it comes first. */
  private async askWhatNextStep(step: Step<About>): Promise<DialogTurnResult> {
    const context = helperContext(step.options.forWhom, step.options.pronoun);
    const helper: Record<string, string> = context ? { context } : {};
    const today = brusselsDate(this.deps.clock.now());
    const firstTalkFree = firstMeetingFreeWhenBooked(this.deps.rules, today);
    const book: Choice = { id: 'book', label: 'menu.book' };
    const order: Choice = { id: 'order', label: 'checkEligibility:eligibleNext.order' };
    // On the rules' last day ordering cannot wait for the first talk: it comes first.
    const lastDay = lastDayOfRules(this.deps.rules, today);
    return ask(step, {
      text: {
        key: lastDay
          ? 'checkEligibility:eligibleNext.questionLastDay'
          : firstTalkFree
            ? 'checkEligibility:eligibleNext.questionFree'
            : 'checkEligibility:eligibleNext.question',
        params: helper,
      },
      choices: [...(lastDay ? [order, book] : [book, order]), { id: 'later', label: 'checkEligibility:eligibleNext.later' }],
      // "Zal ik een afspraak maken?" asks for a yes or a no too.
      also: [
        { id: 'book', label: 'answers.yes', synonyms: 'yes' },
        { id: 'later', label: 'answers.no', synonyms: 'no' },
      ],
      passing: true,
    });
  }

  /** "Afspraak maken" ends with 'book' (the menu starts the booking); "Cheque bestellen" says how. */
  private async doNextStep(step: Step<About>): Promise<DialogTurnResult> {
    const chosen = choiceOf(step.result);
    if (chosen === 'book') return step.endDialog('book');
    if (chosen === 'order') {
      const context = helperContext(step.options.forWhom, step.options.pronoun);
      const { websiteLabel: website, phone } = this.deps.contact;
      await send(step.context, this.t(step.context)('checkEligibility:next.order_cheque', { context, website, phone }));
    }
    return step.endDialog();
  }

  /**
   * "sinds mijn 16de", "depuis mes 18 ans" alone: the age one started at, and how old one is now is
   * asked (was "Tel alle jaren samen"), the words kept. The age typed next ("55", "ik ben 55") gives
   * the years between the two.
   */
  private yearsSinceAgeAsked(typed: string, kept: string | undefined): ParseResult | undefined {
    const from = startedAtAge(typed);
    if (from !== undefined && ageNow(typed) === undefined && yearsSaid(withoutStartingAge(typed), this.deps.clock.now()) === undefined)
      return {
        ok: false,
        retry: { key: 'checkEligibility:years.sinceAge', params: { age: from, ...sinceAgeContext(typed) } },
        keep: typed,
        decisive: true,
        sure: true,
      };
    const startedAt = kept === undefined ? undefined : startedAtAge(kept);
    if (startedAt === undefined) return undefined;
    const age = ageNow(typed) ?? (/^\s*\d{2}\s*$/u.test(typed) ? Number(typed) : undefined);
    const years = age === undefined ? undefined : yearsBetweenAges(startedAt, age);
    return years === undefined ? undefined : { ok: true, value: years };
  }

  /**
   * "20 jaar", "twintig jaar", "sinds 2005": a number of years, read as the range it falls in. An
   * age ("ik ben 55") is not taken for years of work: the retry says what is asked. A bound
   * decides only when it is on one side of the minimum: "minder dan 5" is under 7, "bijna 40" over
   * it, "minder dan 10" or "meer dan 5" asks which side; two durations ("5 in the UK and 4 here") ask for the total.
   * Unsure just under the minimum ("5 of 6 jaar") is asked once more, never a firm "no".
   */
  private parseYears(typed: string, attempt = 1, kept?: string): ParseResult {
    // "Ik ben 3 jaar thuis geweest voor de kinderen": no years of work (never an age, nor 3 years of
    // work); what counts is said and the question comes again.
    // "Ik heb 12 jaar gewerkt en ben 3 jaar thuis gebleven" names its years of work: those are read.
    const { vocabulary } = this.deps;
    if (containsPhrase(typed, vocabulary.allLocales('understanding:homeYears')) && !containsPhrase(typed, vocabulary.workWords))
      return { ok: false, retry: { key: 'checkEligibility:years.homeYears' }, decisive: true };
    // "ik woon hier al 15 jaar": how long one lives here, never years of work ("ik woon en werk hier al 15 jaar" are).
    if (containsPhrase(typed, vocabulary.liveWords) && !containsPhrase(typed, vocabulary.workWords) && !this.tellsWork(typed))
      return { ok: false, retry: { key: 'checkEligibility:years.notLiving' }, decisive: true };
    // "ik ben 45 en werk sinds mijn 18de": from that age to now (27 years).
    const sinceAnAge = yearsSinceAnAge(typed);
    if (sinceAnAge !== undefined) return { ok: true, value: sinceAnAge };
    const sinceAge = this.yearsSinceAgeAsked(typed, kept);
    if (sinceAge) return sinceAge;
    const now = this.deps.clock.now();
    const said = yearsSaid(typed, now);
    const minimum = this.deps.rules.experienceYearsOn(brusselsDate(now));
    // "ik heb 10 jaar in het buitenland gewerkt": whether years abroad count is not known (domain
    // notes, 1d); 7 in Belgium decide, else a person looks ("Ik weet het niet"). Never 10 years read,
    // and this question's own words rather than the side answer about work abroad.
    const abroad = this.namesWorkAbroad(typed);
    if (said !== undefined && !said.unclear && abroad && minimum !== undefined)
      return { ok: false, retry: { key: 'checkEligibility:years.abroad', params: { years: minimum } }, decisive: true, sure: true };
    if (said?.unclear) {
      // "20 jaar zelfstandig, daarvoor 8 jaar bediende": one stretch alone is enough. "3 jaar hier en
      // 2 jaar in Frankrijk": all of them together are not.
      if (minimum !== undefined && said.least !== undefined && said.least >= minimum) return { ok: true, value: said.least };
      if (minimum !== undefined && said.total !== undefined && said.total < minimum) return { ok: true, value: said.total };
      // "5 jaar en daarvoor 3 jaar": one after the other, they add up; years abroad may not count
      // (domain notes, 1d), so with work abroad among them the total is asked.
      if (said.total !== undefined && said.oneAfterAnother && !abroad) return { ok: true, value: said.total };
      return { ok: false, retry: { key: 'checkEligibility:years.total' }, decisive: true };
    }
    // "Een jaar of zes zeven", "ongeveer 7 jaar denk ik": unsure on both sides of the minimum is
    // "Ik weet het niet" (a person looks at it), never a "no" on a guess.
    if (said?.range && minimum !== undefined && straddles(said.range, minimum)) return { ok: true, choice: UNKNOWN.id };
    // "5 of 6 jaar", "ongeveer 5": unsure and within a year of the minimum. Years forgotten (sick
    // with a contract, leave) may reach it: asked once more with what counts, then a person looks.
    if (said?.range && minimum !== undefined && said.range.to >= minimum - 1 && said.range.from < minimum) {
      if (attempt > 1) return { ok: true, choice: UNKNOWN.id };
      return { ok: false, retry: { key: 'checkEligibility:years.closeToMinimum', params: { years: minimum } }, decisive: true };
    }
    const under = minimum ?? 0;
    // "Bijna 40" is at least 39: under a minimum of 7 only when close to it.
    const undecided =
      said?.bound === 'under' ? said.value > under && (!said.near || said.value - 1 < under) : said?.bound === 'over' && said.value < under;
    if (said && undecided && minimum)
      return { ok: false, retry: { key: 'checkEligibility:years.moreOrLess', params: { years: minimum } }, decisive: true };
    const years = yearsFrom(said);
    if (years !== undefined) return { ok: true, value: years };
    // "Heel mijn leven", "al jaren", "pas begonnen", "all my life": how long, without the count.
    // Asked for the total, never a range guessed, the price read in "weinig" or a booking in "begonnen";
    // a longer message may still ask something else ("ik wil een afspraak, ik werk al jaren in de zorg").
    if (containsPhrase(typed, vocabulary.allLocales('understanding:yearsWithoutCount'))) {
      const short = wordsOf(typed).length <= MAX_WORDS_OF_YEARS_TOLD;
      return { ok: false, retry: { key: 'checkEligibility:years.total' }, decisive: true, ...(short && { sure: true as const }) };
    }
    return { ok: false, retry: { key: saysAge(typed) ? 'checkEligibility:years.notAge' : 'checkEligibility:years.retry' } };
  }

  /** Work abroad named with the years: a word for abroad, or a country that is not where one is from beside work here. */
  private namesWorkAbroad(typed: string): boolean {
    const { vocabulary } = this.deps;
    if (containsPhrase(typed, vocabulary.abroadWords)) return true;
    if (!containsPhrase(typed, vocabulary.countries)) return false;
    // "ik kom uit Marokko en werk hier 10 jaar": the years are here.
    return !saysWorkIsHere(vocabulary, typed);
  }

  /** Where one lives, from a message that is only a place by its exact name or postcode ("Gent", "9000", "Bruxelles"). */
  private placeAlone(typed: string): ResidenceAnswer | undefined {
    if (typed.includes('?') || wordsOf(typed).length > MAX_PLACE_ALONE_WORDS) return undefined;
    // A place's exact name or a postcode, never a word that comes close to a village ("voor mezelf").
    if (!/^\s*\d{4}\s*$/u.test(typed) && !placeInShortWish(this.deps.booking.centres, typed)) return undefined;
    const parsed = this.parseResidence(typed);
    return parsed.ok && !parsed.guess ? residenceAnswer(parsed) : undefined;
  }

  /** Where one lives, said alone: a place ("Gent", "9000") or a region ("Vlaanderen", "Flandre"). */
  private homeAlone(typed: string): ResidenceAnswer | undefined {
    return this.placeAlone(typed) ?? this.regionAlone(typed);
  }

  /** "Vlaanderen", "Brussel", "Flandre": a region's answer of "Waar woon je?" alone, typed before it was asked. */
  private regionAlone(typed: string): ResidenceAnswer | undefined {
    const { vocabulary } = this.deps;
    const region = REGIONS.find((id) => isOneOf(typed, vocabulary.choice(id, `checkEligibility:answers.${id}`).phrases));
    return region && { choice: region };
  }

  /**
   * "9000", "ik woon in Gent", "je vis à Liège": the region of the place named. Sure for a postcode
   * or a short statement; a place inside a question ("wat kost het in Gent?") is only a guess.
   */
  private parseResidence(typed: string): ParseResult {
    const found = findPlaceSaid(this.deps.booking.centres, typed, this.deps.vocabulary.placeWords);
    if (!found || 'unknown' in found) return { ok: false, retry: { key: 'checkEligibility:residence.retry' } };
    const words = typed.trim().split(/\s+/);
    // "ik woon in Gent, wat kost het?": where one lives, said in a clause of its own beside a question, is sure.
    const guess =
      !/\b\d{4}\b/.test(typed) &&
      !livesAt(this.deps.booking.centres, typed, this.deps.vocabulary) &&
      (typed.includes('?') || words.length > 6 || QUESTION_WORDS.has(normalize(words[0] ?? '')));
    if ('outside' in found) return { ok: true, choice: 'wallonia', guess };
    const [place] = found.places;
    const postcode = Number(place?.postcode);
    const region = postcode >= BRUSSELS_POSTCODES.from && postcode <= BRUSSELS_POSTCODES.to ? 'brussels' : 'flanders';
    // One place: kept, so the booking can offer centres near it instead of asking again.
    return { ok: true, choice: region, guess, ...(place && found.places.length === 1 && { detail: place }) };
  }

  /** Typed years as the range around the minimum of the rules in force. */
  private yearsRange(check: EligibilityCheck, years: number | undefined): Answers['years'] | undefined {
    if (years === undefined) return undefined;
    return years >= (this.deps.rules.experienceYearsOn(check.date) ?? 0) ? 'at_least' : 'below';
  }

  private async load(context: TurnContext): Promise<EligibilityCheck> {
    const check = await this.deps.eligibilityCheck.get(context);
    if (!check) throw new Error('checkEligibility: the check state is missing');
    return check;
  }

  private save(context: TurnContext, check: EligibilityCheck): Promise<void> {
    return this.deps.eligibilityCheck.set(context, check);
  }

  private view(context: TurnContext, date: IsoDate): RulesView {
    const { language, rules, contact } = this.deps;
    return { t: language.t(context), locale: language.locale(context), rules, date, contact };
  }

  private t(context: TurnContext): Translator {
    return this.deps.language.t(context);
  }
}

/** The message typed this turn, cut to a sane length; '' for anything else (a conversation update). */
function typedIn(step: WaterfallStepContext): string {
  return step.context.activity.type === 'message' ? clampText(step.context.activity.text ?? '') : '';
}

/** True the first time it is asked for `what` in this waterfall (its values survive "terug"). */
function once(step: WaterfallStepContext, what: string): boolean {
  const values = step.values as Record<string, boolean | undefined>;
  const before = values[what] === true;
  values[what] = true;
  return before;
}

/** How the check is started: with the message that asked for it, when there was one. */
export interface CheckEligibilityOptions {
  wish?: string;
  /** An EU institution or a foreign employer was named: a yes then says to order by phone. */
  foreignEmployer?: boolean;
  /**
   * Part-time work was named ("halftijds", "4/5"): enough years then go to a person (whether they
   * count in full or pro rata is not known), unless they are enough even pro rata.
   */
  partTime?: boolean;
  /** How much of a full-time job ("4/5": 0.8), when said: the smallest part said. */
  partTimeFraction?: number;
  /** Outplacement is offered and the person doubts whether to take it: a person looks at that with them. */
  outplacementDoubt?: boolean;
  /** Told at a question it did not answer ("ik werk al 3 jaar" at "Waar woon je?"), for the questions after. */
  told?: string;
  /** The check again after a correction typed after its verdict ("nee wacht, ik werk wel"): the answers it keeps or corrects. */
  redo?: CheckRedo;
}

/**
 * The answers a check run again after a correction starts from (correctionAfterVerdict): whom it
 * is for and, when known, where one lives, the work and the answers after it, the corrected one
 * among them. Only a question the new answers need and no answer was given to is asked.
 */
export interface CheckRedo {
  forWhom: ForWhom;
  pronoun?: Pronoun;
  residence?: string;
  home?: HomePlace;
  work?: string;
  /** The answers after the work, as given: taken again where the new answers need them, never asked twice. */
  years?: NonNullable<Said['years']>;
  chequeUsed?: NonNullable<Said['chequeUsed']>;
  outplacement?: NonNullable<Said['outplacement']>;
}

/** Passed to the next step when a question was not needed (the engine asked for a later one). */
const SKIPPED = { skipped: true } as const;

const answer = (key: string, id: string = key): Choice => ({ id, label: `checkEligibility:answers.${key}` });
/** Where a correction's first clause ends: a comma, a semicolon or a full stop. */
const CLAUSE_BREAK = /[,;.](?=\s)/u;
/**
 * "allebei", "les deux", "both" where a boss or oneself is asked: an employee with a business beside
 * it, whose job counts on its own (as "bediende met een bijberoep", CONTAINED_IN). Said as a whole only.
 */
const BOSS_AND_SELF: Choice = { ...answer('employee'), synonyms: 'bossAndSelf', wholeOnly: true };
/** The answers to "Hoe lang heb je in totaal al gewerkt?" under a minimum of `minimum` years, in their places. */
const yearsChoices = (minimum: number): Choice[] => [
  { id: 'below', label: `checkEligibility:years.ranges.${minimum}.below` },
  { id: 'at_least', label: `checkEligibility:years.ranges.${minimum}.atLeast` },
  UNKNOWN,
];
/** "ik ben nog maar net begonnen": years told without a count, in a message this short, answer nothing else. */
const MAX_WORDS_OF_YEARS_TOLD = 6;
/** "Ja, 2 jaar" at "Bedoel je 2 jaar?": the number typed was years. */
const CONFIRMED_YEARS = 'typed_years';
const UNKNOWN = answer('unknown');
/** "Tijdelijk werkloos": what one does, which the sources leave unclear (an answer "Ik weet het niet" for a person to look at). */
const TEMPORARY_UNEMPLOYMENT = 'understanding:temporaryUnemployment';
const MORE: Choice = { id: 'more', label: 'menu.more' };
/** "Voor mezelf", the answer to whom the check is for: typed again at the work question, it is no "ik werk voor mezelf". */
const WHOM_ANSWERS = 'understanding:synonyms.self';
/** "Werknemer", "zelfstandige", "geen werk" said again where the years are asked. */
const WORK_ANSWERS = ['understanding:synonyms.employee', 'understanding:synonyms.self_employed', 'understanding:synonyms.no_job'];
/** "Ik ga binnenkort op pensioen": still working, never the answer "met pensioen". */
const RETIRING_SOON = 'understanding:retiringSoon';
const OTHER_PERSON_ANSWERS = 'understanding:synonyms.other';
/** "ja", "nee" at "Voor wie kijk je dit na?": no answer there (the question says what it asks). */
const YES_WORDS = 'understanding:synonyms.yes';
const NO_WORDS = 'understanding:synonyms.no';
/** "iets anders" (something else) is no "Voor iemand anders". */
const SOMETHING_ELSE = 'understanding:somethingElse';
/**
 * "ok", "duidelijk", "ja ja ok": said to an explanation, not to a question of fact. Where a yes
 * can mean "no cheque" (outplacement, a cheque used before), they are asked again, never a yes.
 */
const ACKNOWLEDGEMENTS = 'understanding:acknowledgements';
/**
 * "ja graag", "yes please", "oui volontiers": said to an offer, not to a question of fact. At
 * "Krijg je nu outplacement aangeboden?" the user took the question for an offer of it (a yes
 * would be a "no cheque"): asked again plainly, never a yes.
 */
const OFFER_TAKEN = 'understanding:offerTaken';
/** "Vast benoemd", "statutair": its words win over "ambtenaar" beside them. */
const CIVIL_SERVANT: Choice = { ...answer('civil_servant'), precise: true };
/** A helper of a self-employed person (⚠️): its words ("helpt mee in mijn zaak") win over the "zaak" of self-employed. */
const HELPER_ANSWER: Choice = { ...answer('helper'), precise: true };
const WORK_DETAIL = [CIVIL_SERVANT, HELPER_ANSWER, UNKNOWN];
/**
 * "Ambtenaar", "fonctionnaire": typed only. The sources leave statutory civil servants unclear,
 * while one with a contract is an employee: which of the two is asked next.
 */
/** "Ambtenaar", "fonctionnaire", "civil servant": the words of OFFICIAL. */
const OFFICIAL_WORDS = 'understanding:synonyms.official';
const OFFICIAL: Choice = { id: 'official', label: 'checkEligibility:answers.civil_servant', synonyms: 'official', lastResort: true };
/**
 * "Ik werk bij de stad", "ik ben leerkracht": public service, appointed or on a contract. Its words
 * win over the "ik werk" of an employee, so which of the two is asked next (as for "ambtenaar").
 */
const PUBLIC_SERVICE: Choice = { ...OFFICIAL, synonyms: 'publicService', lastResort: false, precise: true };
/**
 * "Ik ben thuis met de kinderen": at home, but maybe on parental leave with a contract that still
 * runs, so whether there is one is asked next; its words win over the "ik ben thuis" of no work.
 */
const HOME_WITH_CHILDREN: Choice = {
  id: 'home_children',
  label: 'checkEligibility:answers.not_working',
  synonyms: 'homeWithChildren',
  precise: true,
};
/**
 * "Ik ben mantelzorger", "ik zorg voor mijn zieke man": caring for someone, with a job beside it or
 * not, so which is asked next. Its words win over the sickness of the one cared for ("zieke") and
 * over the "ik ben thuis" of no work.
 */
const CARING: Choice = { ...answer('caring'), precise: true, outranks: ['sick'] };
/** "Contractueel", "met een contract" (at work for the government): an employee. */
const CONTRACTUAL: Choice = { id: 'employee', label: 'checkEligibility:work.contract', synonyms: 'contractual', precise: true };
const NO_JOB = [answer('jobseeker'), answer('student'), answer('retired')];
/** The regions "Waar woon je?" names by their own words ("Vlaanderen", "Bruxelles", "Wallonie"). */
const REGIONS = ['flanders', 'brussels', 'wallonia'] as const;
/** Years told at a question after the years ("12 jaar" after "weet nie"): noted, the question again; withYearsToldLate takes them. */
const YEARS_LATE = { reader: 'yearsLate', say: { key: 'checkEligibility:told.yearsNoted' } } as const;
/** Years told late that are too few ("sorry, maar 5 jaar"): the question ends, and the verdict comes at once (withYearsToldLate). */
const TOO_FEW_YEARS_LATE = { reader: 'yearsTooFew', say: { key: 'checkEligibility:told.yearsNoted' }, ends: true } as const;
/** A word for years that every language's reading of years knows (withYearsUnit). */
const YEARS_UNIT = 'jaar';
/**
 * "Ik ben ziek": typed only; whether it counts as work depends on a contract (a person looks at it).
 * Its words win over the job they come with ("arbeider maar ziek", "worker but sick"): the job is
 * what the contract would be, the sickness is what a person must look at.
 */
const SICK: Choice = { ...answer('sick'), precise: true };
/**
 * Typed only: lives the sources leave unclear, so a person looks at them ("zelfstandige in
 * bijberoep", "gepensioneerd maar werk nog", "tijdskrediet"); their words win over the plainer
 * answer they contain ("zelfstandige", "gepensioneerd").
 */
const UNCLEAR_WORK = [
  answer('side_self_employed'),
  answer('working_pensioner'),
  answer('career_break'),
  // "hij werkt nog maar is in opzeg": the notice or the leave, not the job it is from.
  { ...answer('on_leave'), precise: true },
];
/** Work answers after which askWorkDetailStep asks which one it is. */
const WORK_DETAIL_ASKED: ReadonlySet<string> = new Set(['more', 'official', 'job', 'no_job', 'home_children', 'caring']);
/** The work a wish may tell: an answer the check reads from it (WORK_SAID_IN_A_WISH), or retired now. */
type WorkInAWish = (typeof WORK_SAID_IN_A_WISH)[number] | 'retired';

/**
 * In a wish, the answers a more precise one contains: "zelfstandige in bijberoep" names
 * "zelfstandige" too, "gepensioneerd maar werkt nog als bediende" a job. A main job beside a side
 * activity ("bediende met een bijberoep") is the job: it qualifies on its own.
 */
const CONTAINED_IN: Partial<Record<WorkInAWish, readonly string[]>> = {
  side_self_employed: ['self_employed'],
  working_pensioner: ['employee', 'self_employed', 'side_self_employed', 'retired'],
  career_break: ['employee'],
  // "bediende in opzeg", "verkoopster, nu in moederschapsrust": the leave says more than the job.
  on_leave: ['employee', 'self_employed'],
  // "ik ben arbeider maar ziek": off sick from that job.
  sick: ['employee', 'self_employed'],
  // "ik zorg thuis voor mijn zieke moeder": caring, neither one's own sickness nor simply no work.
  caring: ['sick', 'not_working'],
};

/** "sinds zijn 18": the age asked of him ("Hoe oud is hij nu?"), by whose age the words name. */
function sinceAgeContext(typed: string): { context?: string } {
  const whose = startedAtAgeOf(typed);
  const context = whose === 'self' ? undefined : helperContext('other', whose === 'other' ? undefined : whose);
  return context ? { context } : {};
}

/** A question's text, about "hij of zij" when someone answers for another person ("hij", "zij" when said which). */
function text(key: string, check: EligibilityCheck, params: Record<string, string | number> = {}): Text {
  const context = helperContext(check.forWhom, check.pronoun);
  return { key, params: context ? { ...params, context } : params };
}

/** The check with the place typed at "Waar woon je?", or without one when the answer was a button. */
function withHome(check: EligibilityCheck, home: HomePlace | undefined): EligibilityCheck {
  const { home: _earlier, ...rest } = check;
  return home ? { ...rest, home } : rest;
}

/**
 * True when two years answers are the same: the same range and, for part-time years, the same years
 * counted pro rata. "wacht, het is 25 jaar" after "20 jaar halftijds" (12.5 against 10) is new
 * years, so the check runs again and keeps them, even where its verdict stays the same.
 */
function sameYears(now: NonNullable<Said['years']>, before: NonNullable<Said['years']>): boolean {
  return now.answer === before.answer && now.partTime === before.partTime && now.proRata === before.proRata;
}

/** True when an unsure number of years ("6 of 7") lies on both sides of `minimum`. */
function straddles(range: { from: number; to: number }, minimum: number): boolean {
  return range.from < minimum && range.to >= minimum;
}

/** The verdict before the first regime: no rules to decide with. */
function noRules(): CheckResult {
  return { outcome: 'refer', reasons: ['no_regime'], regime: null, next: ['talk_to_person'] };
}
