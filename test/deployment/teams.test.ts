import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync, inflateSync } from 'node:zlib';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTeamsPackage, renderManifest } from '../../deployment/teams/buildPackage.js';

/** Teams app package: the manifest validates against Microsoft's schema (offline), icons are what Teams asks for. */
const root = new URL('../../', import.meta.url).pathname;
const SCHEMA = join(root, 'node_modules/@microsoft/app-manifest/build/json-schemas/teams/v1.22/MicrosoftTeams.schema.json');
const BOT_ID = '6f1c2a4e-0b7d-4c39-9a51-2e8f0d3b7c11';
const APP_ID = 'a3e5c7d9-1b2f-4a6c-8e0d-5f7b9c1d3e5a';

function validator() {
  // The Teams schemas are JSON Schema draft-04; ajv-draft-04 reads that dialect without fetching its meta-schema.
  const ajv = new ajvDraft04.default({ allErrors: true, strict: false });
  ajvFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object);
}

/** The entries of a zip file (central directory), inflated. Enough for the zips yazl writes. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i += 1) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + size);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

/** Width, height and RGBA pixels of a PNG written without row filters (as deployment/teams/icons.ts does). */
function readPng(png: Buffer): { width: number; height: number; pixels: number[][] } {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect([png[24], png[25]], 'bit depth 8, colour type RGBA').toEqual([8, 6]);
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const pixels: number[][] = [];
  for (let y = 0; y < height; y += 1) {
    const row = raw.subarray(y * (1 + width * 4), (y + 1) * (1 + width * 4));
    expect(row[0], 'row filter').toBe(0);
    for (let x = 0; x < width; x += 1) pixels.push([...row.subarray(1 + x * 4, 5 + x * 4)]);
  }
  return { width, height, pixels };
}

describe('Teams app package', () => {
  const out = mkdtempSync(join(tmpdir(), 'loopbaanbot-teams-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('When the package is built, Then its manifest validates against the Teams v1.22 schema', async () => {
    const path = await buildTeamsPackage(
      { MicrosoftAppId: BOT_ID, TEAMS_APP_ID: APP_ID, BOT_DOMAIN: 'loopbaanbot.example.org' },
      join(out, 'app.zip'),
    );
    const files = unzip(readFileSync(path));
    expect([...files.keys()]).toEqual(['manifest.json', 'color.png', 'outline.png']);
    const manifest = JSON.parse(files.get('manifest.json')?.toString('utf8') ?? '{}') as Record<string, unknown>;
    const validate = validator();
    expect(validate(manifest), JSON.stringify(validate.errors)).toBe(true);
    expect(manifest).toMatchObject({
      manifestVersion: '1.22',
      id: APP_ID,
      bots: [{ botId: BOT_ID, scopes: ['personal', 'team'] }],
      icons: { color: 'color.png', outline: 'outline.png' },
      validDomains: ['loopbaanbot.example.org'],
    });
  });

  it('When a manifest breaks the schema, Then the validator says so (the check can fail)', () => {
    const manifest = renderManifest({ MicrosoftAppId: BOT_ID });
    const validate = validator();
    expect(validate({ ...manifest, name: { short: 'x'.repeat(31), full: 'Loopbaanbot' } })).toBe(false);
    expect(validate({ ...manifest, id: 'not-a-guid' })).toBe(false);
  });

  it('When TEAMS_APP_ID is not set, Then the app id is the bot id and validDomains is empty', () => {
    const manifest = renderManifest({ MicrosoftAppId: BOT_ID });
    expect(manifest.id).toBe(BOT_ID);
    expect(manifest.validDomains).toEqual([]);
    expect(JSON.stringify(manifest)).not.toMatch(/\{\{/);
  });

  it('When the ids are missing or wrong, Then the build stops and names every problem', () => {
    expect(() => renderManifest({ BOT_DOMAIN: 'not a host' })).toThrow(
      'Cannot build the Teams package:\n  MicrosoftAppId: must be the Azure Bot app id (a GUID)\n' +
        '  TEAMS_APP_ID: must be a GUID (or leave it unset to use MicrosoftAppId)\n' +
        '  BOT_DOMAIN: must be a host name such as loopbaanbot.vdab.be',
    );
  });

  it('When the icons are read, Then color is 192×192 and outline is 32×32 with only white or transparent pixels', () => {
    const color = readPng(readFileSync(join(root, 'deployment/teams/color.png')));
    expect([color.width, color.height]).toEqual([192, 192]);
    expect(color.pixels.every((p) => p[3] === 255)).toBe(true);
    const outline = readPng(readFileSync(join(root, 'deployment/teams/outline.png')));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    const kinds = new Set(
      outline.pixels.map((p) => (p[3] === 0 ? 'transparent' : p.join(',') === '255,255,255,255' ? 'white' : p.join(','))),
    );
    expect([...kinds].sort()).toEqual(['transparent', 'white']);
  });

  it("When Teams shows the bot's commands, Then they are the menu's own words, so tapping one is understood", () => {
    const manifest = renderManifest({ MicrosoftAppId: BOT_ID }) as { bots: { commandLists: { commands: { title: string }[] }[] }[] };
    const nl = JSON.parse(readFileSync(join(root, 'locales/nl/common.json'), 'utf8')) as { menu: Record<string, string> };
    expect(manifest.bots[0]?.commandLists[0]?.commands.map((c) => c.title)).toEqual([nl.menu.explain, nl.menu.check, nl.menu.person]);
  });
});
