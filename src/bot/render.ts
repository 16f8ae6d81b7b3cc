import type { OutgoingMessage } from '../conversation/message.js';
import { ActionTypes, ActivityTypes, InputHints, type Activity } from './sdk.js';

/**
 * One message as a Bot Framework activity: buttons become suggested actions (big tap targets in
 * Web Chat, Teams and the Emulator), and `speak` carries the same words for clients that read
 * aloud. Tapping a button sends its title back as text, so the user sees what they chose.
 */
export function toActivity(message: OutgoingMessage): Partial<Activity> {
  const buttons = message.buttons ?? [];
  return {
    type: ActivityTypes.Message,
    text: message.text,
    speak: message.text,
    textFormat: 'plain',
    inputHint: buttons.length > 0 ? InputHints.ExpectingInput : InputHints.AcceptingInput,
    ...(buttons.length > 0 && {
      suggestedActions: {
        to: [],
        actions: buttons.map((b) => ({ type: ActionTypes.ImBack, title: b.title, value: b.title })),
      },
    }),
  };
}
