// Hardening: a label holding HTML/script, quotes, newlines and terminal escapes is kept verbatim and every writer
// escapes it.
import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { Parser } from 'n3';
import * as oxigraph from 'oxigraph';
import { parseRdf } from '../../src/rdf/parse';
import { serializeRdf } from '../../src/rdf/serialize';
import { datasetToGraph } from '../../src/kg/to-graph';
import { createOxigraphEngine } from '../../src/query/oxigraph-engine';
import {
  parseSparqlJson,
  writeResult,
  writeSparqlCsv,
  writeSparqlJson,
  writeSparqlTsv,
  writeSparqlXml,
} from '../../src/query/results';
import type { BindingsResult } from '../../src/query/engine';
import { XmlCharacterError } from '../../src/query/xml-chars';
import { defined } from '../helpers/defined';

const NASTY =
  '<script>alert("x")</script> & <img src=x onerror=alert(1)> \'q\' "dq" </script><!-- ]]> \\ \n line two\ttab \u001b[2J\u0007 end';
/** A Turtle string body: backslash, quote and control characters escaped (\uXXXX for the ones without a short form). */
function escapeTurtle(text: string): string {
  let out = '';
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (c === '\\' || c === '"') out += '\\' + c;
    else if (c === '\n') out += '\\n';
    else if (c === '\t') out += '\\t';
    else if (code < 0x20) out += '\\u' + code.toString(16).toUpperCase().padStart(4, '0');
    else out += c;
  }
  return out;
}

/** C0 controls other than tab and newline, and DEL: what must never reach a terminal raw. */
function hasTerminalControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a) || code === 0x7f) return true;
  }
  return false;
}
const INPUT = `<https://w3id.org/osce-kg/id/evil> <http://www.w3.org/2000/01/rdf-schema#label> "${escapeTurtle(NASTY)}"@en ;
  a <https://w3id.org/osce-kg/ontology#Partner> .
<https://w3id.org/osce-kg/id/passage-1> {
  <https://w3id.org/osce-kg/id/evil> <https://w3id.org/osce-kg/ontology#partnersWith> <https://w3id.org/osce-kg/id/odihr> .
}
`;

async function select(): Promise<BindingsResult> {
  const engine = createOxigraphEngine(oxigraph, await parseRdf(INPUT, { format: 'trig' }));
  const result = await engine.query(
    'SELECT ?s ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label }',
  );
  if (result.kind !== 'bindings') throw new Error('expected bindings');
  return result;
}

/** RFC 4180 CSV, enough for a check: quoted fields with doubled quotes and newlines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  const endField = () => {
    rows.at(-1)?.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      endField();
    } else if (c === '\n') {
      endField();
      rows.push([]);
    } else if (c !== '\r') {
      field += c;
    }
  }
  if (field !== '' || (rows.at(-1)?.length ?? 0) > 0) endField();
  return rows.filter((r) => r.length > 0);
}

describe('a label with HTML, script, quotes and control characters', () => {
  it('is kept verbatim as data (parse and graph)', async () => {
    const quads = await parseRdf(INPUT, { format: 'trig' });
    const graph = datasetToGraph(quads);
    expect(graph.getNodeAttribute('https://w3id.org/osce-kg/id/evil', 'label')).toBe(NASTY);
  });

  it.each(['turtle', 'ntriples', 'nquads', 'trig', 'jsonld'] as const)(
    '%s export escapes it: parsing the output gives it back exactly',
    async (format) => {
      const text = await serializeRdf(await parseRdf(INPUT, { format: 'trig' }), format);
      const back = await parseRdf(text, { format });
      expect(back.find((q) => q.predicate.value.endsWith('#label'))!.object.value).toBe(NASTY);
      // Line-based formats: the newline in the label never splits a statement
      if (format === 'ntriples' || format === 'nquads')
        expect(
          text
            .trim()
            .split('\n')
            .every((line) => line.endsWith(' .')),
        ).toBe(true);
    },
  );

  it('SPARQL JSON: valid JSON, read back exactly', async () => {
    const json = writeSparqlJson(await select());
    const back = parseSparqlJson(json);
    expect(back.kind === 'bindings' && back.rows[0]?.label?.value).toBe(NASTY);
  });

  it('SPARQL XML: refused for a literal holding characters XML 1.0 cannot carry (ESC, BEL), never written broken', async () => {
    const result = await select();
    expect(() => writeSparqlXml(result)).toThrow(XmlCharacterError);
  });

  it('SPARQL XML: well-formed, no raw markup, the literal reads back exactly (markup only, no control characters)', async () => {
    const markup = [...NASTY].filter((c) => !hasTerminalControl(c)).join('');
    const input = INPUT.replace(escapeTurtle(NASTY), escapeTurtle(markup));
    const engine = createOxigraphEngine(oxigraph, await parseRdf(input, { format: 'trig' }));
    const result = await engine.query('SELECT ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label }');
    const xml = writeSparqlXml(result as BindingsResult);
    expect(xml).not.toContain('<script>');
    const errors: string[] = [];
    const doc = new DOMParser({
      errorHandler: (level, message) => errors.push(`${level}: ${message}`),
    }).parseFromString(xml, 'text/xml');
    expect(errors).toEqual([]);
    const literal = doc.getElementsByTagName('literal')[0];
    expect(literal?.textContent).toBe(markup);
  });

  it('CSV: one quoted field, read back exactly', async () => {
    const rows = parseCsv(writeSparqlCsv(await select()));
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[1]).toBe(NASTY);
  });

  it('TSV: the cell is an N-Triples literal (no raw tab or newline), read back exactly', async () => {
    const lines = writeSparqlTsv(await select())
      .replace(/\n$/, '')
      .split('\n');
    expect(lines).toHaveLength(2);
    const cells = defined(lines[1], 'a row').split('\t');
    expect(cells).toHaveLength(2);
    const [q] = new Parser({ format: 'N-Triples' }).parse(`<http://e.org/s> <http://e.org/p> ${cells[1]} .`);
    expect(q?.object.value).toBe(NASTY);
  });

  it('text table (for terminals): no raw escape or bell characters reach the terminal', async () => {
    const table = writeResult(await select(), 'table');
    expect(hasTerminalControl(table)).toBe(false);
    expect(hasTerminalControl(NASTY)).toBe(true);
  });
});
