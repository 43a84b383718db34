// Test helper: runs shacl-engine (SHACL Core) over quads, with an n3 Store as the RDF/JS dataset.
import { DataFactory, Store, type Quad } from 'n3';
import { Validator } from 'shacl-engine';

const factory = { ...DataFactory, dataset: (quads?: Iterable<unknown>) => new Store([...(quads ?? [])] as Quad[]) };

export interface ShaclViolation {
  focus: string;
  path: string;
  message: string;
}

/** Validates the union of all graphs of `data` against `shapes`; returns the violations. */
export async function shaclViolations(data: Quad[], shapes: Quad[]): Promise<ShaclViolation[]> {
  const union = new Store(data.map((q) => DataFactory.quad(q.subject, q.predicate, q.object)));
  const validator = new Validator(new Store(shapes), { factory });
  const report = await validator.validate({ dataset: union });
  return report.results.map((r) => ({
    focus: r.focusNode.term?.value ?? '',
    path: r.path?.[0]?.predicates.map((p) => p.value).join('|') ?? '',
    message: r.message.map((m) => m.value).join(' '),
  }));
}
