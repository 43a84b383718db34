// Reviewing an imported draft in the Read panel: each candidate with Accept / Reject, and the reviewed TriG to
// download.
import type { Quad } from '@rdfjs/types';
import { localName } from '../../../kg/labels';
import { OA, SELECTOR_NS } from '../../../ingest/draft';
import {
  applyReview,
  draftedDocuments,
  draftOf,
  listCandidates,
  type Candidate,
  type ReviewDecision,
} from '../../../ingest/review';
import { serializeRdf } from '../../../rdf/serialize';
import { OKG_QUOTE, PREFIXES } from '../../../rdf/vocab';
import type { ExplorerContext } from '../../context';
import { clear, h } from '../../ui/dom';

export interface ReviewSection {
  element: HTMLElement;
  refresh(): void;
}

/** The section stays hidden until the data holds a draft (import one made by `osce-kg ingest`). */
export function createReviewSection(context: ExplorerContext, label: (iri: string) => string): ReviewSection {
  const element = h('section', { class: 'reader-review', attrs: { 'aria-label': 'Review a draft', hidden: '' } });
  const decisions = new Map<string, ReviewDecision>();
  let documentIri: string | null = null;

  const toggle = (graph: string, value: ReviewDecision): void => {
    if (decisions.get(graph) === value) decisions.delete(graph);
    else decisions.set(graph, value);
    refresh();
  };

  const refresh = (): void => {
    clear(element);
    const quads = context.getQuads();
    documentIri = draftedDocuments(quads)[0] ?? null;
    if (!documentIri) {
      element.setAttribute('hidden', '');
      return;
    }
    element.removeAttribute('hidden');
    const draftIri = documentIri;
    const quoteOf = new Map(
      quads.filter((q) => q.predicate.value === OKG_QUOTE).map((q) => [q.subject.value, q.object.value]),
    );
    const candidates = listCandidates(draftOf(quads, draftIri));
    element.append(
      h('h3', { text: `Draft: ${label(draftIri)}` }),
      h('p', { class: 'reader-review-summary', attrs: { role: 'status' }, text: reviewSummary(candidates, decisions) }),
      h(
        'ol',
        { class: 'reader-review-list' },
        candidates.map((c) => candidateItem(c, decisions.get(c.graph), describeCandidate(c, label), quoteOf, toggle)),
      ),
      h('button', {
        class: 'small-button reader-review-download',
        attrs: { type: 'button' },
        text: 'Download reviewed TriG',
        on: { click: () => void downloadReviewed(context.getQuads(), draftIri, decisions) },
      }),
    );
  };
  return { element, refresh };
}

/** A candidate's statements as "subject — relation — object" sentences (its rdf:type statements left out). */
function describeCandidate(c: Candidate, label: (iri: string) => string): string {
  return c.statements
    .filter((q) => q.predicate.value.endsWith('#type') === false)
    .map(
      (q) =>
        `${label(q.subject.value)} — ${localName(q.predicate.value)} — ${q.object.termType === 'Literal' ? `“${q.object.value}”` : label(q.object.value)}`,
    )
    .join('; ');
}

function reviewSummary(candidates: Candidate[], decisions: Map<string, ReviewDecision>): string {
  const accepted = candidates.filter((c) => decisions.get(c.graph) === 'accept').length;
  const rejected = candidates.filter((c) => decisions.get(c.graph) === 'reject').length;
  const open = candidates.length - accepted - rejected;
  return `${candidates.length} candidates: ${accepted} accepted, ${rejected} rejected, ${open} to review. Unreviewed candidates stay out of the published graph (validate refuses them).`;
}

/** One candidate: what it says, its cue and quote, and Accept / Reject as toggle buttons. */
function candidateItem(
  c: Candidate,
  decision: ReviewDecision | undefined,
  described: string,
  quoteOf: Map<string, string>,
  toggle: (graph: string, value: ReviewDecision) => void,
): HTMLElement {
  const button = (value: ReviewDecision, text: string): HTMLElement =>
    h('button', {
      class: `small-button reader-review-${value}`,
      attrs: { type: 'button', 'aria-pressed': String(decision === value), 'aria-label': `${text}: ${described}` },
      text,
      on: { click: () => toggle(c.graph, value) },
    });
  const quote = c.passage ? quoteOf.get(c.passage) : undefined;
  return h(
    'li',
    { class: `reader-candidate${decision ? ` reader-candidate-${decision}` : ''}`, attrs: { 'data-graph': c.graph } },
    [
      h('span', { class: 'reader-candidate-what', text: `${c.isEntity ? 'New entity: ' : ''}${described}` }),
      c.cue ? h('span', { class: 'reader-candidate-cue', text: ` (cue: “${c.cue}”)` }) : null,
      quote !== undefined ? h('q', { class: 'reader-candidate-quote', text: quote }) : null,
      h('span', { class: 'reader-candidate-actions' }, [button('accept', 'Accept'), button('reject', 'Reject')]),
    ],
  );
}

/** Writes the reviewed draft (accepted candidates in, rejected ones out) as TriG and offers it for download. */
async function downloadReviewed(
  quads: Quad[],
  documentIri: string,
  decisions: Map<string, ReviewDecision>,
): Promise<void> {
  const reviewed = applyReview(draftOf(quads, documentIri), decisions);
  const trig = await serializeRdf(reviewed, 'trig', { prefixes: { ...PREFIXES, oa: OA, sel: SELECTOR_NS } });
  const url = URL.createObjectURL(new Blob([trig], { type: 'application/trig' }));
  const a = h('a', {
    attrs: { href: url, download: `${localName(documentIri).replace(/^source-/, '')}.reviewed.trig` },
  });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
