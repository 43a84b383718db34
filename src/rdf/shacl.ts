// SHACL validation of a dataset (union of its graphs) against shapes, with the shacl-engine package.
import type { DataFactory as RdfDataFactory, DatasetCore, Quad, Term } from '@rdfjs/types';
import { DataFactory, Store } from 'n3';
import { Validator, type ShaclPathStep } from 'shacl-engine';
import { toDefaultGraph } from './serialize';
import { NS } from './vocab';

export type Severity = 'violation' | 'warning' | 'info';

export interface ShaclResult {
  severity: Severity;
  /** The focus node: an IRI, or `_:label` for a blank node. */
  focus: string;
  /** The result path as a SPARQL property path, when the constraint has one. */
  path?: string;
  /** The offending value: an IRI, `_:label`, or a quoted literal. */
  value?: string;
  message: string;
  /** The constraint component, e.g. `sh:MinCountConstraintComponent`. */
  constraint: string;
  /** The shape that reported it: an IRI or `_:label`. */
  shape?: string;
}

const factory = {
  ...DataFactory,
  dataset: (quads?: Iterable<unknown>) =>
    new Store(quads ? [...(quads as Iterable<Quad>)] : []) as unknown as DatasetCore,
} as unknown as RdfDataFactory & { dataset(quads?: Iterable<unknown>): DatasetCore };

function termLabel(term: Term | undefined): string {
  if (!term) return '';
  if (term.termType === 'BlankNode') return '_:' + term.value;
  if (term.termType === 'Literal')
    return (
      JSON.stringify(term.value) +
      (term.language
        ? '@' + term.language
        : term.datatype.value === NS.xsd + 'string'
          ? ''
          : '^^<' + term.datatype.value + '>')
    );
  return term.value;
}

function shorten(iri: string): string {
  return iri.startsWith(NS.sh) ? 'sh:' + iri.slice(NS.sh.length) : iri;
}

function pathToString(path: ShaclPathStep[]): string {
  return path
    .map((step) => {
      const alternatives = step.predicates.map((p) => `<${p.value}>`).join('|');
      const base = step.predicates.length > 1 ? `(${alternatives})` : alternatives;
      const inverse = step.start === 'object' ? '^' + base : base;
      const suffix =
        step.quantifier === 'oneOrMore'
          ? '+'
          : step.quantifier === 'zeroOrMore'
            ? '*'
            : step.quantifier === 'zeroOrOne'
              ? '?'
              : '';
      return inverse + suffix;
    })
    .join('/');
}

function severityOf(term: Term): Severity {
  if (term.value === NS.sh + 'Warning') return 'warning';
  if (term.value === NS.sh + 'Info') return 'info';
  return 'violation';
}

/** Validates the union of the data's graphs against the shapes; an empty list means the data conforms. */
export async function validateShacl(data: readonly Quad[], shapes: readonly Quad[]): Promise<ShaclResult[]> {
  // One triple in several passage graphs is one statement for SHACL (sh:maxCount must not count it twice)
  const dataset = new Store(toDefaultGraph(data)) as unknown as DatasetCore;
  // SPARQL-based constraints and targets need Comunica: load that only for shapes that use them
  const usesSparql = shapes.some(
    (q) => q.predicate.value === NS.sh + 'sparql' || q.predicate.value === NS.sh + 'target',
  );
  const sparql = usesSparql ? await import('shacl-engine/sparql.js') : undefined;
  const validator = new Validator(new Store([...shapes]), {
    factory,
    validations: sparql?.validations,
    targetResolvers: sparql?.targetResolvers,
  });
  const report = await validator.validate({ dataset });
  return report.results.map((result) => {
    const message = result.message.map((m) => m.value).join(' ') || shorten(result.constraintComponent.value);
    const item: ShaclResult = {
      severity: severityOf(result.severity),
      focus: termLabel(result.focusNode.term ?? result.focusNode.terms[0]),
      message,
      constraint: shorten(result.constraintComponent.value),
      shape: termLabel(result.shape.ptr.term),
    };
    if (result.path && result.path.length > 0) item.path = pathToString(result.path);
    const value = result.value?.term ?? result.value?.terms[0];
    if (value) item.value = termLabel(value);
    return item;
  });
}
