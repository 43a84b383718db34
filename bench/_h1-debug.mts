import { writeFileSync } from 'node:fs';
import { openExplorer } from '/work/main/tests/e2e/harness';
import { syntheticNTriples } from '/work/main/tests/e2e/explorer-large-import';
const n = Number(process.argv[2] ?? 10000), e = Number(process.argv[3] ?? 40000);
writeFileSync('/tmp/h1-dbg.nt', syntheticNTriples(n, e));
const app = await openExplorer();
const { page } = app;
page.on('console', (m) => console.log('console:', m.type(), m.text().slice(0, 300)));
page.on('pageerror', (err) => console.log('pageerror:', err.message));
await page.getByRole('tab', { name: 'Import' }).click();
await page.getByLabel('Replace the current graph').check();
const t0 = Date.now();
await page.getByLabel('Import RDF file').setInputFiles('/tmp/h1-dbg.nt');
for (let i = 0; i < 60; i++) {
  await page.waitForTimeout(3000);
  const s = await page.evaluate(() => {
    const p = document.querySelector<HTMLElement>('.import-panel')!;
    return `${p.dataset.importState} | ${p.querySelector('.import-status')?.textContent} | ${(p.querySelector('progress') as HTMLProgressElement).value} | order=${window.__osceKg?.context.getGraph().order}`;
  });
  console.log(((Date.now() - t0) / 1000).toFixed(0), s);
  if (s.startsWith('done') || s.startsWith('error')) break;
}
console.log(app.errors);
await app.close();
