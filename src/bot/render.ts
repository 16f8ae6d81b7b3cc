/**
 * Kept for the dialogs and the turn-error handler: the neutral activity now lives with the
 * per-channel rendering in src/channels/render.ts, the one place that knows what channels show.
 */
export { toActivity } from '../channels/render.js';
