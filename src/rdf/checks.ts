// Checks SHACL cannot express: verbatim quotes, identifier collisions, undescribed project IRIs, provenance.
import type { Quad, Term } from '@rdfjs/types';
import { capIssues, type ValidationIssue } from './issues';
import { statementOrigins } from './statement-origin';
import {
  DCT_IDENTIFIER,
  DCT_IS_PART_OF,
  OKG_CANDIDATE,
  OKG_CITED_AS,
  OKG_CURATION_GRAPH,
  OKG_CURATION_NOTE,
  OKG_PASSAGE,
  OKG_QUOTE,
  OKG_SOURCE_DOCUMENT,
  ID,
  PROJECT_NS,
  PROV_WAS_ATTRIBUTED_TO,
  RDF_TYPE,
  RDFS_COMMENT,
  RDFS_LABEL,
} from './vocab';

/** Returns the text of a source document, by its IRI; undefined when it is not available. */
export type SourceTextLookup = (docIri: string) => string | undefined;

function label(term: Term): string {
  return term.termType === 'BlankNode' ? '_:' + term.value : term.value;
}

/** Subjects that have the given rdf:type anywhere in the dataset. */
function subjectsOfType(quads: readonly Quad[], type: string): Set<string> {
  const result = new Set<string>();
  for (const q of quads) {
    if (q.predicate.value === RDF_TYPE && q.object.value === type && q.object.termType === 'NamedNode')
      result.add(label(q.subject));
  }
  return result;
}

/** Values of one predicate per subject (deduplicated across graphs). */
function valuesBySubject(quads: readonly Quad[], predicate: string): Map<string, Term[]> {
  const result = new Map<string, Term[]>();
  for (const q of quads) {
    if (q.predicate.value !== predicate) continue;
    const key = label(q.subject);
    const list = result.get(key) ?? [];
    if (!list.some((t) => t.equals(q.object))) list.push(q.object);
    result.set(key, list);
  }
  return result;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every passage's `okg:quote` is a verbatim substring of the text of the document it `dcterms:isPartOf`. */
export function checkQuotes(quads: readonly Quad[], sourceText: SourceTextLookup): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const quotes = valuesBySubject(quads, OKG_QUOTE);
  const documents = valuesBySubject(quads, DCT_IS_PART_OF);
  const add = (focus: string, message: string, path = OKG_QUOTE) =>
    issues.push({ severity: 'violation', check: 'quote', focus, path, message });
  for (const passage of [...subjectsOfType(quads, OKG_PASSAGE)].sort()) {
    const passageQuotes = quotes.get(passage) ?? [];
    const docs = documents.get(passage) ?? [];
    if (passageQuotes.length === 0) add(passage, 'passage has no okg:quote');
    if (docs.length === 0) {
      add(passage, 'passage is not dcterms:isPartOf a source document', DCT_IS_PART_OF);
      continue;
    }
    for (const quote of passageQuotes) {
      for (const doc of docs) {
        const text = sourceText(doc.value);
        if (text === undefined) {
          add(passage, `no source text available for document <${doc.value}>`, DCT_IS_PART_OF);
          continue;
        }
        if (quote.value === '') {
          add(passage, 'okg:quote is empty');
          continue;
        }
        if (text.includes(quote.value)) continue;
        const hint = collapse(text).includes(collapse(quote.value)) ? ' (it differs only in whitespace)' : '';
        add(passage, `okg:quote is not a verbatim substring of <${doc.value}>${hint}: "${quote.value.slice(0, 80)}"`);
      }
    }
  }
  return capIssues(issues, 'quote');
}

/**
 * Two entities sharing a `dcterms:identifier` are a violation: an identifier names one document. The form a
 * source cites, where it differs from the record (a typo such as "PC.DEC/577"), belongs on `okg:citedAs`.
 * A cited form that is another document's identifier is reported as a warning, so the reader knows that
 * looking the cited form up finds a different document.
 */
export function checkIdentifierCollisions(quads: readonly Quad[]): ValidationIssue[] {
  const holders = new Map<string, Set<string>>();
  for (const q of quads) {
    if (q.predicate.value !== DCT_IDENTIFIER) continue;
    const set = holders.get(q.object.value) ?? new Set<string>();
    set.add(label(q.subject));
    holders.set(q.object.value, set);
  }
  const issues: ValidationIssue[] = [];
  for (const [identifier, set] of [...holders].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (set.size < 2) continue;
    const subjects = [...set].sort();
    issues.push({
      severity: 'violation',
      check: 'identifier-collision',
      focus: subjects[0],
      path: DCT_IDENTIFIER,
      message: `identifier "${identifier}" is shared by ${subjects.map((s) => `<${s}>`).join(', ')}; give each the identifier of its record, and put a source's differing form on okg:citedAs`,
    });
  }
  const seen = new Set<string>();
  for (const q of quads) {
    if (q.predicate.value !== OKG_CITED_AS) continue;
    const key = `${label(q.subject)} ${q.object.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const others = [...(holders.get(q.object.value) ?? [])].filter((s) => s !== label(q.subject)).sort();
    if (others.length === 0) continue;
    issues.push({
      severity: 'warning',
      check: 'identifier-collision',
      focus: label(q.subject),
      path: OKG_CITED_AS,
      message: `<${label(q.subject)}> is cited as "${q.object.value}", the identifier of ${others.map((s) => `<${s}>`).join(', ')} (noted: the record's identifier is kept apart)`,
    });
  }
  return capIssues(issues, 'identifier-collision');
}

