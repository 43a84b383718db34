// Load/queries timings for the report: warm-up first, then each mode on a fresh store.
import * as ox from 'oxigraph';
const ID = 'https://w3id.org/osce-kg/id/', OKG = 'https://w3id.org/osce-kg/ontology#';
function lines(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const s = `<${ID}e${i % (n / 10)}>`;
    if (i % 3 === 0) out.push(`${s} <${OKG}p${i % 13}> <${ID}e${(i * 7919) % (n / 10)}> .\n`);
    else if (i % 3 === 1) out.push(`${s} <http://www.w3.org/2000/01/rdf-schema#label> "label ${i}"@en .\n`);
    else out.push(`${s} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${OKG}C${i % 11}> .\n`);
  }
  return out.join('');
}
const t = () => performance.now();
const time = (f) => { const s = t(); const r = f(); return [Math.round(t() - s), r]; };
const warm = lines(20000);
for (const notx of [true, false, true, false]) new ox.Store().load(warm, { format: 'application/n-quads', no_transaction: notx });
const q1 = 'SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY DESC(?n)';
const q2 = `SELECT ?c (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s a ?c . ?s ?p ?x . ?x <http://www.w3.org/2000/01/rdf-schema#label> ?o } GROUP BY ?c`;
for (const n of process.argv.slice(2).map(Number)) {
  const text = lines(n);
  const out = { n };
  let store = new ox.Store();
  [out.loadNoTxMs] = time(() => store.load(text, { format: 'application/n-quads', no_transaction: true }));
  out.size = store.size;
  for (const [name, q] of [['groupBy', q1], ['twoHop', q2]]) {
    store.query(q);
    [out[name + 'Ms']] = time(() => store.query(q));
    [out[name + 'JsonMs']] = time(() => store.query(q, { results_format: 'application/sparql-results+json' }));
  }
  store = undefined;
  if (n <= 100000) {
    const s2 = new ox.Store();
    [out.loadTxMs] = time(() => s2.load(text, { format: 'application/n-quads' }));
    const parsed = ox.parse(text, { format: 'application/n-quads' });
    const s3 = new ox.Store();
    [out.addMs] = time(() => { for (const q of parsed) s3.add(q); });
  }
  console.log(JSON.stringify(out));
}
