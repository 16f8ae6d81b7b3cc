/** A calendar date as written in the rules data: `YYYY-MM-DD`. */
export type IsoDate = string;

const BRUSSELS_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The date in Brussels at `now`. Rules take effect on Belgian calendar days, so a message sent at
 * 23:30 UTC on 31 December already falls under the next year's rules.
 */
export function brusselsDate(now: Date): IsoDate {
  return BRUSSELS_DATE.format(now);
}

/** Where "today" comes from; tests and the CLI pass a fixed date. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock stuck at noon (Brussels) of one calendar day: enough for day-based rules. */
export function fixedDateClock(date: IsoDate): Clock {
  const instant = new Date(`${date}T12:00:00+01:00`);
  return { now: () => instant };
}

/** Inclusive range check on ISO dates; `to: null` means open-ended. */
export function inPeriod(date: IsoDate, from: IsoDate, to: IsoDate | null): boolean {
  return date >= from && (to === null || date <= to);
}
