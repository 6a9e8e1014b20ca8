/**
 * The hidden way into maintenance mode: N taps on the top-left corner within a short window. A citizen who
 * brushes the corner once or twice gets nothing; the count starts again after a pause.
 */
export const CORNER_TAPS = 5;
export const CORNER_WINDOW_MS = 3_000;

export interface TapCounter {
  /** Records a tap; true when this tap completes the gesture (the count then starts afresh). */
  tap(): boolean;
}

export function createTapCounter(now: () => number = Date.now, taps = CORNER_TAPS, windowMs = CORNER_WINDOW_MS): TapCounter {
  let times: number[] = [];
  return {
    tap() {
      const t = now();
      times = [...times.filter((x) => t - x < windowMs), t];
      if (times.length < taps) return false;
      times = [];
      return true;
    },
  };
}
