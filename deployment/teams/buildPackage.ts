import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import yazl from 'yazl';
import { loadVdabContact } from '../../src/domain/vdabContact.js';

/**
 * Builds the Teams app package (`npm run teams:package`): manifest.json with the ids filled in,
 * plus the two icons, zipped as Teams wants them (all three at the root of the zip).
 *
 * Settings, read from the environment at build time:
 * - `MicrosoftAppId` (required): the Azure Bot's app id, the manifest's `botId`.
 * - `TEAMS_APP_ID`: the Teams app's own id; defaults to `MicrosoftAppId`.
 * - `BOT_DOMAIN`: the bot's host name (e.g. loopbaanbot.vdab.be), listed in `validDomains`.
 * - `TEAMS_PRIVACY_URL`, `TEAMS_TERMS_URL`: default to VDAB's loopbaancheque page until VDAB names its own.
 */
const here = dirname(fileURLToPath(import.meta.url));
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
/** Fixed time for every zip entry, so the same input gives the same zip. */
const ENTRY_TIME = new Date('2026-01-01T00:00:00Z');

export const DEFAULT_PACKAGE_PATH = 'dist/teams/loopbaanbot-teams.zip';

/** The manifest for these settings; throws with every problem at once when a setting is wrong. */
export function renderManifest(env: Record<string, string | undefined>): Record<string, unknown> {
  const problems: string[] = [];
  const botId = env.MicrosoftAppId ?? '';
  const appId = env.TEAMS_APP_ID || botId;
  if (!GUID.test(botId)) problems.push('MicrosoftAppId: must be the Azure Bot app id (a GUID)');
  if (!GUID.test(appId)) problems.push('TEAMS_APP_ID: must be a GUID (or leave it unset to use MicrosoftAppId)');
  const domain = env.BOT_DOMAIN ?? '';
  if (domain !== '' && !HOST.test(domain)) problems.push('BOT_DOMAIN: must be a host name such as loopbaanbot.vdab.be');
  const website = loadVdabContact().website;
  const urls: Record<string, string> = {
    WEBSITE_URL: website,
    PRIVACY_URL: env.TEAMS_PRIVACY_URL || website,
    TERMS_URL: env.TEAMS_TERMS_URL || website,
  };
  for (const [name, url] of Object.entries(urls)) if (!url.startsWith('https://')) problems.push(`${name}: must be an https:// URL`);
  if (problems.length > 0) throw new Error(`Cannot build the Teams package:\n${problems.map((p) => `  ${p}`).join('\n')}`);

  const values: Record<string, string> = { TEAMS_APP_ID: appId, BOT_ID: botId, ...urls };
  const template = readFileSync(`${here}/manifest.json`, 'utf8');
  const filled = template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`manifest.json: unknown placeholder {{${name}}}`);
    return value;
  });
  const manifest = JSON.parse(filled) as Record<string, unknown>;
  manifest.validDomains = domain === '' ? [] : [domain];
  return manifest;
}

/** Writes the zip and resolves with its path. */
export async function buildTeamsPackage(env: Record<string, string | undefined>, outFile = DEFAULT_PACKAGE_PATH): Promise<string> {
  const manifest = renderManifest(env);
  mkdirSync(dirname(outFile), { recursive: true });
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), 'manifest.json', { mtime: ENTRY_TIME });
  for (const icon of ['color.png', 'outline.png']) zip.addBuffer(readFileSync(`${here}/${icon}`), icon, { mtime: ENTRY_TIME });
  zip.end();
  return new Promise((resolve, reject) => {
    zip.outputStream
      .pipe(createWriteStream(outFile))
      .on('close', () => resolve(outFile))
      .on('error', reject);
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildTeamsPackage(process.env)
    .then((path) => process.stdout.write(`Teams app package written to ${path}\n`))
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
}
