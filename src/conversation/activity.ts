/**
 * The channel-neutral message activity dialogs send (text, `speak`, buttons as suggested actions).
 * Each channel's renderer shapes it at send time (src/channels/render.ts); dialogs never look at
 * the channel.
 */
export { toActivity } from '../channels/render.js';
