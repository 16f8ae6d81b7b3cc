import { z } from 'zod/v4';
import type { IsoDate } from './calendar.js';

/**
 * The file format of the loopbaancheque rules (data/cheque-regimes.json, or RULES_FILE). Every
 * value carries its provenance, so staff can audit each number the bot says and an operator can
 * confirm a value on the day it is published without a release (data/README.md has the steps).
 * `parseRegimeFile` validates the file and returns regimes with plain values for the engine.
 */

const isoDate = z.iso.date();

/**
 * How sure a value is: `official` = a VDAB or Flemish government page says it; `reported` = only
 * secondary sources (press, social secretariats, centres); `single_source` = one secondary outlet;
 * `unknown` = not found, so the value is null and the bot points to vdab.be instead.
 */
export const FACT_STATUSES = ['official', 'reported', 'single_source', 'unknown'] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];

/** A value with where it comes from (ids of the file's `sources`) and how sure it is. */
export interface Sourced<T> {
  value: T | null;
  status: FactStatus;
  sources: string[];
  note?: string | undefined;
}

const sourced = <T extends z.ZodType>(value: T) =>
  z
    .object({ value: value.nullable(), status: z.enum(FACT_STATUSES), sources: z.array(z.string().min(1)), note: z.string().optional() })
    .superRefine((fact, ctx) => {
      // zod cannot name the generic value's type here; the shape above guarantees the key.
      const value = (fact as { value?: unknown }).value ?? null;
      if ((value === null) !== (fact.status === 'unknown')) {
        ctx.addIssue({ code: 'custom', path: ['status'], message: 'is "unknown" exactly when the value is null' });
      }
      if (fact.status !== 'unknown' && fact.sources.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['sources'], message: 'a known value needs at least one source' });
      }
    });

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
  /** On sick leave or sickness benefit: with a running contract it counts as work, without one it does not. */
  'sick',
  /** Self-employed in a side activity (bijberoep): not found in the sources; a main job may qualify on its own. */
  'side_self_employed',
  /** Retired and still working: not found in the sources. */
  'working_pensioner',
  /** On a full career break or time credit (loopbaanonderbreking, tijdskrediet): not in the sources' table. */
  'career_break',
  /** In a notice period or on maternity, paternity or birth leave: the contract runs, so probably yes, but online orders are refused. */
  'on_leave',
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

/** Values that must always be accepted or unclear: the engine has no reason code for excluding them. */
const ALWAYS_IN_RESIDENCE: readonly Residence[] = ['flanders', 'brussels'];
const ALWAYS_IN_WORK: readonly WorkStatus[] = ['employee', 'self_employed'];
const UNCLEAR_WORK = ['civil_servant', 'helper', 'sick', 'side_self_employed', 'working_pensioner', 'career_break', 'on_leave'] as const;
const WORK_ACCEPTED_OR_UNCLEAR: readonly WorkStatus[] = UNCLEAR_WORK;

/**
 * Who qualifies under a regime. A residence or work status is accepted (`residence`, `work`),
 * unclear in the sources so a person must look at it (`residenceUnclear`, `workUnclear`), or, in
 * neither list, a definite "no". The engine has a reason code for each "no" and each "unclear" it
 * can meet, so the lists are limited to those.
 */
