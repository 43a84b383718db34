import * as ox from 'oxigraph';
const n = Number(process.argv[2]);
let lines = [];
for (let i = 0; i < n; i++) lines.push(`<https://w3id.org/osce-kg/id/e${i % (n/10)}> <https://w3id.org/osce-kg/ontology#p${i % 13}> "label ${i}"@en .\n`);
const text = lines.join('');
for (const mode of process.argv.slice(3)) {
  const s = new ox.Store();
  const t = performance.now();
  if (mode === 'notx') s.load(text, { format: 'application/n-quads', no_transaction: true });
  else if (mode === 'tx') s.load(text, { format: 'application/n-quads' });
  else if (mode === 'chunks') { const chunk = 10000; for (let i = 0; i < lines.length; i += chunk) s.load(lines.slice(i, i + chunk).join(''), { format: 'application/n-quads', no_transaction: true }); }
  else if (mode === 'nt') s.load(text, { format: 'application/n-triples', no_transaction: true });
  console.log(mode, n, Math.round(performance.now() - t), s.size);
}
