// The graph the explorer draws: the domain graph without the vocabulary (classes, properties, OWL lists, the ontology),
// plus the properties' labels from the ontology so edges read "mandated by" as the ontology names them.
import { datasetToGraph, type KgGraph } from '../../../kg/to-graph';
import { NS, RDFS_LABEL, SKOS_PREF_LABEL } from '../../../rdf/vocab';
import { foldAttributeEdges } from './attribute-edges';

const SCHEMA_TYPES = new Set([
  NS.owl + 'Class',
  NS.rdfs + 'Class',
  NS.rdf + 'Property',
  NS.owl + 'ObjectProperty',
  NS.owl + 'DatatypeProperty',
  NS.owl + 'AnnotationProperty',
  NS.owl + 'SymmetricProperty',
  NS.owl + 'TransitiveProperty',
  NS.owl + 'FunctionalProperty',
  NS.owl + 'InverseFunctionalProperty',
  NS.owl + 'Ontology',
  NS.owl + 'Restriction',
  NS.rdfs + 'Datatype',
  NS.sh + 'NodeShape',
  NS.sh + 'PropertyShape',
  NS.skos + 'ConceptScheme',
]);
/** Statements only vocabulary terms make: their subjects are properties or classes even when untyped here. */
const SCHEMA_PREDICATES = new Set([
  NS.rdfs + 'domain',
  NS.rdfs + 'range',
  NS.rdfs + 'subPropertyOf',
  NS.rdfs + 'subClassOf',
  NS.owl + 'inverseOf',
  NS.owl + 'equivalentClass',
  NS.owl + 'equivalentProperty',
  NS.owl + 'unionOf',
  NS.owl + 'onProperty',
]);
const RDF_NIL = NS.rdf + 'nil';

export interface EntityGraph {
  graph: KgGraph;
  /** Property IRI -> its label in the data (rdfs:label of the property), when there is one. */
  predicateLabels: Map<string, string>;
}

export function buildEntityGraph(quads: Parameters<typeof datasetToGraph>[0]): EntityGraph {
  const graph = datasetToGraph(quads);
  const predicateLabels = new Map<string, string>();
  const drop = new Set<string>();
  graph.forEachNode((key, attrs) => {
    if (!attrs.types.some((t) => SCHEMA_TYPES.has(t))) return;
    drop.add(key);
  });
  graph.forEachEdge((_edge, attrs, source) => {
    if (SCHEMA_PREDICATES.has(attrs.predicate)) drop.add(source);
  });
  if (graph.hasNode(RDF_NIL)) drop.add(RDF_NIL);
  for (const key of drop) {
    const attrs = graph.getNodeAttributes(key);
    if (attrs.literals[RDFS_LABEL]?.length || attrs.literals[SKOS_PREF_LABEL]?.length)
      predicateLabels.set(attrs.iri, attrs.label);
  }
  // Blank nodes hanging off the vocabulary (OWL lists, restrictions) go with it.
  const queue = [...drop];
  for (let i = 0; i < queue.length; i++) {
    graph.forEachNeighbor(queue[i], (other) => {
      if (other.startsWith('_:') && !drop.has(other)) {
        drop.add(other);
        queue.push(other);
      }
    });
  }
  for (const key of drop) graph.dropNode(key);
  // Resources that were only ever objects of vocabulary statements are now alone and say nothing.
  const orphans: string[] = [];
  graph.forEachNode((key, attrs) => {
    if (!attrs.described && graph.degree(key) === 0) orphans.push(key);
  });
  for (const key of orphans) graph.dropNode(key);
  foldAttributeEdges(graph);
  return { graph, predicateLabels };
}
