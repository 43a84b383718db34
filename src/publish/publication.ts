// Everything published about a dataset, computed once: the pages, the RDF of each resource, the ontology, the VoID.
import type { Quad } from '@rdfjs/types';
import { datasetStats, type DatasetStats } from '../kg/stats';
import { ID } from '../rdf/vocab';
import {
  DESCRIPTION_PREFIXES,
  datasetDescription,
  serviceDescription,
  type DescriptionOptions,
} from './dataset-description';
import { describeResource, indexDataset, isKnown, type DatasetIndex } from './dataset-index';
import { renderEntityPage } from './entity-page';
import { renderDatasetPage, renderResourceIndex } from './index-pages';
import { isSafeName, pageNameOf } from './names';
import { ontologyQuads, renderOntologyPage } from './ontology-page';
import { renderRdf, type RdfPageFormat } from './representations';
import { renderSdgPage, sdgPages } from './sdg-page';
import { PREFIXES } from '../rdf/vocab';

export interface PublicationOptions {
  /** The text of a source document by its IRI, to show it with its passages marked. */
  sourceText?: (documentIri: string) => string | undefined;
}

export interface Publication {
  index: DatasetIndex;
  stats: DatasetStats;
  /** Every resource with a page, by name, sorted. */
  pages: readonly { name: string; iri: string }[];
  /** Every UN SDG goal and target the dataset uses, by code: a page each under `sdg/`. */
  sdgPages: readonly { code: string; iri: string }[];
  /** The IRI of a page name, if the dataset knows it. */
  iriOf(name: string): string | undefined;
  /** The page of an SDG goal or target by its code, if the dataset uses it. */
  sdgHtml(code: string): string | undefined;
  entityHtml(iri: string): string;
  entityRdf(iri: string, format: RdfPageFormat): Promise<string>;
  resourceIndexHtml(): string;
  ontologyHtml(): string;
  ontologyTurtle(): Promise<string>;
  datasetHtml(sparqlEndpoint?: string): string;
  voidRdf(options: DescriptionOptions, format: RdfPageFormat): Promise<string>;
  serviceDescriptionRdf(endpoint: string, format: RdfPageFormat): Promise<string>;
}

export function createPublication(quads: readonly Quad[], options: PublicationOptions = {}): Publication {
  const index = indexDataset(quads);
  const stats = datasetStats(quads);
  const names = new Map<string, string>();
  const consider = (iri: string): void => {
    const name = pageNameOf(iri);
    if (name !== undefined && !names.has(name)) names.set(name, iri);
  };
  for (const k of index.bySubject.keys()) consider(k);
  for (const k of index.byObject.keys()) consider(k);
  for (const k of index.byGraph.keys()) consider(k);
  const pages = [...names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, iri]) => ({ name, iri }));
  const sdgs = sdgPages(index);
  const hasText = (doc: string): boolean => options.sourceText?.(doc) !== undefined;
  return {
    index,
    stats,
    pages,
    sdgPages: sdgs,
    sdgHtml: (code) => {
      const found = sdgs.find((p) => p.code === code);
      return found && renderSdgPage(index, found.iri, hasText);
    },
    iriOf: (name) => {
      if (!isSafeName(name)) return undefined;
      const iri = ID + name;
      return isKnown(index, iri) ? iri : undefined;
    },
    entityHtml: (iri) => renderEntityPage({ index, sourceText: options.sourceText }, iri),
    entityRdf: (iri, format) => renderRdf(describeResource(index, iri), format),
    resourceIndexHtml: () => renderResourceIndex(index, pages, sdgs),
    ontologyHtml: () => renderOntologyPage(index),
    ontologyTurtle: () => renderRdf(ontologyQuads(index), 'ttl'),
    datasetHtml: (endpoint) => renderDatasetPage(index, stats, endpoint),
    voidRdf: (description, format) =>
      renderRdf(datasetDescription(index, description, stats), format, { ...PREFIXES, ...DESCRIPTION_PREFIXES }),
    serviceDescriptionRdf: (endpoint, format) =>
      renderRdf(serviceDescription(endpoint, stats), format, { ...PREFIXES, ...DESCRIPTION_PREFIXES }),
  };
}
