import { addDays, brusselsDate, brusselsMinutes, brusselsTime, upcomingDate, weekdayIndex, type IsoDate } from '../domain/calendar.js';
import { toTokens, type Token } from './whenTokens.js';
import {
  AFTERNOON,
  EVENING,
  MORNING,
  shippedWhenVocabulary,
  whenContextPhrases,
  whenContextWords,
  whenWordSet,
  whenWordsOf,
  wordsOf,
  type DayPart,
  type WhenContextList,
  type WhenWord,
} from './whenWords.js';
import { LOCALES } from '../i18n/locale.js';
import { contrastClauses } from './text.js';
import { numberOfWord } from './years.js';

/**
 * A span of time the user asked for ("morgen namiddag", "mardi", "next week"), for picking slots.
 *
 * `from` (inclusive) and `to` (exclusive) are instants; they are computed from Brussels wall-clock
 * days and hours, so a day across a daylight-saving change is 23 or 25 hours long. `daily` is set
 * when the phrase named a part of the day or an hour: a slot must then also start within these
 * Brussels minutes of its day (needed when the window spans several days: "na 14 uur" alone).
 */
export interface TimeWindow {
  from: Date;
  to: Date;
  daily?: { from: number; to: number };
  /**
   * A weekday named alone ("dinsdag", "donderdag" on a Thursday; not "volgende dinsdag" nor a date):
   * the same weekday a week later will do when this one is full.
   */
  orNextWeek?: true;
  /**
   * "zaterdag of 's avonds", "mercredi après-midi ou après 17h": any of these windows will do.
   * `from`/`to` then span them all, and a slot must start within one of them.
   */
  anyOf?: TimeWindow[];
  /** "maandag kan niet": no slot on these weekdays (0 = Monday). */
  notWeekdays?: number[];
}

/** The words that join two times either of which will do ("zaterdag of avond"). */
const OR_WORDS = /\s+(?:of|ofwel|ou|or)\s+/iu;

export interface WhenOptions {
  /** How far ahead a phrase without a day ("in de namiddag") looks; default 14 days. */
  horizonDays?: number;
}

const END_OF_DAY = 24 * 60;
/** A window of one day is at most this long (a day in Brussels, with a summer-time change). */
export const ONE_DAY_WINDOW_MS = 26 * 60 * 60 * 1000;

/**
 * Reads a date phrase relative to `now` and returns the time it means, or undefined when the text
 * holds no date phrase, contradicts itself ("maandag dinsdag") or says what it does not want ("niet
 * dinsdag"). Words the phrase does not know are ignored ("liefst", "ik kan"), typos are tolerated.
 *
 * Rules that are choices, not grammar:
 * - A weekday is its next occurrence, today included ("dinsdag" on a Tuesday morning is today);
 *   with "volgende"/"prochain"/"next" it is the next one after today.
 * - "deze week" runs from now to Sunday night; "volgende week" is Monday to Sunday after it.
 * - "weekend" is the coming Saturday and Sunday (on a Sunday: today); "volgend weekend" the one after.
 * - An hour from 1 to 7 without am/pm is the afternoon ("na 2 uur" → 14:00): nobody books at 2 am.
 * - A date without a year that has passed ("1 december" in January) is next year's.
 * - `from` is never before `now`; a window that has passed ("vanochtend" at 15:00) comes back
 *   empty (`from >= to`) so the caller can say that nothing is free then.
 * - A part of the day refused ("niet in de voormiddag", "pas le matin") or named as the reason
 *   ("want ik werk voormiddag") leaves the other parts: no morning is the afternoon and evening.
 * - The hours one works ("ik werk tot 17u", "I work 9 to 5") are busy: the hours around them are
 *   meant; on the days named with them ("ik werk maandag tot 17u"), those days around the hours.
 *   Days worked without hours ("ik werk maandag") are not guessed at.
 */
export function understandWhen(text: string, now: Date, options: WhenOptions = {}): TimeWindow | undefined {
  // "Alleen namiddag want ik werk voormiddag": the reason names when the user is busy.
  const reason = reasonClause(text);
  if (reason) {
    const busy = busyTimes(reason.because, now);
    const asked = readWhen(reason.asked, now, options, busy ?? []);
    if (asked) return asked;
  }
  // "ik werk tot 17u", "je travaille le matin", "I work until 5 pm": when the user works, so not then.
  const working = workClause(text);
  if (working) {
    const busy = busyTimes(working.busy, now) ?? [];
    // "ik werk maandag": which days are left is not guessed; what else is said still counts.
    const asked = readWhen(working.asked, now, options, busy);
    // "ik werk maandag tot 17u": Monday from 17.00.
    if (!asked) return aroundWorkOnDays(working.busy, now, options);
    // "…, maar woensdag ben ik vrij": a day off is free all day.
    const dayOff = wordsOf(working.asked).some((w) => whenContextWords('dayOff').has(w));
    return dayOff && asked && daysIn(working.asked, now) ? readWhen(working.asked, now, options, []) : asked;
  }
  return readWhen(text, now, options, []);
}

/**
 * The times of day a clause says the user is busy: its parts of the day ("voormiddag"), or the
 * hours it reads as ("tot 17u": until 17.00, "van 8 tot 16"); undefined when it names days or nothing.
 */
function busyTimes(clause: string, now: Date): DayPart[] | undefined {
  const parts = partsAlone(toTokens(clause, shippedWhenVocabulary()));
  if (parts) return parts;
  const read = readWhen(clause, now, {}, []);
  const windows = read?.anyOf ?? (read ? [read] : []);
  const daily = windows.flatMap((w) => (w.daily ? [w.daily] : []));
  return daily.length > 0 && daily.length === windows.length && !daysIn(clause, now, read) ? daily : undefined;
}

/**
 * The days a clause of work names with its hours ("maandag tot 17u", "le lundi de 8h à 16h"), at
 * the hours around the work; undefined when it names no days or no hours.
 */
function aroundWorkOnDays(clause: string, now: Date, options: WhenOptions): TimeWindow | undefined {
  const worked = readWhen(clause, now, options, []);
  if (!worked?.daily || worked.anyOf || !daysIn(clause, now, worked)) return undefined;
  const first = brusselsDate(worked.from);
  const last = brusselsDate(new Date(worked.to.getTime() - 1));
  const windows = freeHours([worked.daily]).map((part): TimeWindow => {
    const from = brusselsTime(first, part.from);
    return { ...worked, from: from < now ? new Date(now) : from, to: brusselsTime(last, part.to), daily: part };
  });
  return windows.length === 1 ? windows[0] : windows.length > 1 ? eitherOf(windows) : undefined;
}

/**
 * True when `text` names days ("dinsdag", "morgen"): a phrase without one reaches as far as the
 * horizon, one with one does not move with it. `read`: the text read with the default horizon.
 */
function daysIn(text: string, now: Date, read = readWhen(text, now, {}, [])): boolean {
  return read !== undefined && readWhen(text, now, { horizonDays: 1 }, [])?.to.getTime() === read.to.getTime();
}

/**
 * The message cut where it says the user works ("ik werk", "je travaille", "I work": locales
 * `understanding:whenContext.workBefore`): the rest of that clause is when they are busy, up to a
 * wish or a question (`askAfterWork`: "… kan het na mijn werk"); that, the other clauses and the
 * words before it are what is asked. Undefined without such words.
 */
function workClause(text: string): { asked: string; busy: string } | undefined {
  const phrases = whenContextPhrases('workBefore');
  const clauses = contrastClauses(text).map(wordsOf);
  for (const [index, words] of clauses.entries()) {
    for (let at = 0; at < words.length; at++) {
      const phrase = phrases.find((p) => p.every((w, k) => words[at + k] === w));
      if (!phrase) continue;
      const others = clauses.filter((_, i) => i !== index).map((c) => c.join(' '));
      // "ik werk tot 17 uur kan het na mijn werk": the work ends where a wish or a question starts.
      const rest = words.slice(at + phrase.length);
      const asks = whenContextPhrases('askAfterWork');
      const end = rest.findIndex((_, from) => asks.some((p) => p.every((w, k) => rest[from + k] === w)));
      const busy = end < 0 ? rest : rest.slice(0, end);
      const after = end < 0 ? [] : [rest.slice(end).join(' ')];
      return { asked: [words.slice(0, at).join(' '), ...after, ...others].join(', '), busy: busy.join(' ') };
    }
  }
  return undefined;
}

