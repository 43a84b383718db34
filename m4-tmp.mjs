import * as ox from 'oxigraph';
const ID = 'https://w3id.org/osce-kg/id/', OKG = 'https://w3id.org/osce-kg/ontology#';
const n = 1000000, out = [];
for (let i = 0; i < n; i++) { const s = `<${ID}e${i % (n / 10)}>`; out.push(i % 3 === 0 ? `${s} <${OKG}p${i % 13}> <${ID}e${(i * 7919) % (n / 10)}> .\n` : i % 3 === 1 ? `${s} <http://www.w3.org/2000/01/rdf-schema#label> "label ${i}"@en .\n` : `${s} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${OKG}C${i % 11}> .\n`); }
const store = new ox.Store(); const s = performance.now();
store.load(out.join(''), { format: 'application/n-quads' });
console.log(JSON.stringify({ n, loadTxMs: Math.round(performance.now() - s) }));
