// The imports that can be undone in a row (src/explorer/panels/import/undo-stack.ts).
import { describe, expect, it } from 'vitest';
import { UndoStack } from '../../../../src/explorer/panels/import/undo-stack';

const data = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}${i}`);

describe('UndoStack', () => {
  it('undoes imports one after another, each back to the dataset before it', () => {
    const stack = new UndoStack<string>();
    const bundled = data(3, 'b');
    const a = data(2, 'a');
    const b = data(4, 'ab');
    stack.push({ before: bundled, after: a, fileName: 'a.ttl', mode: 'replace' });
    stack.push({ before: a, after: b, fileName: 'b.ttl', mode: 'merge' });
    expect(stack.size).toBe(2);
    const restored = [...a]; // the dataset put back is a new array
    expect(stack.pop(restored)?.fileName).toBe('b.ttl');
    // The step below now ends at what was put back: still valid
    stack.sync(restored);
    expect(stack.top()?.fileName).toBe('a.ttl');
    expect(stack.pop(bundled)?.before).toBe(bundled);
    expect(stack.size).toBe(0);
  });

  it('forgets every step when the data changed otherwise', () => {
    const stack = new UndoStack<string>();
    const a = data(2, 'a');
    stack.push({ before: data(1, 'b'), after: a, fileName: 'a.ttl', mode: 'replace' });
    stack.sync(a);
    expect(stack.size).toBe(1);
    stack.sync(data(2, 'other'));
    expect(stack.size).toBe(0);
  });

  it('drops an import that never came in, keeping the steps before it', () => {
    const stack = new UndoStack<string>();
    const a = data(2, 'a');
    stack.push({ before: data(1, 'b'), after: a, fileName: 'a.ttl', mode: 'replace' });
    stack.push({ before: a, after: null, fileName: 'broken.ttl', mode: 'merge' });
    stack.push({ before: a, after: null, fileName: 'c.ttl', mode: 'merge' });
    expect(stack.size).toBe(2);
    expect(stack.top()?.fileName).toBe('c.ttl');
  });

  it('starts over when an import does not follow the last one', () => {
    const stack = new UndoStack<string>();
    stack.push({ before: data(1, 'b'), after: data(2, 'a'), fileName: 'a.ttl', mode: 'replace' });
    stack.push({ before: data(3, 'elsewhere'), after: null, fileName: 'c.ttl', mode: 'merge' });
    expect(stack.size).toBe(1);
    expect(stack.top()?.fileName).toBe('c.ttl');
  });

  it('keeps at most its steps, and drops the oldest past its statement bound', () => {
    const steps = new UndoStack<string>(2, 1_000);
    let now = data(1, 's');
    for (let i = 0; i < 4; i++) {
      const next = data(1, `s${i}`);
      steps.push({ before: now, after: next, fileName: `${i}.ttl`, mode: 'merge' });
      now = next;
    }
    expect(steps.size).toBe(2);
    const statements = new UndoStack<string>(5, 10);
    const big = data(8, 'x');
    const bigger = data(9, 'y');
    statements.push({ before: big, after: bigger, fileName: 'one', mode: 'merge' });
    statements.push({ before: bigger, after: data(1, 'z'), fileName: 'two', mode: 'replace' });
    // 8 + 9 > 10: the oldest goes, the newest always stays
    expect(statements.size).toBe(1);
    expect(statements.top()?.fileName).toBe('two');
  });
});
