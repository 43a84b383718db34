// Type declarations for the parts of `shacl-engine` (untyped) that shacl.ts uses.
declare module 'shacl-engine' {
  import type { DataFactory, DatasetCore, Term } from '@rdfjs/types';

  export interface ShaclPathStep {
    quantifier: 'one' | 'oneOrMore' | 'zeroOrMore' | 'zeroOrOne';
    start: 'subject' | 'object';
    predicates: Term[];
  }

  export interface ShaclEngineResult {
    severity: Term;
    focusNode: { term?: Term; terms: Term[] };
    path?: ShaclPathStep[];
    value?: { term?: Term; terms: Term[] };
    message: Term[];
    constraintComponent: Term;
    shape: { ptr: { term?: Term } };
  }

  export interface ShaclEngineReport {
    conforms: boolean;
    results: ShaclEngineResult[];
  }

  export class Validator {
    constructor(
      shapes: DatasetCore,
      options: {
        factory: DataFactory & { dataset(quads?: Iterable<unknown>): DatasetCore };
        validations?: Map<unknown, unknown>;
        targetResolvers?: Map<unknown, unknown>;
      },
    );
    validate(
      data: { dataset: DatasetCore; terms?: Iterable<Term> },
      shapes?: { terms?: Iterable<Term> },
    ): Promise<ShaclEngineReport>;
  }
}

declare module 'shacl-engine/sparql.js' {
  export const validations: Map<unknown, unknown>;
  export const targetResolvers: Map<unknown, unknown>;
}
