import type { ChequeRules } from '../src/domain/chequeRegimes.js';
import type { IsoDate } from '../src/domain/calendar.js';
import type { CheckResult, EligibilityCheck } from '../src/domain/eligibilityAnswers.js';
import type { VdabContact } from '../src/domain/vdabContact.js';
import type { Translator } from '../src/i18n/i18n.js';
import { regimeName } from './shared/chequeTerms.js';

/**
 * i18next context for the words about the person checked: none for oneself; for someone else
 * `helperHe` / `helperShe` when the words that named them tell ("mijn man", "ma fille"), which
 * fall back to `helper` ("hij of zij") where a text has no such form (src/i18n/i18n.ts).
 */
export function helperContext(forWhom: 'self' | 'other' | undefined, pronoun?: 'he' | 'she'): string | undefined {
  if (forWhom !== 'other') return undefined;
  return pronoun === 'he' ? 'helperHe' : pronoun === 'she' ? 'helperShe' : 'helper';
}

/** `helperContext` after a context of the text's own: `selfEmployed`, `selfEmployedHelper`, `selfEmployedHelperShe`. */
export function contextWithHelper(own: string, forWhom: 'self' | 'other' | undefined, pronoun?: 'he' | 'she'): string {
  const helper = helperContext(forWhom, pronoun);
  return helper ? `${own}${helper[0]?.toUpperCase() ?? ''}${helper.slice(1)}` : own;
}

export interface ResultView {
  forWhom?: 'self' | 'other' | undefined;
  /** With 'other': the person named as a man or a woman ("mijn vrouw"), when said. */
  pronoun?: 'he' | 'she' | undefined;
  website: string;
  /** VDAB's own site (registering as a jobseeker). */
  home: string;
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
 * one message with the next steps. `talk_to_person` gets its line here; the caller adds the contact.
 */
export function resultMessages(t: Translator, result: CheckResult, view: ResultView): string[] {
  const context = helperContext(view.forWhom, view.pronoun);
  // Rules only announced (the loopbaankrediet, not run by VDAB): nobody can decide yet; a person at VDAB tells what is known.
  const announced = result.outcome === 'refer' && result.reasons.includes('rules_changing');
  const verdict = [
    t(`checkEligibility:outcome.${announced ? 'refer_announced' : result.outcome}`, { context }),
    ...result.reasons.map((reason) =>
      t(`checkEligibility:reason.${reason}`, { context, name: view.regimeName ?? '', years: view.announcedYears ?? '' }),
    ),
  ].join('\n');
  // A "yes" is followed by a question about what to do next, not by a list of steps.
  if (result.outcome === 'eligible') return [verdict];
  const steps = result.next
    .filter((code) => code !== 'wait_for_2027' || view.changeYear !== undefined)
    .map((code) =>
      t(`checkEligibility:next.${code}`, {
        context,
        website: view.website,
        home: view.home,
        phone: view.phone,
        year: view.changeYear ?? '',
      }),
    );
  // The next steps read as one message, so the turn stays short.
  return steps.length > 0 ? [verdict, steps.join(' ')] : [verdict];
}

/** What the verdict of `check` is said with: the contact, the rules' name and the year of the change announced. */
export function resultViewOf(rules: ChequeRules, contact: VdabContact, t: Translator, check: EligibilityCheck): ResultView {
  const regime = rules.regimeOn(check.date);
  return {
    forWhom: check.forWhom,
    pronoun: check.pronoun,
    website: contact.websiteLabel,
    home: contact.homeLabel,
    phone: contact.phone,
    changeYear: announcedChangeYear(rules, check.date),
    regimeName: regime ? regimeName(t, regime) : undefined,
    announcedYears: regime?.announced?.experienceYears.value ?? undefined,
  };
}

/**
 * "Waarom niet?" after a "no" (or "iemand van VDAB moet het bekijken"): the reasons of the verdict
 * again, one line each, then what to do next. Without the yes or no itself, which was just said.
 */
export function reasonMessages(t: Translator, result: CheckResult, view: ResultView): string[] {
  const [verdict = '', ...steps] = resultMessages(t, result, view);
  const reasons = verdict.split('\n').slice(1);
  return [...(reasons.length > 0 ? [reasons.join('\n')] : []), ...steps];
}

/** The year of the next announced (not adopted) regime, e.g. the loopbaankrediet of 2027. */
function announcedChangeYear(rules: ChequeRules, date: IsoDate): number | undefined {
  const next = rules.regimes.find((r) => r.validFrom > date && !r.confirmed);
  return next ? Number(next.validFrom.slice(0, 4)) : undefined;
}
