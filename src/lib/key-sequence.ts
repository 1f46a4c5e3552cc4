/**
 * Counts repeated key presses that must all fall within a time window
 * (e.g. Shift three times within 5 s). Pure: the caller passes timestamps.
 */
export interface PressCounter {
  /** Registers a press at `time` (ms); `done` is true when the sequence completes. */
  press(time: number): { count: number; needed: number; done: boolean };
  /** Forgets earlier presses. */
  reset(): void;
}

/** Creates a counter for `needed` presses within `withinMs` of the first. */
export function countPresses({ needed, withinMs }: { needed: number; withinMs: number }): PressCounter {
  let times: number[] = [];
  return {
    press(time) {
      times = times.filter((t) => time - t <= withinMs);
      times.push(time);
      const done = times.length >= needed;
      const count = times.length;
      if (done) times = [];
      return { count, needed, done };
    },
    reset() {
      times = [];
    },
  };
}
