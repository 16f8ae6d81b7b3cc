import { z } from 'zod/v4';
import shipped from '../../data/crisis-line.json' with { type: 'json' };

const CrisisLine = z.object({
  $comment: z.string().optional(),
  name: z.string().min(1),
  phone: z.string().regex(/^\d{3,}$/),
  sources: z.array(z.url()).min(1),
});

/** Tele-Onthaal (data/crisis-line.json), given first when someone seems in distress. */
export type CrisisLine = z.infer<typeof CrisisLine>;

export function loadCrisisLine(raw: unknown = shipped): CrisisLine {
  const parsed = CrisisLine.safeParse(raw);
  if (!parsed.success) throw new Error(`Invalid crisis line data:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
