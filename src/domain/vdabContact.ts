import { z } from 'zod/v4';
import shippedContact from '../../data/vdab-contact.json' with { type: 'json' };

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

const VdabContact = z.object({
  $comment: z.string().optional(),
  phone: z.string().min(1),
  phoneFree: z.boolean(),
  phoneFromAbroad: z.string().min(1),
  hours: z.object({ weekdays: z.literal('monday-friday'), from: clock, to: clock }),
  /** False while the sources disagree on the hours (domain notes): the bot then says they are not sure. */
  hoursConfirmed: z.boolean(),
  hoursNote: z.string().optional(),
  website: z.url(),
  websiteLabel: z.string().min(1),
  /** VDAB's own site, for what is not about the cheque (registering as a jobseeker). */
  home: z.url(),
  homeLabel: z.string().min(1),
  sources: z.array(z.url()).min(1),
});

/** How people reach VDAB (data/vdab-contact.json), validated at start-up. */
export type VdabContact = z.infer<typeof VdabContact>;

/** The contact data shipped in data/vdab-contact.json, validated; `raw` is for tests. */
export function loadVdabContact(raw: unknown = shippedContact): VdabContact {
  const parsed = VdabContact.safeParse(raw);
  if (!parsed.success) throw new Error(`Invalid VDAB contact data:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