/**
 * Days listed before the month they share ("9 en 11 december", "le 9 ou le 11 décembre", "the 9th
 * or 11th of December"): the number, its ordinal ending, the joiner, the next day and the word after it.
 */
const LISTED_DAY =
  /(?<![\p{L}\d])(\d{1,2})(\p{L}{0,3})(?:\s*,\s*|\s*&\s*|\s+(?:en|of|ofwel|et|ou|and|or)\s+)((?:le\s+|the\s+)?\d{1,2}\p{L}{0,3}\s+)(?:of\s+)?(\p{L}+)/giu;

/**
 * "9 en 11 december", "9, 10 of 11 december": every day listed gets the month named after the last,
 * and either day will do ("9 december ou 10 december ou 11 december"). "tussen 9 en 11 december"
 * stays the days between.
 */
function withListedDays(text: string): string {
  let out = text;
  for (let round = 0, from = 0; round < 12; round++) {
    LISTED_DAY.lastIndex = from;
    const listed = LISTED_DAY.exec(out);
    if (!listed) return out;
    const [whole, day, ending, second, monthWord = ''] = listed;
    const month = toTokens(monthWord, shippedWhenVocabulary())[0];
    const before = toTokens(out.slice(0, listed.index), shippedWhenVocabulary()).filter((t) => !wordIn(t, 'dayArticle'));
    const lead = before.at(-1);
    const ranged = (lead?.kind === 'word' && lead.meaning?.kind === 'between') || wordIn(lead, 'dayRangeFrom');
    if (month?.kind === 'word' && month.meaning?.kind === 'month' && !ranged) {
      out = `${out.slice(0, listed.index)}${day}${ending} ${monthWord} ou ${second}${monthWord}${out.slice(listed.index + whole.length)}`;
      from = 0;
    } else from = listed.index + 1;
  }
  return out;
}

