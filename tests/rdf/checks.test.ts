// The checks SHACL cannot do: verbatim quotes, identifier collisions, undescribed project IRIs, provenance.
import { describe, expect, it } from 'vitest';
import { parseRdf } from '../../src/rdf/parse';
import { checkIdentifierCollisions, checkProvenance, checkQuotes, checkUndescribedIris } from '../../src/rdf/checks';
import { validateDataset } from '../../src/rdf/validate';
import { MAX_ISSUES_PER_CHECK } from '../../src/rdf/issues';

const PREFIXES = `@prefix okg: <https://w3id.org/osce-kg/ontology#> .
@prefix id: <https://w3id.org/osce-kg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
`;
const DOC = 'https://w3id.org/osce-kg/id/source/doc';
const TEXT = 'The OSCE works on migration.\nIts Office for Democratic Institutions and Human Rights (ODIHR) helps.';
const sourceText = (iri: string) => (iri === DOC ? TEXT : undefined);
const trig = (body: string) => parseRdf(PREFIXES + body, { format: 'trig' });
const passage = (name: string, quote: string, doc = 'id:source\\/doc') =>
  `${'id:' + name} a okg:Passage ; okg:quote ${JSON.stringify(quote)} ; dcterms:isPartOf ${doc} .`;
const DESCRIBED =
  'id:source\\/doc a okg:SourceDocument ; rdfs:label "doc" . okg:OSCEBody rdfs:label "OSCE body" . okg:Passage rdfs:label "Passage" . okg:SourceDocument rdfs:label "Source document" . okg:quote rdfs:label "quote" . okg:partnersWith rdfs:label "partners with" . okg:curationNote rdfs:label "curation note" .';

describe('checkQuotes', () => {
  it.each([
    { name: 'verbatim quote', body: passage('p1', 'works on migration'), issues: 0 },
    { name: 'quote across a line break', body: passage('p1', 'migration.\nIts Office'), issues: 0 },
    { name: 'quote not in the text', body: passage('p1', 'works on trade'), issues: 1 },
    {
      name: 'quote differing only in whitespace',
      body: passage('p1', 'migration. Its Office'),
      issues: 1,
      hint: 'whitespace',
    },
    { name: 'quote changing case', body: passage('p1', 'the osce'), issues: 1 },
    { name: 'unknown document', body: passage('p1', 'works', 'id:other'), issues: 1 },
    { name: 'passage without quote', body: 'id:p1 a okg:Passage ; dcterms:isPartOf id:source\\/doc .', issues: 1 },
    { name: 'passage without document', body: 'id:p1 a okg:Passage ; okg:quote "works" .', issues: 1 },
  ])('$name', async ({ body, issues, hint }) => {
    const found = checkQuotes(await trig(body), sourceText);
    expect(found).toHaveLength(issues);
    for (const issue of found)
      expect(issue).toMatchObject({ severity: 'violation', check: 'quote', focus: 'https://w3id.org/osce-kg/id/p1' });
    if (hint) expect(found[0]?.message).toContain(hint);
  });
});

describe('checkIdentifierCollisions', () => {
  it.each([
    {
      name: 'distinct identifiers',
      body: 'id:a dcterms:identifier "MC.DEC/3/16" . id:b dcterms:identifier "PC.DEC/1049" .',
      expected: [],
    },
    {
      name: 'same entity in two graphs',
      body: 'id:g1 { id:a dcterms:identifier "MC.DEC/3/16" } id:g2 { id:a dcterms:identifier "MC.DEC/3/16" }',
      expected: [],
    },
    {
      name: 'shared identifier',
      body: 'id:a dcterms:identifier "MC.DEC/3/16" . id:b dcterms:identifier "MC.DEC/3/16" .',
      expected: ['violation'],
    },
    {
      name: 'shared, one noted',
      body: 'id:a dcterms:identifier "X" ; okg:curationNote "n" . id:b dcterms:identifier "X" .',
      expected: ['violation'],
    },
    // a note no longer excuses a shared identifier: an identifier names one document
    {
      name: 'shared, both noted',
      body: 'id:a dcterms:identifier "X" ; okg:curationNote "n" . id:b dcterms:identifier "X" ; okg:curationNote "n" .',
      expected: ['violation'],
    },
    {
      name: "cited as another document's identifier",
      body: 'id:a dcterms:identifier "MC.DOC/2/05" ; okg:citedAs "MC.DEC/2/05" . id:b dcterms:identifier "MC.DEC/2/05" .',
      expected: ['warning'],
    },
    {
      name: 'cited as a form no record has',
      body: 'id:a dcterms:identifier "PC.DEC/557" ; okg:citedAs "PC.DEC/577" .',
      expected: [],
    },
  ])('$name', async ({ body, expected }) => {
    const found = checkIdentifierCollisions(await trig(body));
    expect(found.map((i) => i.severity)).toEqual(expected);
    for (const issue of found) expect(issue.focus).toBe('https://w3id.org/osce-kg/id/a');
  });
});

