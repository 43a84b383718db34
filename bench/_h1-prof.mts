// Children breakdown under a frame name, from /tmp/osce-kg-large.cpuprofile using dist/ source maps.
import { readFileSync, readdirSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
const p = JSON.parse(readFileSync('/tmp/osce-kg-large.cpuprofile', 'utf8'));
const maps = new Map<string, SourceMapConsumer | null>();
const name = (n: any): string => {
  const { functionName, url, lineNumber, columnNumber } = n.callFrame;
  const file = url.split('/').pop();
  if (!maps.has(file)) {
    try { maps.set(file, new SourceMapConsumer(JSON.parse(readFileSync(`dist/assets/${file}.map`, 'utf8')))); } catch { maps.set(file, null); }
  }
  const m = maps.get(file);
  if (!m) return `${functionName} ${file}:${lineNumber}`;
  const at = m.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
  return `${at.name ?? functionName} ${(at.source ?? '').replace(/^.*node_modules\//, '')}:${at.line}`;
};
const byId = new Map(p.nodes.map((n: any) => [n.id, n]));
const selfT = new Map<number, number>();
for (let i = 0; i < p.samples.length; i++) selfT.set(p.samples[i], (selfT.get(p.samples[i]) ?? 0) + (p.timeDeltas[i + 1] ?? 0) / 1000);
const incl = (n: any): number => (selfT.get(n.id) ?? 0) + (n.children ?? []).reduce((a: number, c: number) => a + incl(byId.get(c)), 0);
const target = process.argv[2];
const agg = new Map<string, number>();
const walk = (n: any, depth: number, inside: boolean) => {
  const nm = name(n);
  const here = inside || nm.includes(target);
  if (!inside && here) {
    for (const c of n.children ?? []) { const cn: any = byId.get(c); agg.set(name(cn), (agg.get(name(cn)) ?? 0) + incl(cn)); }
    agg.set('(self)', (agg.get('(self)') ?? 0) + (selfT.get(n.id) ?? 0));
    return;
  }
  for (const c of n.children ?? []) walk(byId.get(c), depth + 1, here);
};
walk(p.nodes[0], 0, false);
console.log([...agg].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(0).padStart(7)} ${k}`).join('\n'));
