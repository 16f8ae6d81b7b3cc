import nlCheckEligibility from '../../locales/nl/checkEligibility.json' with { type: 'json' };
import nlChooseLanguage from '../../locales/nl/chooseLanguage.json' with { type: 'json' };
import nlCommon from '../../locales/nl/common.json' with { type: 'json' };
import nlExplainCheque from '../../locales/nl/explainCheque.json' with { type: 'json' };
import nlTalkToPerson from '../../locales/nl/talkToPerson.json' with { type: 'json' };
import nlUnderstanding from '../../locales/nl/understanding.json' with { type: 'json' };
import frCheckEligibility from '../../locales/fr/checkEligibility.json' with { type: 'json' };
import frChooseLanguage from '../../locales/fr/chooseLanguage.json' with { type: 'json' };
import frCommon from '../../locales/fr/common.json' with { type: 'json' };
import frExplainCheque from '../../locales/fr/explainCheque.json' with { type: 'json' };
import frTalkToPerson from '../../locales/fr/talkToPerson.json' with { type: 'json' };
import frUnderstanding from '../../locales/fr/understanding.json' with { type: 'json' };
import enCheckEligibility from '../../locales/en/checkEligibility.json' with { type: 'json' };
import enChooseLanguage from '../../locales/en/chooseLanguage.json' with { type: 'json' };
import enCommon from '../../locales/en/common.json' with { type: 'json' };
import enExplainCheque from '../../locales/en/explainCheque.json' with { type: 'json' };
import enTalkToPerson from '../../locales/en/talkToPerson.json' with { type: 'json' };
import enUnderstanding from '../../locales/en/understanding.json' with { type: 'json' };

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
  },
  en: {
    common: enCommon,
    understanding: enUnderstanding,
    explainCheque: enExplainCheque,
    talkToPerson: enTalkToPerson,
    chooseLanguage: enChooseLanguage,
    checkEligibility: enCheckEligibility,
  },
} satisfies Record<string, Record<Namespace, unknown>>;