/** Project IRIs (`https://w3id.org/osce-kg/...`) used somewhere but never given an rdf:type or rdfs:label. */
export function checkUndescribedIris(quads: readonly Quad[]): ValidationIssue[] {
  const described = new Set<string>();
  const used = new Map<string, number>();
  const use = (term: Term) => {
    if (term.termType === 'NamedNode' && term.value.startsWith(PROJECT_NS))
      used.set(term.value, (used.get(term.value) ?? 0) + 1);
  };
  for (const q of quads) {
    if ((q.predicate.value === RDF_TYPE || q.predicate.value === RDFS_LABEL) && q.subject.termType === 'NamedNode')
      described.add(q.subject.value);
    use(q.subject);
    use(q.predicate);
    use(q.object);
    use(q.graph);
  }
  const issues: ValidationIssue[] = [];
  for (const [iri, count] of [...used].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (described.has(iri)) continue;
    issues.push({
      severity: 'violation',
      check: 'undescribed-iri',
      focus: iri,
      message: `<${iri}> is used ${count} time(s) but has no rdf:type or rdfs:label (a typo?)`,
    });
  }
  return capIssues(issues, 'undescribed-iri');
}

/**
 * Every statement about a project entity (`https://w3id.org/osce-kg/id/...`), other than the descriptions
 * of passages, source documents, curation graphs and their curators, sits either in the named graph of an `okg:Passage`
 * that has an `okg:quote`, or in an `okg:CurationGraph` that says who curated it (`prov:wasAttributedTo`)
 * and by which rule (`rdfs:comment`). A curator's note (`okg:curationNote`) sits in a curation graph only,
 * never in the graph of a passage quoting a document.
 */
export function checkProvenance(quads: readonly Quad[]): ValidationIssue[] {
  const passages = subjectsOfType(quads, OKG_PASSAGE);
  const documents = subjectsOfType(quads, OKG_SOURCE_DOCUMENT);
  const curationGraphs = subjectsOfType(quads, OKG_CURATION_GRAPH);
  const origins = statementOrigins(quads);
  const quoted = new Set<string>();
  const attributed = new Set<string>();
  const ruled = new Set<string>();
  const curators = new Set<string>();
  for (const q of quads) {
    const subject = label(q.subject);
    if (q.predicate.value === OKG_QUOTE && passages.has(subject)) quoted.add(subject);
    if (q.predicate.value === PROV_WAS_ATTRIBUTED_TO && curationGraphs.has(subject)) {
      attributed.add(subject);
      curators.add(label(q.object));
    }
    if (q.predicate.value === RDFS_COMMENT && curationGraphs.has(subject)) ruled.add(subject);
  }
  const issues: ValidationIssue[] = [];
  const add = (focus: string, path: string, message: string) =>
    issues.push({ severity: 'violation', check: 'provenance', focus, path, message });
  for (const q of quads) {
    if (q.subject.termType !== 'NamedNode' || !q.subject.value.startsWith(ID)) continue;
    const subject = q.subject.value;
    if (passages.has(subject) || documents.has(subject) || curationGraphs.has(subject) || curators.has(subject))
      continue;
    const statement = `<${subject}> <${q.predicate.value}> ${q.object.termType === 'Literal' ? JSON.stringify(q.object.value.slice(0, 60)) : label(q.object)}`;
    const graph = label(q.graph);
    const origin = origins.originOf(q.graph);
    if (q.graph.termType === 'DefaultGraph') {
      add(subject, q.predicate.value, `statement is not in any passage or curation graph: ${statement}`);
    } else if (origin === 'curation') {
      if (!attributed.has(graph) || !ruled.has(graph)) {
        add(
          subject,
          q.predicate.value,
          `statement sits in curation graph <${graph}>, which lacks prov:wasAttributedTo or an rdfs:comment stating its rule: ${statement}`,
        );
      }
    } else if (q.predicate.value === OKG_CURATION_NOTE) {
      add(
        subject,
        q.predicate.value,
        `a curator's note sits in graph <${graph}>, a passage graph; notes belong in a curation graph: ${statement}`,
      );
    } else if (!quoted.has(graph)) {
      const why = passages.has(graph)
        ? 'a passage without okg:quote'
        : 'neither an okg:Passage nor an okg:CurationGraph';
      add(subject, q.predicate.value, `statement sits in graph <${graph}>, ${why}: ${statement}`);
    }
  }
  return capIssues(issues, 'provenance');
}

/**
 * Nothing unreviewed is published: a graph marked `okg:candidate true` (what `osce-kg ingest` drafts) must be
 * accepted (its statements moved into a passage graph) or rejected (dropped) first.
 */
export function checkCandidates(quads: readonly Quad[]): ValidationIssue[] {
  const candidates = new Set<string>();
  for (const q of quads) {
    if (q.predicate.value === OKG_CANDIDATE && q.object.termType === 'Literal' && q.object.value === 'true')
      candidates.add(label(q.subject));
  }
  const issues: ValidationIssue[] = [...candidates].sort().map((focus) => ({
    severity: 'violation' as const,
    check: 'candidate',
    focus,
    path: OKG_CANDIDATE,
    message:
      'unreviewed candidate from osce-kg ingest: accept or reject it in the explorer (Import the draft, then Review) before publishing',
  }));
  return capIssues(issues, 'candidate');
}
