import type { ChequeRules } from '../domain/chequeRegimes.js';
import type { EligibilityCheck as EligibilityCheckState } from '../domain/eligibilityAnswers.js';
import { formatClock, formatWeekdayDate } from '../i18n/format.js';
import { localeOf, type Translator } from '../i18n/i18n.js';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';
import type { CaseSummary, HandoverCase, HandoverReason, TranscriptLine } from './model.js';

/** Channels staff tell apart; every other channel id counts as 'other'. */
export function channelGroup(channelId: string | undefined): 'webchat' | 'whatsapp' | 'msteams' | 'other' {
  switch (channelId) {
    case 'webchat':
    case 'directline':
      return 'webchat';
    case 'whatsapp':
      return 'whatsapp';
    case 'msteams':
      return 'msteams';
    default:
      return 'other';
  }
}

export interface SummaryInput {
  reason: HandoverReason;
  /** The rules by date: the reasons of the check name them and their years. */
  rules?: ChequeRules;
  locale: Locale;
  channelId: string | undefined;
  eligibility?: EligibilityCheckState;
  /** The code of the booking made in this conversation (conversation state `lastBooking`). */
  lastBooking?: { code: string };
  contact: CaseSummary['contact'];
}

/**
 * The case summary from what the conversation already knows (conversation state), so nobody asks
 * the person again. Codes only; `summaryLines` turns them into words for staff.
 */
export function buildSummary(input: SummaryInput): CaseSummary {
  const said = input.eligibility ? saidCodes(input.eligibility) : undefined;
  const result = input.eligibility?.result;
  const pronoun = input.eligibility?.forWhom === 'other' ? input.eligibility.pronoun : undefined;
  const regime = input.eligibility && input.rules?.regimeOn(input.eligibility.date);
  const announcedYears = regime?.announced?.experienceYears.value ?? undefined;
  return {
    reason: input.reason,
    locale: input.locale,
    channel: channelGroup(input.channelId),
    ...(said && {
      eligibility: {
        said,
        ...(result && { outcome: result.outcome, reasons: [...result.reasons] }),
        ...(pronoun && { pronoun }),
        ...(regime && { regime: regime.id }),
        ...(announcedYears !== undefined && { announcedYears }),
      },
    }),
    ...(input.lastBooking && { bookingCode: input.lastBooking.code }),
    contact: input.contact,
  };
}

/** `said` flattened to `field → code` (years as `at_least:7`), in the order the check asks. */
function saidCodes(check: EligibilityCheckState): Record<string, string> {
  const { said } = check;
  const codes: Record<string, string> = {};
  if (check.forWhom) codes.forWhom = check.forWhom;
  if (said.residence) codes.residence = said.residence;
  if (said.work) codes.work = said.work;
  if (said.years) codes.years = said.years.answer === 'unknown' ? 'unknown' : `${said.years.answer}:${said.years.minimumYears}`;
  if (said.chequeUsed) {
    codes.chequeUsed = said.chequeUsed.answer;
    if (said.chequeUsed.withinYears) codes.chequeWithin = said.chequeUsed.withinYears.answer;
  }
  if (said.outplacement) codes.outplacement = said.outplacement;
  return codes;
}

/**
 * The case in a few short lines for staff (Teams card, console), in the staff's language (`t`,
 * Dutch by default): what the person wants, their last words, the check, language, channel and
 * how to reach them.
 */
