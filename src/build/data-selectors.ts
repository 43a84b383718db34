// `npm run data:selectors`: regenerates graph-data/selectors.trig (passage positions) from the passages and source
// texts.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GRAPH_DATA_DIR, loadBundledData, readSourceTexts } from '../node/bundled';
import { selectorsFile } from '../rdf/selectors-file';

export const SELECTORS_FILE = join(GRAPH_DATA_DIR, 'selectors.trig');

async function main(): Promise<void> {
  const data = await loadBundledData();
  const result = selectorsFile(data, await readSourceTexts(data));
  await writeFile(SELECTORS_FILE, result.trig);
  for (const p of result.ambiguous)
    process.stderr.write(
      `warning: the quote of <${p}> occurs more than once; took the first occurrence (edit its oa:start/oa:end in selectors.trig to pick another; the generator keeps it)\n`,
    );
  for (const p of result.skipped)
    process.stderr.write(`warning: <${p}> has no quote found in its source text (osce-kg validate says why)\n`);
  process.stdout.write(
    `graph-data/selectors.trig: ${result.trig.split('\n').filter((l) => l.includes('a oa:SpecificResource')).length} passages\n`,
  );
}

await main();
