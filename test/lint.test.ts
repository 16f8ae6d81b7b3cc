import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url).pathname;

/**
 * The project's eslint.config.js without type information: the direction rules need resolved
 * paths, not types, and a whole-program type check would make this test slow.
 */
const eslint = new ESLint({ cwd: root, overrideConfig: [tseslint.configs.disableTypeChecked] });

/** The rules that fire on `code` as if it were the file at `path` (nothing is written to disk). */
async function rulesFiredOn(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parser'}: ${m.message}`);
}

describe('import direction', () => {
  it('When a dialog imports a channel module, Then no-restricted-paths fails and says what dialogs may import', async () => {
    const fired = await rulesFiredOn(
      'dialogs/lintFixture.ts',
      "import { profileFor } from '../src/channels/render.js';\nexport const p = profileFor;\n",
    );
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatch(/^import-x\/no-restricted-paths: .*dialogs\/ imports only src\/bot\/sdk\.ts/);
  });

  it('When a nested dialog imports bot wiring other than the SDK seam, Then no-restricted-paths fails', async () => {
    const fired = await rulesFiredOn(
      'dialogs/booking/lintFixture.ts',
      "import { turnLocale } from '../../src/bot/language.js';\nexport const r = turnLocale;\n",
    );
    expect(fired.map((f) => f.split(':')[0])).toEqual(['import-x/no-restricted-paths']);
  });

  it('When a dialog imports the SDK seam, the domain and booking, Then nothing fires', async () => {
    const code = [
      "import { ComponentDialog } from '../src/bot/sdk.js';",
      "import { addDays } from '../src/domain/calendar.js';",
      "import { bookingText } from '../src/booking/texts.js';",
      'export const all = [ComponentDialog, addDays, bookingText];',
      '',
    ].join('\n');
    expect(await rulesFiredOn('dialogs/lintFixture.ts', code)).toEqual([]);
  });

  it('When a dialog imports botbuilder itself, Then no-restricted-imports names the seam', async () => {
    const fired = await rulesFiredOn(
      'dialogs/lintFixture.ts',
      "import { TurnContext } from 'botbuilder';\nexport const t = TurnContext;\n",
    );
    expect(fired).toEqual([expect.stringMatching(/^no-restricted-imports: .*src\/bot\/sdk\.ts/)]);
  });

  it("When the bot's wiring imports teams-ai's root, Then no-restricted-imports says to import its modules; a module passes", async () => {
    const whole = "import { Application } from '@microsoft/teams-ai';\nexport const a = Application;\n";
    expect(await rulesFiredOn('src/bot/app.ts', whole)).toEqual([expect.stringMatching(/^no-restricted-imports: .*GPT tokenizers/)]);
    const module = "import { Application } from '@microsoft/teams-ai/lib/Application.js';\nexport const a = Application;\n";
    expect(await rulesFiredOn('src/bot/app.ts', module)).toEqual([]);
  });

  it('When src/ outside the composition root imports a dialog, Then no-restricted-paths fails; the composition root may', async () => {
    const code = "import { RootDialog } from '../../dialogs/rootDialog.js';\nexport const r = RootDialog;\n";
    expect((await rulesFiredOn('src/bot/lintFixture.ts', code)).map((f) => f.split(':')[0])).toEqual(['import-x/no-restricted-paths']);
    const fromCli = "import { RootDialog } from '../../dialogs/rootDialog.js';\nexport const r = RootDialog;\n";
    expect(await rulesFiredOn('src/cli/lintFixture.ts', fromCli)).toEqual([]);
  });

  it('When the domain imports from the rest of src/ or an unlisted package, Then it fails; zod and data/ pass', async () => {
    const bad =
      "import { formatClock } from '../i18n/format.js';\nimport i18next from 'i18next';\nexport const x = [formatClock, i18next];\n";
    expect((await rulesFiredOn('src/domain/lintFixture.ts', bad)).map((f) => f.split(':')[0]).sort()).toEqual([
      'import-x/no-restricted-paths',
      'no-restricted-imports',
    ]);
    const good =
      "import { z } from 'zod/v4';\nimport data from '../../data/vdab-contact.json' with { type: 'json' };\nexport const x = [z, data];\n";
    expect(await rulesFiredOn('src/domain/lintFixture.ts', good)).toEqual([]);
  });
});

describe('import cycles', () => {
  it('When production code or tests are linted, Then import-x/no-cycle is an error', async () => {
    for (const path of ['src/bot/loopbaanBot.ts', 'dialogs/rootDialog.ts', 'test/lint.test.ts']) {
      const config = (await eslint.calculateConfigForFile(join(root, path))) as { rules: Record<string, unknown[]> };
      expect(config.rules['import-x/no-cycle']?.[0], path).toBe(2);
    }
  });
});
