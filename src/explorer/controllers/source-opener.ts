// Opens the source viewer on a passage: its document's text with the quote highlighted, or the quote alone without the text.
import type { SourceViewer } from '../ui/source-viewer';
import type { CurrentData } from './current-data';

export function showPassageInSource(data: Pick<CurrentData, 'provenance' | 'passageText'>, viewer: Pick<SourceViewer, 'show'>, passageIri: string): void {
  const passage = data.provenance.passages.get(passageIri);
  if (!passage) return;
  const doc = passage.document ? data.provenance.documents.get(passage.document) : undefined;
  viewer.show(doc?.label ?? 'Source document', data.passageText(passageIri) ?? passage.quote, passage.quote);
}