const Conditions = z
  .object({
    residence: z.array(Residence).min(1),
    /** Living abroad: older sources accept EU/EEA residents working in Flanders/Brussels, current ones only "in some cases". */
    residenceUnclear: z.array(z.enum(['abroad'])),
    work: z.array(WorkStatus).min(1),
    /**
     * Statutory civil servants, helpers/assisting spouses, self-employed in bijberoep, working
     * pensioners: not found in the cheque sources. Sick: it depends on a running contract, which the
     * check does not ask. A career break: not in the sources' table. A notice period or birth leave:
     * probably yes while the contract runs, but the online order may refuse it (proof by e-mail).
     */
    workUnclear: z.array(z.enum(UNCLEAR_WORK)),
    experience: ExperienceRule,
    previousUse: PreviousUseRule,
    outplacementExcluded: z.boolean(),
  })
  .superRefine((c, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    for (const r of c.residenceUnclear) if (c.residence.includes(r)) issue('residenceUnclear', `"${r}" is both accepted and unclear`);
    for (const w of c.workUnclear) if (c.work.includes(w)) issue('workUnclear', `"${w}" is both accepted and unclear`);
    for (const r of ALWAYS_IN_RESIDENCE)
      if (!c.residence.includes(r)) issue('residence', `must accept "${r}" (no reason code for excluding it)`);
    for (const w of ALWAYS_IN_WORK) if (!c.work.includes(w)) issue('work', `must accept "${w}" (no reason code for excluding it)`);
    for (const w of WORK_ACCEPTED_OR_UNCLEAR) {
      if (!c.work.includes(w) && !(c.workUnclear as readonly WorkStatus[]).includes(w))
        issue('work', `must accept "${w}" or list it in workUnclear (no reason code for excluding it)`);
    }
  });
export type RegimeConditions = z.infer<typeof Conditions>;

/** Who runs an announced regime; each value has a translation under `rules:runBy`. */
export const RUN_BY = ['vdab', 'departement-wewis'] as const;

/** What is announced for a regime that is not adopted yet; the bot says each value with its status. */
const Announced = z.object({
  runBy: sourced(z.enum(RUN_BY)),
  hours: sourced(z.number().positive()),
  /** Minimum years of work experience; the bot asks this question already. */
  experienceYears: sourced(z.number().positive()),
  ownContributionEur: sourced(z.number().nonnegative()),
  /** The page where people apply. */
  howToApply: sourced(z.url()),
});
export type Announced = z.infer<typeof Announced>;

const RegimeJson = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  validFrom: sourced(isoDate),
  validTo: sourced(isoDate),
  /** false = announced but not adopted: every check under it goes to a person. */
  confirmed: z.boolean(),
  conditions: sourced(Conditions),
  gives: z.object({
    cheques: sourced(z.number().int().positive()),
    hoursPerCheque: sourced(z.array(z.number().positive()).min(1)),
    ownContributionEur: z.array(z.object({ from: isoDate, to: isoDate, eur: sourced(z.number().nonnegative()) })),
  }),
  /** Centres offer a free first meeting (kennismakingsgesprek); null until confirmed for the regime. */
  freeFirstMeeting: sourced(z.boolean()),
  /** A monthly cap on orders; never said as a number, only as "try again next month". */
  monthlyCap: sourced(z.number().int().positive())
    .and(z.object({ from: isoDate }))
    .optional(),
  announced: Announced.optional(),
});

/** Reasons a period can be unclear; each one is an eligibility reason code with a translation. */
export const UNCLEAR_REASONS = ['start_date_unclear'] as const;

const UnclearPeriod = z.object({
  from: isoDate,
  to: isoDate,
  reason: z.enum(UNCLEAR_REASONS),
  note: z.string().min(1),
  sources: z.array(z.string().min(1)).min(1),
});
export type UnclearPeriod = z.infer<typeof UnclearPeriod>;

const Source = z.object({ url: z.url(), date: z.string().min(1), kind: z.enum(['official', 'press', 'centre']) });

const RegimeFileJson = z.object({
  $comment: z.string().optional(),
  sources: z.record(z.string().regex(/^[a-z0-9-]+$/), Source),
  unclearPeriods: z.array(UnclearPeriod),
  regimes: z.array(RegimeJson).min(1),
});

/** A regime with plain values for the engine; `facts` keeps every value's provenance by path. */
export interface Regime {
  id: string;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  confirmed: boolean;
  conditions: RegimeConditions | null;
  gives: {
    cheques: number | null;
    hoursPerCheque: readonly number[] | null;
    ownContributionEur: readonly { from: IsoDate; to: IsoDate; eur: number | null }[];
  };
  freeFirstMeeting: boolean | null;
  announced?: Announced | undefined;
  facts: readonly Fact[];
}

/** One value of the file with its path (`gives.cheques`) and provenance. */
export interface Fact {
  path: string;
  status: FactStatus;
  sources: readonly string[];
}