export function summaryLines(c: Pick<HandoverCase, 'summary' | 'transcript'>, t: Translator): string[] {
  const { summary } = c;
  const lines = [t('staff:summary.wants', { text: t(`staff:reason.${summary.reason}` as never) })];
  const lastWords = lastTypedLine(c.transcript);
  if (lastWords) lines.push(t('staff:summary.lastWords', { text: `"${lastWords.text}"` }));
  if (summary.eligibility) {
    const outcome = summary.eligibility.outcome ?? 'unfinished';
    lines.push(t('staff:summary.eligibility', { outcome: t(`staff:outcome.${outcome}` as never) }));
    const answers = Object.entries(summary.eligibility.said).map(
      ([field, code]) => `${t(`staff:field.${field}` as never)} ${valueText(field, code, t)}`,
    );
    if (answers.length > 0) lines.push(t('staff:summary.answers', { answers: answers.join(', ') }));
    const reasons = reasonTexts(summary.eligibility, t);
    if (reasons.length > 0) lines.push(t('staff:summary.why', { reasons: reasons.join(' ') }));
  }
  if (summary.bookingCode) lines.push(t('staff:summary.booking', { code: summary.bookingCode }));
  lines.push(t('staff:summary.language', { language: t(`staff:languages.${summary.locale}` as never) }));
  lines.push(t('staff:summary.channel', { channel: t(`staff:channels.${summary.channel}` as never) }));
  lines.push(
    summary.contact.mode === 'chat'
      ? t('staff:summary.contactChat')
      : t(summary.contact.day ? 'staff:summary.contactCallbackDay' : 'staff:summary.contactCallback', {
          phone: summary.contact.phone,
          // "tussen 10.00 uur en 16.30 uur": the hours named, more than the part of the day.
          partOfDay: summary.contact.between
            ? t('staff:callHours', {
                from: formatClock(localeOf(t) ?? DEFAULT_LOCALE, summary.contact.between.from),
                to: formatClock(localeOf(t) ?? DEFAULT_LOCALE, summary.contact.between.to),
              })
            : t(`staff:partOfDay.${summary.contact.partOfDay}` as never),
          ...(summary.contact.day && { day: formatWeekdayDate(localeOf(t) ?? DEFAULT_LOCALE, summary.contact.day) }),
        }),
  );
  return lines;
}

/** The i18next contexts of texts about someone else (as dialogs/eligibilityResult.ts uses them). */
const HELPER_CONTEXTS = { he: 'helperHe', she: 'helperShe' } as const;

/**
 * The check's reasons as the person read them, about whom they were for ("Je weet niet of zij
 * outplacement krijgt." for "mijn vrouw") and with the rules' name and years filled in.
 */
function reasonTexts(eligibility: NonNullable<CaseSummary['eligibility']>, t: Translator): string[] {
  const helper = eligibility.pronoun ? HELPER_CONTEXTS[eligibility.pronoun] : 'helper';
  const context = eligibility.said.forWhom === 'other' ? helper : undefined;
  const name = t(`rules:names.${eligibility.regime ?? 'cheque-2020'}` as never, { defaultValue: t('rules:names.cheque-2020') }) as string;
  const years = eligibility.announcedYears ?? '';
  return (eligibility.reasons ?? []).map(
    (r) => t(`checkEligibility:reason.${r}` as never, { context, name, years } as never) as unknown as string,
  );
}

/**
 * The person's last words of their own: a tap on a button the bot offered ("Nu chatten", or its
 * number on WhatsApp) or on the page's "Met iemand praten" says nothing the case does not say already.
 */
function lastTypedLine(transcript: readonly TranscriptLine[]): TranscriptLine | undefined {
  let offered: string[] = [];
  let last: TranscriptLine | undefined;
  for (const line of transcript) {
    if (line.from === 'user') {
      if (!line.tapped && !isTap(line.text, offered)) last = line;
      offered = [];
    } else if (line.from === 'bot') offered = [...offered, ...(line.buttons ?? [])];
  }
  return last;
}

function isTap(text: string, offered: readonly string[]): boolean {
  const said = text.trim().toLowerCase();
  const number = /^\d{1,2}$/.test(said) ? Number(said) : 0;
  return (number >= 1 && number <= offered.length) || offered.some((b) => b.trim().toLowerCase() === said);
}

function valueText(field: string, code: string, t: Translator): string {
  const [answer = code, years] = code.split(':');
  if (field === 'years' && years) return t(`staff:value.${answer}` as never, { years });
  if (field === 'residence' || field === 'work') {
    return answer === 'unknown' ? t('staff:value.unknown') : (t(`checkEligibility:answers.${answer}` as never) as string).toLowerCase();
  }
  return t(`staff:value.${answer}` as never);
}
