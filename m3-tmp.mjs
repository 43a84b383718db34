import * as ox from 'oxigraph';
const ID = 'https://w3id.org/osce-kg/id/', OKG = 'https://w3id.org/osce-kg/ontology#';
const n = Number(process.argv[2]);
const out = [];
for (let i = 0; i < n; i++) {
  const s = `<${ID}e${i % (n / 10)}>`;
  if (i % 3 === 0) out.push(`${s} <${OKG}p${i % 13}> <${ID}e${(i * 7919) % (n / 10)}> .\n`);
  else if (i % 3 === 1) out.push(`${s} <http://www.w3.org/2000/01/rdf-schema#label> "label ${i}"@en .\n`);
  else out.push(`${s} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${OKG}C${i % 11}> .\n`);
}
const text = out.join('');
const store = new ox.Store();
let s = performance.now();
store.load(text, { format: 'application/n-quads', no_transaction: true });
console.log(JSON.stringify({ n, loadNoTxMs: Math.round(performance.now() - s), size: store.size }));
const q1 = 'SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY DESC(?n)';
for (let i = 0; i < 3; i++) { s = performance.now(); store.query(q1, { results_format: 'application/sparql-results+json' }); console.log(JSON.stringify({ groupByMs: Math.round(performance.now() - s) })); }
