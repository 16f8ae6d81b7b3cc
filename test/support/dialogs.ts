import { ConversationState, MemoryStorage } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import type { Dialog } from 'botbuilder-dialogs';
import type { DialogDeps, LastBookingState, PlainLanguageState, SaidEarlyState } from '../../dialogs/shared/deps.js';
import { channelFacts } from '../../src/channels/channelFacts.js';
import { localBooking } from '../../src/composition.js';
import { fixedDateClock, type IsoDate } from '../../src/domain/calendar.js';
import { ChequeRules } from '../../src/domain/chequeRegimes.js';
import type { EligibilityCheck } from '../../src/domain/eligibilityAnswers.js';
import { loadVdabContact } from '../../src/domain/vdabContact.js';
import { createI18n, translatorFor } from '../../src/i18n/i18n.js';
import type { Locale } from '../../src/i18n/locale.js';
import type { TurnLanguage } from '../../src/i18n/turnLanguage.js';
import { MemoryClarityCounter } from '../../src/readability/clarity.js';
import { Glossary } from '../../src/understanding/glossary.js';
import { lazyRecognizer } from '../../src/understanding/nlu/recognizer.js';
import { Vocabulary } from '../../src/understanding/vocabulary.js';

/*
 * One dialog alone, without the root and the bot around it: botbuilder-testing's DialogTestClient
 * with the collaborators the dialog gets in production, in one fixed language.
 */

const i18nReady = createI18n();

export interface DialogTest {
  client: DialogTestClient;
  deps: DialogDeps;
  /** The translator of the test's language, to compare a reply with what the bot means. */
  t: ReturnType<typeof translatorFor>;
}

/** Starts `build(deps)` alone in `locale` on `date`, with its state in memory. */
export async function dialogAlone(
  build: (deps: DialogDeps) => Dialog,
  options: { locale?: Locale; date?: IsoDate; dialogOptions?: object } = {},
): Promise<DialogTest> {
  const i18n = await i18nReady;
  const locale = options.locale ?? 'nl';
  const conversationState = new ConversationState(new MemoryStorage());
  const language: TurnLanguage = {
    t: () => translatorFor(i18n, locale),
    locale: () => locale,
    choose: async () => {},
    translatorFor: (other) => translatorFor(i18n, other),
  };
  const clock = fixedDateClock(options.date ?? '2026-11-26');
  const deps: DialogDeps = {
    language,
    vocabulary: Vocabulary.of(i18n),
    rules: ChequeRules.load(),
    contact: loadVdabContact(),
    clock,
    channel: channelFacts,
    eligibilityCheck: conversationState.createProperty<EligibilityCheck>('eligibilityCheck'),
    understanding: {
      recognizer: lazyRecognizer,
      glossary: new Glossary(i18n),
      clarity: new MemoryClarityCounter(),
      state: conversationState.createProperty<PlainLanguageState>('plainLanguage'),
      stateTtlDays: 30,
    },
    booking: {
      ...localBooking(clock),
      canRemind: () => false,
      conversationReference: () => ({}),
      lastBooking: conversationState.createProperty<LastBookingState>('lastBooking'),
      saidEarly: conversationState.createProperty<SaidEarlyState>('saidEarly'),
    },
  };
  const client = new DialogTestClient('test', build(deps), options.dialogOptions, [], conversationState);
  return { client, deps, t: translatorFor(i18n, locale) };
}
