import 'i18next';
import type { nlResources } from './resources.js';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    /**
     * Typed keys for every namespace but `understanding`: that one is vocabulary, read as lists
     * with `listFor` and never through `t`, and its many lists make the key types too deep for tsc.
     */
    resources: Omit<typeof nlResources, 'understanding'> & { understanding: Record<never, string> };
    returnNull: false;
  }
}
