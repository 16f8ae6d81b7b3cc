import type { ChequeRules, ChequeTerms, Regime } from '../../src/domain/chequeRegimes.js';
import { addDays, type IsoDate } from '../../src/domain/calendar.js';
import type { VdabContact } from '../../src/domain/vdabContact.js';
import { formatDate } from '../../src/i18n/format.js';
import type { Translator } from '../../src/i18n/i18n.js';
import { INTL_TAGS, type Locale } from '../../src/i18n/locale.js';
import { firstMeetingFreeWhenBooked } from '../../src/booking/slots.js';
import type { Text } from './ask.js';

/*
 * What the rules of a day mean for people, in words. Every number and date comes from the rules
 * data (data/cheque-regimes.json); a value the data leaves unknown is said to be unknown, with
 * where to check. Shared by the explanation, the answer to "wat kost het?" and the eligibility check.
 */

type Contact = Pick<VdabContact, 'websiteLabel' | 'phone'>;

/** How to speak about the rules of one day: the translator, the language and the date. */
export interface RulesView {
  t: Translator;
  locale: Locale;
  rules: ChequeRules;
  date: IsoDate;
  contact: Contact;
}

/** "Kijk op vdab.be/loopbaancheques of bel gratis 0800 30 700.": where to check what the bot cannot say. */
export function checkVdab(t: Translator, contact: Contact): string {
  return t('explainCheque:terms.checkVdab', { website: contact.websiteLabel, phone: contact.phone });
}

/** One message on what the cheque gives and costs under `terms`; never a number the rules do not confirm. */
export function describeTerms(t: Translator, terms: ChequeTerms | undefined, contact: Contact): string {
  if (!terms || !terms.confirmed || terms.cheques === null) {
    return [t('explainCheque:terms.rulesChanging'), checkVdab(t, contact)].join(' ');
  }
  const hoursKnown = terms.hoursPerCheque !== null;
  const priceKnown = terms.ownContributionEur !== null;
  const sentences = [
    terms.onlyIfNeverUsed && terms.cheques === 1
      ? t('explainCheque:terms.oneChequeNeverUsed')
      : t('explainCheque:terms.cheques', { count: terms.cheques }),
  ];
  if (!hoursKnown && !priceKnown) sentences.push(t('explainCheque:terms.hoursAndPriceUnknown'));
  else {
    sentences.push(
      hoursKnown
        ? t('explainCheque:terms.hours', { hours: terms.hoursPerCheque?.reduce((sum, h) => sum + h, 0) ?? 0 })
        : t('explainCheque:terms.hoursUnknown'),
      priceKnown ? t('explainCheque:terms.price', { eur: terms.ownContributionEur ?? 0 }) : t('explainCheque:terms.priceUnknown'),
    );
  }
  if (!hoursKnown || !priceKnown) sentences.push(checkVdab(t, contact));
  return sentences.join(' ');
}

/**
 * What one pays, in one short message: the first meeting is free where the rules say so, then the
 * price of the day, or, where the rules do not confirm one, that it is not known yet with where to check.
 */
export function priceInBrief(view: RulesView): string {
  const { t, rules, date, contact } = view;
  const terms = rules.termsOn(date);
  const free = firstMeetingFreeWhenBooked(rules, date) ? [t('sideQuestions:firstMeetingFree')] : [];
  const price =
    announcedOn(rules, date) || !terms?.confirmed || terms.ownContributionEur === null
      ? [t('explainCheque:terms.priceUnknown'), checkVdab(t, contact)]
      : [t('explainCheque:terms.price', { eur: terms.ownContributionEur })];
  return [...free, ...price].join(' ');
}

/**
 * "Deze regeling loopt tot 31 december 2026. Daarna komt normaal het loopbaankrediet.", when the rules in
 * force end within 60 days; undefined otherwise. The date and what follows come from the data.
 */
export function changeNotice(view: RulesView): string | undefined {
  const { t, locale, rules, date } = view;
  const ahead = rules.changeAhead(date);
  // In a month whose rules are unclear the terms already say the rules are changing.
  if (!ahead || rules.unclearOn(date)) return undefined;
  // On their last day: "Deze regeling stopt vandaag." (i18next context "today"); the day before, "stopt morgen".
  const context = ahead.endsOn === date ? 'today' : ahead.endsOn === addDays(date, 1) ? 'tomorrow' : undefined;
  const when = { date: formatDate(locale, ahead.endsOn), ...(context && { context }) };
  if (!ahead.next) return t('rules:endsOn', when);
  const current = rules.regimeOn(date);
  const next = regimeName(t, ahead.next);
  // "Daarna komt de loopbaancheque" says nothing when the cheque stays: then only the rules change.
  if (current && regimeName(t, current) === next) return t('rules:endsOnChange', when);
  // Rules only announced (the loopbaankrediet) are a plan: "Daarna komt normaal …".
  return t(ahead.next.confirmed ? 'rules:endsOnThen' : 'rules:endsOnThenPlanned', { ...when, next });
}

/** `date` is the last day of the rules in force (31 December 2026): ordering cannot wait. */
export function lastDayOfRules(rules: ChequeRules, date: IsoDate): boolean {
  return rules.changeAhead(date)?.endsOn === date;
}

