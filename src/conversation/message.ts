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
  /**
   * The buttons show no number ("1. Ja"): a number typed here is an answer of its own (years of
   * work), so the screen must not invite typing a button's number.
   */
  unnumbered?: true;
  /**
   * A whole reply by itself, sent outside any turn of the user's (a staff member's message in a
   * handover): a client that holds a message without buttons until the rest of its reply comes
   * (the web chat page) shows this one at once.
   */
  standalone?: true;
}
