import { z } from 'zod/v4';
import shippedRegimes from '../../data/cheque-regimes.json' with { type: 'json' };
import { inPeriod, type IsoDate } from './calendar.js';

/**
 * The loopbaancheque rules as dated data (data/cheque-regimes.json). Rules change by decree, so a
 * new price or regime is a data change, never a change in a dialog. `null` means "not confirmed":
 * the bot then points to vdab.be or 0800 30 700 instead of stating a value.
 */

const isoDate = z.iso.date();

export const Residence = z.enum(['flanders', 'brussels', 'wallonia', 'abroad']);
export type Residence = z.infer<typeof Residence>;

export const WorkStatus = z.enum([
  'employee',
  'self_employed',
  'civil_servant',
  'helper',
  'jobseeker',
  'not_working',
  'student',
  'retired',
]);
export type WorkStatus = z.infer<typeof WorkStatus>;

const ExperienceRule = z.discriminatedUnion('kind', [
  /** At least `years` of work over the whole career. */
  z.object({ kind: z.literal('career'), years: z.number().positive() }),
  /** At least `months` of work within the last `withinMonths`. */
  z.object({ kind: z.literal('recent'), months: z.number().positive(), withinMonths: z.number().positive() }),
]);

const PreviousUseRule = z.discriminatedUnion('kind', [
  /** Never used any loopbaancheque in the whole career. */
  z.object({ kind: z.literal('never') }),
  /** A portfolio of cheques per period of `years`; a use within it may still leave a cheque. */
  z.object({ kind: z.literal('portfolio'), years: z.number().int().positive() }),
]);

/**
 * Who qualifies under a regime. A residence or work status is either accepted (`residence`,
 * `work`), unclear in the sources so a person must look at it (`residenceUnclear`, `workUnclear`),
 * or, when in neither list, a definite "no". The eligibility engine has a reason code for each "no"
 * and each "unclear" it can meet, so the lists are limited to those (see `checkCoverage`).
 */
const Conditions = z
  .object({
    residence: z.array(Residence).min(1),
    /** Living abroad: older sources accept EU/EEA residents working in Flanders/Brussels, current ones only "in some cases". */
    residenceUnclear: z.array(z.enum(['abroad'])),
    work: z.array(WorkStatus).min(1),
    /** Statutory civil servants and helpers/assisting spouses: not found in the cheque sources. */
    workUnclear: z.array(z.enum(['civil_servant', 'helper'])),
    experience: ExperienceRule,
    previousUse: PreviousUseRule,
    outplacementExcluded: z.boolean(),
  })
  .superRefine((c, ctx) => checkCoverage(c, ctx));
export type RegimeConditions = z.infer<typeof Conditions>;

/** Values that must always be accepted or unclear: the engine has no reason code for excluding them. */
const ALWAYS_IN_RESIDENCE: readonly Residence[] = ['flanders', 'brussels'];
const ALWAYS_IN_WORK: readonly WorkStatus[] = ['employee', 'self_employed'];
const WORK_ACCEPTED_OR_UNCLEAR: readonly WorkStatus[] = ['civil_servant', 'helper'];

function checkCoverage(
  c: { residence: Residence[]; residenceUnclear: Residence[]; work: WorkStatus[]; workUnclear: WorkStatus[] },
  ctx: z.RefinementCtx,
): void {
  for (const r of c.residenceUnclear) {
    if (c.residence.includes(r)) ctx.addIssue({ code: 'custom', path: ['residenceUnclear'], message: `"${r}" is both accepted and unclear` });
  }
  for (const w of c.workUnclear) {
    if (c.work.includes(w)) ctx.addIssue({ code: 'custom', path: ['workUnclear'], message: `"${w}" is both accepted and unclear` });
  }
  for (const r of ALWAYS_IN_RESIDENCE) {
    if (!c.residence.includes(r)) ctx.addIssue({ code: 'custom', path: ['residence'], message: `must accept "${r}" (no reason code for excluding it)` });
  }
  for (const w of ALWAYS_IN_WORK) {
    if (!c.work.includes(w)) ctx.addIssue({ code: 'custom', path: ['work'], message: `must accept "${w}" (no reason code for excluding it)` });
  }
  for (const w of WORK_ACCEPTED_OR_UNCLEAR) {
    if (!c.work.includes(w) && !c.workUnclear.includes(w)) {
      ctx.addIssue({ code: 'custom', path: ['work'], message: `must accept "${w}" or list it in workUnclear (no reason code for excluding it)` });
    }
  }
}

