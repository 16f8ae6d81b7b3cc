import nlCheckEligibility from '../../locales/nl/checkEligibility.json' with { type: 'json' };
import nlChooseLanguage from '../../locales/nl/chooseLanguage.json' with { type: 'json' };
import nlCommon from '../../locales/nl/common.json' with { type: 'json' };
import nlExplainCheque from '../../locales/nl/explainCheque.json' with { type: 'json' };
import nlTalkToPerson from '../../locales/nl/talkToPerson.json' with { type: 'json' };
import nlUnderstanding from '../../locales/nl/understanding.json' with { type: 'json' };
import nlBooking from '../../locales/nl/booking.json' with { type: 'json' };
import nlChannels from '../../locales/nl/channels.json' with { type: 'json' };
import nlWebchat from '../../locales/nl/webchat.json' with { type: 'json' };
import nlFreeText from '../../locales/nl/freeText.json' with { type: 'json' };
import nlGlossary from '../../locales/nl/glossary.json' with { type: 'json' };
import nlBookIntake from '../../locales/nl/bookIntake.json' with { type: 'json' };
import nlManageBooking from '../../locales/nl/manageBooking.json' with { type: 'json' };
import nlHandover from '../../locales/nl/handover.json' with { type: 'json' };
import nlStaff from '../../locales/nl/staff.json' with { type: 'json' };
import nlRules from '../../locales/nl/rules.json' with { type: 'json' };
import nlSideQuestions from '../../locales/nl/sideQuestions.json' with { type: 'json' };
import frCheckEligibility from '../../locales/fr/checkEligibility.json' with { type: 'json' };
import frChooseLanguage from '../../locales/fr/chooseLanguage.json' with { type: 'json' };
import frCommon from '../../locales/fr/common.json' with { type: 'json' };
import frExplainCheque from '../../locales/fr/explainCheque.json' with { type: 'json' };
import frTalkToPerson from '../../locales/fr/talkToPerson.json' with { type: 'json' };
import frUnderstanding from '../../locales/fr/understanding.json' with { type: 'json' };
import frBooking from '../../locales/fr/booking.json' with { type: 'json' };
import frChannels from '../../locales/fr/channels.json' with { type: 'json' };
import frWebchat from '../../locales/fr/webchat.json' with { type: 'json' };
import frFreeText from '../../locales/fr/freeText.json' with { type: 'json' };
import frGlossary from '../../locales/fr/glossary.json' with { type: 'json' };
import frBookIntake from '../../locales/fr/bookIntake.json' with { type: 'json' };
import frManageBooking from '../../locales/fr/manageBooking.json' with { type: 'json' };
import frHandover from '../../locales/fr/handover.json' with { type: 'json' };
import frStaff from '../../locales/fr/staff.json' with { type: 'json' };
import frRules from '../../locales/fr/rules.json' with { type: 'json' };
import frSideQuestions from '../../locales/fr/sideQuestions.json' with { type: 'json' };
import enCheckEligibility from '../../locales/en/checkEligibility.json' with { type: 'json' };
import enChooseLanguage from '../../locales/en/chooseLanguage.json' with { type: 'json' };
import enCommon from '../../locales/en/common.json' with { type: 'json' };
import enExplainCheque from '../../locales/en/explainCheque.json' with { type: 'json' };
import enTalkToPerson from '../../locales/en/talkToPerson.json' with { type: 'json' };
import enUnderstanding from '../../locales/en/understanding.json' with { type: 'json' };
import enBooking from '../../locales/en/booking.json' with { type: 'json' };
import enChannels from '../../locales/en/channels.json' with { type: 'json' };
import enWebchat from '../../locales/en/webchat.json' with { type: 'json' };
import enFreeText from '../../locales/en/freeText.json' with { type: 'json' };
import enGlossary from '../../locales/en/glossary.json' with { type: 'json' };
import enBookIntake from '../../locales/en/bookIntake.json' with { type: 'json' };
import enManageBooking from '../../locales/en/manageBooking.json' with { type: 'json' };
import enHandover from '../../locales/en/handover.json' with { type: 'json' };
import enStaff from '../../locales/en/staff.json' with { type: 'json' };
import enRules from '../../locales/en/rules.json' with { type: 'json' };
import enSideQuestions from '../../locales/en/sideQuestions.json' with { type: 'json' };

/**
 * Every locale file, one namespace per dialog or area. Dutch is the source copy; the locale test
 * fails when fr or en lacks a key or a placeholder, or when a file in locales/ is not listed here.
 */
export const nlResources = {
  common: nlCommon,
  understanding: nlUnderstanding,
  explainCheque: nlExplainCheque,
  talkToPerson: nlTalkToPerson,
  chooseLanguage: nlChooseLanguage,
  checkEligibility: nlCheckEligibility,
  booking: nlBooking,
  channels: nlChannels,
  webchat: nlWebchat,
  freeText: nlFreeText,
  glossary: nlGlossary,
  bookIntake: nlBookIntake,
  manageBooking: nlManageBooking,
  handover: nlHandover,
  staff: nlStaff,
  rules: nlRules,
  sideQuestions: nlSideQuestions,
};

export type Namespace = keyof typeof nlResources;

/** `common` first: its keys need no prefix. */
export const NAMESPACES = Object.keys(nlResources) as Namespace[];

export const resources = {
  nl: nlResources,
  fr: {
    common: frCommon,
    understanding: frUnderstanding,
    explainCheque: frExplainCheque,
    talkToPerson: frTalkToPerson,
    chooseLanguage: frChooseLanguage,
    checkEligibility: frCheckEligibility,
    booking: frBooking,
    channels: frChannels,
    webchat: frWebchat,
    freeText: frFreeText,
    glossary: frGlossary,
    bookIntake: frBookIntake,
    manageBooking: frManageBooking,
    handover: frHandover,
    staff: frStaff,
    rules: frRules,
    sideQuestions: frSideQuestions,
  },
  en: {
    common: enCommon,
    understanding: enUnderstanding,
    explainCheque: enExplainCheque,
    talkToPerson: enTalkToPerson,
    chooseLanguage: enChooseLanguage,
    checkEligibility: enCheckEligibility,
    booking: enBooking,
    channels: enChannels,
    webchat: enWebchat,
    freeText: enFreeText,
    glossary: enGlossary,
    bookIntake: enBookIntake,
    manageBooking: enManageBooking,
    handover: enHandover,
    staff: enStaff,
    rules: enRules,
    sideQuestions: enSideQuestions,
  },
} satisfies Record<string, Record<Namespace, unknown>>;
