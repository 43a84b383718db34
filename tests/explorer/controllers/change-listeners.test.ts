// Change listeners: each told in turn, a failing one does not stop the rest, removal works even while being told.
import { describe, expect, it, vi } from 'vitest';
import type { ChangeKind } from '../../../src/explorer/context';
import { ChangeListeners } from '../../../src/explorer/controllers/change-listeners';

describe('ChangeListeners', () => {
  it('tells every listener, past one that throws', () => {
    const listeners = new ChangeListeners();
    const told: string[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    listeners.add(() => {
      throw new Error('broken panel');
    });
    listeners.add((kind) => told.push(kind));
    listeners.emit('data');
    expect(told).toEqual(['data']);
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });

  it('stops telling a removed listener, also one that removes itself while told', () => {
    const listeners = new ChangeListeners();
    const told: ChangeKind[] = [];
    const stop = listeners.add((kind) => {
      told.push(kind);
      stop();
    });
    listeners.emit('selection');
    listeners.emit('filters');
    expect(told).toEqual(['selection']);
  });
});
