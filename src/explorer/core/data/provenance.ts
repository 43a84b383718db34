// Provenance index over the quads: each passage's quote, document and origin, each curation graph's rule, each
// document's text file.
import type { Quad } from '@rdfjs/types';
import { statementOrigins, type StatementOrigin } from '../../../rdf/statement-origin';
import { DCT_IS_PART_OF, OKG_QUOTE, OKG_TEXT_FILE, RDFS_COMMENT, RDFS_LABEL } from '../../../rdf/vocab';

export interface PassageInfo {
  iri: string;
  quote: string;
  /** IRI of the source document the passage is part of, if stated. */
  document: string | null;
  /** Said by the source, taken from a reference, added by curation (then `rule` says how), or unknown. */
  origin?: StatementOrigin;
  /** For a curation graph: the rule that produced its statements (its rdfs:comment). Never a quote. */
  rule?: string;
}

export interface DocumentInfo {
  iri: string;
  /** Path relative to graph-data/ ("sources/x.txt"), if stated. */
  textFile: string | null;
  label: string | null;
}

export interface ProvenanceIndex {
  passages: Map<string, PassageInfo>;
  /** Curation graphs (okg:CurationGraph), with their rule; their statements quote nothing. */
  curation: Map<string, PassageInfo>;
  documents: Map<string, DocumentInfo>;
}

function termValue(quad: Quad, part: 'subject' | 'object'): string {
  const term = quad[part];
  return term.termType === 'BlankNode' ? '_:' + term.value : term.value;
}

export function buildProvenanceIndex(quads: readonly Quad[]): ProvenanceIndex {
  const passages = new Map<string, PassageInfo>();
  const documents = new Map<string, DocumentInfo>();
  const passage = (iri: string): PassageInfo => {
    let p = passages.get(iri);
    if (!p) passages.set(iri, (p = { iri, quote: '', document: null }));
    return p;
  };
  const doc = (iri: string): DocumentInfo => {
    let d = documents.get(iri);
    if (!d) documents.set(iri, (d = { iri, textFile: null, label: null }));
    return d;
  };
  const partOf: [string, string][] = [];
  for (const q of quads) {
    const p = q.predicate.value;
    if (p === OKG_QUOTE && q.object.termType === 'Literal') passage(termValue(q, 'subject')).quote = q.object.value;
    else if (p === OKG_TEXT_FILE && q.object.termType === 'Literal')
      doc(termValue(q, 'subject')).textFile = q.object.value;
    else if (p === DCT_IS_PART_OF && q.object.termType !== 'Literal')
      partOf.push([termValue(q, 'subject'), termValue(q, 'object')]);
  }
  for (const [s, o] of partOf) {
    const p = passages.get(s);
    if (p) p.document = o;
  }
  const origins = statementOrigins(quads);
  for (const p of passages.values()) p.origin = origins.originOf(p.iri);
  const curation = new Map<string, PassageInfo>();
  for (const q of quads) {
    if (q.predicate.value === RDFS_LABEL && q.object.termType === 'Literal') {
      const d = documents.get(termValue(q, 'subject'));
      if (d && d.label === null) d.label = q.object.value;
    }
    if (
      q.predicate.value === RDFS_COMMENT &&
      q.object.termType === 'Literal' &&
      q.subject.termType === 'NamedNode' &&
      origins.originOf(q.subject.value) === 'curation' &&
      !curation.has(q.subject.value)
    ) {
      curation.set(q.subject.value, {
        iri: q.subject.value,
        quote: '',
        document: null,
        origin: 'curation',
        rule: q.object.value,
      });
    }
  }
  return { passages, curation, documents };
}

/** Where a quote sits in a text: exact first, else with any run of whitespace matching any other. */
export function locateQuote(text: string, quote: string): { start: number; end: number } | null {
  const q = quote.trim();
  if (q === '') return null;
  const at = text.indexOf(q);
  if (at >= 0) return { start: at, end: at + q.length };
  const pattern = q
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const m = new RegExp(pattern).exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}
