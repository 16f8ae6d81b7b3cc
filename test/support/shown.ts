import type { Activity, CardAction } from 'botbuilder';
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
  // Teams: more than three answers come as a hero card with one button each (src/channels/render.ts).
  const cardActions = (activity.attachments ?? [])
    .filter((a) => a.contentType === 'application/vnd.microsoft.card.hero')
    .flatMap((a) => (a.content as { buttons?: CardAction[] } | undefined)?.buttons ?? []);
  return [...(activity.suggestedActions?.actions ?? []), ...cardActions].map((a) =>
    String(a.type === 'imBack' ? (a.value ?? a.title) : a.title),
  );
}
