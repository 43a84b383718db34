// JSON-LD that the jsonld library would drop silently, recurse on without end, or burn CPU on: every statement
// is kept, or the load fails with a typed error that says where. Never a quiet loss with success.
import { describe, expect, it } from 'vitest';
import { RdfError, RdfLimitError, RdfSyntaxError } from '../../src/rdf/errors';
import { parseRdf } from '../../src/rdf/parse';

const parse = (text: string, options: Parameters<typeof parseRdf>[1] = {}) =>
  parseRdf(text, { format: 'jsonld', fileName: 'doc.jsonld', ...options });
const outcome = (text: string, options: Parameters<typeof parseRdf>[1] = {}) =>
  parse(text, options).then(
    (quads) => quads,
    (e: unknown) => e as Error,
  );

const HOSTILE_NAMES = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  '__defineGetter__',
  'prototype',
  'propertyIsEnumerable',
];

/**
 * Each builds a document (as text: an object literal cannot hold a `__proto__` key) and says how many statements it
 * makes.
 */
const PLACES: Record<string, (n: string) => [string, number]> = {
  'a term': (n) => [`{"@context": {"${n}": "http://ex.org/p"}, "@id": "http://ex.org/s", "${n}": "v"}`, 1],
  'a prefix': (n) => [`{"@context": {"${n}": "http://ex.org/"}, "@id": "http://ex.org/s", "${n}:x": "v"}`, 1],
  'a key under @vocab': (n) => [`{"@context": {"@vocab": "http://ex.org/"}, "@id": "http://ex.org/s", "${n}": "v"}`, 1],
  'a type under @vocab': (n) => [
    `{"@context": {"@vocab": "http://ex.org/"}, "@id": "http://ex.org/s", "@type": "${n}"}`,
    1,
  ],
  'a term used as a type': (n) => [
    `{"@context": {"${n}": "http://ex.org/T"}, "@id": "http://ex.org/s", "@type": "${n}"}`,
    1,
  ],
  'a compact IRI suffix': (n) => [
    `{"@context": {"ex": "http://ex.org/"}, "@id": "ex:${n}", "ex:${n}": {"@id": "ex:${n}"}}`,
    1,
  ],
  'a relative @id': (n) => [`{"@id": "${n}", "http://ex.org/p": "v"}`, 1],
  'a blank node label': (n) => [`{"@id": "_:${n}", "http://ex.org/p": {"@id": "_:${n}"}}`, 1],
  'a term aliasing @id': (n) => [`{"@context": {"${n}": "@id"}, "${n}": "http://ex.org/s", "http://ex.org/p": "v"}`, 1],
  'a term in a type-scoped context': (n) => [
    `{"@context": {"T": {"@id": "http://ex.org/T", "@context": {"${n}": "http://ex.org/q"}}}, "@id": "http://ex.org/s", "@type": "T", "${n}": "v"}`,
    2,
  ],
  'a key inside an @json literal': (n) => [
    `{"@context": {"j": {"@id": "http://ex.org/j", "@type": "@json"}}, "@id": "http://ex.org/s", "j": {"${n}": 1}}`,
    1,
  ],
};

