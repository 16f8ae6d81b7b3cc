import { describe, expect, it } from 'vitest';
import { ELIGIBILITY_CHECK_VERSION, type EligibilityCheck as EligibilityCheckState } from '../../src/domain/eligibilityAnswers.js';
import { buildSummary, summaryLines } from '../../src/handover/summary.js';
import { createI18n, translatorFor } from '../../src/i18n/i18n.js';

const t = translatorFor(await createI18n(), 'nl');

const check: EligibilityCheckState = {
  version: ELIGIBILITY_CHECK_VERSION,
  date: '2026-11-26',
  forWhom: 'self',
  said: {
    residence: 'flanders',
    work: 'employee',
    years: { answer: 'at_least', minimumYears: 7 },
    chequeUsed: { answer: 'never' },
    outplacement: 'unknown',
  },
  input: {
    residence: 'flanders',
    work: 'employee',
    yearsExperience: 7,
    chequeUsedOn: 'never',
    outplacement: false,
  } as EligibilityCheckState['input'],
  result: { outcome: 'refer', reasons: ['outplacement_unknown'], regime: '2020', next: ['talk_to_person'] },
};

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
});
