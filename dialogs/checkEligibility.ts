import { ComponentDialog, type DialogTurnResult, type TurnContext, type WaterfallStepContext } from '../src/bot/sdk.js';
import {
  ELIGIBILITY_CHECK_VERSION,
  type CheckResult,
  type EligibilityCheckState,
  type UnknownAnswerReason,
} from '../src/bot/stateShapes.js';
import { brusselsDate, type IsoDate } from '../src/domain/calendar.js';
import type { ChequeRules, RegimeConditions, Residence, WorkStatus } from '../src/domain/chequeRegimes.js';
import { evaluateAnswers, nextQuestion, QUESTION_ORDER, type Question as Field } from '../src/domain/eligibility.js';
import type { Translator } from '../src/i18n/i18n.js';
import { announcedOn, changeNotice, describeAnnounced, regimeName, type RulesView } from './shared/chequeTerms.js';
import type { DialogDeps } from './shared/deps.js';
import { ask, QuestionPrompt, type Choice, type Text } from './shared/question.js';
import { send } from './shared/send.js';
import { Steps } from './shared/steps.js';
import { TalkToPersonDialog } from './talkToPerson.js';

/**
 * "Kan ik er een krijgen?": asks only what the rules in force need, one short question at a time,
 * and stops as soon as the eligibility engine (src/domain/eligibility.ts) has a verdict. Then it
 * says yes / no / "iemand van VDAB moet het bekijken", every reason, and what to do next.
 *
 * The answers are kept in conversation state (`EligibilityCheckState`, src/bot/stateShapes.ts).
 *
 * From the buttons to the engine input:
 * - residence: Vlaanderen / Brussel / Wallonië / Buitenland as they are. "Ik weet het niet" has no
 *   engine value: the dialog refers at once (`residence_unknown`).
 * - work: each button is one work status. "Ik weet het niet" refers at once (`work_unknown`).
 * - yearsExperience: a range around the regime's minimum M (7 years since 2020; 12 months = 1 year
 *   before 2020) maps to its lower bound: "minder dan M" → 0, "M of meer" → M, "ik weet het niet" →
 *   null. Under the 2013 rule (12 months within the last 24) that stays honest: 0 years is a sure
 *   "no", and "1 jaar of meer" cannot prove recent work, so the engine refers it.
 * - chequeUsedOn: "nee, nooit" → "never", "ik weet het niet" → "unknown". For "ja" the engine needs a
 *   date. Only a 6-year portfolio regime makes the timing matter; then the dialog asks "minder dan N
 *   jaar geleden?" and uses a stand-in date that the engine classifies the same way: "ja" → the
 *   check date (inside the window), "nee" → 1 January of the year N+1 years back (outside it).
 *   Under the "never used" regime any date fails, so "ja" → the check date without asking. The real
 *   answer is kept in `said.chequeUsed`; the stand-in date is not the date of use.
 * - outplacement: ja → true, nee → false. "Ik weet het niet" has no engine value: the verdict with
 *   `false` decides the rest, and what would be "yes" or a refer becomes a refer with
 *   `outplacement_unknown` (a definite "no" stays a "no").
 */
export class CheckEligibilityDialog extends ComponentDialog {
  static readonly id = 'checkEligibility';

  constructor(private readonly deps: DialogDeps) {
    super(CheckEligibilityDialog.id);
    this.addDialog(new QuestionPrompt(deps.language));
    this.addDialog(new TalkToPersonDialog(deps));
    // One step per question: "terug" re-asks the previous one (dialogs/shared/steps.ts). Each step
    // records the answer it receives, then asks its own question only when the engine needs it.
    this.addDialog(
      new Steps(`${CheckEligibilityDialog.id}.steps`, [
        this.askForWhomStep.bind(this),
        this.askResidenceStep.bind(this),
        this.askWhereElseStep.bind(this),
        this.askWorkStep.bind(this),
        this.askWorkDetailStep.bind(this),
        this.askNoJobDetailStep.bind(this),
        this.askYearsStep.bind(this),
        this.askChequeUsedStep.bind(this),
        this.askChequeWhenStep.bind(this),
        this.askOutplacementStep.bind(this),
        this.showResultStep.bind(this),
      ]),
    );
    this.addDialog(new Steps(CheckEligibilityDialog.nextStepsId, [this.askWhatNextStep.bind(this), this.doNextStep.bind(this)]));
    this.initialDialogId = `${CheckEligibilityDialog.id}.steps`;
  }

