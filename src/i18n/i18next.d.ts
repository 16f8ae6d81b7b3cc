import 'i18next';
import type { nlResources } from './resources.js';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof nlResources;
    returnNull: false;
  }
}
