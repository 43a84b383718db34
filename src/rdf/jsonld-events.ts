// The jsonld library's warnings about data it is about to drop, turned into errors: nothing vanishes without a word.
import { RdfSyntaxError } from './errors';
import { positionOfText } from './jsonld-guard';

export interface JsonLdEvent {
  code: string;
  level: string;
  message: string;
  details?: Record<string, unknown>;
}

/**
 * Warnings that drop nothing a user wrote as data: an empty object, a node with only an `@id` (no statement
 * to make), an explicit null (JSON-LD's way of saying "no value"). Every other warning means a term, an IRI
 * or a value is about to be left out, so it fails the load.
 */
const HARMLESS = new Set(['empty object', 'object with only @id', 'null @id value', 'null @value value']);

/** What each refused warning means to the user, and the detail that names the culprit. */
const EXPLAIN: Record<string, { what: string; detail: string[] }> = {
  'invalid property': {
    what: 'the key does not expand to an IRI (no term or prefix defines it, and no @vocab)',
    detail: ['property'],
  },
  'free-floating scalar': { what: 'a value that belongs to no property', detail: ['value'] },
  'relative @id reference': {
    what: 'not an absolute IRI (a space or another character IRIs cannot hold?)',
    detail: ['id', 'expandedId'],
  },
  'relative @type reference': { what: 'a type that is not an absolute IRI', detail: ['type', 'expandedType'] },
  'relative @vocab reference': { what: '@vocab is not an absolute IRI', detail: ['vocab'] },
  'relative subject reference': { what: 'a subject that is not an absolute IRI', detail: ['subject'] },
  'relative predicate reference': { what: 'a property that is not an absolute IRI', detail: ['predicate'] },
  'relative object reference': { what: 'an object that is not an absolute IRI', detail: ['object'] },
  'relative graph reference': { what: 'a graph name that is not an absolute IRI', detail: ['graph'] },
  'blank node predicate': { what: 'a blank node as a property (RDF does not allow it)', detail: ['property'] },
  'reserved term': { what: 'a term that looks like a keyword ("@…") is ignored by JSON-LD', detail: ['term'] },
  'reserved @id value': { what: 'an @id that looks like a keyword ("@…") is ignored by JSON-LD', detail: ['id'] },
  'reserved @reverse value': {
    what: 'an @reverse that looks like a keyword is ignored by JSON-LD',
    detail: ['reverse'],
  },
  'invalid @language value': {
    what: 'not a well-formed language tag (refused, as Turtle and N-Triples refuse it)',
    detail: ['language'],
  },
  'rdfDirection not set': { what: '@direction has no RDF form here (the literal would lose it)', detail: ['value'] },
};

function culprit(event: JsonLdEvent, names: string[]): string | undefined {
  for (const name of names) {
    const value = event.details?.[name];
    if (typeof value === 'string') return value;
    if (value !== null && typeof value === 'object' && typeof (value as { value?: unknown }).value === 'string')
      return (value as { value: string }).value;
  }
  return undefined;
}

/**
 * An event handler for jsonld's `eventHandler` option that refuses every warning but the harmless ones. It
 * throws, and `refusal()` keeps the error, since the library may wrap what a handler throws.
 */
export function refusingEventHandler(
  text: string,
  file?: string,
): {
  handler: (arg: { event: JsonLdEvent; next: () => void }) => void;
  refusal: () => RdfSyntaxError | undefined;
} {
  let refusal: RdfSyntaxError | undefined;
  return {
    handler: ({ event, next }) => {
      if (event.level !== 'warning' || HARMLESS.has(event.code)) {
        next();
        return;
      }
      const explain = EXPLAIN[event.code];
      const name = explain ? culprit(event, explain.detail) : undefined;
      const at = name !== undefined ? positionOfText(text, JSON.stringify(name)) : { line: 1, column: 1 };
      const reason = `${name !== undefined ? `${JSON.stringify(name)}: ` : ''}${explain?.what ?? event.message} (jsonld: ${event.code})`;
      refusal ??= new RdfSyntaxError(reason, { file, ...at });
      throw refusal;
    },
    refusal: () => refusal,
  };
}