  private static readonly nextStepsId = `${CheckEligibilityDialog.id}.next`;

  /** Starts a new check on today's Brussels date; asks whether it is for the user or someone else. */
  private async askForWhomStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state: EligibilityCheckState = {
      version: ELIGIBILITY_CHECK_VERSION,
      date: brusselsDate(this.deps.clock.now()),
      said: {},
      input: {},
    };
    await this.save(step.context, state);
    // When no rules are in force (the loopbaankrediet is not adopted), no answer can help.
    const decided = evaluateAnswers(state.input, this.deps.rules, state.date);
    if (decided) return this.finish(step, state, decided);
    const t = this.t(step.context);
    // Under announced rules (the loopbaankrediet) say what is coming; the one question that can be
    // asked already follows.
    const announced = announcedOn(this.deps.rules, state.date) ? describeAnnounced(this.view(step.context, state.date)) : [];
    await send(step.context, ...(announced.length > 0 ? [announced[0] ?? '', t('checkEligibility:introAnnounced')] : [t('checkEligibility:intro')]));
    return ask(step, {
      text: { key: 'checkEligibility:forWhom.question' },
      choices: [
        { value: 'self', label: 'checkEligibility:forWhom.self' },
        { value: 'other', label: 'checkEligibility:forWhom.other' },
      ],
    });
  }

  /** Where the person lives: Vlaanderen, Brussel, or somewhere else. */
  private async askResidenceStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = { ...clearFrom(await this.load(step.context), 'residence'), forWhom: step.result as ForWhom };
    await this.save(step.context, state);
    return this.askIfNeeded(step, state, 'residence', () =>
      ask(step, {
        text: text('checkEligibility:residence.question', state),
        choices: [answer('flanders'), answer('brussels'), answer('elsewhere')],
        alsoUnderstood: [answer('wallonia'), answer('abroad'), UNKNOWN],
      }),
    );
  }

  /** "Ergens anders": Wallonië, the rest of the world, or not sure. */
  private async askWhereElseStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result !== 'elsewhere') return step.next(step.result);
    const state = await this.load(step.context);
    return ask(step, {
      text: text('checkEligibility:residence.elsewhere', state),
      choices: [answer('wallonia'), answer('abroad'), UNKNOWN],
      alsoUnderstood: [answer('flanders'), answer('brussels')],
    });
  }

  /** Records the residence; asks what the person does now. */
  private async askWorkStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    let state = await this.load(step.context);
    if (step.result !== SKIPPED) {
      const residence = step.result as Residence | DontKnow;
      state = clearFrom(state, 'residence');
      state.said.residence = residence;
      if (residence === 'unknown') return this.finishUnknown(step, state, 'residence_unknown');
      state.input.residence = residence;
      await this.save(step.context, state);
    }
    return this.askIfNeeded(step, state, 'work', () =>
      ask(step, {
        text: text('checkEligibility:work.question', state),
        choices: [answer('employee'), answer('self_employed'), answer('noJob', 'no_job')],
        more: MORE,
        alsoUnderstood: [...WORK_DETAIL, ...NO_JOB, answer('not_working')],
      }),
    );
  }

  /** "Meer": civil servant, helper or not sure. "Geen werk nu": which situation. */
  private async askWorkDetailStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = await this.load(step.context);
    const direct = [answer('employee'), answer('self_employed')];
    switch (step.result) {
      case 'more':
        return ask(step, {
          text: text('checkEligibility:work.more', state),
          choices: WORK_DETAIL,
          alsoUnderstood: [...direct, ...NO_JOB, answer('not_working')],
        });
      case 'no_job':
        return ask(step, {
          text: text('checkEligibility:work.noJob', state),
          choices: NO_JOB,
          more: MORE,
          alsoUnderstood: [answer('not_working'), UNKNOWN, ...direct],
        });
      default:
        return step.next(step.result);
    }
  }

  /** "Geen werk nu" → "Meer": at home without a job, or not sure. */
  private async askNoJobDetailStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result !== 'more') return step.next(step.result);
    const state = await this.load(step.context);
    return ask(step, {
      text: text('checkEligibility:work.noJobMore', state),
      choices: [answer('not_working'), UNKNOWN],
      alsoUnderstood: NO_JOB,
    });
  }

  /** Records the work status; explains what counts as work and asks for the years as a range. */
  private async askYearsStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    let state = await this.load(step.context);
    if (step.result !== SKIPPED) {
      const work = step.result as WorkStatus | DontKnow;
      state = clearFrom(state, 'work');
      state.said.work = work;
      if (work === 'unknown') return this.finishUnknown(step, state, 'work_unknown');
      state.input.work = work;
      await this.save(step.context, state);
    }
    return this.askIfNeeded(step, state, 'yearsExperience', async () => {
      const minimum = this.minimumYears(state);
      // What counts as work is known for the cheque, not yet for announced rules.
      if (!announcedOn(this.deps.rules, state.date)) await send(step.context, this.t(step.context)('checkEligibility:years.whatCounts'));
      return ask(step, {
        text: text('checkEligibility:years.question', state),
        choices: [
          { value: 'below', label: `checkEligibility:years.ranges.${minimum}.below` },
          { value: 'at_least', label: `checkEligibility:years.ranges.${minimum}.atLeast` },
          UNKNOWN,
        ],
      });
    });
  }

  /** Records the years; asks whether a loopbaancheque was used before. */
  private async askChequeUsedStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    let state = await this.load(step.context);
    if (step.result !== SKIPPED) {
      const range = step.result as 'below' | 'at_least' | DontKnow;
      const minimum = this.minimumYears(state);
      state = clearFrom(state, 'yearsExperience');
      state.said.years = { answer: range, minimumYears: minimum };
      state.input.yearsExperience = range === 'unknown' ? null : range === 'below' ? 0 : minimum;
      await this.save(step.context, state);
    }
    return this.askIfNeeded(step, state, 'chequeUsedOn', () =>
      ask(step, {
        text: text('checkEligibility:chequeUsed.question', state),
        choices: [answer('never', 'no'), YES, UNKNOWN],
      }),
    );
  }

  /** Records the answer; "ja" under a portfolio regime needs roughly when, so it asks that. */
  private async askChequeWhenStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result === SKIPPED) return step.next(SKIPPED);
    const used = step.result as 'no' | 'yes' | DontKnow;
    const state = clearFrom(await this.load(step.context), 'chequeUsedOn');
    state.said.chequeUsed = { answer: used === 'no' ? 'never' : used };
    const rule = this.conditions(state).previousUse;
    if (used === 'yes' && rule.kind === 'portfolio') {
      await this.save(step.context, state);
      return ask(step, {
        text: text('checkEligibility:chequeUsed.within', state, { years: rule.years }),
        choices: [YES, NO, UNKNOWN],
      });
    }
    // "never used" regime: any earlier use fails, so the check date stands in for "some day".
    state.input.chequeUsedOn = used === 'no' ? 'never' : used === 'unknown' ? 'unknown' : state.date;
    await this.save(step.context, state);
    return step.next(RECORDED);
  }

  /** Records when the cheque was used (if that was asked); asks about outplacement. */
  private async askOutplacementStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = await this.load(step.context);
    if (step.result !== SKIPPED && step.result !== RECORDED) {
      const within = step.result as 'yes' | 'no' | DontKnow;
      const rule = this.conditions(state).previousUse;
      const years = rule.kind === 'portfolio' ? rule.years : 0;
      state.said.chequeUsed = { answer: 'yes', withinYears: { years, answer: within } };
      state.input.chequeUsedOn = within === 'unknown' ? 'unknown' : within === 'yes' ? state.date : outsideWindow(state.date, years);
      await this.save(step.context, state);
    }
    return this.askIfNeeded(step, state, 'outplacement', () =>
      ask(step, { text: text('checkEligibility:outplacement.question', state), choices: [YES, NO, UNKNOWN] }),
    );
  }

  /** Records outplacement and shows the verdict. */
  private async showResultStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = await this.load(step.context);
    if (step.result === SKIPPED) return this.finish(step, state, this.verdict(state.input, state.date));
    const said = step.result as 'yes' | 'no' | DontKnow;
    const recorded = clearFrom(state, 'outplacement');
    recorded.said.outplacement = said;
    if (said !== 'unknown') {
      recorded.input.outplacement = said === 'yes';
      return this.finish(step, recorded, this.verdict(recorded.input, recorded.date));
    }
    // No engine value for "I don't know": decide the rest as if there were no outplacement.
    const rest = this.verdict({ ...recorded.input, outplacement: false }, recorded.date);
    return this.finish(step, recorded, rest.outcome === 'not_eligible' ? rest : referAlso(rest, 'outplacement_unknown'));
  }

  // -------------------------------------------------------------------------------------------

  /**
   * Asks `field` when the engine needs it next; shows the verdict once the answers decide it. A
   * field the rules do not need is passed over, and so is its step.
   */
  private async askIfNeeded(
    step: WaterfallStepContext,
    state: EligibilityCheckState,
    field: Field,
    askIt: () => Promise<DialogTurnResult>,
  ): Promise<DialogTurnResult> {
    const needed = nextQuestion(state.input, this.deps.rules, state.date);
    if (needed === null) return this.finish(step, state, this.verdict(state.input, state.date));
    return needed === field ? askIt() : step.next(SKIPPED);
  }

  private verdict(input: EligibilityCheckState['input'], date: IsoDate): CheckResult {
    const result = evaluateAnswers(input, this.deps.rules, date);
    if (!result) throw new Error('checkEligibility: no verdict although no question is left');
    return result;
  }

  /** "Ik weet het niet" where the engine has no "unknown": a person must look at it. */
  private finishUnknown(step: WaterfallStepContext, state: EligibilityCheckState, reason: UnknownAnswerReason) {
    const regime = this.deps.rules.regimeOn(state.date)?.id ?? null;
    return this.finish(step, state, { outcome: 'refer', reasons: [reason], regime, next: ['talk_to_person'] });
  }

  /** Saves the verdict, says it with its reasons and next steps; a refer hands over to a person. */
  private async finish(step: WaterfallStepContext, state: EligibilityCheckState, result: CheckResult): Promise<DialogTurnResult> {
    await this.save(step.context, { ...state, result });
    const t = this.t(step.context);
    const regime = this.deps.rules.regimeOn(state.date);
    const messages = resultMessages(t, result, {
      forWhom: state.forWhom,
      website: this.deps.contact.websiteLabel,
      phone: this.deps.contact.phone,
      changeYear: announcedChangeYear(this.deps.rules, state.date),
      regimeName: regime ? regimeName(t, regime) : undefined,
      announcedYears: regime?.announced?.experienceYears.value ?? undefined,
    });
    if (result.outcome === 'eligible') {
      // When the rules end soon, say so, with the tip for a month whose cheques are gone.
      const notice = changeNotice(this.view(step.context, state.date));
      await send(step.context, ...messages, ...(notice ? [notice, t('rules:orderTip', { phone: this.deps.contact.phone })] : []));
      return step.replaceDialog(CheckEligibilityDialog.nextStepsId, { forWhom: state.forWhom });
    }
    await send(step.context, ...messages);
    if (result.next.includes('talk_to_person')) return step.replaceDialog(TalkToPersonDialog.id);
    return step.endDialog();
  }

  /** After a "yes": booking the free first talk is the step that makes the difference, so it comes first. */
  private async askWhatNextStep(step: WaterfallStepContext<{ forWhom?: ForWhom }>): Promise<DialogTurnResult> {
    const helper: Record<string, string> = step.options.forWhom === 'other' ? { context: HELPER } : {};
    const firstTalkFree = this.deps.rules.regimeOn(brusselsDate(this.deps.clock.now()))?.freeFirstMeeting === true;
    return ask(step, {
      text: { key: firstTalkFree ? 'checkEligibility:eligibleNext.questionFree' : 'checkEligibility:eligibleNext.question', params: helper },
      choices: [
        { value: 'book', label: 'menu.book' },
        { value: 'order', label: 'checkEligibility:eligibleNext.order' },
        { value: 'later', label: 'checkEligibility:eligibleNext.later' },
      ],
    });
  }

  /** "Afspraak maken" ends with 'book' (the menu starts the booking); "Cheque bestellen" says how. */
  private async doNextStep(step: WaterfallStepContext<{ forWhom?: ForWhom }>): Promise<DialogTurnResult> {
    if (step.result === 'book') return step.endDialog('book');
    if (step.result === 'order') {
      const context = step.options.forWhom === 'other' ? HELPER : undefined;
      await send(step.context, this.t(step.context)('checkEligibility:next.order_cheque', { context, website: this.deps.contact.websiteLabel, phone: this.deps.contact.phone }));
    }
    return step.endDialog();
  }

  /** The conditions of the regime in force; only called once the engine asked a question under it. */
  private conditions(state: EligibilityCheckState): RegimeConditions {
    const conditions = this.deps.rules.regimeOn(state.date)?.conditions;
    if (!conditions) throw new Error(`checkEligibility: no conditions in force on ${state.date}`);
    return conditions;
  }

  /** The years of experience the rules in force ask (adopted or announced): the edge of the ranges offered. */
  private minimumYears(state: EligibilityCheckState): number {
    const years = this.deps.rules.experienceYearsOn(state.date);
    if (years === undefined) throw new Error(`checkEligibility: no experience rule on ${state.date}`);
    return years;
  }

  private view(context: TurnContext, date: IsoDate): RulesView {
    const { language, rules, contact } = this.deps;
    return { t: language.t(context), locale: language.locale(context), rules, date, contact };
  }

  private async load(context: TurnContext): Promise<EligibilityCheckState> {
    const state = await this.deps.eligibilityCheck.get(context);
    if (!state) throw new Error('checkEligibility: the check state is missing');
    return { ...state, said: { ...state.said }, input: { ...state.input } };
  }

  private save(context: TurnContext, state: EligibilityCheckState): Promise<void> {
    return this.deps.eligibilityCheck.set(context, state);
  }

  private t(context: TurnContext): Translator {
    return this.deps.language.t(context);
  }
}

