import { type IsoDate } from './calendar.js';
import type { ChequeRules, Residence, WorkStatus } from './chequeRegimes.js';
import { evaluateAnswers, nextQuestion, type EligibilityAnswers, type NextStepCode, type Outcome, type ReasonCode } from './eligibility.js';

/*
 * From what a person can answer to what the eligibility engine needs. People answer in ranges and
 * may not know ("Ik weet het niet"); the engine needs values. This table says, per question, how an
 * answer becomes engine input, and what happens where the engine has no value for it:
 *
 * | question    | answer                         | engine input                                          |
 * |-------------|--------------------------------|-------------------------------------------------------|
 * | residence   | flanders/brussels/wallonia/abroad | residence as is                                    |
 * |             | unknown                        | none: refer at once (`residence_unknown`)              |
 * | work        | a work status                  | work as is                                            |
 * |             | unknown                        | none: refer at once (`work_unknown`)                  |
 * | years       | below / at_least M / unknown   | yearsExperience 0 / M / null (M: the regime's minimum) |
 * |             | at_least M, part-time said     | M; a yes or refer becomes refer with `part_time_years` (how part-time counts: not found) |
 * |             | … with the years × the part said ≥ M | M as is: enough counted in full or pro rata     |
 * | chequeUsed  | never / unknown                | chequeUsedOn "never" / "unknown"                       |
 * |             | yes, "never used" regime       | chequeUsedOn = check date (any use fails)             |
 * |             | yes, portfolio regime          | none yet: ask chequeWhen                              |
 * | chequeWhen  | within N years: yes / no / unknown | check date / 1 January of the year N+1 back / "unknown" |
 * | outplacement| yes / no                       | true / false                                          |
 * |             | unknown                        | none: the verdict with false decides the rest; a yes or refer becomes refer with `outplacement_unknown` |
 *
 * Under the 2013 rule (12 months within the last 24) the years stay honest: 0 is a sure "no", and
 * "1 jaar of meer" cannot prove recent work, so the engine refers it. Stand-in dates are classified
 * by the engine exactly as the person's answer; they are not the date of use.
 */

/** Version of `EligibilityCheck`; bump it when the shape changes so readers can tell old from new. */
export const ELIGIBILITY_CHECK_VERSION = 1;

type DontKnow = 'unknown';

/** Reasons for "I don't know" where the engine has no "unknown" value; they lead to `refer`. */
export const UNKNOWN_ANSWER_REASONS = ['residence_unknown', 'work_unknown', 'outplacement_unknown', 'part_time_years'] as const;
export type UnknownAnswerReason = (typeof UNKNOWN_ANSWER_REASONS)[number];
export type CheckReason = ReasonCode | UnknownAnswerReason;

/** The verdict as shown to the person: the engine's result, or a refer for an unknown answer. */
export interface CheckResult {
  outcome: Outcome;
  reasons: CheckReason[];
  regime: string | null;
  next: NextStepCode[];
}

/** What the person chose, in the terms of the questions. */
export interface Said {
  residence?: Residence | DontKnow;
  work?: WorkStatus | DontKnow;
  /** Years of work as a range around the minimum of the rules in force (7 years since 2020). */
  years?: {
    answer: 'below' | 'at_least' | DontKnow;
    minimumYears: number;
    partTime?: true;
    /** With `partTime`: the part of a full-time job said ("4/5": 0.8), so years corrected later count pro rata too. */
    fraction?: number;
    /** With `partTime`: the years typed times the part of a full-time job said ("20 jaar", "4/5": 16), when both were said. */
    proRata?: number;
    /** The number of years typed ("4 jaar"), when one was: a stretch told later ("daarvoor nog 6 jaar") adds to it. */
    typed?: number;
  };
  /** `withinYears`: asked only when the regime's portfolio makes the timing matter. */
  chequeUsed?: { answer: 'never' | 'yes' | DontKnow; withinYears?: { years: number; answer: 'yes' | 'no' | DontKnow } };
  outplacement?: 'yes' | 'no' | DontKnow;
}

/**
 * The eligibility check of a conversation: what was said, what the engine got, and the verdict.
 * Booking and the staff handover read it, so nobody has to answer twice. Plain JSON.
 */
