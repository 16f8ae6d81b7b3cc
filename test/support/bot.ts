import { MemoryStorage } from 'botbuilder';
import { composeBot, type BotParts } from '../../src/composition.js';
import { fixedDateClock } from '../../src/domain/calendar.js';
import { ChequeRules } from '../../src/domain/chequeRegimes.js';
import { loadVdabContact } from '../../src/domain/vdabContact.js';
import { createI18n } from '../../src/i18n/i18n.js';

/** The whole bot as production composes it, in memory, on 26 November 2026; `parts` replaces any default. */
export async function composeTestBot(parts: Partial<BotParts> = {}): Promise<ReturnType<typeof composeBot>> {
  return composeBot({
    storage: new MemoryStorage(),
    i18n: await createI18n(),
    rules: ChequeRules.load(),
    contact: loadVdabContact(),
    clock: fixedDateClock('2026-11-26'),
    ...parts,
  });
}