describe('checkUndescribedIris', () => {
  it.each([
    {
      name: 'all described',
      body: 'id:a a okg:OSCEBody ; okg:partnersWith id:b . id:b rdfs:label "B" . okg:OSCEBody rdfs:label "x" . okg:partnersWith rdfs:label "y" .',
      expected: [],
    },
    {
      name: 'typo in an object',
      body: 'id:a rdfs:label "A" ; <http://e/p> id:odhir .',
      expected: ['https://w3id.org/osce-kg/id/odhir'],
    },
    {
      name: 'undescribed class and property',
      body: 'id:a a okg:Bodyy ; okg:partnerWith id:a .',
      expected: ['https://w3id.org/osce-kg/ontology#Bodyy', 'https://w3id.org/osce-kg/ontology#partnerWith'],
    },
    {
      name: 'undescribed graph name',
      body: 'id:g { id:a rdfs:label "A" }',
      expected: ['https://w3id.org/osce-kg/id/g'],
    },
    { name: 'other namespaces are not ours to check', body: '<http://e/a> <http://e/p> <http://e/b> .', expected: [] },
  ])('$name', async ({ body, expected }) => {
    const found = checkUndescribedIris(await trig(body));
    expect(found.map((i) => i.focus)).toEqual(expected);
    for (const issue of found) expect(issue.severity).toBe('violation');
  });
});

describe('checkProvenance', () => {
  const p1 = passage('p1', 'works on migration');
  const CURATION =
    'id:c a okg:CurationGraph ; prov:wasAttributedTo id:curators ; rdfs:comment "the rule" . id:curators rdfs:label "curators" .';
  it.each([
    {
      name: 'statements in a quoted passage graph',
      body: `${p1} id:p1 { id:osce a okg:OSCEBody ; rdfs:label "OSCE" }`,
      expected: 0,
    },
    {
      name: 'statement in two passage graphs',
      body: `${p1} ${passage('p2', 'helps')} id:p1 { id:osce okg:partnersWith id:iom } id:p2 { id:osce okg:partnersWith id:iom }`,
      expected: 0,
    },
    {
      name: 'passage and document descriptions are exempt',
      body: `${p1} id:source\\/doc a okg:SourceDocument .`,
      expected: 0,
    },
    { name: 'statement in the default graph', body: `${p1} id:osce rdfs:label "OSCE" .`, expected: 1 },
    { name: 'graph that is not a passage', body: `${p1} id:g { id:osce rdfs:label "OSCE" }`, expected: 1 },
    { name: 'passage without quote', body: 'id:p3 a okg:Passage . id:p3 { id:osce rdfs:label "OSCE" }', expected: 1 },
    {
      name: 'statements about other namespaces are not checked',
      body: '<http://metadata.un.org/sdg/10.7> rdfs:label "Target 10.7" .',
      expected: 0,
    },
    {
      name: 'statements in a described curation graph',
      body: `${CURATION} id:c { id:osce skos:exactMatch <http://www.wikidata.org/entity/Q81299> }`,
      expected: 0,
    },
    {
      name: 'curation graph without its rule',
      body: 'id:c a okg:CurationGraph ; prov:wasAttributedTo id:curators . id:c { id:osce skos:exactMatch <http://www.wikidata.org/entity/Q81299> }',
      expected: 1,
    },
    {
      name: 'curation graph without attribution',
      body: 'id:c a okg:CurationGraph ; rdfs:comment "rule" . id:c { id:osce skos:exactMatch <http://www.wikidata.org/entity/Q81299> }',
      expected: 1,
    },
    {
      name: "a curator's note in a passage graph",
      body: `${p1} id:p1 { id:osce okg:curationNote "The source says X."@en }`,
      expected: 1,
    },
    {
      name: "a curator's note in a curation graph",
      body: `${CURATION} id:c { id:osce okg:curationNote "The source says X."@en }`,
      expected: 0,
    },
  ])('$name', async ({ body, expected }) => {
    const found = checkProvenance(await trig(body));
    expect(found).toHaveLength(expected);
    for (const issue of found)
      expect(issue).toMatchObject({
        severity: 'violation',
        check: 'provenance',
        focus: 'https://w3id.org/osce-kg/id/osce',
      });
  });

  it('caps a flood of issues with a count', async () => {
    const body = Array.from({ length: MAX_ISSUES_PER_CHECK + 20 }, (_, i) => `id:e${i} rdfs:label "E${i}" .`).join(
      '\n',
    );
    const found = checkProvenance(await trig(body));
    expect(found).toHaveLength(MAX_ISSUES_PER_CHECK + 1);
    expect(found[MAX_ISSUES_PER_CHECK]?.message).toMatch(/^20 more/);
  });
});