/** The rules in force are announced, not adopted (the loopbaankrediet from 2027). */
export function announcedOn(rules: ChequeRules, date: IsoDate): Regime | undefined {
  const regime = rules.regimeOn(date);
  return regime && !regime.confirmed && regime.announced ? regime : undefined;
}

/**
 * What is announced about the rules in force, with how sure each part is, in two messages: what
 * comes and who runs it; then the reported values ("Dat is nog niet zeker.") and what is unknown,
 * with where to check. [] when the rules in force are adopted ones.
 */
export function describeAnnounced(view: RulesView): string[] {
  return remembered('announced', view, describeAnnouncedNow);
}

function describeAnnouncedNow(view: RulesView): string[] {
  const regime = announcedOn(view.rules, view.date);
  return regime ? describeRegime(view, regime) : [];
}

/**
 * "Wat is het loopbaankrediet?" before it starts: what is announced about the next rules, as
 * describeAnnounced says it once they are in force ("Vanaf 1 januari 2027 komt …"). [] when no
 * announced rules are ahead.
 */
export function describeComing(view: RulesView): string[] {
  return remembered('coming', view, (v) => {
    const coming = v.rules.regimes.find((r) => r.validFrom > v.date && r.announced);
    return coming ? describeRegime(v, coming) : [];
  });
}

/**
 * "Vanaf 1 januari 2027 komt normaal …" before that day; from it on, that the rules before ended
 * ("De loopbaancheque stopte op 31 december 2026.": their end is in the data) and what comes
 * "normaal": announced rules stay a plan, never a fact, until the data says they were adopted.
 */
export function announcedStart(view: RulesView, regime: Regime): string {
  const { t, locale, rules, date } = view;
  const previous = rules.regimeBefore(regime);
  const started = date >= regime.validFrom;
  const params = { date: formatDate(locale, regime.validFrom), name: regimeName(t, regime) };
  if (!previous) return t(started ? 'rules:announced.started' : 'rules:announced.starts', params);
  const before = regimeName(t, previous);
  return t(started ? 'rules:announced.startedInstead' : 'rules:announced.startsInstead', {
    ...params,
    previous: before,
    Previous: sentenceStart(before),
    ...(previous.validTo && { ended: formatDate(locale, previous.validTo) }),
  });
}

/** "de loopbaancheque" → "De loopbaancheque": a name that opens a sentence. */
function sentenceStart(name: string): string {
  return name.charAt(0).toLocaleUpperCase() + name.slice(1);
}

/**
 * Who runs announced rules ("De Vlaamse overheid regelt het, niet VDAB."), with "Dat is nog niet
 * zeker." where no official source says so; undefined where it is not known.
 */
export function announcedRunBy(view: RulesView, regime: Regime): string | undefined {
  const runBy = regime.announced?.runBy;
  if (!runBy || runBy.value === null) return undefined;
  const said = view.t(`rules:announced.runBy.${runBy.value}` as never) as string;
  return runBy.status === 'official' ? said : `${said} ${view.t('rules:announced.notSure')}`;
}

function describeRegime(view: RulesView, regime: Regime): string[] {
  const { t, locale, contact } = view;
  if (!regime.announced) return [];
  const { runBy, hours, experienceYears, ownContributionEur, howToApply } = regime.announced;
  const starts = announcedStart(view, regime);
  const sure: string[] = [];
  const unsure: string[] = [];
  const unknown: string[] = [];
  const say = (fact: { status: string; value: unknown }, text: string, field: string) => {
    if (fact.value === null) unknown.push(t(`rules:announced.unknown.${field}` as never) as string);
    else (fact.status === 'official' ? sure : unsure).push(text);
  };
  const notKnown = () =>
    t('rules:announced.notKnownYet', { list: new Intl.ListFormat(INTL_TAGS[locale], { type: 'conjunction' }).format(unknown) });
  say(runBy, runBy.value === null ? '' : (t(`rules:announced.runBy.${runBy.value}` as never) as string), 'runBy');
  say(hours, t('rules:announced.hours', { hours: hours.value ?? 0 }), 'hours');
  say(experienceYears, t('rules:announced.experienceYears', { years: experienceYears.value ?? 0 }), 'experienceYears');
  say(ownContributionEur, t('rules:announced.ownContributionEur', { eur: ownContributionEur.value ?? 0 }), 'ownContributionEur');
  say(howToApply, t('rules:announced.howToApply', { url: howToApply.value ?? '' }), 'howToApply');
  const first = [starts, ...sure, t('rules:announced.notAllKnown')].join(' ');
  const second = [
    ...unsure,
    ...(unsure.length > 0 ? [t('rules:announced.notSure')] : []),
    ...(unknown.length > 0 ? [notKnown()] : []),
  ].join(' ');
  const where = checkVdab(t, contact);
  return [first, second === '' ? where : `${second} ${where}`];
}

/**
 * "Wat kost het?": under announced rules only what is said about the price (usually that it is not
 * known yet), with where to check; else the terms of the day and the change notice.
 */
