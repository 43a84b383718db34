// "Show in source" opens the Read tab at a known passage and remembers it for the tab; an unknown passage does nothing.
import { describe, expect, it } from 'vitest';
import { createSourceOpener } from '../../../src/explorer/controllers/source-opener';

const ID = 'https://w3id.org/osce-kg/id/';

describe('createSourceOpener', () => {
  it('opens the Read tab, tells the panels and remembers the passage', () => {
    const calls: string[] = [];
    const data = { provenance: { passages: new Map([[ID + 'p1', {}]]) } } as never;
    const opener = createSourceOpener(
      data,
      () => calls.push('tab'),
      () => calls.push('told'),
    );
    expect(opener.shown()).toBeNull();
    opener.open(ID + 'p1');
    expect(calls).toEqual(['tab', 'told']);
    expect(opener.shown()).toBe(ID + 'p1');
    opener.open(ID + 'unknown');
    expect(calls).toEqual(['tab', 'told']);
    expect(opener.shown()).toBe(ID + 'p1');
  });
});