export interface RegimeFile {
  regimes: Regime[];
  unclearPeriods: UnclearPeriod[];
}

/** Thrown for a rules file that does not validate; `problems` has one line per problem. */
export class RulesFileError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid cheque regimes:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'RulesFileError';
  }
}

/** Validates a parsed rules file; throws a RulesFileError listing every problem. */
export function parseRegimeFile(raw: unknown): RegimeFile {
  const parsed = RegimeFileJson.safeParse(raw);
  if (!parsed.success) throw new RulesFileError(parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`));
  const file = parsed.data;
  const problems = [...orderProblems(file.regimes), ...unknownSources(file)];
  if (problems.length > 0) throw new RulesFileError(problems);
  return { regimes: file.regimes.map(flatten), unclearPeriods: file.unclearPeriods };
}

type RegimeJson = z.infer<typeof RegimeJson>;

function flatten(regime: RegimeJson): Regime {
  return {
    id: regime.id,
    validFrom: regime.validFrom.value ?? '',
    validTo: regime.validTo.value,
    confirmed: regime.confirmed,
    conditions: regime.conditions.value,
    gives: {
      cheques: regime.gives.cheques.value,
      hoursPerCheque: regime.gives.hoursPerCheque.value,
      ownContributionEur: regime.gives.ownContributionEur.map((a) => ({ from: a.from, to: a.to, eur: a.eur.value })),
    },
    freeFirstMeeting: regime.freeFirstMeeting.value,
    announced: regime.announced,
    facts: factsOf(regime),
  };
}

/** Every sourced value of a regime, found by its shape, with the path it sits at. */
function factsOf(value: unknown, path: string[] = []): Fact[] {
  if (typeof value !== 'object' || value === null) return [];
  if ('status' in value && 'sources' in value && 'value' in value) {
    const fact = value as Sourced<unknown>;
    return [{ path: path.join('.'), status: fact.status, sources: fact.sources }];
  }
  return Object.entries(value).flatMap(([key, child]) => factsOf(child, [...path, key]));
}

/** Dates that contradict each other: what zod cannot see from one value alone. */
function orderProblems(regimes: readonly RegimeJson[]): string[] {
  const problems: string[] = [];
  regimes.forEach((regime, i) => {
    const at = `regimes.${i}`;
    const from = regime.validFrom.value;
    const to = regime.validTo.value;
    if (from === null) problems.push(`${at}.validFrom.value: a regime needs a start date`);
    if (from !== null && to !== null && to < from) problems.push(`${at}.validTo: ends before it starts`);
    if (regime.confirmed && regime.conditions.value === null) problems.push(`${at}.conditions: a confirmed regime needs conditions`);
    if (regime.confirmed && regime.announced) problems.push(`${at}.announced: only a regime that is not confirmed has announced values`);
    regime.gives.ownContributionEur.forEach((amount, j) => {
      const where = `${at}.gives.ownContributionEur.${j}`;
      if (amount.to < amount.from) problems.push(`${where}: ends before it starts`);
      if ((from !== null && amount.from < from) || (to !== null && amount.to > to))
        problems.push(`${where}: lies outside the regime period`);
      const before = regime.gives.ownContributionEur[j - 1];
      if (before && amount.from <= before.to) problems.push(`${where}: overlaps the amount before it`);
    });
    const next = regimes[i + 1]?.validFrom.value;
    if (next !== undefined && next !== null && (to === null || next <= to))
      problems.push(`regimes.${i + 1}.validFrom: overlaps the regime before it`);
  });
  return problems;
}

/** Every source a value names must be in the file's source list. */
function unknownSources(file: z.infer<typeof RegimeFileJson>): string[] {
  const known = new Set(Object.keys(file.sources));
  const named = [
    ...file.regimes.flatMap((regime, i) => factsOf(regime, ['regimes', String(i)])),
    ...file.unclearPeriods.map((period, i) => ({ path: `unclearPeriods.${i}`, sources: period.sources })),
  ];
  return named.flatMap((fact) =>
    fact.sources.filter((id) => !known.has(id)).map((id) => `${fact.path}.sources: "${id}" is not in the file's sources`),
  );
}
