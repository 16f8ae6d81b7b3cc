import { readFileSync } from 'node:fs';
import { z } from 'zod/v4';
import demoCatalogue from '../../data/centres.demo.json' with { type: 'json' };
import { MODES, WEEKDAYS, type Centre, type OpeningHours } from './model.js';

const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24-hour)');

const Period = z.object({ from: localTime, to: localTime }).refine((p) => p.from < p.to, { message: 'from must be before to' });

const OpeningHoursSchema = z
  .partialRecord(z.enum(WEEKDAYS), z.array(Period))
  .refine((hours) => Object.values(hours).every((periods) => periods === undefined || noOverlap(periods)), {
    message: 'periods of a day must be in order and must not overlap',
  });

function noOverlap(periods: readonly { from: string; to: string }[]): boolean {
  return periods.every((p, i) => i === 0 || (periods[i - 1]?.to ?? '') <= p.from);
}

const CentreSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case letters, digits and dashes'),
  name: z.string().min(1).max(120),
  address: z.object({
    street: z.string().min(1),
    postcode: z.string().regex(/^\d{4}$/, 'a Belgian postcode has 4 digits'),
    municipality: z.string().min(1),
  }),
  location: z.object({ lat: z.number().min(49.4).max(51.6), lon: z.number().min(2.5).max(6.5) }),
  modes: z.array(z.enum(MODES)).min(1),
  languages: z.array(z.string().regex(/^[a-z]{2}$/, 'ISO 639-1 code, e.g. nl')).min(1),
  wheelchairAccessible: z.boolean(),
  openingHours: OpeningHoursSchema,
  contact: z.object({ phone: z.string().min(1).optional(), email: z.email(), website: z.url().optional() }),
  demo: z.boolean(),
  closedDates: z.array(z.iso.date()).optional(),
});

/** The file format of a centre catalogue (data/README.md documents it). */
export const CentreCatalogueSchema = z
  .object({ $comment: z.string().optional(), centres: z.array(CentreSchema).min(1) })
  .refine((c) => new Set(c.centres.map((x) => x.id)).size === c.centres.length, { message: 'centre ids must be unique' });

/** Validates a parsed catalogue; throws one readable message listing every problem. */
export function parseCentres(raw: unknown, source = 'centre catalogue'): Centre[] {
  const parsed = CentreCatalogueSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`Invalid ${source}:\n${z.prettifyError(parsed.error)}`);
  return parsed.data.centres.map((c) => ({ ...c, openingHours: c.openingHours as OpeningHours }));
}

/**
 * The centres the bot offers: the JSON file at `file` (CENTRES_FILE, the real list of
 * VDAB-mandated centres) or else the shipped demo catalogue, whose entries all say `demo: true`.
 */
export function loadCentres(file?: string): Centre[] {
  if (!file) return parseCentres(demoCatalogue, 'demo centre catalogue');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read the centre catalogue ${file}: ${(error as Error).message}`);
  }
  return parseCentres(raw, `centre catalogue ${file}`);
}
