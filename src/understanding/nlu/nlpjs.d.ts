/**
 * The few NLP.js 4.x entry points this project uses. NLP.js publishes no TypeScript types; these
 * declarations cover only what src/understanding/nlu/nlpjsClassifier.ts calls, so an upgrade that
 * changes them fails the type check there rather than at run time.
 */
declare module '@nlpjs/core' {
  /** NLP.js's plugin container; `use` registers a language (forgetting it gives no error). */
  export interface Container {
    use(plugin: unknown): void;
  }
  export function containerBootstrap(): Promise<Container>;
}

declare module '@nlpjs/nlp' {
  import type { Container } from '@nlpjs/core';

  export interface NlpSettings {
    container: Container;
    languages?: string[];
    /** Below this score NLP.js answers intent 'None'. */
    threshold?: number;
    /** Without `false` NLP.js writes ./model.nlp after training. */
    autoSave?: boolean;
    autoLoad?: boolean;
    nlu?: { log?: boolean; useNoneFeature?: boolean };
  }

  export interface NlpClassification {
    intent: string;
    score: number;
  }

  export interface NlpResult {
    intent: string;
    score: number;
    classifications?: NlpClassification[];
  }

  export class Nlp {
    constructor(settings: NlpSettings);
    addLanguage(locale: string): void;
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<unknown>;
    process(locale: string, utterance: string): Promise<NlpResult>;
  }
}

declare module '@nlpjs/lang-nl' {
  export const LangNl: unknown;
}
declare module '@nlpjs/lang-fr' {
  export const LangFr: unknown;
}
declare module '@nlpjs/lang-en' {
  export const LangEn: unknown;
}
