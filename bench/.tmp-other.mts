import { readFileSync, readdirSync } from 'node:fs';
import { loadSources } from '../src/rdf/load';
import { buildEntityGraph } from '../src/explorer/core/data/entity-graph';
const files = [...readdirSync('graph-data').filter(f => f.endsWith('.trig')).map(f => 'graph-data/' + f), 'graph-data/ontology.ttl'].map(f => ({ name: f, content: readFileSync(f, 'utf8') }));
const { graph } = buildEntityGraph(await loadSources(files));
graph.forEachNode((k, a) => { if (a.kind === 'other') console.log(k, a.types.join(' '), graph.degree(k)); });