const DatedAmount = z.object({
  from: isoDate,
  to: isoDate,
  eur: z.number().nonnegative().nullable(),
  note: z.string().optional(),
});

const Regime = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  validFrom: isoDate,
  validTo: isoDate.nullable(),
  /** false = announced but not adopted: every check under it goes to a person. */
  confirmed: z.boolean(),
  conditions: Conditions.nullable(),
  gives: z.object({
    cheques: z.number().int().positive().nullable(),
    hoursPerCheque: z.array(z.number().positive()).min(1).nullable(),
    ownContributionEur: z.array(DatedAmount),
  }),
  notes: z.string().optional(),
  sources: z.array(z.url()).min(1),
});
export type Regime = z.infer<typeof Regime>;

const RegimeFile = z
  .object({ $comment: z.string().optional(), regimes: z.array(Regime).min(1) })
  .superRefine(({ regimes }, ctx) => {
    regimes.forEach((regime, i) => {
      if (regime.validTo !== null && regime.validTo < regime.validFrom) {
        ctx.addIssue({ code: 'custom', path: ['regimes', i, 'validTo'], message: 'ends before it starts' });
      }
      if (regime.confirmed && regime.conditions === null) {
        ctx.addIssue({ code: 'custom', path: ['regimes', i, 'conditions'], message: 'a confirmed regime needs conditions' });
      }
      regime.gives.ownContributionEur.forEach((amount, j) => {
        const path = ['regimes', i, 'gives', 'ownContributionEur', j];
        if (amount.to < amount.from) ctx.addIssue({ code: 'custom', path, message: 'ends before it starts' });
        if (amount.from < regime.validFrom || (regime.validTo !== null && amount.to > regime.validTo)) {
          ctx.addIssue({ code: 'custom', path, message: 'lies outside the regime period' });
        }
        const before = regime.gives.ownContributionEur[j - 1];
        if (before && amount.from <= before.to) ctx.addIssue({ code: 'custom', path, message: 'overlaps the amount before it' });
      });
      const next = regimes[i + 1];
      if (next && (regime.validTo === null || next.validFrom <= regime.validTo)) {
        ctx.addIssue({ code: 'custom', path: ['regimes', i + 1, 'validFrom'], message: 'overlaps the regime before it' });
      }
    });
  });

/** What the cheque gives on one day, with unconfirmed values left as `null`. */
export interface ChequeTerms {
  regimeId: string;
  confirmed: boolean;
  cheques: number | null;
  hoursPerCheque: readonly number[] | null;
  ownContributionEur: number | null;
  /** Only one cheque ever, for people who never used one (the transitional regime). */
  onlyIfNeverUsed: boolean;
}

export class ChequeRules {
  private constructor(readonly regimes: readonly Regime[]) {}

  /** Validates raw JSON; throws with every problem listed. */
  static fromJson(raw: unknown): ChequeRules {
    const parsed = RegimeFile.safeParse(raw);
    if (!parsed.success) {
      throw new Error(`Invalid cheque regimes:\n${z.prettifyError(parsed.error)}`);
    }
    return new ChequeRules(parsed.data.regimes);
  }

  /** The rules shipped in data/cheque-regimes.json (bundled into the build, validated here). */
  static load(): ChequeRules {
    return ChequeRules.fromJson(shippedRegimes);
  }

  /** The regime in force on `date`, or undefined before the first one. */
  regimeOn(date: IsoDate): Regime | undefined {
    return this.regimes.find((r) => inPeriod(date, r.validFrom, r.validTo));
  }

  /** What a cheque gives and costs on `date`; undefined when no regime covers the date. */
  termsOn(date: IsoDate): ChequeTerms | undefined {
    const regime = this.regimeOn(date);
    if (!regime) return undefined;
    const amount = regime.gives.ownContributionEur.find((a) => inPeriod(date, a.from, a.to));
    return {
      regimeId: regime.id,
      confirmed: regime.confirmed,
      cheques: regime.gives.cheques,
      hoursPerCheque: regime.gives.hoursPerCheque,
      ownContributionEur: amount?.eur ?? null,
      onlyIfNeverUsed: regime.conditions?.previousUse.kind === 'never',
    };
  }
}
