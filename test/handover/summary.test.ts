import { describe, expect, it } from 'vitest';
import { ChequeRules } from '../../src/domain/chequeRegimes.js';
import { newCheck, record, verdictOf, type EligibilityCheck as EligibilityCheckState } from '../../src/domain/eligibilityAnswers.js';
import { buildSummary, summaryLines } from '../../src/handover/summary.js';
import { createI18n, translatorFor } from '../../src/i18n/i18n.js';

const t = translatorFor(await createI18n(), 'nl');

/** An employee with 7 years who never used a cheque and does not know about outplacement, as the check records it. */
const check = ((): EligibilityCheckState => {
  const rules = ChequeRules.load();
  let answered: EligibilityCheckState = { ...newCheck('2026-11-26'), forWhom: 'self' };
  answered = record(answered, 'residence', 'flanders', rules);
  answered = record(answered, 'work', 'employee', rules);
  answered = record(answered, 'years', 'at_least', rules);
  answered = record(answered, 'chequeUsed', 'never', rules);
  answered = record(answered, 'outplacement', 'unknown', rules);
  return { ...answered, result: verdictOf(answered, rules) ?? undefined };
})();

describe('case summary', () => {
  it('When the person did the check and wants a call-back, Then staff read it in a few plain Dutch lines', () => {
    const summary = buildSummary({
      reason: 'refer',
      locale: 'fr',
      channelId: 'whatsapp',
      eligibility: check,
      lastBooking: { code: 'K7M3QX' },
      contact: { mode: 'callback', phone: '+32470123456', partOfDay: 'afternoon' },
    });

    expect(
      summaryLines(
        {
          summary,
          transcript: [
            { from: 'user', text: 'outplacement?', at: '' },
            { from: 'bot', text: 'Dat moet iemand bekijken.', at: '' },
          ],
        },
        t,
      ),
    ).toEqual([
      'Vraag: De check zegt: iemand van VDAB moet het bekijken.',
      'Laatste bericht: "outplacement?"',
      'Check: VDAB moet het bekijken',
      'Antwoorden: voor zichzelf, woont vlaanderen, werk werknemer, jaren werk 7 jaar of meer, cheque al gebruikt nooit, outplacement weet het niet',
      'Waarom: Je weet niet of je outplacement krijgt.',
      'Afspraak gemaakt, code K7M3QX.',
      'Taal: Frans',
      'Kanaal: WhatsApp',
      'Contact: bel +32470123456, in de namiddag.',
    ]);
  });

  it('When nothing is known yet, Then only the reason, language, channel and contact are there', () => {
    const summary = buildSummary({ reason: 'asked', locale: 'nl', channelId: 'directline', contact: { mode: 'chat' } });
    expect(summary).toEqual({ reason: 'asked', locale: 'nl', channel: 'webchat', contact: { mode: 'chat' } });
    expect(summaryLines({ summary, transcript: [] }, t)).toEqual([
      'Vraag: Wil met een medewerker praten.',
      'Taal: Nederlands',
      'Kanaal: web chat',
      'Contact: wil nu chatten.',
    ]);
  });

  it('When the person named hours for the call-back ("morgen na 14u"), Then staff read those hours, not only the part of the day', async () => {
    const summary = buildSummary({
      reason: 'asked',
      locale: 'nl',
      channelId: 'webchat',
      contact: {
        mode: 'callback',
        phone: '+32470123456',
        partOfDay: 'afternoon',
        day: '2026-11-27',
        between: { from: '14:00', to: '16:30' },
      },
    });
    expect(summaryLines({ summary, transcript: [] }, t).at(-1)).toBe(
      'Contact: bel +32470123456 op vrijdag 27 november, tussen 14.00 uur en 16.30 uur.',
    );
  });

  it('When the person named a day for the call-back, Then staff read the day with its weekday, in their own language', async () => {
    const summary = buildSummary({
      reason: 'asked',
      locale: 'en',
      channelId: 'webchat',
      contact: { mode: 'callback', phone: '+32470123456', partOfDay: 'afternoon', day: '2026-11-27' },
    });
    expect(summary.contact).toEqual({ mode: 'callback', phone: '+32470123456', partOfDay: 'afternoon', day: '2026-11-27' });
    expect(summaryLines({ summary, transcript: [] }, t).at(-1)).toBe('Contact: bel +32470123456 op vrijdag 27 november, in de namiddag.');
    const fr = translatorFor(await createI18n(), 'fr');
    expect(summaryLines({ summary, transcript: [] }, fr).at(-1)).toBe(
      "Contact : appeler le +32470123456 le vendredi 27 novembre, l'après-midi.",
    );
  });

  it('When the check was for "mijn vrouw" under rules only announced, Then the reasons say "zij" and name the rules and their years, never "{{name}}"', () => {
    const rules = ChequeRules.load();
    const forHer: EligibilityCheckState = {
      ...newCheck('2027-02-01'),
      forWhom: 'other',
      pronoun: 'she',
      result: {
        outcome: 'refer',
        reasons: ['outplacement_unknown', 'rules_changing', 'announced_experience_below'],
        regime: 'loopbaankrediet-2027',
        next: [],
      },
    };
    const summary = buildSummary({
      reason: 'refer',
      rules,
      locale: 'nl',
      channelId: 'webchat',
      eligibility: forHer,
      contact: { mode: 'chat' },
    });

    expect(summaryLines({ summary, transcript: [] }, t)).toContain(
      'Waarom: Je weet niet of zij outplacement krijgt. De regels van het loopbaankrediet zijn nog niet zeker. Wellicht moet zij meer dan 7 jaar gewerkt hebben.',
    );
  });
});