type ForWhom = NonNullable<EligibilityCheckState['forWhom']>;
type DontKnow = 'unknown';

/** Passed to the next step when a question was not needed (the engine asked for a later one). */
const SKIPPED = '(skipped)';
/** Passed on when a step recorded its answer without asking a follow-up. */
const RECORDED = '(recorded)';

const answer = (key: string, value: string = key): Choice => ({ value, label: `checkEligibility:answers.${key}` });
const UNKNOWN = answer('unknown');
const YES: Choice = { value: 'yes', label: 'answers.yes' };
const NO: Choice = { value: 'no', label: 'answers.no' };
const MORE: Choice = { value: 'more', label: 'menu.more' };
const WORK_DETAIL = [answer('civil_servant'), answer('helper'), UNKNOWN];
const NO_JOB = [answer('jobseeker'), answer('student'), answer('retired')];

/** A question's text, about "hij of zij" when someone answers for another person. */
function text(key: string, state: EligibilityCheckState, params: Record<string, string | number> = {}): Text {
  return { key, params: state.forWhom === 'other' ? { ...params, context: HELPER } : params };
}

/** i18next context for the helper wording: `key_helper` when it exists, else `key`. */
const HELPER = 'helper';

/** A copy without the answers to `field` and the questions after it: they were given before going back. */
function clearFrom(state: EligibilityCheckState, field: Field): EligibilityCheckState {
  const said = { ...state.said };
  const input = { ...state.input };
  for (const f of QUESTION_ORDER.slice(QUESTION_ORDER.indexOf(field))) {
    delete said[SAID[f]];
    delete input[f];
  }
  const copy = { ...state, said, input };
  delete copy.result;
  return copy;
}

