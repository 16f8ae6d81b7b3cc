import { readFileSync } from 'node:fs';
import { z } from 'zod/v4';
import shippedHours from '../../data/staff-hours.json' with { type: 'json' };
import { addDays, brusselsParts, brusselsToInstant, minutesOf, WEEKDAYS, weekdayOf, type IsoDate } from '../domain/calendar.js';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const Span = z.object({ from: clock, to: clock }).refine((s) => minutesOf(s.from) < minutesOf(s.to), { message: 'from must be before to' });

const StaffHoursData = z.object({
  $comment: z.string().optional(),
  /** False until VDAB confirms the hours; the data says so instead of pretending. */
  confirmed: z.boolean(),
  timeZone: z.literal('Europe/Brussels'),
  weekly: z.object(
    Object.fromEntries(WEEKDAYS.map((day) => [day, z.array(Span)])) as Record<(typeof WEEKDAYS)[number], z.ZodArray<typeof Span>>,
  ),
  holidays: z.array(z.object({ date: z.iso.date(), name: z.string().min(1) })),
  sources: z.array(z.url()).min(1),
});
export type StaffHoursData = z.infer<typeof StaffHoursData>;

/** How far ahead the next opening is looked for: past two weeks the data is surely wrong. */
const HORIZON_DAYS = 14;

/**
 * When staff answer handovers in the chat: weekly hours in Brussels time, minus holidays. Data,
 * not code (data/staff-hours.json, or STAFF_HOURS_FILE), validated at start-up.
 */
export class StaffHours {
  private readonly holidays: ReadonlySet<IsoDate>;

  /** The earliest start and the latest end of any day ("08:00", "16:30"); undefined without hours. */
  readonly dayRange: { from: string; to: string } | undefined;

  private constructor(readonly data: StaffHoursData) {
    this.holidays = new Set(data.holidays.map((h) => h.date));
    this.dayRange = dayRangeOf(Object.values(data.weekly).flat());
  }

  /** The shipped hours, or `raw` (a parsed STAFF_HOURS_FILE, or a test's data). */
  static load(raw: unknown = shippedHours): StaffHours {
    const parsed = StaffHoursData.safeParse(raw);
    if (!parsed.success) throw new Error(`Invalid staff hours:\n${z.prettifyError(parsed.error)}`);
    return new StaffHours(parsed.data);
  }

  /** Reads a STAFF_HOURS_FILE; a wrong file stops the start with the reason. */
  static fromFile(path: string): StaffHours {
    return StaffHours.load(JSON.parse(readFileSync(path, 'utf8')) as unknown);
  }

  isOpen(now: Date): boolean {
    const { date, time } = brusselsParts(now);
    const minute = minutesOf(time);
    return this.spansOn(date).some((s) => minutesOf(s.from) <= minute && minute < minutesOf(s.to));
  }

  /** The next moment staff are there (now when they are), or undefined when none in two weeks. */
  nextOpening(now: Date): Date | undefined {
    if (this.isOpen(now)) return now;
    const today = brusselsParts(now).date;
    for (let d = 0; d <= HORIZON_DAYS; d++) {
      const date = addDays(today, d);
      for (const span of this.spansOn(date)) {
        const start = brusselsToInstant(date, span.from);
        if (start.getTime() > now.getTime()) return start;
      }
    }
    return undefined;
  }

  /** The spans staff work on `date` ("08:00"–"16:30"); none on a weekend or holiday. */
  spansOn(date: IsoDate): readonly { from: string; to: string }[] {
    if (this.holidays.has(date)) return [];
    return this.data.weekly[weekdayOf(date)];
  }
}

/** The earliest start and the latest end of `spans` ("HH:MM" compares as text); undefined without any. */
function dayRangeOf(spans: readonly { from: string; to: string }[]): { from: string; to: string } | undefined {
  if (spans.length === 0) return undefined;
  const froms = spans.map((s) => s.from).sort();
  const tos = spans.map((s) => s.to).sort();
  return { from: froms[0] ?? '', to: tos[tos.length - 1] ?? '' };
}
