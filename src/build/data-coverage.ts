// `npm run data:coverage`: regenerates each source's coverage table (sources/x.coverage.tsv), keeping the notes written
// in it.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { coverageTablePath, GRAPH_DATA_DIR, loadBundledData, readSourceTexts } from '../node/bundled';
import { buildCoverageTable, formatCoverageTable, parseCoverageTable, passageSpans } from '../rdf/coverage';
import { OKG_TEXT_FILE } from '../rdf/vocab';

async function main(): Promise<void> {
  const data = await loadBundledData();
  const sourceText = await readSourceTexts(data);
  for (const q of data) {
    if (q.predicate.value !== OKG_TEXT_FILE || !q.object.value.endsWith('.txt')) continue;
    const text = sourceText(q.subject.value);
    if (text === undefined) continue;
    const path = resolve(GRAPH_DATA_DIR, coverageTablePath(q.object.value));
    const old = await readFile(path, 'utf8').catch(() => undefined);
    const previous = old === undefined ? [] : parseCoverageTable(old, path);
    const rows = buildCoverageTable(text, passageSpans(data, q.subject.value, text), previous);
    await writeFile(path, formatCoverageTable(rows));
    const cited = rows.filter((r) => r.passages.length > 0).length;
    const open = rows.filter((r) => r.passages.length === 0 && r.note === '').length;
    process.stdout.write(
      `graph-data/${coverageTablePath(q.object.value)}: ${rows.length} units, ${cited} cited, ${open} without passage or note\n`,
    );
  }
}

await main();
