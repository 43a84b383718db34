// The camera move that frames nodes with their labels inside the canvas.
import { describe, expect, it } from 'vitest';
import { frameMove, type DrawnNode } from '../../../src/explorer/view/framing';

/** Where a node lands (its disc and label's box) after the move, on a width × height canvas. */
function landed(
  n: DrawnNode,
  move: { scale: number; centre: { x: number; y: number } },
  width: number,
  height: number,
) {
  const x = width / 2 + (n.x - move.centre.x) * move.scale;
  const y = height / 2 + (n.y - move.centre.y) * move.scale;
  return { left: x - n.size, right: x + n.size + n.labelWidth, top: y - n.size, bottom: y + n.size };
}

describe('frameMove', () => {
  it('brings nodes far off screen inside the canvas, labels included', () => {
    const nodes: DrawnNode[] = [
      { x: -300, y: 100, size: 10, labelWidth: 200 },
      { x: 900, y: 700, size: 5, labelWidth: 50 },
      { x: 400, y: -200, size: 8, labelWidth: 0 },
    ];
    const move = frameMove(nodes, 800, 600, 10)!;
    for (const n of nodes) {
      const box = landed(n, move, 800, 600);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(800);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(600);
    }
    expect(move.scale).toBeLessThan(1);
  });

  it('on a canvas narrower than a label, frames the nodes with the label cut rather than sending the camera away', () => {
    const nodes: DrawnNode[] = [
      { x: 100, y: 100, size: 12, labelWidth: 500 },
      { x: 160, y: 300, size: 6, labelWidth: 300 },
    ];
    const move = frameMove(nodes, 280, 520, 10)!;
    expect(move.scale).toBeGreaterThan(0.05);
    for (const n of nodes) {
      const box = landed(n, move, 280, 520);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.left + 2 * n.size).toBeLessThanOrEqual(280);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(520);
    }
  });

  it('zooms in on a small cluster, no closer than allowed, and has nothing to do for no nodes', () => {
    const nodes: DrawnNode[] = [
      { x: 100, y: 100, size: 5, labelWidth: 30 },
      { x: 110, y: 105, size: 5, labelWidth: 30 },
    ];
    expect(frameMove(nodes, 800, 600, 4)!.scale).toBe(4);
    expect(frameMove(nodes, 800, 600, 100)!.scale).toBeGreaterThan(4);
    expect(frameMove([], 800, 600, 4)).toBeNull();
  });
});
