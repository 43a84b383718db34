// Result writers (SPARQL JSON, XML, CSV, TSV, a readable text table) and the SPARQL JSON parser.
import type { Term } from '@rdfjs/types';
import type { BindingsResult, BooleanResult } from './engine';
import { termToNTriples } from './terms';
import { writeSparqlJson } from './results-json';
import { csvField } from './csv';
import { assertXmlText } from './xml-chars';

export { parseSparqlJson, writeSparqlJson } from './results-json';

export type ResultFormat = 'json' | 'xml' | 'csv' | 'tsv' | 'table';

export const RESULT_MEDIA_TYPES: Record<Exclude<ResultFormat, 'table'>, string> = {
  json: 'application/sparql-results+json',
  xml: 'application/sparql-results+xml',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
};

const XSD = 'http://www.w3.org/2001/XMLSchema#';

function escapeXml(text: string): string {
  assertXmlText(text, text.length > 40 ? `the value "${text.slice(0, 40)}…"` : `the value ${JSON.stringify(text)}`);
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

function termToXml(term: Term): string {
  switch (term.termType) {
    case 'NamedNode':
      return `<uri>${escapeXml(term.value)}</uri>`;
    case 'BlankNode':
      return `<bnode>${escapeXml(term.value)}</bnode>`;
    case 'Literal': {
      const attr = term.language
        ? ` xml:lang="${escapeXml(term.language)}"`
        : term.datatype.value !== XSD + 'string'
          ? ` datatype="${escapeXml(term.datatype.value)}"`
          : '';
      return `<literal${attr}>${escapeXml(term.value)}</literal>`;
    }
    case 'Quad':
      return `<triple><subject>${termToXml(term.subject)}</subject><predicate>${termToXml(term.predicate)}</predicate><object>${termToXml(term.object)}</object></triple>`;
    default:
      return '';
  }
}

/** SPARQL Query Results XML Format; XmlCharacterError when a value holds a character XML 1.0 cannot carry. */
export function writeSparqlXml(result: BindingsResult | BooleanResult): string {
  const out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n'];
  if (result.kind === 'boolean') {
    out.push('  <head/>\n', `  <boolean>${result.value}</boolean>\n</sparql>\n`);
    return out.join('');
  }
  out.push('  <head>\n');
  for (const v of result.variables) out.push(`    <variable name="${escapeXml(v)}"/>\n`);
  out.push('  </head>\n  <results>\n');
  for (const row of result.rows) {
    out.push('    <result>\n');
    for (const v of result.variables) {
      const term = row[v];
      if (term !== undefined) out.push(`      <binding name="${escapeXml(v)}">${termToXml(term)}</binding>\n`);
    }
    out.push('    </result>\n');
  }
  out.push('  </results>\n</sparql>\n');
  return out.join('');
}

/**
 * CSV value: IRIs and literals as their plain string, blank nodes as `_:label` (lossy, as the spec says). Text that a
 * spreadsheet would run as a formula gets a leading quote (csv.ts); numbers are written as they are.
 */
function csvValue(term: Term | undefined): string {
  if (term === undefined) return '';
  const text =
    term.termType === 'BlankNode' ? `_:${term.value}` : term.termType === 'Quad' ? termToNTriples(term) : term.value;
  const numeric = term.termType === 'Literal' && (TURTLE_NUMBER[term.datatype.value]?.test(text) ?? false);
  return csvField(text, numeric);
}

/** SPARQL 1.1 CSV results: header of variable names, RFC 4180 quoting, CRLF line ends. A boolean is one line. */
export function writeSparqlCsv(result: BindingsResult | BooleanResult): string {
  if (result.kind === 'boolean') return `_askResult\r\n${result.value}\r\n`;
  const lines = [result.variables.join(',')];
  for (const row of result.rows) lines.push(result.variables.map((v) => csvValue(row[v])).join(','));
  return lines.join('\r\n') + '\r\n';
}

const TURTLE_NUMBER: Record<string, RegExp> = {
  [XSD + 'integer']: /^[+-]?[0-9]+$/,
  [XSD + 'decimal']: /^[+-]?[0-9]*\.[0-9]+$/,
  [XSD + 'double']: /^[+-]?(?:[0-9]+\.[0-9]*|\.?[0-9]+)[eE][+-]?[0-9]+$/,
};

/** TSV value: the term in SPARQL/Turtle syntax; numbers and booleans abbreviated where Turtle allows it. */
function tsvValue(term: Term | undefined): string {
  if (term === undefined) return '';
  if (term.termType === 'Literal' && !term.language) {
    const pattern = TURTLE_NUMBER[term.datatype.value];
    if (pattern?.test(term.value)) return term.value;
    if (term.datatype.value === XSD + 'boolean' && (term.value === 'true' || term.value === 'false')) return term.value;
  }
  return termToNTriples(term);
}

/** SPARQL 1.1 TSV results: header of `?name`, terms in Turtle syntax (tabs and newlines escaped), LF line ends. */
export function writeSparqlTsv(result: BindingsResult | BooleanResult): string {
  if (result.kind === 'boolean') return `?_askResult\n${result.value}\n`;
  const lines = [result.variables.map((v) => `?${v}`).join('\t')];
  for (const row of result.rows) lines.push(result.variables.map((v) => tsvValue(row[v])).join('\t'));
  return lines.join('\n') + '\n';
}

export interface TableOptions {
  /** Prefixes used to shorten IRIs, e.g. `{ okg: 'https://w3id.org/osce-kg/ontology#' }`. */
  prefixes?: Record<string, string>;
  /** Longest cell before it is cut with '…' (default 60). */
  maxWidth?: number;
}

function shorten(term: Term, prefixes: Record<string, string>): string {
  if (term.termType === 'NamedNode') {
    let best: [string, string] | undefined;
    for (const [prefix, ns] of Object.entries(prefixes)) {
      if (
        term.value.startsWith(ns) &&
        /^[\w.-]*$/.test(term.value.slice(ns.length)) &&
        (!best || ns.length > best[1].length)
      ) {
        best = [prefix, ns];
      }
    }
    if (best) return `${best[0]}:${term.value.slice(best[1].length)}`;
  }
  return tsvValue(term);
}

/** A text table for terminals: aligned columns, IRIs shortened with the given prefixes, a row count below. */
export function writeTable(result: BindingsResult | BooleanResult, options: TableOptions = {}): string {
  if (result.kind === 'boolean') return `${result.value}\n`;
  const max = options.maxWidth ?? 60;
  const prefixes = options.prefixes ?? {};
  const cut = (s: string) => {
    const flat = s.replace(/[\r\n\t]+/g, ' ');
    return [...flat].length > max ? [...flat].slice(0, max - 1).join('') + '…' : flat;
  };
  const header = result.variables.map((v) => `?${v}`);
  const cells = result.rows.map((row) => result.variables.map((v) => (row[v] ? cut(shorten(row[v], prefixes)) : '')));
  // Every row has one cell per variable, like the header
  const widths = header.map((h, i) => Math.max([...h].length, ...cells.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c + ' '.repeat((widths[i] ?? 0) - [...c].length))
      .join(' | ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  const count = `${result.rows.length} row${result.rows.length === 1 ? '' : 's'}${result.truncated ? ' (truncated)' : ''}`;
  return [line(header), rule, ...cells.map(line), count].join('\n') + '\n';
}

/** Writes a SELECT/ASK result in the given format. */
export function writeResult(
  result: BindingsResult | BooleanResult,
  format: ResultFormat,
  options?: TableOptions,
): string {
  switch (format) {
    case 'json':
      return writeSparqlJson(result);
    case 'xml':
      return writeSparqlXml(result);
    case 'csv':
      return writeSparqlCsv(result);
    case 'tsv':
      return writeSparqlTsv(result);
    case 'table':
      return writeTable(result, options);
  }
}
