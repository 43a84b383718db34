// Vocabulary constants: the namespaces and prefixes of the project's contract (see DESIGN.md).

export const OKG = 'https://w3id.org/osce-kg/ontology#';
export const ID = 'https://w3id.org/osce-kg/id/';

export const NS = {
  okg: OKG,
  id: ID,
  org: 'http://www.w3.org/ns/org#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dcterms: 'http://purl.org/dc/terms/',
  prov: 'http://www.w3.org/ns/prov#',
  sdg: 'http://metadata.un.org/sdg/',
  sdgo: 'http://metadata.un.org/sdg/ontology#',
  owl: 'http://www.w3.org/2002/07/owl#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  sh: 'http://www.w3.org/ns/shacl#',
  wd: 'http://www.wikidata.org/entity/',
  oa: 'http://www.w3.org/ns/oa#',
} as const;

/** Prefixes written into Turtle / TriG / JSON-LD exports, in this order. */
export const PREFIXES: Record<string, string> = { ...NS };

export const RDF_TYPE = NS.rdf + 'type';
export const RDFS_LABEL = NS.rdfs + 'label';
export const RDFS_COMMENT = NS.rdfs + 'comment';
export const SKOS_ALT_LABEL = NS.skos + 'altLabel';
export const SKOS_PREF_LABEL = NS.skos + 'prefLabel';
export const SKOS_NOTATION = NS.skos + 'notation';
export const DCT_IDENTIFIER = NS.dcterms + 'identifier';
export const DCT_DATE = NS.dcterms + 'date';
export const DCT_IS_PART_OF = NS.dcterms + 'isPartOf';
export const OKG_QUOTE = OKG + 'quote';
export const OKG_PASSAGE = OKG + 'Passage';
export const OKG_SOURCE_DOCUMENT = OKG + 'SourceDocument';
export const OKG_TEXT_FILE = OKG + 'textFile';
export const OKG_CURATION_NOTE = OKG + 'curationNote';
/** Marks a graph `osce-kg ingest` drafted and nobody reviewed yet. */
export const OKG_CANDIDATE = OKG + 'candidate';

/** Every IRI of the project (resources and ontology terms) starts with this. */
export const PROJECT_NS = 'https://w3id.org/osce-kg/';

export const OKG_CURATION_GRAPH = OKG + 'CurationGraph';
export const OKG_REFERENCE_DOCUMENT = OKG + 'ReferenceDocument';
export const OKG_CITED_AS = OKG + 'citedAs';
export const PROV_WAS_ATTRIBUTED_TO = NS.prov + 'wasAttributedTo';