describe('terms and keys named like Object.prototype members', () => {
  const cases = Object.entries(PLACES).flatMap(([place, make]) =>
    HOSTILE_NAMES.map((name) => [place, name, ...make(name)] as const),
  );
  it.each(cases)(
    '%s named %s: every statement kept with its IRIs, or an RdfSyntaxError',
    async (place, _name, text, statements) => {
      const result = await outcome(text);
      if (result instanceof Error) {
        expect(result).toBeInstanceOf(RdfSyntaxError);
        expect((result as RdfSyntaxError).line).toBe(1);
      } else {
        expect(result).toHaveLength(statements);
        // A lost term definition shows as an IRI resolved against the file instead of the one the context gave
        const iris = result
          .flatMap((q) => [q.subject, q.predicate, q.object])
          .filter((t) => t.termType === 'NamedNode')
          .map((t) => t.value);
        if (place !== 'a relative @id')
          for (const iri of iris) expect(iri).toMatch(/^http:\/\/(ex\.org|www\.w3\.org)\//);
        if (place !== 'a blank node label')
          expect(result.filter((q) => q.subject.termType === 'BlankNode')).toEqual([]);
      }
    },
  );

  it("the issue's document: 4 statements, 2 of them through __proto__ terms, is refused at the __proto__ term (not 2 statements and success)", async () => {
    const text =
      '{"@context": {"__proto__": "http://ex.org/proto", "constructor": "http://ex.org/ctor", "ex": "http://ex.org/"},\n "@id": "http://ex.org/s", "__proto__": "a", "constructor": "b", "ex:__proto__": "c", "toString": "d"}';
    const error = await outcome(text);
    expect(error).toBeInstanceOf(RdfSyntaxError);
    expect([(error as RdfSyntaxError).line, (error as RdfSyntaxError).column]).toEqual([1, 15]);
    expect((error as Error).message).toContain('"__proto__"');
  });

  it('constructor, toString and a compact IRI ending in __proto__ are kept', async () => {
    const quads = await parse(
      '{"@context": {"constructor": "http://ex.org/ctor", "toString": "http://ex.org/ts", "ex": "http://ex.org/"}, "@id": "http://ex.org/s", "constructor": "b", "ex:__proto__": "c", "toString": "d"}',
    );
    expect(quads.map((q) => q.predicate.value).sort()).toEqual([
      'http://ex.org/__proto__',
      'http://ex.org/ctor',
      'http://ex.org/ts',
    ]);
  });
});

describe('what jsonld drops with only a warning is an error', () => {
  it.each([
    ['a subject IRI with a space', '{"@id": "http://ex.org/a b", "http://ex.org/p": "x"}', '"http://ex.org/a b"', true],
    [
      'an object IRI with a space',
      '{"@id": "http://ex.org/s", "http://ex.org/p": {"@id": "http://ex.org/c d"}}',
      '"http://ex.org/c d"',
      true,
    ],
    [
      'a type IRI with a space',
      '{"@id": "http://ex.org/s", "@type": "http://ex.org/T x"}',
      '"http://ex.org/T x"',
      true,
    ],
    ['a key no context defines', '{"@id": "http://ex.org/s", "name": "x"}', '"name"', true],
    ['a value that belongs to no property', '{"@graph": ["loose"]}', 'free-floating', false],
    ['a keyword-like key', '{"@id": "http://ex.org/s", "@comment": "x", "http://ex.org/p": "y"}', '"@comment"', false],
    [
      'a bad language tag',
      '{"@id": "http://ex.org/s", "http://ex.org/p": {"@value": "x", "@language": "not a tag"}}',
      '"not a tag"',
      true,
    ],
  ])('%s', async (_name, text, mentioned, located) => {
    const error = await outcome(text);
    expect(error).toBeInstanceOf(RdfSyntaxError);
    expect((error as Error).message).toContain(mentioned);
    // Located at the culprit's text where the library names it
    if (located) expect((error as RdfSyntaxError).column).toBe(text.indexOf(mentioned) + 1);
  });

  it('harmless warnings still load: an empty object, a node with only @id, an explicit null', async () => {
    expect(await parse('{}')).toEqual([]);
    expect(await parse('{"@id": "http://ex.org/s"}')).toEqual([]);
    expect(await parse('{"@id": "http://ex.org/s", "http://ex.org/p": null, "http://ex.org/q": "x"}')).toHaveLength(1);
  });
});

describe('a lone surrogate is refused as in N-Triples', () => {
  it.each([
    ['a high surrogate in a value', '{"@id": "http://ex.org/s", "http://ex.org/p": "a\\ud800b"}'],
    ['a low surrogate in a key', '{"@id": "http://ex.org/s", "http://ex.org/\\udc00": "x"}'],
  ])('%s: RdfSyntaxError at the escape', async (_name, text) => {
    const error = await outcome(text);
    expect(error).toBeInstanceOf(RdfSyntaxError);
    expect((error as RdfSyntaxError).column).toBe(text.indexOf('\\u') + 1);
    await expect(
      parseRdf('<http://ex.org/s> <http://ex.org/p> "a\\uD800b" .', { format: 'nt' }),
    ).rejects.toBeInstanceOf(RdfSyntaxError);
  });

  it('a surrogate pair is one character and loads', async () => {
    const quads = await parse('{"@id": "http://ex.org/s", "http://ex.org/p": "\\ud834\\udd1e"}');
    expect(quads[0]?.object.value).toBe('𝄞');
  });
});

describe('budgets', () => {
  const bomb = (terms: number, nodes: number): string => {
    const scoped = Object.fromEntries(Array.from({ length: terms }, (_, i) => [`t${i}`, `http://ex.org/t${i}`]));
    const graph = Array.from({ length: nodes }, (_, i) => ({ '@id': `http://ex.org/n${i}`, '@type': 'T', t0: 'x' }));
    return JSON.stringify({ '@context': { T: { '@id': 'http://ex.org/T', '@context': scoped } }, '@graph': graph });
  };

  it('a context scoped to a type, applied to every node: RdfLimitError once the context work passes the budget', async () => {
    const error = await outcome(bomb(200, 100), { jsonLdBudget: { contextWork: 2_000, contextWorkPerNode: 0 } });
    expect(error).toBeInstanceOf(RdfLimitError);
    expect((error as RdfLimitError).limit).toBe('context-work');
    expect((error as RdfLimitError).file).toBe('doc.jsonld');
  });

  it('the same document within a larger budget loads whole (the budget is what stops it)', async () => {
    const quads = await parse(bomb(200, 100), { jsonLdBudget: { contextWork: 100_000, contextWorkPerNode: 0 } });
    expect(quads).toHaveLength(200);
  });

  it('a time budget: RdfLimitError (time) when expansion outlasts it', async () => {
    const error = await outcome(bomb(3_000, 2_000), { jsonLdBudget: { contextWork: 1e12, timeoutMs: 20 } });
    expect(error).toBeInstanceOf(RdfLimitError);
    expect((error as RdfLimitError).limit).toBe('time');
  });

  it('ordinary type-scoped contexts stay well inside the default budget', async () => {
    expect(await parse(bomb(10, 2_000))).toHaveLength(4_000);
  });

  it('nesting deeper than 500 levels: RdfLimitError (depth) at the bracket that goes too deep', async () => {
    let doc = '{"@id": "http://ex.org/leaf"}';
    for (let i = 0; i < 600; i++) doc = `{"http://ex.org/p": ${doc}}`;
    const error = await outcome(doc);
    expect(error).toBeInstanceOf(RdfLimitError);
    expect((error as RdfLimitError).limit).toBe('depth');
    expect((error as RdfLimitError).column).toBe(1 + 500 * '{"http://ex.org/p": '.length);
  });

  it('500 levels still load', async () => {
    let doc = '{"@id": "http://ex.org/leaf"}';
    for (let i = 0; i < 499; i++) doc = `{"http://ex.org/p": ${doc}}`;
    expect(await parse(doc)).toHaveLength(499);
  });
});

it('every refusal is an RdfError carrying the file name', async () => {
  for (const text of ['{"__proto__": 1}', '{"@id": "http://ex.org/a b", "http://ex.org/p": 1}']) {
    const error = await outcome(text);
    expect(error).toBeInstanceOf(RdfError);
    expect((error as RdfError).file).toBe('doc.jsonld');
  }
});
