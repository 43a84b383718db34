// The query in the URL: what a link's value gives the editor, what a run writes, back and forward.
import { describe, expect, it } from 'vitest';
import {
  bindQueryLink,
  FROM_LINK,
  linkedQuery,
  MAX_LINKED_QUERY,
  type LinkParam,
} from '../../../../src/explorer/panels/query/query-link';

/** A parameter kept in memory, as the store keeps it: set does not call the panel's own listener back. */
function memoryParam(value: string | null): LinkParam & { value: string | null; navigate(to: string | null): void } {
  const listeners: ((value: string | null) => void)[] = [];
  return {
    value,
    get() {
      return this.value;
    },
    set(next) {
      this.value = next === '' ? null : next;
    },
    onChange(listener) {
      listeners.push(listener);
      return () => undefined;
    },
    navigate(to) {
      this.value = to;
      for (const listener of listeners) listener(to);
    },
  };
}

describe('linkedQuery', () => {
  it('takes any non-empty text up to the limit, and nothing else', () => {
    expect(linkedQuery('ASK {}')).toBe('ASK {}');
    expect(linkedQuery('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
    expect(linkedQuery(null)).toBeNull();
    expect(linkedQuery('  \n')).toBeNull();
    expect(linkedQuery('x'.repeat(MAX_LINKED_QUERY + 1))).toBeNull();
  });
});

describe('bindQueryLink', () => {
  it('starts from the link, writes each run, and follows back and forward', () => {
    const param = memoryParam('SELECT * { ?s ?p ?o }');
    const shown: string[] = [];
    const said: string[] = [];
    const link = bindQueryLink(param, {
      setText: (t) => shown.push(t),
      showRecent: () => false,
      say: (t) => said.push(t),
    });
    expect(link.initial).toBe('SELECT * { ?s ?p ?o }');
    link.ran('ASK { ?s ?p ?o }');
    expect(param.value).toBe('ASK { ?s ?p ?o }');
    param.navigate('SELECT * { ?s ?p ?o }');
    expect(shown).toEqual(['SELECT * { ?s ?p ?o }']);
    expect(said).toEqual([FROM_LINK]);
    // Back to an entry without a query leaves the editor as it is.
    param.navigate(null);
    expect(shown).toHaveLength(1);
  });

  it('starts empty-handed without a link, and leaves no link for a query too long to carry', () => {
    const param = memoryParam(null);
    const link = bindQueryLink(param, { setText: () => undefined, showRecent: () => false, say: () => undefined });
    expect(link.initial).toBeNull();
    link.ran('ASK {}');
    link.ran(`ASK {} #${'x'.repeat(MAX_LINKED_QUERY)}`);
    expect(param.value).toBeNull();
  });

  it('brings back the answers of a query run in this page instead of asking for a run', () => {
    const param = memoryParam(null);
    const answered = new Set(['ASK { ?s ?p ?o }']);
    const said: string[] = [];
    const link = bindQueryLink(param, {
      setText: () => undefined,
      showRecent: (t) => answered.has(t),
      say: (t) => said.push(t),
    });
    link.ran('ASK { ?s ?p ?o }');
    param.navigate('ASK { ?s ?p ?o }');
    param.navigate('SELECT * {}');
    expect(said).toEqual([FROM_LINK]);
  });
});
