// Reviewing an imported draft in the Read panel: each candidate with Accept / Reject, and the reviewed TriG to download.
import { localName } from '../../../kg/labels';
import { OA, SELECTOR_NS } from '../../../ingest/draft';
import { applyReview, draftedDocuments, draftOf, listCandidates, type Candidate, type ReviewDecision } from '../../../ingest/review';
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

  const describe = (c: Candidate): string => c.statements
    .filter((q) => q.predicate.value.endsWith('#type') === false)
    .map((q) => `${label(q.subject.value)} — ${localName(q.predicate.value)} — ${q.object.termType === 'Literal' ? `“${q.object.value}”` : label(q.object.value)}`)
    .join('; ');

  const download = async () => {
    if (!documentIri) return;
    const reviewed = applyReview(draftOf(context.getQuads(), documentIri), decisions);
    const trig = await serializeRdf(reviewed, 'trig', { prefixes: { ...PREFIXES, oa: OA, sel: SELECTOR_NS } });
    const url = URL.createObjectURL(new Blob([trig], { type: 'application/trig' }));
    const a = h('a', { attrs: { href: url, download: `${localName(documentIri).replace(/^source-/, '')}.reviewed.trig` } });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const refresh = () => {
    clear(element);
    const quads = context.getQuads();
    const docs = draftedDocuments(quads);
    documentIri = docs[0] ?? null;
    if (!documentIri) {
      element.setAttribute('hidden', '');
      return;
    }
    element.removeAttribute('hidden');
    const quoteOf = new Map(quads.filter((q) => q.predicate.value === OKG_QUOTE).map((q) => [q.subject.value, q.object.value]));
    const candidates = listCandidates(draftOf(quads, documentIri));
    const accepted = candidates.filter((c) => decisions.get(c.graph) === 'accept').length;
    const rejected = candidates.filter((c) => decisions.get(c.graph) === 'reject').length;
    element.append(
      h('h3', { text: `Draft: ${label(documentIri)}` }),
      h('p', { class: 'reader-review-summary', attrs: { role: 'status' }, text: `${candidates.length} candidates: ${accepted} accepted, ${rejected} rejected, ${candidates.length - accepted - rejected} to review. Unreviewed candidates stay out of the published graph (validate refuses them).` }),
      h('ol', { class: 'reader-review-list' }, candidates.map((c) => {
        const decision = decisions.get(c.graph);
        const button = (value: ReviewDecision, text: string) => h('button', {
          class: `small-button reader-review-${value}`,
          attrs: { type: 'button', 'aria-pressed': String(decision === value), 'aria-label': `${text}: ${describe(c)}` },
          text,
          on: { click: () => { if (decisions.get(c.graph) === value) decisions.delete(c.graph); else decisions.set(c.graph, value); refresh(); } },
        });
        return h('li', { class: `reader-candidate${decision ? ` reader-candidate-${decision}` : ''}`, attrs: { 'data-graph': c.graph } }, [
          h('span', { class: 'reader-candidate-what', text: `${c.isEntity ? 'New entity: ' : ''}${describe(c)}` }),
          c.cue ? h('span', { class: 'reader-candidate-cue', text: ` (cue: “${c.cue}”)` }) : null,
          c.passage && quoteOf.has(c.passage) ? h('q', { class: 'reader-candidate-quote', text: quoteOf.get(c.passage) }) : null,
          h('span', { class: 'reader-candidate-actions' }, [button('accept', 'Accept'), button('reject', 'Reject')]),
        ]);
      })),
      h('button', { class: 'small-button reader-review-download', attrs: { type: 'button' }, text: 'Download reviewed TriG', on: { click: () => void download() } }),
    );
  };
  return { element, refresh };
}