describe('validateDataset', () => {
  const shapes = `@prefix sh: <http://www.w3.org/ns/shacl#> . ${PREFIXES}
    okg:BodyShape a sh:NodeShape ; sh:targetClass okg:OSCEBody ; sh:property [ sh:path rdfs:label ; sh:minCount 1 ] .`;
  const good = `${DESCRIBED} ${passage('p1', 'Office for Democratic Institutions')} id:p1 { id:odihr a okg:OSCEBody ; rdfs:label "ODIHR" }`;

  it('conforms for good data', async () => {
    const report = await validateDataset({
      data: await trig(good),
      shapes: await parseRdf(shapes, { format: 'ttl' }),
      sourceText,
    });
    expect(report.issues).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it('gathers SHACL and check issues, violations first', async () => {
    const bad = `${good} id:p1 { id:x a okg:OSCEBody ; dcterms:identifier "A" ; okg:curationNote "n" } id:p1 { id:y dcterms:identifier "A" ; okg:curationNote "n" ; rdfs:label "Y" }`;
    const report = await validateDataset({
      data: await trig(bad),
      shapes: await parseRdf(shapes, { format: 'ttl' }),
      sourceText,
    });
    expect(report.conforms).toBe(false);
    expect(report.issues.map((i) => `${i.severity}:${i.check}`)).toEqual([
      // two notes in a passage graph (provenance), a shared identifier, x without a label (SHACL)
      'violation:identifier-collision',
      'violation:provenance',
      'violation:provenance',
      'violation:shacl',
    ]);
  });

  it("a source's form kept on okg:citedAs alone still conforms, with a warning", async () => {
    const cited = `${good} id:p1 { id:y a okg:OSCEBody ; rdfs:label "Y" ; dcterms:identifier "MC.DOC/2/05" ; okg:citedAs "MC.DEC/2/05" . id:z a okg:OSCEBody ; rdfs:label "Z" ; dcterms:identifier "MC.DEC/2/05" } okg:citedAs rdfs:label "cited as" .`;
    const report = await validateDataset({
      data: await trig(cited),
      shapes: await parseRdf(shapes, { format: 'ttl' }),
      sourceText,
    });
    expect(report.conforms).toBe(true);
    expect(report.issues.map((i) => `${i.severity}:${i.focus}`)).toEqual(['warning:https://w3id.org/osce-kg/id/y']);
  });

  it('says when the quote check could not run', async () => {
    const report = await validateDataset({ data: await trig(good), shapes: [] });
    expect(report.issues).toMatchObject([{ severity: 'info', check: 'quote' }]);
  });
});
