export type Clock = { now: () => Date };
export const systemClock: Clock = { now: () => new Date() };

/** Today's date in Vietnam (UTC+7, no DST), as YYYY-MM-DD. */
export function todayVn(clock: Clock): string {
  return new Date(clock.now().getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