/** understandWhen, with `busy` times of day the user cannot come (said in a reason, or as the hours they work). */
function readWhen(said: string, now: Date, options: WhenOptions, busy: readonly DayPart[]): TimeWindow | undefined {
  const text = withListedDays(said);
  // "Zaterdag of 's avonds": each side a time of its own, either will do. A side that names no
  // time ("of zo") leaves the whole message to be read as one.
  const sides = text.split(OR_WORDS);
  if (sides.length > 1) {
    const windows = sides.map((side) => readWhen(side, now, options, busy));
    // "niet op maandag of vrijdag" refuses both sides: no side of its own.
    if (windows.every((w): w is TimeWindow => w !== undefined && !w.notWeekdays)) return eitherOf(windows);
    // "niet maandag of dinsdag", "pas lundi ou mardi": the negation reaches every side; none of those days.
    const [first] = windows;
    const negation = first?.notWeekdays && toTokens(sides[0] ?? '', shippedWhenVocabulary()).find(isNegation);
    const others = negation ? sides.slice(1).map((side) => refusedWeekdays([negation, ...toTokens(side, shippedWhenVocabulary())])) : [];
    if (first?.notWeekdays && others.length > 0 && others.every((days) => days !== undefined))
      return { ...first, notWeekdays: unique([...first.notWeekdays, ...others.flat()]) };
  }
  // "Niet vrijdag maar dinsdag", "c'est pas vendredi, c'est mardi": the clause that denies is left out.
  const clauses = contrastClauses(text);
  const denies = (clause: string) => {
    const tokens = toTokens(clause, shippedWhenVocabulary());
    // "Niet in de voormiddag, liefst dinsdag": a refused part of the day is read with the rest.
    const parts = refusedParts(tokens).said;
    return tokens.some(
      (t, at) => t.kind !== 'number' && t.meaning?.kind === 'negation' && deniedDayEnd(tokens, at) === undefined && !parts.has(at),
    );
  };
  if (clauses.length > 1 && clauses.some(denies)) {
    const kept = clauses.filter((c) => !denies(c));
    const window = kept.length > 0 ? readWhen(kept.join(', '), now, options, busy) : undefined;
    // "maandag kan niet, liefst in de voormiddag": mornings, not on Monday (a day named is a day).
    const refused = unique(clauses.filter(denies).flatMap((c) => refusedWeekdays(toTokens(c, shippedWhenVocabulary())) ?? []));
    if (window && refused.length > 0 && window.to.getTime() - window.from.getTime() > ONE_DAY_WINDOW_MS)
      window.notWeekdays = unique([...(window.notWeekdays ?? []), ...refused]);
    // "ok maar niet op dinsdag", "asap, maar niet op dinsdag": the rest says no time; the refusal alone.
    if (window || kept.length === 0) return window;
    return readWhen(clauses.filter(denies).join(', '), now, options, busy);
  }
  // "maar niet op dinsdag": the "maar" it opens with says no time.
  const stream = toTokens(clauses.length === 1 ? (clauses[0] ?? text) : text, shippedWhenVocabulary());
  // "Maandag kan niet", "pas le lundi": any day but those, as far ahead as a phrase without a day.
  const refused = refusedWeekdays(stream);
  // "Niet in de voormiddag", "voormiddag kan ik niet": the other parts of the day.
  const refusal = refusedParts(stream);
  const notParts = [...refusal.parts, ...busy];
  const days: Day[] = [];
  let next = false;
  let daily: DayPart | undefined;
  let understood = false;

  const narrow = (part: DayPart): void => {
    daily = { from: Math.max(daily?.from ?? 0, part.from), to: Math.min(daily?.to ?? END_OF_DAY, part.to) };
  };

  for (let i = 0; i < stream.length; i++) {
    const token = stream[i];
    if (!token) continue;
    if (token.kind === 'number') {
      // "tussen 26 en 31 december", "28 tot 30 december", "du 28 au 30 décembre": those days.
      const dayRange = readDayRange(stream, i, brusselsDate(now));
      if (dayRange) {
        days.push({ fromDate: dayRange.from, throughDate: dayRange.through });
        understood = true;
        i = dayRange.end;
        continue;
      }
      // "1 december", "1er décembre", "1/12", "1 12"
      const date = readDayMonth(stream, i);
      const iso = date && upcomingDate(brusselsDate(now), date.day, date.month);
      if (date && iso) {
        days.push({ date: iso });
        understood = true;
        i = date.end;
        continue;
      }
      // "le 15", "de 15de", "the 15th": the next 15th, of this month or the next.
      const dayAlone = dayOfMonthAlone(stream, i, brusselsDate(now));
      if (dayAlone) {
        days.push({ date: dayAlone.date });
        understood = true;
        i = dayAlone.end;
        continue;
      }
      // "over 2 weken", "dans 2 semaines", "in 2 weeks": the week that many weeks from now.
      if (weeksFollow(stream, i) && aheadWord(stream[i - 1])) {
        days.push({ weeksAhead: token.value });
        understood = true;
        i += 1;
        continue;
      }
      // "lundi 14h", "dinsdag 10u", "monday 2 pm": an hour with its unit is "at" that hour; so is
      // "9.00 uur", and a time that ends the message ("9.30", "ma 30 nov 9.30", as on the buttons).
      const unit = stream[i + 1];
      const minutes = unit?.kind === 'number' && unit.digits === 2 && unit.value < 60 && token.value <= 24;
      // "11u tot 14u", "10 tot 12 uur": a range of hours.
      const range = readRange(stream, i, 'none');
      if (range) {
        narrow(range.part);
        understood = true;
        i = range.end;
        continue;
      }
      if (isUnit(unit) || (minutes && (isUnit(stream[i + 2]) || i + 2 === stream.length))) {
        const hour = readHour(stream, i);
        if (hour) {
          narrow({ from: hour.minutes, to: hour.minutes + 60 });
          understood = true;
          i = hour.end;
        }
      }
      continue;
    }
    const meaning = token.meaning;
    // "over een week", "dans une semaine", "in a week" (English "a" is also French "à"): as "over 1 week".
    const unit = stream[i + 1];
    if (aheadWord(stream[i - 1]) && numberOfWord(token.word ?? '') === 1 && unit?.kind === 'word' && unit.meaning?.kind === 'weeksUnit') {
      days.push({ weeksAhead: 1 });
      understood = true;
      i += 1;
      continue;
    }
    if (!meaning) {
      // "early monday", "vroeg maandag": the morning of the day that follows.
      if (earlyAt(stream, i) && isDay(stream[i + 1])) narrow(MORNING);
      continue;
    }
    switch (meaning.kind) {
      case 'negation': {
        // "c'est pas vendredi c mardi", "niet vrijdag dinsdag": a denied day with another day after it
        // is left out; so are refused weekdays alone and refused parts of the day.
        if (refused || refusal.said.has(i)) break;
        // "niet voor donderdag", "not before thursday": from Thursday on; "niet na donderdag": up to and with it.
        const deniedDay = deniedDayBound(stream, i, now);
        if (deniedDay) {
          days.push(deniedDay.day);
          understood = true;
          i = deniedDay.end;
          break;
        }
        // "niet voor 10 uur", "pas avant 10h", "not before 10": from that hour; "not after 3": before it.
        const deniedBound = deniedHourBound(stream, i);
        if (deniedBound) {
          narrow(deniedBound.part);
          understood = true;
          i = deniedBound.end;
          break;
        }
        // Any other denial is not guessed at.
        const denied = deniedDayEnd(stream, i);
        if (denied === undefined) return undefined;
        i = denied;
        break;
      }
      case 'relativeDay':
        days.push({ date: addDays(brusselsDate(now), meaning.days) });
        if (meaning.part) narrow(meaning.part);
        understood = true;
        // "morgen vroeg", "demain tôt": the morning of that day.
        if (!meaning.part && earlyAfterDay(stream, i + 1)) {
          narrow(MORNING);
          i++;
        }
        break;
      case 'week':
        days.push({ week: meaning.which });
        understood = true;
        break;
      case 'weekend':
        days.push({ weekend: true });
        understood = true;
        break;
      case 'nextMonth':
        // "pas volgende maand" in December: the whole of January, the next time it comes.
        days.push({ month: (Number(brusselsDate(now).slice(5, 7)) % 12) + 1 });
        understood = true;
        break;
      case 'afterChristmas': {
        // "na kerstmis", "après noël": from 26 December on; said in January, from today.
        const today = brusselsDate(now);
        days.push({ fromDate: today.slice(5, 7) === '01' ? today : `${today.slice(0, 4)}-12-26` });
        understood = true;
        break;
      }
      case 'afterNewYear': {
        // "na nieuwjaar", "après les fêtes": from 2 January on; said in January, from today.
        const today = brusselsDate(now);
        const year = Number(today.slice(0, 4)) + (today.slice(5, 7) === '01' ? 0 : 1);
        days.push({ fromDate: `${year}-01-02` });
        understood = true;
        break;
      }
      case 'weekday': {
        if (refused) break;
        const day = upcomingWeekday(brusselsDate(now), meaning.weekday);
        // "maandag tot donderdag", "du lundi au jeudi", "monday to thursday": the days from the one through the other.
        const through = weekdayThrough(stream, i);
        if (through) {
          days.push({ fromDate: day, throughDate: upcomingWeekday(day, through.weekday) });
          understood = true;
          i = through.end;
          break;
        }
        // "tot vrijdag", "ten laatste vrijdag", "ten vroegste donderdag", "jeudi au plus tard": a bound, not the day alone.
        const edge = dayEdge(stream, i, day);
        if (edge) {
          days.push(edge.day);
          understood = true;
          i = edge.end;
          break;
        }
        days.push({ weekday: meaning.weekday });
        understood = true;
        // "dinsdag morgen", "dinsdagmorgen": in Flemish the morning of that day, not "tuesday tomorrow".
        const after = stream[i + 1];
        const tomorrow = after?.kind === 'word' && after.meaning?.kind === 'relativeDay' && after.meaning.days === 1 && !after.meaning.part;
        // "maandag vroeg", "lundi tôt", "monday early": the early part of that day, its morning.
        if (tomorrow || earlyAfterDay(stream, i + 1)) {
          narrow(MORNING);
          i++;
        }
        break;
      }
      case 'weekdayShort':
        if (stream[i + 1]?.kind !== 'number') break;
        days.push({ weekday: meaning.weekday });
        understood = true;
        break;
      case 'next':
        next = true;
        break;
      case 'part':
        if (refusal.said.has(i)) break;
        narrow(meaning.part);
        understood = true;
        break;
      case 'between': {
        // "tussen 1 en 3 december" is days (read at the number), never 13.00 to 15.00.
        if (readDayRange(stream, i + 1, brusselsDate(now)) || readDayRange(stream, i + 2, brusselsDate(now))) break;
        // "tussen 11 en 14 uur", "entre 10h et 12h", "van 9 tot 11"
        const range = readRange(stream, i + 1, 'between');
        if (!range) break;
        narrow(range.part);
        understood = true;
        i = range.end;
        break;
      }
      case 'bound': {
        // "na 2 weken", "après 2 semaines": weeks from now (read at the number), not after 14.00.
        if (weeksFollow(stream, i + 1)) break;
        // "from 28 December to 3 January": those days (read at the number).
        if (meaning.bound === 'after' && readDayRange(stream, i + 1, brusselsDate(now))) break;
        // "na 3 januari", "vanaf 4 januari", "before 20 December": a date, never 3 o'clock.
        const bounding = meaning.bound === 'at' ? undefined : readDayMonth(stream, i + 1);
        const boundDate = bounding && upcomingDate(brusselsDate(now), bounding.day, bounding.month);
        if (bounding && boundDate) {
          days.push(meaning.bound === 'after' ? { fromDate: boundDate } : { beforeDate: boundDate });
          understood = true;
          i = bounding.end;
          break;
        }
        // "vanaf donderdag": from that day on; "na donderdag": from the day after it ("from monday to
        // thursday" is a range of days, read at the weekday).
        const dayAfterBound = stream[i + 1];
        if (
          meaning.bound === 'after' &&
          dayAfterBound?.kind === 'word' &&
          dayAfterBound.meaning?.kind === 'weekday' &&
          !weekdayThrough(stream, i + 1)
        ) {
          const day = upcomingWeekday(brusselsDate(now), dayAfterBound.meaning.weekday);
          days.push({ fromDate: meaning.from ? day : addDays(day, 1) });
          understood = true;
          i += 1;
          break;
        }
        // "from 10 to 12", "na 9 tot 11 uur": a range after all.
        const range = readRange(stream, i + 1, 'bound');
        if (range) {
          narrow(range.part);
          understood = true;
          i = range.end;
          break;
        }
        const hour = readHour(stream, i + 1);
        if (!hour) break;
        const minutes = hour.minutes;
        narrow(
          meaning.bound === 'after'
            ? { from: minutes, to: END_OF_DAY }
            : meaning.bound === 'before'
              ? { from: 0, to: minutes }
              : { from: minutes, to: minutes + 60 },
        );
        understood = true;
        i = hour.end;
        break;
      }
      case 'month': {
        // "december 1", "december 1st"
        const following = stream[i + 1];
        const iso = following?.kind === 'number' ? upcomingDate(brusselsDate(now), following.value, meaning.month) : undefined;
        if (iso) {
          days.push({ date: iso });
          understood = true;
          const after = stream[i + 2];
          i += after?.kind === 'word' && after.meaning?.kind === 'ordinal' ? 2 : 1;
        } else if (monthAfterPreposition(stream, i)) {
          // "in januari", "en janvier": the whole of that month, the next time it comes; "begin
          // januari", "eind december", "mi-janvier": its first, last or middle ten days. Never a
          // month word alone ("ik ben Jan", "may I …?", "31 februari").
          const third = thirdOfMonth(stream[i - 1]);
          days.push(third ? { month: meaning.month, third } : { month: meaning.month });
          understood = true;
        }
        break;
      }
      case 'dayEdge': {
        // "ten laatste (om) 14u", "au plus tard à 14h": before that hour, as "tot 14u" (was at 14.00);
        // "ten vroegste om 10u": from it. A weekday after it is read at the weekday ("ten laatste vrijdag").
        const at = hourAfterAt(stream, i + 1);
        const hour = readDayMonth(stream, at) ? undefined : readHour(stream, at);
        if (!hour) break;
        narrow(meaning.edge === 'latest' ? { from: 0, to: hour.minutes } : { from: hour.minutes, to: END_OF_DAY });
        understood = true;
        i = hour.end;
        break;
      }
      case 'until': {
        // "tot 14 uur" alone: before it ("tot 11 december" is a date).
        const hour = readDayMonth(stream, i + 1) ? undefined : readHour(stream, i + 1);
        if (!hour) break;
        narrow({ from: 0, to: hour.minutes });
        understood = true;
        i = hour.end;
        break;
      }
      case 'hourLead': {
        // "half tien", "om kwart over 9", "half past nine": that time.
        const hour = readHour(stream, i);
        if (!hour) break;
        narrow({ from: hour.minutes, to: hour.minutes + 60 });
        understood = true;
        i = hour.end;
        break;
      }
      case 'and':
      case 'hourUnit':
      case 'hourTail':
      case 'meridiem':
      case 'ordinal':
        break;
    }
  }
  if (!understood && !refused && notParts.length === 0) return undefined;

  const span = daySpan(days, next, now, options.horizonDays ?? 14);
  if (!span) return undefined;
  const weekdayAlone = days.length === 1 && days[0] !== undefined && 'weekday' in days[0];
  const last = addDays(span.to, -1);
  const windowOf = (part: DayPart | undefined): TimeWindow => {
    const from = part ? brusselsTime(span.from, part.from) : brusselsTime(span.from, 0);
    const to = part ? brusselsTime(last, part.to) : brusselsTime(span.to, 0);
    const window: TimeWindow = { from: from < now ? new Date(now) : from, to };
    if (part) window.daily = part;
    if (weekdayAlone && !next) window.orNextWeek = true;
    if (refused) window.notWeekdays = refused;
    return window;
  };
  // The hours one works narrow a part asked ("vrijdag namiddag, ik werk tot 14u": from 14.00, was
  // 13.00); a part that lies wholly inside them is still what was asked.
  const asked: DayPart | undefined = daily;
  const outsideWork = asked ? freeHours(busy).flatMap((free) => overlapOf(asked, free)) : [];
  if (asked && busy.length > 0 && outsideWork.length > 0)
    return outsideWork.length === 1 ? windowOf(outsideWork[0]) : eitherOf(outsideWork.map(windowOf));
  // A part or hour asked wins over the parts refused ("geen voormiddag, alleen namiddag").
  if (daily || notParts.length === 0) return windowOf(daily);
  const left = notParts.every((p) => PARTS.some((part) => samePart(p, part))) ? otherParts(notParts) : freeHours(notParts);
  if (left.length === 0) return undefined;
  return left.length === 1 ? windowOf(left[0]) : eitherOf(left.map(windowOf));
}

