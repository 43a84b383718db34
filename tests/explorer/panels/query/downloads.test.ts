// Download content: CSV, TSV and SPARQL JSON of a result read back to the same values; CONSTRUCT as rows and N-Quads.
import { describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import { downloadFile, downloadFormats } from '../../../../src/explorer/panels/query/downloads';
import type { WireResult } from '../../../../src/explorer/panels/query/protocol';
import { parseSparqlJson } from '../../../../src/query/results';
import { ID, OKG } from '../query-fixture';
import { defined } from '../../../helpers/defined';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const select: WireResult = {
  kind: 'bindings',
  variables: ['org', 'label', 'n'],
  truncated: false,
  rows: [
    {
      org: { type: 'uri', value: ID + 'iom' },
      label: { type: 'literal', value: 'Says "hi", then\nleaves', 'xml:lang': 'en' },
      n: { type: 'literal', value: '3', datatype: XSD + 'integer' },
    },
    { org: { type: 'uri', value: ID + 'odihr' } },
  ],
};

/** A minimal RFC 4180 reader, enough to check the file parses back to its cells. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\r' && text[i + 1] === '\n') {
      endRow();
      i++;
    } else if (c === '\n') endRow();
    else cell += c;
  }
  if (cell !== '' || row.length) endRow();
  return rows;
}

describe('downloadFile', () => {
  it('writes CSV that reads back to the values', () => {
    const file = downloadFile(select, 'csv');
    expect(file.name).toBe('query-results.csv');
    expect(file.mediaType).toBe('text/csv');
    expect(readCsv(file.content)).toEqual([
      ['org', 'label', 'n'],
      [ID + 'iom', 'Says "hi", then\nleaves', '3'],
      [ID + 'odihr', '', ''],
    ]);
  });

  it('writes TSV with a header of variables and RDF terms in cells', () => {
    const lines = downloadFile(select, 'tsv').content.replace(/\n$/, '').split('\n');
    expect(lines[0]).toBe('?org\t?label\t?n');
    expect(lines[1]?.split('\t')).toEqual([`<${ID}iom>`, '"Says \\"hi\\", then\\nleaves"@en', '3']);
    expect(lines[2]?.split('\t')).toEqual([`<${ID}odihr>`, '', '']);
  });

  it('writes SPARQL JSON that parses back to the same rows', () => {
    const parsed = parseSparqlJson(downloadFile(select, 'json').content);
    expect(parsed.kind).toBe('bindings');
    if (parsed.kind !== 'bindings') return;
    expect(parsed.variables).toEqual(['org', 'label', 'n']);
    const [first, second] = [defined(parsed.rows[0], 'row 1'), defined(parsed.rows[1], 'row 2')];
    expect(first.label?.value).toBe('Says "hi", then\nleaves');
    expect(first.n?.termType === 'Literal' && first.n.datatype.value).toBe(XSD + 'integer');
    expect('label' in second).toBe(false);
  });

  it('offers CONSTRUCT results as rows and as N-Quads that parse', () => {
    const construct: WireResult = {
      kind: 'quads',
      truncated: false,
      quads: [
        {
          subject: { type: 'uri', value: ID + 'odihr' },
          predicate: { type: 'uri', value: OKG + 'partnersWith' },
          object: { type: 'uri', value: ID + 'iom' },
        },
      ],
    };
    expect(downloadFormats(construct)).toContain('nquads');
    expect(readCsv(downloadFile(construct, 'csv').content)[1]).toEqual([
      ID + 'odihr',
      OKG + 'partnersWith',
      ID + 'iom',
    ]);
    const quads = new Parser({ format: 'N-Quads' }).parse(downloadFile(construct, 'nquads').content);
    expect(quads.map((q) => [q.subject.value, q.predicate.value, q.object.value])).toEqual([
      [ID + 'odihr', OKG + 'partnersWith', ID + 'iom'],
    ]);
  });

  it('answers ASK in each format', () => {
    const ask: WireResult = { kind: 'boolean', value: true };
    expect(parseSparqlJson(downloadFile(ask, 'json').content)).toEqual({ kind: 'boolean', value: true });
    expect(downloadFile(ask, 'csv').content).toMatch(/true/);
  });
});
