// SPARQL 1.1 Query Results JSON: write, and parse (with strict checks, since remote answers can be cut short).
import { DataFactory } from 'n3';
import type { Term } from '@rdfjs/types';
import { newRow, type BindingsResult, type BooleanResult } from './engine';
import { ResultFormatError } from './limits';

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

/**
 * A term as SPARQL 1.1 Query Results JSON writes it (RDF 1.2 triple terms as `triple`). Plain data: it also
 * carries results across postMessage, where class instances do not survive.
 */
export type JsonTerm =
  | { type: 'uri'; value: string }
  | { type: 'bnode'; value: string }
  | { type: 'literal'; value: string; 'xml:lang'?: string; datatype?: string }
  | { type: 'triple'; value: { subject: JsonTerm; predicate: JsonTerm; object: JsonTerm } };

export function termToJson(term: Term): JsonTerm {
  switch (term.termType) {
    case 'NamedNode':
      return { type: 'uri', value: term.value };
    case 'BlankNode':
      return { type: 'bnode', value: term.value };
    case 'Literal': {
      if (term.language) return { type: 'literal', value: term.value, 'xml:lang': term.language };
      const datatype = term.datatype.value;
      return datatype === XSD_STRING || datatype === ''
        ? { type: 'literal', value: term.value }
        : { type: 'literal', value: term.value, datatype };
    }
    case 'Quad':
      return {
        type: 'triple',
        value: {
          subject: termToJson(term.subject),
          predicate: termToJson(term.predicate),
          object: termToJson(term.object),
        },
      };
    default:
      throw new TypeError(`a ${term.termType} cannot be a result value`);
  }
}

/** SPARQL JSON text of a SELECT or ASK result. */
export function writeSparqlJson(result: BindingsResult | BooleanResult): string {
  if (result.kind === 'boolean') return JSON.stringify({ head: {}, boolean: result.value });
  const bindings = result.rows.map((row) => {
    const out: Record<string, JsonTerm> = Object.create(null) as Record<string, JsonTerm>;
    for (const v of result.variables) if (row[v] !== undefined) out[v] = termToJson(row[v]);
    return out;
  });
  return JSON.stringify({ head: { vars: result.variables }, results: { bindings } });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Where a bad term sits, for the error message: built only when there is an error (not once per term). */
function where(row: number, name: string): string {
  return row < 0 ? 'term' : `binding ${row + 1}, ?${name}`;
}

function jsonToTerm(value: unknown, row: number, name: string): Term {
  if (!isObject(value) || typeof value.type !== 'string')
    throw new ResultFormatError(`${where(row, name)}: not an RDF term`);
  const { type } = value;
  if (type === 'triple') {
    const t = value.value;
    if (!isObject(t)) throw new ResultFormatError(`${where(row, name)}: triple term without subject/predicate/object`);
    return DataFactory.quad(
      jsonToTerm(t.subject, row, name) as never,
      jsonToTerm(t.predicate, row, name) as never,
      jsonToTerm(t.object, row, name) as never,
    );
  }
  if (typeof value.value !== 'string') throw new ResultFormatError(`${where(row, name)}: term value is not a string`);
  const text = value.value;
  switch (type) {
    case 'uri':
      return DataFactory.namedNode(text);
    case 'bnode':
      return DataFactory.blankNode(text);
    case 'literal':
    case 'typed-literal': {
      // 'typed-literal' is the pre-Recommendation spelling that Virtuoso still sends.
      const lang = value['xml:lang'];
      if (typeof lang === 'string' && lang !== '') return DataFactory.literal(text, lang);
      const dt = value.datatype;
      if (typeof dt === 'string' && dt !== RDF_LANG_STRING) return DataFactory.literal(text, DataFactory.namedNode(dt));
      return DataFactory.literal(text);
    }
    default:
      throw new ResultFormatError(`${where(row, name)}: unknown term type ${JSON.stringify(type)}`);
  }
}

/** The RDF/JS term (n3's factory) for a SPARQL JSON term; ResultFormatError if it is not one. */
export function termFromJson(value: unknown): Term {
  return jsonToTerm(value, -1, '');
}

/**
 * Parses SPARQL JSON results. Anything short of a complete document (cut-off text, missing `results`,
 * bindings that are not an array) is a ResultFormatError: a partial answer is never taken as complete.
 */
export function parseSparqlJson(text: string, rowLimit = Infinity): BindingsResult | BooleanResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new ResultFormatError(`invalid or truncated SPARQL JSON results (${(error as Error).message})`);
  }
  if (!isObject(doc) || !isObject(doc.head)) throw new ResultFormatError('SPARQL JSON results without a head');
  if (typeof doc.boolean === 'boolean') return { kind: 'boolean', value: doc.boolean };
  const vars = doc.head.vars ?? [];
  if (!Array.isArray(vars) || !vars.every((v) => typeof v === 'string')) {
    throw new ResultFormatError('SPARQL JSON head.vars is not a list of names');
  }
  if (!isObject(doc.results) || !Array.isArray(doc.results.bindings)) {
    throw new ResultFormatError('SPARQL JSON results without results.bindings');
  }
  const bindings = doc.results.bindings as unknown[];
  const rows: Record<string, Term>[] = [];
  const limit = Math.min(bindings.length, rowLimit);
  for (let i = 0; i < limit; i++) {
    const binding = bindings[i];
    if (!isObject(binding)) throw new ResultFormatError(`binding ${i + 1} is not an object`);
    const row = newRow();
    for (const name of Object.keys(binding)) row[name] = jsonToTerm(binding[name], i, name);
    rows.push(row);
  }
  return { kind: 'bindings', variables: vars, rows, truncated: bindings.length > limit };
}