/**
 * A message that is a time and nothing else ("zaterdag of avond", "morgen namiddag", "na 14u"):
 * only date words, numbers and `fillers` ("of", "liefst"), and a time read from them. "tot morgen"
 * and "à demain" take leave: a bound with a day alone is no time.
 */
export function isTimeAlone(text: string, now: Date, fillers: ReadonlySet<string>): boolean {
  // Every word a word of time (or a filler) first: a cheap test that spares a long message the token stream.
  const known = whenWordSet();
  const early = whenContextWords('earlyWithDay');
  const parts = wordsOf(text).flatMap((w) => w.match(/\d+|\D+/g) ?? []);
  if (!parts.every((w) => known.has(w) || early.has(w) || fillers.has(w) || /^\d+$/.test(w))) return false;
  const stream = toTokens(text, shippedWhenVocabulary());
  const kindOf = (token: Token | undefined) => (token?.kind === 'word' ? token.meaning?.kind : token?.kind);
  const leads = kindOf(stream[0]);
  if (stream.length === 2 && (leads === 'until' || leads === 'bound') && kindOf(stream[1]) === 'relativeDay') return false;
  return understandWhen(text, now) !== undefined;
}

/**
 * True when the word at `at` says "early" ("vroeg", "tôt", "early") and no hour follows it: next to
 * a day it is that day's morning. French "tôt" is written as Dutch "tot" (until) once its accent
 * goes, so "maandag tot 14 uur" stays a range.
 */
function earlyAt(stream: readonly Token[], at: number): boolean {
  const token = stream[at];
  if (token?.kind !== 'word' || token.word === undefined || !whenContextWords('earlyWithDay').has(token.word)) return false;
  return stream[at + 1]?.kind !== 'number';
}

/** "vroeg" after a day ("maandag vroeg"), not "vrijdag tot maandag" (nor, as ever, "tot 14 uur"). */
function earlyAfterDay(stream: readonly Token[], at: number): boolean {
  return earlyAt(stream, at) && !isDay(stream[at + 1]);
}

/** Words that name no time on their own: "niet", "en". */
const NOT_A_TIME: ReadonlySet<string> = new Set(['negation', 'and', 'ordinal']);

/**
 * True when `text` tries to say a time, read or not: a number or a date word ("dinsdag", "14u",
 * "volgende"). "Kan ik iemand spreken?" tries no such thing, whatever question is on screen.
 */
export function mentionsTime(text: string): boolean {
  return toTokens(text, shippedWhenVocabulary()).some(
    (t) => t.kind === 'number' || (t.meaning !== undefined && !NOT_A_TIME.has(t.meaning.kind)),
  );
}

/**
 * True when `text` names a span of hours ("tussen 12 en 13 uur", "na 10 uur", "tot 14 uur"), not
 * one hour ("10 uur", "om 12.30 uur"): the window read from both may be the same hour.
 */
export function namesAHourSpan(text: string): boolean {
  return toTokens(text, shippedWhenVocabulary()).some(
    (t) =>
      t.kind === 'word' &&
      (t.meaning?.kind === 'between' || t.meaning?.kind === 'until' || (t.meaning?.kind === 'bound' && t.meaning.bound !== 'at')),
  );
}

/** How far ahead a booking named by its day or hour may lie: the slots offered never go further. */
const NAMED_START_HORIZON_DAYS = 366;

/**
 * Which of `starts` a message names by when they are ("die van dinsdag", "mardi", "the Tuesday
 * one", "die van 10 uur", "3 december", "morgen"): their indexes, in order. A weekday fits that
 * day of any week, not only the next one; an hour or part of the day fits that time of any day.
 * Undefined when the message says no time at all, so it can be read otherwise.
 */
export function startsNamedIn(text: string, now: Date, starts: readonly Date[]): number[] | undefined {
  const window = understandWhen(text, now, { horizonDays: NAMED_START_HORIZON_DAYS });
  if (!window) return undefined;
  // "Dinsdag" is read as the next Tuesday; a booking on a later Tuesday is named by it too, but not
  // when a date goes with the day ("dinsdag 8 december", "dinsdag 8/12"): only numbers of an hour may.
  const stream = toTokens(text, shippedWhenVocabulary());
  const dated = stream.some((t) => (t.kind === 'number' ? !window.daily : t.meaning?.kind === 'month'));
  const weekdays =
    window.notWeekdays || dated
      ? []
      : stream.flatMap((t) => (t.kind === 'word' && t.meaning?.kind === 'weekday' ? [t.meaning.weekday] : []));
  const atHour = (start: Date) => {
    const daily = window.daily;
    const minutes = brusselsMinutes(start);
    return !daily || (minutes >= daily.from && minutes < daily.to);
  };
  const fits = (start: Date) =>
    startsWithin(window, start) || (weekdays.includes(weekdayIndex(brusselsDate(start))) && atHour(start) && start > now);
  return starts.flatMap((start, at) => (fits(start) ? [at] : []));
}

