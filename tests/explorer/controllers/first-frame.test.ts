// The first frame with data: timed once, only after data was handed over, and start() waiters released then.
import { describe, expect, it } from 'vitest';
import { FirstFrame } from '../../../src/explorer/controllers/first-frame';
import type { Timings } from '../../../src/explorer/timings';

describe('FirstFrame', () => {
  it('ignores frames before the data, then times the first one with it and releases the waiters', async () => {
    const timings: Timings = { firstFrame: null, searchReady: null, layoutSettled: null };
    let clock = 10;
    const frame = new FirstFrame(timings, () => clock);
    frame.rendered();
    expect(timings.firstFrame).toBeNull();
    frame.expect();
    let drawn = false;
    const waiting = frame.drawn().then(() => (drawn = true));
    await Promise.resolve();
    expect(drawn).toBe(false);
    clock = 42;
    frame.rendered();
    await waiting;
    expect(timings.firstFrame).toBe(42);
    clock = 99;
    frame.expect();
    frame.rendered();
    expect(timings.firstFrame).toBe(42);
    await frame.drawn();
  });
});
