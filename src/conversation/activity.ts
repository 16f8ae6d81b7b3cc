import type { Button, OutgoingMessage } from './message.js';
import { ActionTypes, ActivityTypes, InputHints, type Activity } from '../bot/sdk.js';

/*
 * The channel-neutral message activity dialogs send (text, `speak`, buttons as suggested actions).
 * Each channel's renderer shapes it at send time (src/channels/render.ts); dialogs never look at
 * the channel.
 */

/**
 * One message as the channel-neutral Bot Framework activity: buttons become imBack suggested
 * actions (big tap targets in Web Chat, Teams and the Emulator) that send their title back, and
 * `speak` carries the same words for clients that read aloud.
 */
export function toActivity(message: OutgoingMessage): Partial<Activity> {
  const buttons = message.buttons ?? [];
  return {
    type: ActivityTypes.Message,
    text: message.text,
    speak: message.text,
    textFormat: 'plain',
    inputHint: buttons.length > 0 ? InputHints.ExpectingInput : InputHints.AcceptingInput,
    ...(((buttons.length > 0 && message.unnumbered) || message.standalone) && {
      channelData: {
        ...(buttons.length > 0 && message.unnumbered && { [UNNUMBERED]: true }),
        ...(message.standalone && { [STANDALONE]: true }),
      },
    }),
    ...(buttons.length > 0 && {
      suggestedActions: {
        to: [],
        actions: buttons.map((b) => ({ type: ActionTypes.ImBack, title: b.title, value: b.title })),
      },
    }),
  };
}

/**
 * The OutgoingMessage inside a neutral message activity, or undefined for other activities
 * (typing, events). A button's value is what tapping it sends: its title.
 */
export function messageOf(activity: Partial<Activity>): OutgoingMessage | undefined {
  if ((activity.type ?? ActivityTypes.Message) !== ActivityTypes.Message) return undefined;
  const buttons: Button[] = (activity.suggestedActions?.actions ?? [])
    .filter((a) => a.type === ActionTypes.ImBack || a.type === ActionTypes.PostBack || a.type === ActionTypes.MessageBack)
    .map((a) => ({ title: String(a.title ?? a.value), value: String(a.value ?? a.title) }));
  const text = activity.text ?? '';
  if (text === '' && buttons.length === 0) return undefined;
  return { text, ...(buttons.length > 0 && { buttons }), ...(buttons.length > 0 && unnumbered(activity) && { unnumbered: true as const }) };
}

/** Where an activity says it is a whole reply by itself (OutgoingMessage.standalone); the web chat page reads it. */
const STANDALONE = 'standalone';

/** Where an activity says its buttons show no number (OutgoingMessage.unnumbered). */
const UNNUMBERED = 'unnumberedButtons';

/** True when the activity's buttons are to be shown without their number (OutgoingMessage.unnumbered). */
export function unnumbered(activity: Partial<Activity>): boolean {
  return (activity.channelData as Record<string, unknown> | undefined)?.[UNNUMBERED] === true;
}
