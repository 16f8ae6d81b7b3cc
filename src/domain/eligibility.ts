import { z } from 'zod/v4';
import { type IsoDate } from './calendar.js';
import { Residence, WorkStatus, type ChequeRules, type Regime, type RegimeConditions } from './chequeRegimes.js';

/**
 * Can this person get a loopbaancheque on this date? A pure check against the regime in force
 * (data/cheque-regimes.json); no bot, no I/O. Three outcomes:
 * - `eligible`: every condition of the regime is met;
 * - `not_eligible`: at least one condition definitely fails; `reasons` lists EVERY failed one;
 * - `refer`: nothing fails, but something is unclear in the sources or unknown to the person, so a
 *   person at VDAB must look at it. The bot never guesses a verdict.
 * A definite failure wins over an unknown: a jobseeker who does not know their years is
 * `not_eligible` (jobseeker), not `refer`.
 */

// ---------------------------------------------------------------------------------------------
// Codes. The dialog translates each one through a locale key, so this set is a contract: add
// codes rarely, never rename them.

export const REASON_CODES = [
  /** No loopbaancheque existed on the date (before 2013-07-01). */
  'no_regime',
  /** The rules in force are announced but not adopted (the loopbaankrediet planned from 2027). */
  'rules_changing',
  /** The sources disagree on which rules apply on the date (October 2025: old rules or transitional ones). */
  'start_date_unclear',
  /** Less work experience than the announced (not adopted) rules are reported to ask. */
  'announced_experience_below',
  /** Lives outside the Flemish and Brussels regions (Wallonia): the cheque is for residents of those. */
  'lives_outside_flanders_brussels',
  /** Lives abroad: only "some cases" qualify (e.g. working in Flanders/Brussels); a person must check. */
  'lives_abroad',
  /** Looking for work (no job): the cheque is for people who work now. */
  'jobseeker',
  /** Not working and not a jobseeker (at home, on benefits without a contract): the cheque needs a job. */
  'not_working',
  /** A student without a job: the cheque needs a job and work experience. */
  'student',
  /** Retired and not working: the cheque needs a job. */
  'retired',
  /** Statutory civil servant: the sources only name employees and self-employed people; VDAB must confirm. */
  'unclear_civil_servant',
  /** Helper or assisting spouse of a self-employed person: not covered by the sources; VDAB must confirm. */
  'unclear_helper',
  /** Off sick: it counts as work with a running contract, not without one; a person must look at it. */
  'unclear_sick',
  /** Self-employed in bijberoep: not found in the sources; VDAB must confirm (a main job may qualify). */
  'unclear_side_self_employed',
  /** Retired and still working: not found in the sources; VDAB must confirm. */
  'unclear_working_pensioner',
  /** On a full career break or time credit: not in the sources' table; a person must look at it. */
  'unclear_career_break',
  /** In a notice period or on birth leave: the contract runs, so probably yes, but the online order may refuse it. */
  'unclear_on_leave',
  /** Less work experience than the regime asks (7 years since 2020; 12 months in the last 24 before). */
  'too_little_experience',
  /** The person does not know their years of work experience. */
  'experience_unknown',
  /** 2013-2019 rule: 12 months of work in the last 24 cannot be read from total years; VDAB must check. */
  'recent_work_unknown',
  /** Already used a loopbaancheque, and the regime in force gives one only to people who never did. */
  'used_cheque_before',
  /** Used a cheque within the 6-year portfolio: the second cheque of it may still be available. */
  'may_have_second_cheque',
  /** The person does not know whether or when they used a loopbaancheque before. */
  'previous_use_unknown',
  /** Offered or following outplacement: the cheque cannot be combined with it. */
  'outplacement',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export const NEXT_STEP_CODES = [
  /** Book the free kennismakingsgesprek directly with a loopbaancentrum of your choice. */
  'book_intake',
  /** Order the cheque at VDAB: vdab.be (Mijn loopbaan) or the free number 0800 30 700. */
  'order_cheque',
  /** Let a person at VDAB look at it: the free number 0800 30 700 (later: the staff handover). */
  'talk_to_person',
  /** Register as a jobseeker with VDAB: a VDAB job coach (bemiddelaar) guides you, free training. */
  'jobseeker_coach',
  /** Brussels jobseekers: Actiris, the Brussels employment service. */
  'actiris',
  /** Walloon residents: Forem, the Walloon employment service. */
  'forem',
  /** Not working and not a jobseeker: ask VDAB (0800 30 700) about current options. */
  'vdab_other_support',
  /** Use the outplacement (or employer programme) itself for the guidance. */
  'outplacement_programme',
  /** Check whether your sector fund pays back career guidance (e.g. Volta, up to EUR 80 per 6 years). */
  'sector_fund',
  /** Ask your employer or HR whether they offer or pay for career guidance. */
  'ask_employer',
  /** Career guidance at your own cost with a coach. */
  'paid_coaching',
  /** A "loopbaankrediet" is planned from 2027 (not confirmed yet): check vdab.be later. */
  'wait_for_2027',
] as const;
export type NextStepCode = (typeof NEXT_STEP_CODES)[number];

export type Outcome = 'eligible' | 'not_eligible' | 'refer';

export interface EligibilityResult {
  outcome: Outcome;
  /** Empty when eligible; every failed condition when not eligible; every unclear one when referred. */
  reasons: ReasonCode[];
  /** The id of the regime in force on the date, or null before the first one. */
  regime: string | null;
  next: NextStepCode[];
}

// ---------------------------------------------------------------------------------------------
// Input contract (the CLI reads exactly this).

const isoDate = z.iso.date();
const isIsoDate = (value: string): boolean => isoDate.safeParse(value).success;

const required =
  (problem: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? 'is required' : problem;

const quoted = (values: readonly string[]): string => values.map((v) => `"${v}"`).join(', ');

const inputShape = {
  residence: z.enum(Residence.options, { error: required(`must be one of ${quoted(Residence.options)}`) }),
  work: z.enum(WorkStatus.options, { error: required(`must be one of ${quoted(WorkStatus.options)}`) }),
  /** null = the person does not know. */
  yearsExperience: z
    .number({ error: required('must be a number of years (0 or more) or null') })
    .nonnegative({ error: 'must be 0 or more' })
    .nullable(),
  /** The date a loopbaancheque was last used, "never", or "unknown" (the person does not know). */
  chequeUsedOn: z
    .string({ error: required('must be "never", "unknown" or a date YYYY-MM-DD') })
    .refine((v) => v === 'never' || v === 'unknown' || isIsoDate(v), {
      error: 'must be "never", "unknown" or a real calendar date YYYY-MM-DD',
    }),
  outplacement: z.boolean({ error: required('must be true or false') }),
};

/** The input without the date-dependent check; use `eligibilityInputOn(date)` to validate. */
export const EligibilityInput = z.strictObject(inputShape);
export type EligibilityInput = z.infer<typeof EligibilityInput>;

/** Answers collected so far in the dialog: a field that is absent has not been asked yet. */
export const EligibilityAnswers = EligibilityInput.partial();
export type EligibilityAnswers = z.infer<typeof EligibilityAnswers>;

export type Question = keyof EligibilityInput;

/** The order in which conditions are checked, reasons listed and questions asked. */
export const QUESTION_ORDER: readonly Question[] = ['residence', 'work', 'yearsExperience', 'chequeUsedOn', 'outplacement'];

function notAfter<T extends { chequeUsedOn?: string | undefined }>(date: IsoDate) {
  return (value: T, ctx: z.RefinementCtx): void => {
    const used = value.chequeUsedOn;
    if (used !== undefined && isIsoDate(used) && used > date) {
      ctx.addIssue({ code: 'custom', path: ['chequeUsedOn'], message: `must not be after the check date ${date}` });
    }
  };
}

/** The full input contract for a check on `date`: also rejects a cheque used after that date. */
export function eligibilityInputOn(date: IsoDate) {
  return EligibilityInput.superRefine(notAfter(date));
}

/** The partial answers for a check on `date`. */
export function eligibilityAnswersOn(date: IsoDate) {
  return EligibilityAnswers.superRefine(notAfter(date));
}

// ---------------------------------------------------------------------------------------------
// Conditions

type Check =
  | { status: 'pass' }
  | { status: 'fail'; reason: ReasonCode }
  | { status: 'unknown'; reason: ReasonCode }
  /** Not asked yet, and the answer matters. */
  | { status: 'open' };

const PASS: Check = { status: 'pass' };
const OPEN: Check = { status: 'open' };
const fail = (reason: ReasonCode): Check => ({ status: 'fail', reason });
const unknown = (reason: ReasonCode): Check => ({ status: 'unknown', reason });

/** Why each work status that is not accepted fails (the regimes schema guarantees no other fails). */
const WORK_FAIL_REASON: Partial<Record<WorkStatus, ReasonCode>> = {
  jobseeker: 'jobseeker',
  not_working: 'not_working',
  student: 'student',
  retired: 'retired',
};
const WORK_UNCLEAR_REASON: Partial<Record<WorkStatus, ReasonCode>> = {
  civil_servant: 'unclear_civil_servant',
  helper: 'unclear_helper',
  sick: 'unclear_sick',
  side_self_employed: 'unclear_side_self_employed',
  working_pensioner: 'unclear_working_pensioner',
  career_break: 'unclear_career_break',
  on_leave: 'unclear_on_leave',
};

function checkResidence(c: RegimeConditions, residence: Residence | undefined): Check {
  if (residence === undefined) return OPEN;
  if (c.residence.includes(residence)) return PASS;
  if ((c.residenceUnclear as readonly Residence[]).includes(residence)) return unknown('lives_abroad');
  return fail('lives_outside_flanders_brussels');
}

function checkWork(c: RegimeConditions, work: WorkStatus | undefined): Check {
  if (work === undefined) return OPEN;
  if (c.work.includes(work)) return PASS;
  if ((c.workUnclear as readonly WorkStatus[]).includes(work)) return unknown(reasonFor(WORK_UNCLEAR_REASON, work));
  return fail(reasonFor(WORK_FAIL_REASON, work));
}

/** The regimes schema only lets through exclusions that have a reason code; anything else is a bug. */
function reasonFor(table: Partial<Record<WorkStatus, ReasonCode>>, work: WorkStatus): ReasonCode {
  const reason = table[work];
  if (!reason) throw new Error(`No reason code for work status "${work}"; the regimes schema should have rejected this`);
  return reason;
}

function checkExperience(c: RegimeConditions, years: number | null | undefined): Check {
  if (years === undefined) return OPEN;
  if (years === null) return unknown('experience_unknown');
  const rule = c.experience;
  if (rule.kind === 'career') return years >= rule.years ? PASS : fail('too_little_experience');
  // 'recent' (2013-2019): at least `months` of work within the last `withinMonths`. Total career
  // years can only decide this one way: someone with less than `months` of work in their whole
  // career cannot have `months` in the last `withinMonths`, so that is a definite "no". With more,
  // the work may lie too far back (a gap, a return after years at home), so a person must check;
  // we do not guess that it was recent.
  return years * 12 < rule.months ? fail('too_little_experience') : unknown('recent_work_unknown');
}

function checkPreviousUse(c: RegimeConditions, usedOn: string | undefined, date: IsoDate): Check {
  if (usedOn === undefined) return OPEN;
  if (usedOn === 'never') return PASS;
  if (usedOn === 'unknown') return unknown('previous_use_unknown');
  const rule = c.previousUse;
  // 'never' (transitional regime, VDAB draft): one cheque only, for people who never used one.
  if (rule.kind === 'never') return fail('used_cheque_before');
  // 'portfolio': a portfolio of cheques per `years`. A use within the last `years` may have used
  // up the portfolio or left its second cheque: only VDAB can tell, so a person looks at it. A use
  // longer ago belongs to an earlier portfolio.
  return usedWithin(usedOn, rule.years, date) ? unknown('may_have_second_cheque') : PASS;
}

function checkOutplacement(c: RegimeConditions, outplacement: boolean | undefined): Check {
  if (!c.outplacementExcluded) return PASS;
  if (outplacement === undefined) return OPEN;
  return outplacement ? fail('outplacement') : PASS;
}

/**
 * Whether `usedOn` lies within the `years` before `date`: after the same calendar day `years`
 * earlier. On 2021-03-01 a use on 2015-03-02 is within 6 years, a use on 2015-03-01 is not (its
 * 6-year period ended on 2021-02-28). A 29 February with no counterpart counts from 28 February.
 */
export function usedWithin(usedOn: IsoDate, years: number, date: IsoDate): boolean {
  const year = Number(date.slice(0, 4)) - years;
  let monthDay = date.slice(5);
  if (monthDay === '02-29' && !isLeapYear(year)) monthDay = '02-28';
  return usedOn > `${String(year).padStart(4, '0')}-${monthDay}`;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

// ---------------------------------------------------------------------------------------------
// Evaluation

type Verdict = { result: EligibilityResult } | { ask: Question };

function decide(answers: EligibilityAnswers, rules: ChequeRules, date: IsoDate): Verdict {
  const regime = rules.regimeOn(date);
  if (!regime) return { result: { outcome: 'refer', reasons: ['no_regime'], regime: null, next: ['talk_to_person'] } };
  const unclearPeriod = rules.unclearOn(date);
  if (unclearPeriod) return { result: { outcome: 'refer', reasons: [unclearPeriod.reason], regime: regime.id, next: ['talk_to_person'] } };
  if (!regime.confirmed || regime.conditions === null) return announcedVerdict(answers, regime);
  const c = regime.conditions;
  const checks: Record<Question, Check> = {
    residence: checkResidence(c, answers.residence),
    work: checkWork(c, answers.work),
    yearsExperience: checkExperience(c, answers.yearsExperience),
    chequeUsedOn: checkPreviousUse(c, answers.chequeUsedOn, date),
    outplacement: checkOutplacement(c, answers.outplacement),
  };
  const ordered = QUESTION_ORDER.map((q) => checks[q]);
  const failed = ordered.flatMap((k) => (k.status === 'fail' ? [k.reason] : []));
  if (failed.length > 0) {
    // A definite "no" cannot be undone by later answers: stop asking.
    const next = alternatives(failed, answers, checks, rules, regime);
    return { result: { outcome: 'not_eligible', reasons: failed, regime: regime.id, next } };
  }
  const open = QUESTION_ORDER.find((q) => checks[q].status === 'open');
  if (open) return { ask: open };
  const unclear = ordered.flatMap((k) => (k.status === 'unknown' ? [k.reason] : []));
  if (unclear.length > 0) return { result: { outcome: 'refer', reasons: unclear, regime: regime.id, next: ['talk_to_person'] } };
  return { result: { outcome: 'eligible', reasons: [], regime: regime.id, next: ['book_intake', 'order_cheque'] } };
}

/**
 * Under announced rules nothing can be decided, but what is already known can be asked: the
 * reported minimum of work experience. A person then looks at it; where the data confirms that
 * centres still offer a free first meeting, booking one comes first.
 */
function announcedVerdict(answers: EligibilityAnswers, regime: Regime): Verdict {
  const minimum = regime.announced?.experienceYears.value;
  if (minimum != null && answers.yearsExperience === undefined) return { ask: 'yearsExperience' };
  const reasons: ReasonCode[] = ['rules_changing'];
  if (minimum != null && answers.yearsExperience != null && answers.yearsExperience < minimum) reasons.push('announced_experience_below');
  const next: NextStepCode[] = regime.freeFirstMeeting === true ? ['book_intake', 'talk_to_person'] : ['talk_to_person'];
  return { result: { outcome: 'refer', reasons, regime: regime.id, next } };
}

/** What a person who is not eligible can do instead (domain notes §5), in the order of the reasons. */
function alternatives(
  failed: readonly ReasonCode[],
  answers: EligibilityAnswers,
  checks: Record<Question, Check>,
  rules: ChequeRules,
  regime: Regime,
): NextStepCode[] {
  const livesInVdabArea = checks.residence.status !== 'fail';
  const working = checks.work.status !== 'fail';
  // The loopbaankrediet matters only while it is still ahead: the regime right after this one is
  // announced but not confirmed.
  const following = rules.regimes.find((r) => r.validFrom > regime.validFrom);
  const changeAhead = following !== undefined && !following.confirmed;
  // A self-employed person has no employer to ask.
  const otherWork: NextStepCode[] =
    answers.work === 'self_employed' ? ['sector_fund', 'paid_coaching'] : ['sector_fund', 'ask_employer', 'paid_coaching'];

  const steps = failed.flatMap((reason): NextStepCode[] => {
    switch (reason) {
      case 'lives_outside_flanders_brussels':
        return answers.residence === 'wallonia' ? ['forem'] : ['talk_to_person'];
      case 'jobseeker':
        switch (answers.residence) {
          case 'brussels':
            return ['actiris'];
          case 'wallonia':
            return ['forem'];
          case 'abroad':
            return ['talk_to_person'];
          default:
            return ['jobseeker_coach'];
        }
      case 'not_working':
      case 'student':
      case 'retired':
        return livesInVdabArea ? ['vdab_other_support'] : [];
      case 'too_little_experience':
        // The loopbaankrediet is (per media) for people with more than 7 years: not offered here.
        return working ? otherWork : [];
      case 'used_cheque_before':
        return working ? [...otherWork, ...(changeAhead && livesInVdabArea ? (['wait_for_2027'] as const) : [])] : [];
      case 'outplacement':
        return ['outplacement_programme'];
      default:
        return [];
    }
  });
  const unique = [...new Set(steps)];
  return unique.length > 0 ? unique : ['talk_to_person'];
}

function assertDate(date: IsoDate): void {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date YYYY-MM-DD: ${JSON.stringify(date)}`);
}

/** How the rules take one kind of work on its own: accepted, unclear (a person looks at it) or excluded, with why. */
export type WorkStanding = { status: 'accepted' } | { status: 'unclear'; reason: ReasonCode } | { status: 'excluded'; reason: ReasonCode };

/**
 * "Kan een zelfstandige het krijgen?": how the adopted rules on `date` take `work`, whatever else
 * is true of the person. Undefined where no adopted conditions decide (before the first regime,
 * on a day the sources disagree on, under rules only announced).
 */
export function workStandingOn(work: WorkStatus, rules: ChequeRules, date: IsoDate): WorkStanding | undefined {
  assertDate(date);
  const regime = rules.regimeOn(date);
  if (!regime?.confirmed || !regime.conditions || rules.unclearOn(date)) return undefined;
  const check = checkWork(regime.conditions, work);
  if (check.status === 'fail') return { status: 'excluded', reason: check.reason };
  if (check.status === 'unknown') return { status: 'unclear', reason: check.reason };
  return { status: 'accepted' };
}

/**
 * The verdict for a complete input on `date` (the Europe/Brussels date of the check; the caller
 * passes it). Throws a ZodError on input outside the contract.
 */
export function evaluateEligibility(input: EligibilityInput, rules: ChequeRules, date: IsoDate): EligibilityResult {
  assertDate(date);
  const valid = eligibilityInputOn(date).parse(input);
  const verdict = decide(valid, rules, date);
  // With every field answered nothing is open, so `decide` always returns a result here.
  if ('ask' in verdict) throw new Error(`Unreachable: ${verdict.ask} still open on a complete input`);
  return verdict.result;
}

/**
 * The verdict as soon as the answers so far decide it, or null while a question is still needed.
 * Stopping early means `reasons` lists the failures among the answers given, not the unasked ones.
 */
export function evaluateAnswers(answers: EligibilityAnswers, rules: ChequeRules, date: IsoDate): EligibilityResult | null {
  assertDate(date);
  const verdict = decide(eligibilityAnswersOn(date).parse(answers), rules, date);
  return 'result' in verdict ? verdict.result : null;
}

/**
 * The next field the dialog must ask, or null when the outcome is already decided (then call
 * `evaluateAnswers`). Fields absent from `answers` have not been asked; null / "unknown" mean
 * "I don't know" and count as answered. A jobseeker is never asked about years of experience, and
 * someone living in Wallonia is asked nothing more: a definite "no" ends the check.
 */
export function nextQuestion(answers: EligibilityAnswers, rules: ChequeRules, date: IsoDate): Question | null {
  assertDate(date);
  const verdict = decide(eligibilityAnswersOn(date).parse(answers), rules, date);
  return 'ask' in verdict ? verdict.ask : null;
}
