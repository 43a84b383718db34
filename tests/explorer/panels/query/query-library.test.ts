// The query library: parsing untrusted storage text, history order and size, saving under names.
import { describe, expect, it } from 'vitest';
import {
  deleteSaved,
  EMPTY_LIBRARY,
  HISTORY_SIZE,
  MAX_NAME_CHARS,
  parseLibrary,
  querySummary,
  recordRun,
  saveQuery,
  serializeLibrary,
} from '../../../../src/explorer/panels/query/query-library';

describe('parseLibrary', () => {
  it('reads back what serializeLibrary wrote', () => {
    const library = saveQuery(recordRun(EMPTY_LIBRARY, 'ASK {}', 5), 'mine', 'SELECT * {}', 6);
    expect(parseLibrary(serializeLibrary(library))).toEqual(library);
  });

  it.each([null, '', 'not json', '42', 'null', '[]', '"text"', '{"history": 3, "saved": "x"}', '{"history": null}'])(
    'gives an empty library for %j',
    (raw) => {
      expect(parseLibrary(raw)).toEqual(EMPTY_LIBRARY);
    },
  );

  it('drops bad entries one by one and keeps the good ones', () => {
    const raw = JSON.stringify({
      history: [
        { text: 'ASK {}', ranAt: 1 },
        { text: 7 },
        null,
        'SELECT',
        { text: '  ' },
        { text: 'ASK {}', ranAt: 2 },
        { text: 'DESCRIBE <x>', ranAt: 'soon' },
      ],
      saved: [
        { name: ' a ', text: 'ASK {}' },
        { name: '', text: 'x' },
        { name: 'b' },
        { name: 'a', text: 'dup' },
        { name: 'x'.repeat(MAX_NAME_CHARS + 1), text: 'y' },
      ],
    });
    expect(parseLibrary(raw)).toEqual({
      history: [
        { text: 'ASK {}', ranAt: 1 },
        { text: 'DESCRIBE <x>', ranAt: 0 },
      ],
      saved: [{ name: 'a', text: 'ASK {}', savedAt: 0 }],
    });
  });

  it('is not fooled by __proto__ keys or inherited properties', () => {
    const raw = '{"__proto__": {"history": [{"text": "evil"}]}, "saved": [{"__proto__": {"name": "n", "text": "t"}}]}';
    const library = parseLibrary(raw);
    expect(library).toEqual(EMPTY_LIBRARY);
    expect(({} as Record<string, unknown>).history).toBeUndefined();
  });

  it('keeps at most HISTORY_SIZE history entries', () => {
    const history = Array.from({ length: 50 }, (_, i) => ({ text: `q${i}`, ranAt: i }));
    expect(parseLibrary(JSON.stringify({ history, saved: [] })).history).toHaveLength(HISTORY_SIZE);
  });
});

describe('recordRun', () => {
  it('puts the query on top once, and lets the oldest go past the limit', () => {
    let library = EMPTY_LIBRARY;
    for (let i = 0; i < HISTORY_SIZE + 5; i++) library = recordRun(library, `q${i}`, i);
    library = recordRun(library, 'q10', 100);
    expect(library.history).toHaveLength(HISTORY_SIZE);
    expect(library.history[0]).toEqual({ text: 'q10', ranAt: 100 });
    expect(library.history.filter((e) => e.text === 'q10')).toHaveLength(1);
    expect(library.history.at(-1)?.text).toBe('q5');
  });

  it('ignores an empty query', () => {
    expect(recordRun(EMPTY_LIBRARY, '  \n', 1)).toBe(EMPTY_LIBRARY);
  });
});

describe('saveQuery and deleteSaved', () => {
  it('saves under a trimmed name, replaces the same name in place, deletes by name', () => {
    let library = saveQuery(EMPTY_LIBRARY, ' first ', 'ASK {}', 1);
    library = saveQuery(library, 'second', 'SELECT * {}', 2);
    library = saveQuery(library, 'first', 'ASK { ?s ?p ?o }', 3);
    expect(library.saved.map((s) => [s.name, s.text])).toEqual([
      ['first', 'ASK { ?s ?p ?o }'],
      ['second', 'SELECT * {}'],
    ]);
    expect(deleteSaved(library, 'first').saved.map((s) => s.name)).toEqual(['second']);
  });

  it('refuses an empty name or query with a reason', () => {
    expect(() => saveQuery(EMPTY_LIBRARY, '  ', 'ASK {}', 1)).toThrow(/name/);
    expect(() => saveQuery(EMPTY_LIBRARY, 'n', ' ', 1)).toThrow(/empty/);
    expect(() => saveQuery(EMPTY_LIBRARY, 'x'.repeat(MAX_NAME_CHARS + 1), 'ASK {}', 1)).toThrow(/at most/);
  });
});

describe('querySummary', () => {
  it('leaves out PREFIX lines and collapses whitespace', () => {
    expect(querySummary('PREFIX okg: <x>\nPREFIX a: <y>\nSELECT ?s\n  WHERE { ?s a okg:P }')).toBe(
      'SELECT ?s WHERE { ?s a okg:P }',
    );
  });

  it('cuts long text with an ellipsis', () => {
    expect(querySummary(`SELECT ${'?x '.repeat(100)}`, 20)).toHaveLength(20);
  });
});
