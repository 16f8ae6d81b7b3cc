import type { Activity } from 'botbuilder';
import { plainTextOf } from '../../src/channels/render.js';

/**
 * What a person sees of one rendered bot message, as tests name it: the copy as the dialog wrote
 * it (Markdown links taken out), and each button by what tapping it sends. Answer buttons are
 * shown numbered ("1. Ja") and send the answer's words ("Ja"); a tap-to-call button by its title.
 */
export function shownText(activity: Partial<Activity>): string {
  return plainTextOf(activity);
}

export function shownButtons(activity: Partial<Activity>): string[] {
  return (activity.suggestedActions?.actions ?? []).map((a) => String(a.type === 'imBack' ? (a.value ?? a.title) : a.title));
}
