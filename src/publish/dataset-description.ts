// The dataset's description: VoID and DCAT (counts per class and property, dumps, endpoint, examples) and the
// SPARQL 1.1 Service Description of the endpoint.
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { datasetStats, type DatasetStats } from '../kg/stats';
import type { RdfFormat } from '../rdf/formats';
import { DCT_IS_PART_OF, ID, NS, OKG, OKG_SOURCE_DOCUMENT, PROJECT_NS, RDF_TYPE } from '../rdf/vocab';
import { indexDataset, type DatasetIndex } from './dataset-index';
import { pageNameOf } from './names';
import { ONTOLOGY_IRI } from './ontology-page';

const { namedNode, literal, blankNode, quad } = DataFactory;
const VOID = 'http://rdfs.org/ns/void#';
const DCAT = 'http://www.w3.org/ns/dcat#';
const SD = 'http://www.w3.org/ns/sparql-service-description#';
const FOAF = 'http://xmlns.com/foaf/0.1/';
const XSD_INTEGER = NS.xsd + 'integer';

export const DESCRIPTION_PREFIXES: Record<string, string> = {
  void: VOID,
  dcat: DCAT,
  sd: SD,
  foaf: FOAF,
  dcterms: NS.dcterms,
  okg: OKG,
  id: ID,
  xsd: NS.xsd,
  rdfs: NS.rdfs,
};
export const DATASET_IRI = `${PROJECT_NS}dataset`;

/** The dump files, by file name, as the server and the static site publish them. */
export const DUMPS: readonly { file: string; mediaType: string; format: RdfFormat }[] = [
  { file: 'data.nq', mediaType: 'application/n-quads', format: 'nquads' },
  { file: 'data.trig', mediaType: 'application/trig', format: 'trig' },
  { file: 'data.ttl', mediaType: 'text/turtle', format: 'turtle' },
  { file: 'data.nt', mediaType: 'application/n-triples', format: 'ntriples' },
  { file: 'data.jsonld', mediaType: 'application/ld+json', format: 'jsonld' },
];

export interface DescriptionOptions {
  /** Absolute URL the data is published at, ending with '/': dumps are relative to it (none listed without it). */
  baseUrl?: string;
  /** The SPARQL endpoint's URL, when there is one (the static site has none). */
  sparqlEndpoint?: string;
}

/** The most connected resources with a page: VoID's example resources. */
function examples(index: DatasetIndex, n: number): string[] {
  return index.subjects
    .filter((s) => pageNameOf(s) !== undefined && !index.byGraph.has(s))
    .map((s) => [s, (index.byObject.get(s)?.length ?? 0) + (index.bySubject.get(s)?.length ?? 0)] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([s]) => s);
}

