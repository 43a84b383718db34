// Where the entity pages of /id/{name} and the ontology's come from: the loaded dataset (`serve`) or a SPARQL endpoint
// (`serve --endpoint`); both render with the same page and RDF writers.
import type { Quad } from '@rdfjs/types';
import type { SparqlEngine } from '../query/engine';
import { ID, NS } from '../rdf/vocab';
import { describeResource, indexDataset, type DatasetIndex } from './dataset-index';
import { renderEntityPage } from './entity-page';
import { pageNameOf } from './names';
import { ONTOLOGY_IRI } from './ontology-page';
import { createPublication, type Publication } from './publication';
import { fetchExcerpt, fetchOntologyExcerpt } from './remote-excerpt';
import { renderRdf, type RdfPageFormat } from './representations';
import { renderSdgPage } from './sdg-page';

export interface EntityRepresentations {
  iri: string;
  html(): string;
  rdf(format: RdfPageFormat): Promise<string>;
}

export interface OntologyRepresentations {
  html(): string;
  turtle(): Promise<string>;
}

export interface EntitySource {
  /** The representations of the resource named `name` (already checked safe), or undefined when the graph lacks it. */
  entity(name: string, signal?: AbortSignal): Promise<EntityRepresentations | undefined>;
  /** The page of a UN SDG goal or target the graph uses, by its code (`10.7`), or undefined. */
  sdg(code: string, signal?: AbortSignal): Promise<string | undefined>;
  /** The ontology's documentation, which the entity pages' relations and classes link to. */
  ontology(signal?: AbortSignal): Promise<OntologyRepresentations>;
}

/** The pages of a loaded dataset. */
export function localEntities(publication: () => Publication): EntitySource {
  return {
    entity: async (name) => {
      const p = publication();
      const iri = p.iriOf(name);
      return iri === undefined
        ? undefined
        : { iri, html: () => p.entityHtml(iri), rdf: (format) => p.entityRdf(iri, format) };
    },
    sdg: async (code) => publication().sdgHtml(code),
    ontology: async () => {
      const p = publication();
      return { html: () => p.ontologyHtml(), turtle: () => p.ontologyTurtle() };
    },
  };
}

/**
 * The pages of a resource from the part of a dataset that describes it (its statements, their passages, and the
 * labels and types of everything they name): what a SPARQL endpoint sends for one page.
 */
export function entityFromExcerpt(iri: string, excerpt: readonly Quad[]): EntityRepresentations | undefined {
  if (pageNameOf(iri) === undefined) return undefined;
  const index: DatasetIndex = indexDataset(excerpt);
  if (!index.bySubject.has(iri) && !index.byObject.has(iri) && !index.byGraph.has(iri)) return undefined;
  return {
    iri,
    html: () => renderEntityPage({ index }, iri),
    rdf: (format) => renderRdf(describeResource(index, iri), format),
  };
}

/** The pages of a resource asked of a SPARQL endpoint (`serve --endpoint`), a few queries per page. */
export function remoteEntities(engine: SparqlEngine, options: { timeoutMs?: number } = {}): EntitySource {
  return {
    entity: async (name, signal) => {
      const iri = ID + name;
      return entityFromExcerpt(iri, await fetchExcerpt(engine, iri, { timeoutMs: options.timeoutMs, signal }));
    },
    sdg: async (code, signal) => {
      const iri = NS.sdg + code;
      const excerpt = await fetchExcerpt(engine, iri, { timeoutMs: options.timeoutMs, signal });
      if (excerpt.length === 0) return undefined;
      // A goal's page counts what serves each of its targets: their excerpts too
      const targets = excerpt
        .filter((q) => q.predicate.value === `${NS.skos}broader` && q.object.value === iri)
        .map((q) => q.subject.value);
      const more = await Promise.all(
        [...new Set(targets)].map((t) => fetchExcerpt(engine, t, { timeoutMs: options.timeoutMs, signal })),
      );
      return renderSdgPage(indexDataset([...excerpt, ...more.flat()]), iri);
    },
    ontology: async (signal) => {
      const p = createPublication(
        await fetchOntologyExcerpt(engine, ONTOLOGY_IRI, { timeoutMs: options.timeoutMs, signal }),
      );
      return { html: () => p.ontologyHtml(), turtle: () => p.ontologyTurtle() };
    },
  };
}
