// Checks SHACL cannot express: verbatim quotes, identifier collisions, undescribed project IRIs, provenance.
import type { Quad, Term } from '@rdfjs/types';
import { capIssues, type ValidationIssue } from './issues';
import {
  DCT_IDENTIFIER, DCT_IS_PART_OF, OKG_CURATION_NOTE, OKG_PASSAGE, OKG_QUOTE, OKG_SOURCE_DOCUMENT,
  ID, OKG_CANDIDATE, PROJECT_NS, RDF_TYPE, RDFS_LABEL,
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
    if (q.predicate.value === RDF_TYPE && q.object.value === type && q.object.termType === 'NamedNode') result.add(label(q.subject));
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
  const add = (focus: string, message: string, path = OKG_QUOTE) => issues.push({ severity: 'violation', check: 'quote', focus, path, message });
  for (const passage of [...subjectsOfType(quads, OKG_PASSAGE)].sort()) {
    const passageQuotes = quotes.get(passage) ?? [];
    const docs = documents.get(passage) ?? [];
    if (passageQuotes.length === 0) add(passage, 'passage has no okg:quote');
    if (docs.length === 0) { add(passage, 'passage is not dcterms:isPartOf a source document', DCT_IS_PART_OF); continue; }
    for (const quote of passageQuotes) {
      for (const doc of docs) {
        const text = sourceText(doc.value);
        if (text === undefined) { add(passage, `no source text available for document <${doc.value}>`, DCT_IS_PART_OF); continue; }
        if (quote.value === '') { add(passage, 'okg:quote is empty'); continue; }
        if (text.includes(quote.value)) continue;
        const hint = collapse(text).includes(collapse(quote.value)) ? ' (it differs only in whitespace)' : '';
        add(passage, `okg:quote is not a verbatim substring of <${doc.value}>${hint}: "${quote.value.slice(0, 80)}"`);
      }
    }
  }
  return capIssues(issues, 'quote');
}

/** Two entities sharing a `dcterms:identifier`: a violation, or a warning when both carry an `okg:curationNote`. */
export function checkIdentifierCollisions(quads: readonly Quad[]): ValidationIssue[] {
  const holders = new Map<string, Set<string>>();
  for (const q of quads) {
    if (q.predicate.value !== DCT_IDENTIFIER) continue;
    const set = holders.get(q.object.value) ?? new Set<string>();
    set.add(label(q.subject));
    holders.set(q.object.value, set);
  }
  const noted = new Set<string>();
  for (const q of quads) if (q.predicate.value === OKG_CURATION_NOTE) noted.add(label(q.subject));
  const issues: ValidationIssue[] = [];
  for (const [identifier, set] of [...holders].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (set.size < 2) continue;
    const subjects = [...set].sort();
    const allNoted = subjects.every((s) => noted.has(s));
    issues.push({
      severity: allNoted ? 'warning' : 'violation',
      check: 'identifier-collision',
      focus: subjects[0],
      path: DCT_IDENTIFIER,
      message: `identifier "${identifier}" is shared by ${subjects.map((s) => `<${s}>`).join(', ')}`
        + (allNoted ? ' (noted by okg:curationNote)' : '; give each its own identifier, or explain with okg:curationNote on each'),
    });
  }
  return capIssues(issues, 'identifier-collision');
}

/** Project IRIs (`https://w3id.org/osce-kg/...`) used somewhere but never given an rdf:type or rdfs:label. */
export function checkUndescribedIris(quads: readonly Quad[]): ValidationIssue[] {
  const described = new Set<string>();
  const used = new Map<string, number>();
  const use = (term: Term) => {
    if (term.termType === 'NamedNode' && term.value.startsWith(PROJECT_NS)) used.set(term.value, (used.get(term.value) ?? 0) + 1);
  };
  for (const q of quads) {
    if ((q.predicate.value === RDF_TYPE || q.predicate.value === RDFS_LABEL) && q.subject.termType === 'NamedNode') described.add(q.subject.value);
    use(q.subject); use(q.predicate); use(q.object); use(q.graph);
  }
  const issues: ValidationIssue[] = [];
  for (const [iri, count] of [...used].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (described.has(iri)) continue;
    issues.push({ severity: 'violation', check: 'undescribed-iri', focus: iri, message: `<${iri}> is used ${count} time(s) but has no rdf:type or rdfs:label (a typo?)` });
  }
  return capIssues(issues, 'undescribed-iri');
}

/**
 * Every statement about a project entity (`https://w3id.org/osce-kg/id/...`), other than the descriptions
 * of passages and source documents, sits in the named graph of an `okg:Passage` that has an `okg:quote`.
 */
export function checkProvenance(quads: readonly Quad[]): ValidationIssue[] {
  const passages = subjectsOfType(quads, OKG_PASSAGE);
  const documents = subjectsOfType(quads, OKG_SOURCE_DOCUMENT);
  const quoted = new Set<string>();
  for (const q of quads) if (q.predicate.value === OKG_QUOTE && passages.has(label(q.subject))) quoted.add(label(q.subject));
  const issues: ValidationIssue[] = [];
  for (const q of quads) {
    if (q.subject.termType !== 'NamedNode' || !q.subject.value.startsWith(ID)) continue;
    const subject = q.subject.value;
    if (passages.has(subject) || documents.has(subject)) continue;
    const statement = `<${subject}> <${q.predicate.value}> ${q.object.termType === 'Literal' ? JSON.stringify(q.object.value.slice(0, 60)) : label(q.object)}`;
    if (q.graph.termType === 'DefaultGraph') {
      issues.push({ severity: 'violation', check: 'provenance', focus: subject, path: q.predicate.value, message: `statement is not in any passage graph: ${statement}` });
    } else if (!quoted.has(label(q.graph))) {
      const why = passages.has(label(q.graph)) ? 'a passage without okg:quote' : 'not an okg:Passage';
      issues.push({ severity: 'violation', check: 'provenance', focus: subject, path: q.predicate.value, message: `statement sits in graph <${label(q.graph)}>, ${why}: ${statement}` });
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
    if (q.predicate.value === OKG_CANDIDATE && q.object.termType === 'Literal' && q.object.value === 'true') candidates.add(label(q.subject));
  }
  const issues: ValidationIssue[] = [...candidates].sort().map((focus) => ({
    severity: 'violation' as const, check: 'candidate', focus, path: OKG_CANDIDATE,
    message: 'unreviewed candidate from osce-kg ingest: accept or reject it in the explorer (Import the draft, then Review) before publishing',
  }));
  return capIssues(issues, 'candidate');
}