export function datasetDescription(
  index: DatasetIndex,
  options: DescriptionOptions,
  stats: DatasetStats = datasetStats(index.quads),
): Quad[] {
  const out: Quad[] = [];
  const ds = namedNode(DATASET_IRI);
  const add = (s: Quad['subject'], p: string, o: Quad['object']): void => void out.push(quad(s, namedNode(p), o));
  const count = (n: number) => literal(String(n), namedNode(XSD_INTEGER));
  const header = index.bySubject.get(ONTOLOGY_IRI) ?? [];
  const fromHeader = (p: string) => header.find((q) => q.predicate.value === p)?.object;
  add(ds, RDF_TYPE, namedNode(VOID + 'Dataset'));
  add(ds, RDF_TYPE, namedNode(DCAT + 'Dataset'));
  add(ds, NS.dcterms + 'title', literal("Knowledge graph of the OSCE's work on migration governance", 'en'));
  add(
    ds,
    NS.dcterms + 'description',
    literal(
      'OSCE bodies, decisions, partners, places, frameworks, activities, events, publications and themes, with every statement traced to a verbatim passage of a source document (one named graph per passage).',
      'en',
    ),
  );
  const license = fromHeader(NS.dcterms + 'license');
  if (license) add(ds, NS.dcterms + 'license', license);
  const publisher = blankNode('publisher');
  add(ds, NS.dcterms + 'publisher', publisher);
  add(publisher, RDF_TYPE, namedNode(FOAF + 'Organization'));
  add(publisher, FOAF + 'name', literal('osce-kg contributors'));
  const sources = new Set<string>();
  for (const s of index.subjects) if (index.types(s).includes(OKG_SOURCE_DOCUMENT)) sources.add(s);
  for (const q of index.quads)
    if (
      q.predicate.value === DCT_IS_PART_OF &&
      q.object.termType === 'NamedNode' &&
      index.types(q.object.value).includes(OKG_SOURCE_DOCUMENT)
    )
      sources.add(q.object.value);
  for (const s of [...sources].sort()) add(ds, NS.dcterms + 'source', namedNode(s));
  add(ds, VOID + 'triples', count(stats.triples));
  add(ds, VOID + 'distinctSubjects', count(stats.subjects));
  add(ds, VOID + 'properties', count(stats.predicates.length));
  add(ds, VOID + 'classes', count(stats.classes.length));
  add(ds, VOID + 'uriSpace', literal(ID));
  add(ds, VOID + 'vocabulary', namedNode(OKG));
  add(ds, VOID + 'rootResource', namedNode(ONTOLOGY_IRI));
  for (const e of examples(index, 3)) add(ds, VOID + 'exampleResource', namedNode(e));
  stats.classes.forEach((c, i) => {
    const part = blankNode(`class${i}`);
    add(ds, VOID + 'classPartition', part);
    add(part, VOID + 'class', namedNode(c.iri));
    add(part, VOID + 'entities', count(c.count));
  });
  stats.predicates.forEach((p, i) => {
    const part = blankNode(`property${i}`);
    add(ds, VOID + 'propertyPartition', part);
    add(part, VOID + 'property', namedNode(p.iri));
    add(part, VOID + 'triples', count(p.count));
  });
  for (const dump of options.baseUrl === undefined ? [] : DUMPS) {
    const url = namedNode(`${options.baseUrl}${dump.file}`);
    add(ds, VOID + 'dataDump', url);
    const dist = blankNode(`dist-${dump.file.replace('.', '-')}`);
    add(ds, DCAT + 'distribution', dist);
    add(dist, RDF_TYPE, namedNode(DCAT + 'Distribution'));
    add(dist, DCAT + 'downloadURL', url);
    add(dist, DCAT + 'mediaType', namedNode(`https://www.iana.org/assignments/media-types/${dump.mediaType}`));
  }
  if (options.sparqlEndpoint) {
    add(ds, VOID + 'sparqlEndpoint', namedNode(options.sparqlEndpoint));
    const service = blankNode('service');
    add(ds, DCAT + 'accessService', service);
    add(service, RDF_TYPE, namedNode(DCAT + 'DataService'));
    add(service, DCAT + 'endpointURL', namedNode(options.sparqlEndpoint));
    add(service, DCAT + 'servesDataset', ds);
  }
  return out;
}

/** The description of a whole dataset (indexed here): what `osce-kg export --void` writes. */
export function describeDataset(quads: readonly Quad[], options: DescriptionOptions): Quad[] {
  return datasetDescription(indexDataset(quads), options);
}

const RESULT_FORMATS = [
  'SPARQL_Results_JSON',
  'SPARQL_Results_XML',
  'SPARQL_Results_CSV',
  'SPARQL_Results_TSV',
  'Turtle',
  'N-Triples',
  'N-Quads',
  'TriG',
  'JSON-LD',
];

/** The SPARQL 1.1 Service Description of a read-only endpoint at `endpoint` over the dataset. */
export function serviceDescription(endpoint: string, stats: DatasetStats): Quad[] {
  const out: Quad[] = [];
  const add = (s: Quad['subject'], p: string, o: Quad['object']): void => void out.push(quad(s, namedNode(p), o));
  const service = blankNode('service');
  add(service, RDF_TYPE, namedNode(SD + 'Service'));
  add(service, SD + 'endpoint', namedNode(endpoint));
  add(service, SD + 'supportedLanguage', namedNode(SD + 'SPARQL11Query'));
  add(service, SD + 'feature', namedNode(SD + 'UnionDefaultGraph'));
  for (const f of RESULT_FORMATS) add(service, SD + 'resultFormat', namedNode(`http://www.w3.org/ns/formats/${f}`));
  const dataset = blankNode('dataset');
  add(service, SD + 'defaultDataset', dataset);
  add(dataset, RDF_TYPE, namedNode(SD + 'Dataset'));
  add(dataset, NS.dcterms + 'source', namedNode(DATASET_IRI));
  const graph = blankNode('default-graph');
  add(dataset, SD + 'defaultGraph', graph);
  add(graph, RDF_TYPE, namedNode(SD + 'Graph'));
  add(graph, VOID + 'triples', literal(String(stats.triples), namedNode(XSD_INTEGER)));
  add(graph, RDF_TYPE, namedNode(VOID + 'Dataset'));
  return out;
}
