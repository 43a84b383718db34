// `osce-kg ingest FILE`: drafts passages, mentions and candidate statements from a new document, as TriG.
import { draftTrig } from '../../ingest/draft';
import { ingestText } from '../../ingest/ingest';
import { knownDocumentHashes } from '../../ingest/known-documents';
import { decodeDocument } from '../../ingest/text-input';
import { loadBundledData, readSourceTexts } from '../../node/bundled';
import { readSourceFile } from '../../node/files';
import { parseCommand, stringOption, UsageError } from '../args';
import { emit, writeStderr } from '../output';

export async function runIngest(argv: string[]): Promise<number> {
  const parsed = parseCommand('ingest', argv, { 'source-id': { type: 'string' }, out: { type: 'string', short: 'o' } });
  const [path, ...others] = parsed.positionals;
  if (path === undefined || others.length > 0) throw new UsageError('give exactly one FILE to ingest', 'ingest');
  // A document, not RDF: decodeDocument says what is wrong with a binary file in ingest's own words
  const file = await readSourceFile(path, { checkRdf: false });
  const text = decodeDocument(file.content, file.name);
  const graph = await loadBundledData();
  const knownHashes = await knownDocumentHashes(graph, await readSourceTexts(graph));
  const result = await ingestText({
    text,
    fileName: file.name,
    sourceId: stringOption(parsed, 'source-id'),
    graph,
    knownHashes,
  });
  // Everything is computed before anything is written: a refused document leaves no file behind
  const trig = await draftTrig(result);
  await emit(trig, stringOption(parsed, 'out'));
  const mentions = result.passages.reduce((n, p) => n + p.mentions.length, 0);
  const candidates = result.passages.reduce((n, p) => n + p.candidates.length, 0);
  writeStderr(
    `osce-kg ingest: ${result.passages.length} passages of ${result.sentenceCount} sentences, ${mentions} mentions, ${candidates} candidate statements (review them in the explorer, then validate)`,
  );
  return 0;
}