const SAID: Record<Field, keyof EligibilityCheckState['said']> = {
  residence: 'residence',
  work: 'work',
  yearsExperience: 'years',
  chequeUsedOn: 'chequeUsed',
  outplacement: 'outplacement',
};

/** A date the engine counts as outside a window of `years` before `date`: 1 January of the year before it began. */
function outsideWindow(date: IsoDate, years: number): IsoDate {
  return `${String(Number(date.slice(0, 4)) - years - 1).padStart(4, '0')}-01-01`;
}

/** A refer that also lists `reason`; an eligible verdict becomes a refer for it alone. */
function referAlso(result: CheckResult, reason: UnknownAnswerReason): CheckResult {
  const reasons = result.outcome === 'refer' ? [...result.reasons, reason] : [reason];
  return { outcome: 'refer', reasons, regime: result.regime, next: ['talk_to_person'] };
}

/** The year of the next announced (not adopted) regime, e.g. the loopbaankrediet of 2027. */
function announcedChangeYear(rules: ChequeRules, date: IsoDate): number | undefined {
  const next = rules.regimes.find((r) => r.validFrom > date && !r.confirmed);
  return next ? Number(next.validFrom.slice(0, 4)) : undefined;
}

export interface ResultView {
  forWhom?: ForWhom | undefined;
  website: string;
  phone: string;
  /** For `wait_for_2027`; without it that step is left out rather than naming no year. */
  changeYear?: number | undefined;
  /** The name of the rules in force ("het loopbaankrediet"), for `rules_changing`. */
  regimeName?: string | undefined;
  /** The years of work the announced rules are reported to ask, for `announced_experience_below`. */
  announcedYears?: number | undefined;
}

/**
 * The verdict in plain words: one message with the outcome and every reason (one line each), then
 * one message per next step. `talk_to_person` gets its line here; the caller adds the contact.
 */
export function resultMessages(t: Translator, result: CheckResult, view: ResultView): string[] {
  const context = view.forWhom === 'other' ? HELPER : undefined;
  const verdict = [
    t(`checkEligibility:outcome.${result.outcome}`, { context }),
    ...result.reasons.map((reason) =>
      t(`checkEligibility:reason.${reason}`, { context, name: view.regimeName ?? '', years: view.announcedYears ?? '' }),
    ),
  ].join('\n');
  // A "yes" is followed by a question about what to do next, not by a list of steps.
  if (result.outcome === 'eligible') return [verdict];
  const steps = result.next
    .filter((code) => code !== 'wait_for_2027' || view.changeYear !== undefined)
    .map((code) =>
      t(`checkEligibility:next.${code}`, { context, website: view.website, phone: view.phone, year: view.changeYear ?? '' }),
    );
  return [verdict, ...steps];
}
