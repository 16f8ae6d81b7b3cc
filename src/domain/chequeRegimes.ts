import { readFileSync } from 'node:fs';
import shippedRegimes from '../../data/cheque-regimes.json' with { type: 'json' };
import { addDays, inPeriod, type IsoDate } from './calendar.js';
import { parseRegimeFile, RulesFileError, type Regime, type RegimeFile, type UnclearPeriod } from './regimeFile.js';

export { Residence, WorkStatus, RulesFileError } from './regimeFile.js';
export type { Announced, Fact, FactStatus, Regime, RegimeConditions, Sourced, UnclearPeriod } from './regimeFile.js';

/**
 * The loopbaancheque rules as dated data (data/cheque-regimes.json, or the operator's RULES_FILE).
 * Rules change by decree, so a new price or regime is a data change, never a change in a dialog.
 * `null` means "not confirmed": the bot then points to vdab.be or 0800 30 700 instead of a value.
 */

/** What the cheque gives on one day, with unconfirmed values left as `null`. */
export interface ChequeTerms {
  regimeId: string;
  /** False for an announced regime and on days whose rules are unclear (see `unclearOn`). */
  confirmed: boolean;
  cheques: number | null;
  hoursPerCheque: readonly number[] | null;
  ownContributionEur: number | null;
  /** Only one cheque ever, for people who never used one (the transitional regime). */
  onlyIfNeverUsed: boolean;
}

/** The regime in force ends soon: until when it runs, and what is announced after it. */
export interface ChangeAhead {
  endsOn: IsoDate;
  next?: Regime | undefined;
}

/** How many days ahead the bot starts saying that the rules in force end. */
export const CHANGE_NOTICE_DAYS = 60;

export class ChequeRules {
  private constructor(private readonly file: RegimeFile) {}

  /** Validates raw JSON; throws a RulesFileError with one line per problem. */
  static fromJson(raw: unknown): ChequeRules {
    return new ChequeRules(parseRegimeFile(raw));
  }

  /** The rules shipped in data/cheque-regimes.json (bundled into the build, validated here). */
  static load(): ChequeRules {
    return ChequeRules.fromJson(shippedRegimes);
  }

  /** An operator's rules file (RULES_FILE): read and validated; any problem is a RulesFileError. */
  static fromFile(path: string): ChequeRules {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new RulesFileError([`cannot be read as JSON: ${(error as Error).message}`]);
    }
    return ChequeRules.fromJson(raw);
  }

  get regimes(): readonly Regime[] {
    return this.file.regimes;
  }

  /** The regime in force on `date`, or undefined before the first one. */
  regimeOn(date: IsoDate): Regime | undefined {
    return this.regimes.find((r) => inPeriod(date, r.validFrom, r.validTo));
  }

  /** The regime that ended right before `regime` started, if any. */
  regimeBefore(regime: Regime): Regime | undefined {
    return this.regimes[this.regimes.indexOf(regime) - 1];
  }

  /** A period on which the sources disagree about which rules apply (e.g. October 2025). */
  unclearOn(date: IsoDate): UnclearPeriod | undefined {
    return this.file.unclearPeriods.find((p) => inPeriod(date, p.from, p.to));
  }

  /** What a cheque gives and costs on `date`; undefined when no regime covers the date. */
  termsOn(date: IsoDate): ChequeTerms | undefined {
    const regime = this.regimeOn(date);
    if (!regime) return undefined;
    const amount = regime.gives.ownContributionEur.find((a) => inPeriod(date, a.from, a.to));
    return {
      regimeId: regime.id,
      confirmed: regime.confirmed && this.unclearOn(date) === undefined,
      cheques: regime.gives.cheques,
      hoursPerCheque: regime.gives.hoursPerCheque,
      ownContributionEur: amount?.eur ?? null,
      onlyIfNeverUsed: regime.conditions?.previousUse.kind === 'never',
    };
  }

  /**
   * The regime in force ends within `withinDays` of `date` (60 by default): the day it ends and the
   * regime that follows, so the bot can say so before it happens. Undefined otherwise.
   */
  changeAhead(date: IsoDate, withinDays = CHANGE_NOTICE_DAYS): ChangeAhead | undefined {
    const regime = this.regimeOn(date);
    if (!regime?.validTo || regime.validTo > addDays(date, withinDays)) return undefined;
    return { endsOn: regime.validTo, next: this.regimes[this.regimes.indexOf(regime) + 1] };
  }

  /**
   * The years of work experience the rules on `date` ask (the edge of the two ranges the bot
   * offers): the adopted conditions, else the announced value; undefined when neither is known.
   */
  experienceYearsOn(date: IsoDate): number | undefined {
    const regime = this.regimeOn(date);
    const rule = regime?.conditions?.experience;
    if (rule) return rule.kind === 'career' ? rule.years : rule.months / 12;
    return regime?.announced?.experienceYears.value ?? undefined;
  }

  /** True when the rules on `date` say the first meeting at a centre is free; false when not, or not known. */
  firstMeetingFreeOn(date: IsoDate): boolean {
    return this.regimeOn(date)?.freeFirstMeeting === true;
  }

  /**
   * The last day a first meeting is free, counting from `date`: the end of the free rules in force
   * (and of any free rules right after them); null when they have no end; undefined when a meeting
   * on `date` itself is not known to be free. "Tot en met 31 december is het gratis."
   */
  firstMeetingFreeUntil(date: IsoDate): IsoDate | null | undefined {
    let regime = this.regimeOn(date);
    if (regime?.freeFirstMeeting !== true) return undefined;
    for (;;) {
      if (regime.validTo === null) return null;
      const next = this.regimeOn(addDays(regime.validTo, 1));
      if (next?.freeFirstMeeting !== true) return regime.validTo;
      regime = next;
    }
  }

  /**
   * True when a first meeting on any day from `from` to `to` is free: every regime in force then
   * says so. "Het eerste gesprek is gratis" before a booking must hold for whatever day is booked
   * (near 31 December 2026 the next days fall under the loopbaankrediet, whose terms are unknown).
   */
  firstMeetingFreeFromTo(from: IsoDate, to: IsoDate): boolean {
    if (!this.regimeOn(from) || !this.regimeOn(to)) return false;
    return this.regimes
      .filter((r) => r.validFrom <= to && (r.validTo === null || r.validTo >= from))
      .every((r) => r.freeFirstMeeting === true);
  }
}
