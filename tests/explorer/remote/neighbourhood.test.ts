// Remote endpoint mode: the neighbourhood queries page through a node's links (run on a real Oxigraph engine here).
import { beforeAll, describe, expect, it } from 'vitest';
import * as oxigraph from 'oxigraph';
import { Parser } from 'n3';
import { QuerySyntaxError } from '../../../src/query/limits';
import { createOxigraphEngine, type OxigraphEngine } from '../../../src/query/oxigraph-engine';
import { describeQuery, neighbourhoodQuery } from '../../../src/explorer/remote/queries';
import { describedQuads, neighbourPage } from '../../../src/explorer/remote/results';

const EX = 'http://example.org/';
const HUB = `${EX}hub`;
// A hub with 7 outgoing and 5 incoming links, a literal, a type, and a hostile IRI neighbour.
const TTL = `@prefix ex: <${EX}> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:hub a ex:Hub ; rdfs:label "Hub"@en ; ex:to ${[1, 2, 3, 4, 5, 6, 7].map((i) => `ex:o${i}`).join(', ')} .
${[1, 2, 3, 4, 5].map((i) => `ex:i${i} ex:from ex:hub ; rdfs:label "In ${i}" .`).join('\n')}
ex:o1 rdfs:label "Out 1" ; a ex:Thing .
`;

let engine: OxigraphEngine;
beforeAll(() => {
  engine = createOxigraphEngine(oxigraph, new Parser({ format: 'text/turtle' }).parse(TTL));
});

describe('neighbourhood pages', () => {
  it('pages through every link exactly once, both directions, types left out', async () => {
    const seen: string[] = [];
    let offset = 0;
    let pages = 0;
    for (;;) {
      const page = neighbourPage(HUB, await engine.query(neighbourhoodQuery(HUB, offset, 5)), 5);
      pages++;
      seen.push(...page.quads.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`));
      offset += page.rows;
      if (!page.more) break;
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(12);
    expect(seen).toContain(`${EX}i3 ${EX}from ${HUB}`);
    expect(seen).toContain(`${HUB} ${EX}to ${EX}o7`);
  });

  it('says when there is no more', async () => {
    const page = neighbourPage(HUB, await engine.query(neighbourhoodQuery(HUB, 0, 50)), 50);
    expect(page.more).toBe(false);
    expect(page.neighbours).toHaveLength(12);
  });

  it('fetches the labels and types of the nodes of a page', async () => {
    const quads = describedQuads(await engine.query(describeQuery([HUB, `${EX}o1`])));
    const lines = quads
      .map(
        (q) =>
          `${q.subject.value} ${q.object.termType === 'Literal' ? `"${q.object.value}"@${q.object.language}` : q.object.value}`,
      )
      .sort();
    expect(lines).toEqual([`${HUB} "Hub"@en`, `${HUB} ${EX}Hub`, `${EX}o1 "Out 1"@`, `${EX}o1 ${EX}Thing`].sort());
  });

  it('escapes IRIs so a hostile one stays one (invalid) IRI and cannot widen the query', async () => {
    // Unescaped, this would close the IRI and add a pattern matching every triple.
    const query = neighbourhoodQuery(`${EX}x>}UNION{?n?p?o}#`, 0);
    expect(query).not.toContain('x>}');
    await expect(engine.query(query)).rejects.toBeInstanceOf(QuerySyntaxError);
  });
});