/** "uur", "h", "pm": what makes a number before it an hour. */
const isUnit = (token: Token | undefined): boolean =>
  token?.kind === 'word' && (token.meaning?.kind === 'hourUnit' || token.meaning?.kind === 'meridiem');

const DAY_KINDS: ReadonlySet<string> = new Set(['weekday', 'relativeDay', 'week', 'weekend']);

const isDay = (token: Token | undefined): boolean =>
  token?.kind === 'word' && token.meaning !== undefined && DAY_KINDS.has(token.meaning.kind);

const NEGATION: readonly WhenWord[] = ['negation'];
/** What a refusal of weekdays is made of: the days, the "not", and "en". */
const REFUSAL_KINDS: ReadonlySet<string> = new Set(['weekday', 'negation', 'and']);
const WEEKDAY_WORDS: readonly WhenWord[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** A word that says no ("niet", "pas", "not"). */
const isNegation = (t: Token): boolean => t.kind === 'word' && t.meaning?.kind === 'negation';

/**
 * The weekdays a message only refuses ("maandag kan niet", "niet op maandag of vrijdag", "pas le
 * lundi", "not monday"): it says no, every day it names is a weekday, no denial is followed by
 * another day ("niet maandag dinsdag" asks for Tuesday), and it names no date or hour.
 */
function refusedWeekdays(stream: readonly Token[]): number[] | undefined {
  const negations = stream.flatMap((t, at) => (isNegation(t) ? [at] : []));
  if (negations.length === 0 || negations.some((at) => deniedDayEnd(stream, at) !== undefined)) return undefined;
  // "dinsdag niet in de namiddag" denies the afternoon, not Tuesday: only days, nothing else.
  if (stream.some((t) => t.kind === 'number' || (t.meaning && !REFUSAL_KINDS.has(t.meaning.kind)))) return undefined;
  const days = stream.filter(isDay);
  const weekdays = days.flatMap((t) => (t.kind === 'word' && t.meaning?.kind === 'weekday' ? [t.meaning.weekday] : []));
  if (weekdays.length === 0 || weekdays.length !== days.length) return undefined;
  // "Ik kan pas maandag" waits for Monday (Dutch "pas"); "pas lundi" refuses it (French).
  const negated = (day: Token) => negations.some((at) => sharesLanguage(stream[at], NEGATION, day, WEEKDAY_WORDS));
  return days.every(negated) ? unique(weekdays) : undefined;
}

/**
 * The weekdays a message only refuses, read as a whole ("vrijdag niet, die passen niet", "niet op
 * vrijdag", "pas vendredi", "not friday"), or undefined: where a question offers days, what to
 * leave out of them. understandWhen reads no time in such a message when each of its clauses denies.
 */
export function refusedWeekdaysIn(text: string): number[] | undefined {
  return refusedWeekdays(toTokens(text, shippedWhenVocabulary()));
}

/**
 * True when `word` (one of `meanings`) and `other` (one of `otherMeanings`) are words of one
 * language: a negation refuses what its own language names. A typo belongs to every language.
 */
function sharesLanguage(
  word: Token | undefined,
  meanings: readonly WhenWord[],
  other: Token | undefined,
  otherMeanings: readonly WhenWord[],
): boolean {
  const languages = (token: Token | undefined, of: readonly WhenWord[]) => {
    const typed = token?.kind === 'word' ? token.word : undefined;
    const found = LOCALES.filter((locale) => typed !== undefined && whenWordsOf(locale, of).has(typed));
    return found.length > 0 ? found : LOCALES;
  };
  const theirs = languages(other, otherMeanings);
  return languages(word, meanings).some((l) => theirs.includes(l));
}

/**
 * Where the day denied by the negation at `at` ends, when it is a day (within the next three
 * tokens) and another day comes after it; undefined otherwise.
 */
function deniedDayEnd(stream: readonly Token[], at: number): number | undefined {
  const denied = stream.slice(at + 1, at + 4).findIndex(isDay);
  if (denied < 0) return undefined;
  const end = at + 1 + denied;
  return stream.slice(end + 1).some(isDay) ? end : undefined;
}

const PARTS: readonly DayPart[] = [MORNING, AFTERNOON, EVENING];
const PART_WORDS: readonly WhenWord[] = ['morning', 'afternoon', 'evening'];
const samePart = (a: DayPart, b: DayPart) => a.from === b.from && a.to === b.to;

/**
 * The hours of the day left when `refused` parts are not: the parts next to each other as one span,
 * the first from midnight and the last to midnight ("geen voormiddag": 13.00 to midnight; "niet in
 * de namiddag": the morning, or the evening).
 */
function otherParts(refused: readonly DayPart[]): DayPart[] {
  const spans: DayPart[] = [];
  let open: DayPart | undefined;
  PARTS.forEach((part, at) => {
    if (refused.some((r) => samePart(r, part))) {
      if (open) spans.push(open);
      open = undefined;
      return;
    }
    open = { from: open?.from ?? (at === 0 ? 0 : part.from), to: at === PARTS.length - 1 ? END_OF_DAY : part.to };
  });
  if (open) spans.push(open);
  return spans;
}

/**
 * A bound denied right after a negation at `at`, with its hour: "niet voor 10 uur", "pas avant 10h",
 * "not before 10" (from 10.00), "not after 3" (until 15.00). A date after the bound is no hour.
 */
function deniedHourBound(stream: readonly Token[], at: number): { part: DayPart; end: number } | undefined {
  const bound = stream[at + 1];
  if (bound?.kind !== 'word' || bound.meaning?.kind !== 'bound' || bound.meaning.bound === 'at') return undefined;
  if (readDayMonth(stream, at + 2)) return undefined;
  const hour = readHour(stream, at + 2);
  if (!hour) return undefined;
  const part = bound.meaning.bound === 'before' ? { from: hour.minutes, to: END_OF_DAY } : { from: 0, to: hour.minutes };
  return { part, end: hour.end };
}

/** The first `weekday` (0 = Monday) from `from` on, `from` itself included. */
function upcomingWeekday(from: IsoDate, weekday: number): IsoDate {
  return addDays(from, (weekday - weekdayIndex(from) + 7) % 7);
}

/** The weekday at `at`, if there is one. */
function weekdayAt(stream: readonly Token[], at: number): number | undefined {
  const token = stream[at];
  return token?.kind === 'word' && token.meaning?.kind === 'weekday' ? token.meaning.weekday : undefined;
}

/**
 * The last day of a range of weekdays that starts with the weekday at `at`: "maandag tot
 * donderdag", "du lundi au jeudi", "monday to thursday", "tussen maandag en donderdag".
 */
function weekdayThrough(stream: readonly Token[], at: number): { weekday: number; end: number } | undefined {
  const link = stream[at + 1];
  const lead = stream[at - 1];
  const afterBetween = lead?.kind === 'word' && lead.meaning?.kind === 'between';
  const linked =
    link?.kind === 'word' &&
    (link.meaning?.kind === 'until' || wordIn(link, 'dayRangeTo') || (link.meaning?.kind === 'and' && afterBetween));
  const weekday = linked ? weekdayAt(stream, at + 2) : undefined;
  return weekday === undefined ? undefined : { weekday, end: at + 2 };
}

/**
 * The weekday at `at` (on `day`) as a bound, by the words around it: "tot vrijdag", "ten laatste
 * (op) vrijdag", "vendredi au plus tard" are up to and with Friday; "voor vrijdag", "avant
 * vendredi" before it; "ten vroegste donderdag", "thursday at the earliest" from Thursday on.
 */
function dayEdge(stream: readonly Token[], at: number, day: IsoDate): { day: Day; end: number } | undefined {
  const before = stream[wordIn(stream[at - 1], 'dayOn') ? at - 2 : at - 1];
  const after = stream[at + 1];
  const edge = (token: Token | undefined) => (token?.kind === 'word' && token.meaning?.kind === 'dayEdge' ? token.meaning.edge : undefined);
  // "vrijdag ten laatste om 14u": the edge is the hour's, read at the edge.
  const edgeOfHour = edge(after) !== undefined && readHour(stream, hourAfterAt(stream, at + 2)) !== undefined;
  const said = edge(before) ?? (edgeOfHour ? undefined : edge(after));
  if (said) return { day: said === 'earliest' ? { fromDate: day } : { beforeDate: addDays(day, 1) }, end: edge(before) ? at : at + 1 };
  if (before?.kind !== 'word' || !before.meaning) return undefined;
  if (before.meaning.kind === 'until') return { day: { beforeDate: addDays(day, 1) }, end: at };
  if (before.meaning.kind === 'bound' && before.meaning.bound === 'before') return { day: { beforeDate: day }, end: at };
  return undefined;
}

/** A negated bound before a weekday at `at`: "niet voor donderdag" is from Thursday on, "niet na donderdag" up to and with it. */
function deniedDayBound(stream: readonly Token[], at: number, now: Date): { day: Day; end: number } | undefined {
  const bound = stream[at + 1];
  if (bound?.kind !== 'word' || bound.meaning?.kind !== 'bound' || bound.meaning.bound === 'at') return undefined;
  const weekday = weekdayAt(stream, at + 2);
  if (weekday === undefined) return undefined;
  const day = upcomingWeekday(brusselsDate(now), weekday);
  return { day: bound.meaning.bound === 'before' ? { fromDate: day } : { beforeDate: addDays(day, 1) }, end: at + 2 };
}

/** The hours `a` and `b` share: none, or one span. */
function overlapOf(a: DayPart, b: DayPart): DayPart[] {
  const from = Math.max(a.from, b.from);
  const to = Math.min(a.to, b.to);
  return from < to ? [{ from, to }] : [];
}

/** The hours of a day outside all of `busy` ("tot 17u" busy: from 17.00; "van 8 tot 16": before 8 and from 16.00). */
function freeHours(busy: readonly DayPart[]): DayPart[] {
  const free: DayPart[] = [];
  let from = 0;
  for (const span of [...busy].sort((a, b) => a.from - b.from)) {
    if (span.from > from) free.push({ from, to: span.from });
    from = Math.max(from, span.to);
  }
  if (from < END_OF_DAY) free.push({ from, to: END_OF_DAY });
  return free;
}

/**
 * The parts of the day a message refuses, and where the words that refuse them are: a negation
 * with a part of the day up to four words after it ("niet in de voormiddag", "pas le matin", "not
 * in the morning") or up to four before it ("voormiddag kan ik niet"), with no day or hour between
 * or next to them ("niet maandag voormiddag" is no such refusal). As for weekdays, a negation
 * refuses only the parts of a language it is a word of: Dutch "pas namiddag" asks for the afternoon.
 */
function refusedParts(stream: readonly Token[]): { parts: DayPart[]; said: ReadonlySet<number> } {
  const parts: DayPart[] = [];
  const said = new Set<number>();
  const partAt = (at: number) => {
    const t = stream[at];
    return t?.kind === 'word' && t.meaning?.kind === 'part' ? t.meaning.part : undefined;
  };
  const plain = (at: number) => {
    const t = stream[at];
    return t !== undefined && t.kind === 'word' && !isDay(t) && t.meaning?.kind !== 'bound' && t.meaning?.kind !== 'weekdayShort';
  };
  stream.forEach((token, at) => {
    if (token.kind !== 'word' || token.meaning?.kind !== 'negation') return;
    const ahead = [1, 2, 3, 4].map((k) => at + k);
    const behind = [1, 2, 3, 4].map((k) => at - k);
    const found = [...ahead, ...behind].find((p) => partAt(p) !== undefined);
    if (found === undefined) return;
    const between =
      found > at ? [...Array(found - at - 1).keys()].map((k) => at + 1 + k) : [...Array(at - found - 1).keys()].map((k) => found + 1 + k);
    const next = found > at ? found + 1 : found - 1;
    if (!between.every(plain) || (stream[next] !== undefined && !plain(next))) return;
    const part = partAt(found);
    if (!part || !sharesLanguage(token, NEGATION, stream[found], PART_WORDS)) return;
    parts.push(part);
    said.add(at);
    said.add(found);
  });
  return { parts, said };
}

/** The parts of the day `stream` names, when it names nothing else of time ("ik werk voormiddag"). */
function partsAlone(stream: readonly Token[]): DayPart[] | undefined {
  const kinds = stream.flatMap((t) => (t.kind === 'number' ? ['number'] : t.meaning ? [t.meaning.kind] : []));
  if (kinds.length === 0 || kinds.some((k) => k !== 'part')) return undefined;
  return stream.flatMap((t) => (t.kind === 'word' && t.meaning?.kind === 'part' ? [t.meaning.part] : []));
}

/**
 * The message cut at a phrase that gives a reason ("want ik", "parce que", "because"): what is
 * asked before it, and the reason after it; undefined without such a phrase.
 */
function reasonClause(text: string): { asked: string; because: string } | undefined {
  const words = wordsOf(text);
  const phrases = whenContextPhrases('reasonBefore');
  for (let at = 0; at < words.length; at++) {
    const phrase = phrases.find((p) => p.every((w, k) => words[at + k] === w));
    if (phrase) return { asked: words.slice(0, at).join(' '), because: words.slice(at + phrase.length).join(' ') };
  }
  return undefined;
}

/** One window that any of `windows` satisfies (TimeWindow.anyOf). */
function eitherOf(windows: readonly TimeWindow[]): TimeWindow {
  const anyOf = windows.flatMap((w) => w.anyOf ?? [w]);
  const from = new Date(Math.min(...anyOf.map((w) => w.from.getTime())));
  const to = new Date(Math.max(...anyOf.map((w) => w.to.getTime())));
  return { from, to, anyOf };
}

/** True when a slot starting at `start` lies in the window, its daily hours included. */
export function startsWithin(window: TimeWindow, start: Date): boolean {
  if (window.anyOf) return window.anyOf.some((w) => startsWithin(w, start));
  if (start < window.from || start >= window.to) return false;
  if (window.notWeekdays?.includes(weekdayIndex(brusselsDate(start)))) return false;
  if (!window.daily) return true;
  const minutes = brusselsMinutes(start);
  return minutes >= window.daily.from && minutes < window.daily.to;
}

/** What one date word of a phrase names. */
type Day =
  | { date: IsoDate }
  | { weekday: number }
  | { week: 'this' | 'next' | 'later' }
  | { weekend: true }
  /** A month; "begin", "half" or "eind" before it: its first, middle or last days only. */
  | { month: number; third?: MonthThird }
  | { weeksAhead: number }
  /** "na 3 januari", "vanaf 4 januari": from that day on; "tussen 26 en 31 december": through the second too. */
  | { fromDate: IsoDate; throughDate?: IsoDate }
  /** "voor 20 december", "before 20 December": from today up to that day. */
  | { beforeDate: IsoDate };

/** A number of weeks from 1 to 8 at `at`: "2 weken", "3 semaines". */
function weeksFollow(stream: readonly Token[], at: number): boolean {
  const number = stream[at];
  const unit = stream[at + 1];
  return number?.kind === 'number' && number.value >= 1 && number.value <= 8 && unit?.kind === 'word' && unit.meaning?.kind === 'weeksUnit';
}

/** "over", "dans", "within" before "2 weken": that many weeks from now. */
function aheadWord(token: Token | undefined): boolean {
  return token?.kind === 'word' && token.word !== undefined && whenContextWords('weeksAheadBefore').has(token.word);
}

/** "in", "en", "begin", "early" right before a month: the month itself. */
function monthAfterPreposition(stream: readonly Token[], at: number): boolean {
  const before = stream[at - 1];
  // French "en" is also Dutch "en" (and), and "half januari" no "half tien": a preposition here all the same.
  const plainWord =
    before?.kind === 'word' && (before.meaning === undefined || before.meaning.kind === 'and' || before.meaning.kind === 'hourLead');
  return plainWord && before.word !== undefined && whenContextWords('monthBefore').has(before.word);
}

const SATURDAY = 5;
const SUNDAY = 6;

/** The Brussels calendar days `[from, to)` the phrase names, or undefined when they contradict. */
function daySpan(days: readonly Day[], next: boolean, now: Date, horizonDays: number): { from: IsoDate; to: IsoDate } | undefined {
  const today = brusselsDate(now);
  const dates = unique(days.flatMap((d) => ('date' in d ? [d.date] : [])));
  const weekdayList = unique(days.flatMap((d) => ('weekday' in d ? [d.weekday] : [])));
  const weeks = unique(days.flatMap((d) => ('week' in d ? [d.week] : [])));
  const weekend = days.some((d) => 'weekend' in d);
  const months = unique(days.flatMap((d) => ('month' in d ? [d.month] : [])));
  if (dates.length > 1 || weekdayList.length > 1 || weeks.length > 1 || months.length > 1) return undefined;
  const [month] = months;
  const [third] = days.flatMap((d) => ('third' in d && d.third ? [d.third] : []));
  const bounded = days.flatMap((d) => ('fromDate' in d || 'beforeDate' in d ? [d] : []));
  if (bounded.length > 0) {
    // "na 3 januari": as far ahead as a time with no day reaches, from that day; "voor 20
    // december": up to that day; "tussen 26 en 31 december": those days, the past ones left out.
    // With another day or a second date it is not guessed at.
    const [only] = bounded;
    if (bounded.length > 1 || days.length > 1 || only === undefined) return undefined;
    if ('fromDate' in only) {
      const from = only.fromDate < today ? today : only.fromDate;
      const to = only.throughDate ? addDays(only.throughDate, 1) : addDays(only.fromDate, horizonDays);
      return from < to ? { from, to } : undefined;
    }
    return only.beforeDate > today ? { from: today, to: only.beforeDate } : undefined;
  }
  const ahead = days.flatMap((d) => ('weeksAhead' in d ? [d.weeksAhead] : []));
  if (ahead.length > 0) {
    // "Over 2 weken": that week, from the same weekday on; with anything else it is not guessed at.
    if (ahead.length > 1 || days.length > 1) return undefined;
    const from = addDays(today, 7 * (ahead[0] ?? 0));
    return { from, to: addDays(from, 7) };
  }
  if (month !== undefined) {
    // A month with a day or week in it is not guessed at ("dinsdag in januari"): asked again.
    if (dates.length > 0 || weekdayList.length > 0 || weeks.length > 0 || weekend) return undefined;
    return monthSpan(month, today, third);
  }
  const [date] = dates;
  const [weekday] = weekdayList;
  const [week] = weeks;
  const thisMonday = addDays(today, -weekdayIndex(today));
  const weekStart = week === 'next' ? addDays(thisMonday, 7) : thisMonday;

  if (date !== undefined) {
    if (weekday !== undefined && weekdayIndex(date) !== weekday) return undefined;
    if (weekend && weekdayIndex(date) < SATURDAY) return undefined;
    return { from: date, to: addDays(date, 1) };
  }
  if (weekend && weekday !== undefined && weekday < SATURDAY) return undefined;
  if (weekend && weekday === undefined) {
    // "in het weekend": Saturday and Sunday; on a Sunday that is today, unless "volgend weekend".
    const index = weekdayIndex(today);
    let saturday: IsoDate;
    if (week !== undefined) saturday = addDays(weekStart, SATURDAY);
    else if (index === SUNDAY && !next) saturday = addDays(today, -1);
    else {
      const ahead = (SATURDAY - index + 7) % 7;
      saturday = addDays(today, ahead === 0 && next ? 7 : ahead);
    }
    return { from: saturday < today ? today : saturday, to: addDays(saturday, 2) };
  }
  if (weekday !== undefined) {
    let day: IsoDate;
    if (week !== undefined) day = addDays(weekStart, weekday);
    else {
      const ahead = (weekday - weekdayIndex(today) + 7) % 7;
      day = addDays(today, ahead === 0 && next ? 7 : ahead);
    }
    return { from: day, to: addDays(day, 1) };
  }
  if (week === 'this') return { from: today, to: addDays(thisMonday, 7) };
  if (week === 'later') {
    // "later in de week": from the day after tomorrow to Sunday, Friday kept in ("on Thursday:
    // from tomorrow"); at the weekend, the week after.
    const nextMonday = addDays(thisMonday, 7);
    if (weekdayIndex(today) >= SATURDAY) return { from: nextMonday, to: addDays(nextMonday, 7) };
    const friday = addDays(thisMonday, 4);
    const from = addDays(today, 2) > friday ? addDays(today, 1) : addDays(today, 2);
    return { from, to: nextMonday };
  }
  if (week === 'next') return { from: weekStart, to: addDays(weekStart, 7) };
  return { from: today, to: addDays(today, horizonDays) };
}

type MonthThird = 'start' | 'middle' | 'end';

/** "begin", "half", "eind" (and their French and English words) right before a month. */
function thirdOfMonth(token: Token | undefined): MonthThird | undefined {
  if (token?.kind !== 'word' || token.word === undefined) return undefined;
  if (whenContextWords('monthStart').has(token.word)) return 'start';
  if (whenContextWords('monthMiddle').has(token.word)) return 'middle';
  if (whenContextWords('monthEnd').has(token.word)) return 'end';
  return undefined;
}

/**
 * The days of `month` the next time it comes (this month: from today), or of its first ten days
 * (`start`), its 11th to 20th (`middle`) or from its 21st (`end`). A part of this month that is
 * over is next year's.
 */
function monthSpan(month: number, today: IsoDate, third?: MonthThird): { from: IsoDate; to: IsoDate } {
  const year = Number(today.slice(0, 4));
  const current = Number(today.slice(5, 7));
  const spanIn = (inYear: number) => {
    const first = `${inYear}-${String(month).padStart(2, '0')}-01` as IsoDate;
    const nextFirst = (month === 12 ? `${inYear + 1}-01-01` : `${inYear}-${String(month + 1).padStart(2, '0')}-01`) as IsoDate;
    if (third === 'start') return { from: first, to: addDays(first, 10) };
    if (third === 'middle') return { from: addDays(first, 10), to: addDays(first, 20) };
    if (third === 'end') return { from: addDays(first, 20), to: nextFirst };
    return { from: first, to: nextFirst };
  };
  const span = spanIn(month >= current ? year : year + 1);
  if (span.to <= today) return spanIn(year + 1);
  return { from: span.from < today ? today : span.from, to: span.to };
}

/**
 * "14", "14 u", "14u30", "14 30", "2 pm", "2.30 pm" starting at `start`; minutes of the day. Also
 * "half tien" (9.30), "kwart over 9", "half past nine" starting at the word before the hour, and
 * "9h et demie" with its words after the unit.
 */
function readHour(stream: readonly Token[], start: number): { minutes: number; end: number } | undefined {
  const meaningAt = (i: number) => {
    const t = stream[i];
    return t?.kind === 'word' ? t.meaning : undefined;
  };
  const lead = meaningAt(start);
  if (lead?.kind === 'hourLead') {
    const hour = readHour(stream, start + 1);
    // "half 1" is half past twelve: the hour said is 13.00, read as the afternoon's.
    return hour && hour.minutes % 60 === 0 ? { minutes: hour.minutes + lead.offset, end: hour.end } : undefined;
  }
  const hourToken = stream[start];
  if (hourToken?.kind !== 'number' || hourToken.value > 24) return undefined;
  let hour = hourToken.value;
  let minute = 0;
  let end = start;
  let meridiem: boolean | undefined;
  if (meaningAt(end + 1)?.kind === 'hourUnit') end++;
  const minuteToken = stream[end + 1];
  // Minutes are written with two digits ("14u30", "2.30 pm"); "na 14 uur 1 december" has none.
  if (minuteToken?.kind === 'number' && minuteToken.digits === 2 && minuteToken.value < 60) {
    minute = minuteToken.value;
    end++;
  }
  if (meaningAt(end + 1)?.kind === 'hourUnit') end++;
  const m = meaningAt(end + 1);
  if (m?.kind === 'meridiem') {
    meridiem = m.pm;
    end++;
  }
  const tail = meaningAt(end + 1);
  const offset = tail?.kind === 'hourTail' && minute === 0 ? tail.offset : 0;
  if (offset !== 0) end++;
  if (meridiem === true && hour < 12) hour += 12;
  if (meridiem === false && hour === 12) hour = 0;
  if (meridiem === undefined && hour >= 1 && hour <= 7) hour += 12;
  return { minutes: Math.max(0, Math.min(hour * 60 + minute + offset, END_OF_DAY)), end };
}

/**
 * "11 tot 14 uur", "10h à 12h", "10 and 12" (after "tussen") starting at `start`: the hours from
 * the first to the second. `led`: the word before the first hour ("tussen", or a bound such as
 * "from"); without one, one of the hours carries a unit, so "9 tot 11 december" stays a date. A first hour read as afternoon that would end the range before
 * it starts is the morning's ("tussen 7 en 9": 7.00 to 9.00); an empty range is no range.
 */
function readRange(stream: readonly Token[], start: number, led: 'between' | 'bound' | 'none'): { part: DayPart; end: number } | undefined {
  const first = readHour(stream, start);
  if (!first) return undefined;
  const joiner = stream[first.end + 1];
  const joins =
    joiner?.kind === 'word' &&
    (joiner.meaning?.kind === 'until' ||
      (joiner.meaning?.kind === 'bound' && joiner.meaning.bound !== 'after') ||
      (led === 'between' && joiner.meaning?.kind === 'and'));
  if (!joins) return undefined;
  const second = readHour(stream, first.end + 2);
  if (!second) return undefined;
  if (led === 'none' && !stream.slice(start, second.end + 1).some(isUnit)) return undefined;
  let from = first.minutes;
  if (second.minutes <= from && from >= 13 * 60 && from - 12 * 60 < second.minutes) from -= 12 * 60;
  return second.minutes > from ? { part: { from, to: second.minutes }, end: second.end } : undefined;
}

/**
 * "26 en 31 december" (after "tussen"), "28 tot 30 december", "28 december tot 3 januari", "du 28
 * au 30 décembre" starting at `start` (a number): the first day through the second. A first day
 * without its month has the second's, or the month before when it is the larger number ("28 tot 3
 * januari"). "En", "et", "and" join only after a word such as "tussen": "9 en 11 december" may be
 * two days, and is read as before.
 */
function readDayRange(
  stream: readonly Token[],
  start: number,
  today: IsoDate,
): { from: IsoDate; through: IsoDate; end: number } | undefined {
  const dayToken = stream[start];
  if (dayToken?.kind !== 'number' || dayToken.value < 1 || dayToken.value > 31) return undefined;
  const first = readDayMonth(stream, start);
  let joinAt = first ? first.end + 1 : start + 1;
  const ordinal = stream[joinAt];
  if (!first && ordinal?.kind === 'word' && ordinal.meaning?.kind === 'ordinal') joinAt++;
  const joiner = stream[joinAt];
  // "entre le 28 et le 30 décembre": an article before a day is read past.
  const article = (at: number) => wordIn(stream[at], 'dayArticle');
  const before = stream[article(start - 1) ? start - 2 : start - 1];
  const led = (before?.kind === 'word' && before.meaning?.kind === 'between') || wordIn(before, 'dayRangeFrom');
  const joins =
    (joiner?.kind === 'word' &&
      (joiner.meaning?.kind === 'until' ||
        (joiner.meaning?.kind === 'bound' && joiner.meaning.bound === 'before') ||
        (led && joiner.meaning?.kind === 'and'))) ||
    wordIn(joiner, 'dayRangeTo');
  if (!joins) return undefined;
  const second = readDayMonth(stream, article(joinAt + 1) ? joinAt + 2 : joinAt + 1);
  const through = second && upcomingDate(today, second.day, second.month);
  if (!second || !through) return undefined;
  const month = first?.month ?? (dayToken.value <= second.day ? second.month : ((second.month + 10) % 12) + 1);
  const inYear = (year: number): IsoDate => `${year}-${String(month).padStart(2, '0')}-${String(dayToken.value).padStart(2, '0')}`;
  const year = Number(through.slice(0, 4));
  const from = inYear(year) <= through ? inYear(year) : inYear(year - 1);
  if (addDays(from, 0) !== from) return undefined;
  return { from, through, end: second.end };
}

/** Where an hour at `from` starts: past an "om", "à", "at" there ("ten laatste om 14u"), else `from`. */
function hourAfterAt(stream: readonly Token[], from: number): number {
  const token = stream[from];
  return token?.kind === 'word' && token.meaning?.kind === 'bound' && token.meaning.bound === 'at' ? from + 1 : from;
}

/** True when `token` is a plain word of the context list `list` ("le", "du", "au", "of"). */
function wordIn(token: Token | undefined, list: WhenContextList): boolean {
  return token?.kind === 'word' && token.meaning === undefined && token.word !== undefined && whenContextWords(list).has(token.word);
}

/**
 * A day of the month without its month at `start` ("le 15", "de 15de", "the 15th", "15th"): led by
 * an article or followed by an ordinal ending, and no hour ("le 15 à 14h" is still the 15th; "de 15
 * uur" is no day). The next such day from `today`: this month's, else the next month that has it.
 */
function dayOfMonthAlone(stream: readonly Token[], start: number, today: IsoDate): { date: IsoDate; end: number } | undefined {
  const token = stream[start];
  if (token?.kind !== 'number' || token.digits > 2 || token.value < 1 || token.value > 31) return undefined;
  const next = stream[start + 1];
  const ordinal = next?.kind === 'word' && next.meaning?.kind === 'ordinal';
  const led = wordIn(stream[start - 1], 'dayArticle');
  if (!ordinal && !led) return undefined;
  const end = ordinal ? start + 1 : start;
  const after = stream[end + 1];
  if (after?.kind === 'number' || isUnit(after) || (after?.kind === 'word' && after.meaning?.kind === 'weeksUnit')) return undefined;
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7));
  for (let tries = 0; tries < 3; tries++) {
    const date: IsoDate = `${year}-${String(month).padStart(2, '0')}-${String(token.value).padStart(2, '0')}`;
    if (addDays(date, 0) === date && date >= today) return { date, end };
    month = (month % 12) + 1;
    if (month === 1) year++;
  }
  return undefined;
}

/** "1 december", "1er décembre", "1/12" at `start` (a number). */
function readDayMonth(stream: readonly Token[], start: number): { day: number; month: number; end: number } | undefined {
  const dayToken = stream[start];
  if (dayToken?.kind !== 'number' || dayToken.value < 1 || dayToken.value > 31) return undefined;
  let i = start + 1;
  const ordinal = stream[i];
  if (ordinal?.kind === 'word' && ordinal.meaning?.kind === 'ordinal') i++;
  // "the 28th of December": "of" between the day and its month.
  if (i > start + 1 && wordIn(stream[i], 'dayOfMonth')) i++;
  const monthToken = stream[i];
  if (monthToken?.kind === 'word' && monthToken.meaning?.kind === 'month') {
    return { day: dayToken.value, month: monthToken.meaning.month, end: i };
  }
  if (monthToken?.kind === 'number' && i === start + 1 && monthToken.value >= 1 && monthToken.value <= 12) {
    return { day: dayToken.value, month: monthToken.value, end: i };
  }
  return undefined;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