export interface EligibilityCheck {
  version: typeof ELIGIBILITY_CHECK_VERSION;
  /** The Brussels date the check runs on; its rules decide the questions. */
  date: IsoDate;
  /** 'other': a family member or social worker answers for someone else. Absent until asked. */
  forWhom?: 'self' | 'other';
  /** With 'other': "hij" or "zij" when the person was named by a word that tells ("mijn man", "ma fille"); absent: "hij of zij". */
  pronoun?: 'he' | 'she';
  /** Only the questions answered so far; answering one again drops the later ones. */
  said: Said;
  input: EligibilityAnswers;
  /** Set once the check reached a verdict. */
  result?: CheckResult;
  /**
   * The place typed at "Waar woon je?" ("ik woon in Anderlecht"), so the booking can offer centres
   * near it. Conversation state only: it does not go with a booking to the centre.
   */
  home?: HomePlace;
  /**
   * Answers given before a correction after the verdict that this verdict came without ("sorry,
   * ik heb wel al een cheque gehad" says "no" before outplacement): kept for a next correction, so
   * they are not asked again. Never part of the verdict nor of what goes to staff.
   */
  unused?: Pick<Said, 'years' | 'chequeUsed' | 'outplacement'>;
}

/** A place as the booking's place list has it (src/booking/model.ts Place): plain JSON. */
export interface HomePlace {
  postcode: string;
  name: string;
  lat: number;
  lon: number;
}

/** The questions, in the order they are asked. `chequeWhen` follows `chequeUsed` only when asked. */
export const QUESTIONS = ['residence', 'work', 'years', 'chequeUsed', 'chequeWhen', 'outplacement'] as const;
export type CheckQuestion = (typeof QUESTIONS)[number];

export function newCheck(date: IsoDate): EligibilityCheck {
  return { version: ELIGIBILITY_CHECK_VERSION, date, said: {}, input: {} };
}

/** What each question can be answered with. */
export interface Answers {
  residence: Residence | DontKnow;
  work: WorkStatus | DontKnow;
  years: 'below' | 'at_least' | DontKnow;
  chequeUsed: 'never' | 'yes' | DontKnow;
  chequeWhen: 'yes' | 'no' | DontKnow;
  outplacement: 'yes' | 'no' | DontKnow;
}

/**
 * The check with `answer` to `question` recorded, and the answers to later questions dropped
 * (they were given before going back). Returns a new record; the old one is not changed.
 */
export function record<Q extends CheckQuestion>(
  check: EligibilityCheck,
  question: Q,
  answer: Answers[Q],
  rules: ChequeRules,
): EligibilityCheck {
  const next = clearFrom(check, question);
  const { said, input } = next;
  switch (question) {
    case 'residence': {
      const residence = answer as Answers['residence'];
      said.residence = residence;
      if (residence !== 'unknown') input.residence = residence;
      break;
    }
    case 'work': {
      const work = answer as Answers['work'];
      said.work = work;
      if (work !== 'unknown') input.work = work;
      break;
    }
    case 'years': {
      const range = answer as Answers['years'];
      const minimumYears = rules.experienceYearsOn(check.date) ?? 0;
      said.years = { answer: range, minimumYears };
      input.yearsExperience = range === 'unknown' ? null : range === 'below' ? 0 : minimumYears;
      break;
    }
    case 'chequeUsed': {
      const used = answer as Answers['chequeUsed'];
      said.chequeUsed = { answer: used };
      // Under a portfolio regime "ja" needs roughly when (chequeWhen); under "never used" any date fails.
      if (used !== 'yes') input.chequeUsedOn = used;
      else if (portfolioYears(rules, check.date) === undefined) input.chequeUsedOn = check.date;
      break;
    }
    case 'chequeWhen': {
      const within = answer as Answers['chequeWhen'];
      const years = portfolioYears(rules, check.date) ?? 0;
      said.chequeUsed = { answer: 'yes', withinYears: { years, answer: within } };
      input.chequeUsedOn = within === 'unknown' ? 'unknown' : within === 'yes' ? check.date : outsideWindow(check.date, years);
      break;
    }
    case 'outplacement': {
      const outplacement = answer as Answers['outplacement'];
      said.outplacement = outplacement;
      if (outplacement !== 'unknown') input.outplacement = outplacement === 'yes';
      break;
    }
  }
  return next;
}

