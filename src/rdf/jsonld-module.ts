// Lazy access to the `jsonld` package (heavy for the browser bundle), with the narrow types the core uses.
import { RemoteContextError } from './errors';
import type { ContextResolver } from './jsonld-budget';
import type { JsonLdEvent } from './jsonld-events';

export interface JsonLdTerm {
  termType: string;
  value: string;
  datatype?: { termType: string; value: string };
  language?: string;
}
export interface JsonLdQuad {
  subject: JsonLdTerm;
  predicate: JsonLdTerm;
  object: JsonLdTerm;
  graph: JsonLdTerm;
}

type DocumentLoader = (url: string) => Promise<never>;

/** Options shared by expand and toRDF: the resolver and handler are the core's guards (see parse-jsonld.ts). */
export interface JsonLdProcessingOptions {
  base?: string;
  documentLoader: DocumentLoader;
  contextResolver?: ContextResolver;
  eventHandler?: (arg: { event: JsonLdEvent; next: () => void }) => void;
}

export interface JsonLdApi {
  expand(input: unknown, options: JsonLdProcessingOptions): Promise<unknown[]>;
  toRDF(input: unknown, options: JsonLdProcessingOptions & { skipExpansion?: boolean }): Promise<JsonLdQuad[]>;
  fromRDF(dataset: JsonLdQuad[], options?: { useNativeTypes?: boolean; rdfDirection?: string }): Promise<unknown[]>;
  compact(
    input: unknown,
    context: Record<string, unknown>,
    options: { documentLoader: DocumentLoader; compactToRelative?: boolean },
  ): Promise<Record<string, unknown>>;
}

let loaded: Promise<JsonLdApi> | undefined;

/** Imports `jsonld` on first use only. */
export function loadJsonLd(): Promise<JsonLdApi> {
  loaded ??= import('jsonld').then((mod) => {
    const withDefault = mod as unknown as { default?: JsonLdApi };
    return withDefault.default ?? (mod as unknown as JsonLdApi);
  });
  return loaded;
}

/**
 * A document loader that refuses every URL: a JSON-LD file must never make the tool fetch anything.
 * The refused URL is recorded so the caller can raise `RemoteContextError` past jsonld's own wrapping.
 */
export function refusingLoader(file?: string): { loader: DocumentLoader; refused: () => string | undefined } {
  let refusedUrl: string | undefined;
  return {
    loader: async (url: string) => {
      refusedUrl ??= url;
      throw new RemoteContextError(url, file);
    },
    refused: () => refusedUrl,
  };
}
