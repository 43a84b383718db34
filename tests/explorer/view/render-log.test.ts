// The ring of recent sigma render spans (src/explorer/view/render-log.ts).
import { describe, expect, it } from 'vitest';
import { RenderLog } from '../../../src/explorer/view/render-log';

describe('RenderLog', () => {
  it('records a span from begin to end', () => {
    const log = new RenderLog();
    log.begin(10);
    log.end(35);
    expect(log.recent()).toEqual([{ start: 10, ms: 25 }]);
  });

  it('ignores an end with no begin (a renderer swapped mid-frame)', () => {
    const log = new RenderLog();
    log.end(5);
    log.begin(10);
    log.end(12);
    log.end(20);
    expect(log.recent()).toEqual([{ start: 10, ms: 2 }]);
  });

  it('keeps only the last spans', () => {
    const log = new RenderLog(3);
    for (let i = 0; i < 5; i++) {
      log.begin(i * 10);
      log.end(i * 10 + 1);
    }
    expect(log.recent().map((s) => s.start)).toEqual([20, 30, 40]);
  });
});