export function describeCost(view: RulesView): string[] {
  return remembered('cost', view, describeCostNow);
}

function describeCostNow(view: RulesView): string[] {
  const { t, contact } = view;
  const regime = announcedOn(view.rules, view.date);
  if (!regime?.announced) return describeRules(view);
  const price = regime.announced.ownContributionEur;
  const said = announcedFact(t, price, (eur) => t('rules:announced.ownContributionEur', { eur }), t('rules:announced.priceUnknown'));
  return [`${said} ${checkVdab(t, contact)}`];
}

/** One announced value said alone: the value with how sure it is ("Dat is nog niet zeker."), or that it is not known yet. */
function announcedFact(
  t: Translator,
  fact: { status: string; value: number | null },
  known: (value: number) => string,
  unknown: string,
): string {
  if (fact.value === null) return unknown;
  return fact.status === 'official' ? known(fact.value) : `${known(fact.value)} ${t('rules:announced.notSure')}`;
}

/**
 * "Hoeveel uren krijg ik?": under announced rules what is said of the hours, with how sure it is;
 * else the terms of the day, which name the hours (or that they are not known).
 */
export function describeHours(view: RulesView): string[] {
  const { t, contact } = view;
  const regime = announcedOn(view.rules, view.date);
  if (!regime?.announced) return describeRules(view);
  const unknown = t('rules:announced.notKnownYet', { list: t('rules:announced.unknown.hours') });
  const said = announcedFact(t, regime.announced.hours, (hours) => t('rules:announced.hours', { hours }), unknown);
  return [`${said} ${checkVdab(t, contact)}`];
}

/**
 * What the cheque gives and costs on the day, as messages: the announcement under announced rules;
 * else one message with the terms, and the change notice when the rules end soon.
 */
export function describeRules(view: RulesView): string[] {
  return remembered('rules', view, describeRulesNow);
}

function describeRulesNow(view: RulesView): string[] {
  const announced = describeAnnounced(view);
  if (announced.length > 0) return announced;
  const notice = changeNotice(view);
  const terms = describeTerms(view.t, view.rules.termsOn(view.date), view.contact);
  return [notice ? `${terms} ${notice}` : terms];
}

/**
 * "Wie kan een cheque krijgen?" in one message: who, the years of work and, where the rules say so,
 * never a cheque before; from the conditions in force. Undefined under rules without conditions
 * (only announced), where nothing can be said of them.
 */
export function describeConditions(view: RulesView): string | undefined {
  const { t, rules, date } = view;
  const conditions = rules.regimeOn(date)?.conditions;
  if (!conditions) return undefined;
  const lines = [t('sideQuestions:whoCanGetOne'), t('sideQuestions:yearsOfWork', { years: rules.experienceYearsOn(date) ?? 0 })];
  if (conditions.previousUse.kind === 'never') lines.push(t('sideQuestions:neverUsed'));
  return lines.join(' ');
}

/**
 * The same translator, rules, contact and day always give the same messages, and the explanation
 * and "wat kost het?" are asked in most conversations: each text is built once per language and
 * day (about 5% of such a turn, mostly interpolation), not per message. Bounded: days go by.
 */
const rememberedTexts = new WeakMap<Translator, WeakMap<ChequeRules, Map<string, readonly string[]>>>();
const MAX_REMEMBERED = 64;

function remembered(kind: string, view: RulesView, describe: (view: RulesView) => string[]): string[] {
  let byRules = rememberedTexts.get(view.t);
  if (!byRules) rememberedTexts.set(view.t, (byRules = new WeakMap()));
  let texts = byRules.get(view.rules);
  if (!texts) byRules.set(view.rules, (texts = new Map()));
  const key = `${kind}|${view.locale}|${view.date}|${view.contact.websiteLabel}|${view.contact.phone}`;
  let said = texts.get(key);
  if (!said) {
    if (texts.size >= MAX_REMEMBERED) texts.clear();
    said = describe(view);
    texts.set(key, said);
  }
  return [...said];
}

/** "het loopbaankrediet", "de loopbaancheque": a regime's name in the user's language. */
export function regimeName(t: Translator, regime: Regime): string {
  return t(`rules:names.${regime.id}` as never, { defaultValue: t('rules:names.cheque-2020') }) as string;
}

/** i18next context of texts that say the first meeting is free, for days it may not be ("explanation_maybeFree"). */
const MAYBE_FREE = 'maybeFree';

/**
 * The short version of an explanation, for "zeg het eenvoudiger": of the announced rules (`announced`),
 * or of the cheque, which says the first meeting is free only while a meeting booked now is.
 */
export function simpleExplanation(rules: ChequeRules, date: IsoDate, phone: string, announced: boolean): Text {
  if (announced) return { key: 'rules:announced.simple', params: { phone } };
  return { key: 'explainCheque:simple', params: freeContext(rules, date) };
}

/** The i18next params of a text that says the first meeting is free: its `maybeFree` version on days a meeting booked may not be. */
export function freeContext(rules: ChequeRules, date: IsoDate): Record<string, string> {
  return firstMeetingFreeWhenBooked(rules, date) ? {} : { context: MAYBE_FREE };
}
