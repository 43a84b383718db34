// Where the node menu opens (src/explorer/ui/node-menu.ts): beside the node, and whole inside the graph's box.
import { describe, expect, it } from 'vitest';
import { menuPlacement } from '../../../src/explorer/ui/node-menu';

describe('menuPlacement', () => {
  const menu = { width: 200, height: 120 };
  const room = { width: 800, height: 600 };

  it('opens at the point when there is room', () => {
    expect(menuPlacement({ x: 100, y: 50 }, menu, room)).toEqual({ left: 100, top: 50 });
  });

  it('moves left and up near the right and bottom edges, staying 4 px inside', () => {
    expect(menuPlacement({ x: 790, y: 590 }, menu, room)).toEqual({ left: 596, top: 476 });
  });

  it('never starts outside the top-left corner, even in a room smaller than the menu', () => {
    expect(menuPlacement({ x: -30, y: -10 }, menu, room)).toEqual({ left: 4, top: 4 });
    expect(menuPlacement({ x: 50, y: 50 }, menu, { width: 150, height: 100 })).toEqual({ left: 4, top: 4 });
  });
});
