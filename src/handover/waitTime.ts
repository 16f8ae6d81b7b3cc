/** What the bot can honestly say about the wait. */
export type WaitEstimate = { kind: 'minutes'; minutes: number } | { kind: 'unknown' } | { kind: 'long' };

/** Fewer takes than this in the last hour say too little about the pace to name a number. */
const MIN_TAKES_FOR_ESTIMATE = 2;

/**
 * The wait for place `position`, from how many chats staff took in the last hour. With too little
 * to go on the bot says it does not know rather than guess; past an hour it says "more than an
 * hour". Minutes are rounded up to five: a promise of "about 5" should not turn into 9.
 */
export function estimateWait(position: number, takenLastHour: number): WaitEstimate {
  if (takenLastHour < MIN_TAKES_FOR_ESTIMATE) return { kind: 'unknown' };
  const minutes = Math.max(5, Math.ceil((position * 60) / takenLastHour / 5) * 5);
  return minutes > 60 ? { kind: 'long' } : { kind: 'minutes', minutes };
}
