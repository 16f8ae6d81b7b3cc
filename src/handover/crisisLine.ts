import { z } from 'zod/v4';
import shipped from '../../data/crisis-line.json' with { type: 'json' };
import type { Locale } from '../i18n/locale.js';

const Line = z.object({
  name: z.string().min(1),
  phone: z.string().regex(/^\d{3,}$/),
  sources: z.array(z.url()).min(1),
});

const CrisisLine = Line.extend({
  $comment: z.string().optional(),
  /** The line of a language that has its own (Télé-Accueil in French); the others get the main one. */
  byLanguage: z.partialRecord(z.enum(['nl', 'fr', 'en']), Line).optional(),
});

/** Tele-Onthaal, or Télé-Accueil in French (data/crisis-line.json), given first when someone seems in distress. */
export type CrisisLine = z.infer<typeof CrisisLine>;

/** The line to give in a chat in `locale`: its language's own, else the main one. */
export function crisisLineFor(line: CrisisLine, locale: Locale): { name: string; phone: string } {
  const { name, phone } = line.byLanguage?.[locale] ?? line;
  return { name, phone };
}

export function loadCrisisLine(raw: unknown = shipped): CrisisLine {
  const parsed = CrisisLine.safeParse(raw);
  if (!parsed.success) throw new Error(`Invalid crisis line data:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
