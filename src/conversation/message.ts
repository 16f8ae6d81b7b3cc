/** A button: what it says, and the stable value the dialog receives when it is chosen. */
export interface Button {
  value: string;
  title: string;
}

/**
 * What the bot says, before any channel shapes it. Dialogs only produce these; one renderer turns
 * them into what a channel can show (buttons, lists, read-aloud text).
 */
export interface OutgoingMessage {
  text: string;
  buttons?: readonly Button[];
}