/** The question to ask next, or null when the answers decide the verdict (see `verdictOf`). */
export function nextCheckQuestion(check: EligibilityCheck, rules: ChequeRules): CheckQuestion | null {
  if (unknownReason(check) || verdictOf(check, rules)) return null;
  const field = nextQuestion(check.input, rules, check.date);
  switch (field) {
    case 'residence':
      return 'residence';
    case 'work':
      return 'work';
    case 'yearsExperience':
      return 'years';
    case 'chequeUsedOn':
      return check.said.chequeUsed?.answer === 'yes' ? 'chequeWhen' : 'chequeUsed';
    case 'outplacement':
      return 'outplacement';
    case null:
      return null;
  }
}

/** The verdict once the answers decide it, or null while a question is still needed. */
export function verdictOf(check: EligibilityCheck, rules: ChequeRules): CheckResult | null {
  const regime = rules.regimeOn(check.date)?.id ?? null;
  const unknown = unknownReason(check);
  if (unknown) return { outcome: 'refer', reasons: [unknown], regime, next: ['talk_to_person'] };
  const open: UnknownAnswerReason[] = [];
  // Enough years, part of them part-time: whether those count in full or pro rata is not known
  // (domain: not found), so a person looks at it, unless they are enough even counted pro rata
  // (20 years at 4/5 are 16): then both readings say yes. Too few years stays a "no": they are too
  // few even counted in full.
  const { years } = check.said;
  const enoughProRata = years?.proRata !== undefined && years.proRata >= years.minimumYears;
  if (years?.partTime && years.answer === 'at_least' && !enoughProRata) open.push('part_time_years');
  if (check.said.outplacement === 'unknown') open.push('outplacement_unknown');
  // No engine value for "I don't know": decide the rest as if there were no outplacement.
  const rest = evaluateAnswers(
    open.includes('outplacement_unknown') ? { ...check.input, outplacement: false } : check.input,
    rules,
    check.date,
  );
  if (!rest || rest.outcome === 'not_eligible' || open.length === 0) return rest;
  const reasons: CheckReason[] = rest.outcome === 'refer' ? [...rest.reasons, ...open] : open;
  return { outcome: 'refer', reasons, regime: rest.regime, next: ['talk_to_person'] };
}

/** "Ik weet het niet" to residence or work: nothing the engine can work with, so a person looks at it. */
function unknownReason(check: EligibilityCheck): UnknownAnswerReason | undefined {
  if (check.said.residence === 'unknown') return 'residence_unknown';
  if (check.said.work === 'unknown') return 'work_unknown';
  return undefined;
}

/** The portfolio period of the rules on `date` (6 years since 2013), or undefined under "never used". */
export function portfolioYears(rules: ChequeRules, date: IsoDate): number | undefined {
  const rule = rules.regimeOn(date)?.conditions?.previousUse;
  return rule?.kind === 'portfolio' ? rule.years : undefined;
}

const SAID_OF: Record<CheckQuestion, keyof Said> = {
  residence: 'residence',
  work: 'work',
  years: 'years',
  chequeUsed: 'chequeUsed',
  chequeWhen: 'chequeUsed',
  outplacement: 'outplacement',
};
const INPUT_OF: Record<CheckQuestion, keyof EligibilityAnswers> = {
  residence: 'residence',
  work: 'work',
  years: 'yearsExperience',
  chequeUsed: 'chequeUsedOn',
  chequeWhen: 'chequeUsedOn',
  outplacement: 'outplacement',
};

/** A copy without the answer to `question` and the ones after it; `chequeWhen` keeps the "ja" it follows. */
function clearFrom(check: EligibilityCheck, question: CheckQuestion): EligibilityCheck {
  const said = { ...check.said };
  const input = { ...check.input };
  for (const q of QUESTIONS.slice(QUESTIONS.indexOf(question))) {
    if (!(question === 'chequeWhen' && q === 'chequeWhen')) delete said[SAID_OF[q]];
    delete input[INPUT_OF[q]];
  }
  const copy: EligibilityCheck = { ...check, said, input };
  delete copy.result;
  return copy;
}

/** A date the engine counts as outside a window of `years` before `date`: 1 January of the year before it began. */
function outsideWindow(date: IsoDate, years: number): IsoDate {
  return `${String(Number(date.slice(0, 4)) - years - 1).padStart(4, '0')}-01-01`;
}
