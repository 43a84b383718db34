// Reads a hand-made gold file (JSON; `id:` and `sdg:` prefixes allowed in IRIs) into an IngestGold.
import { ID, NS } from '../rdf/vocab';
import type { IngestGold } from './evaluate';

const expand = (iri: string) =>
  iri.startsWith('id:') ? ID + iri.slice(3) : iri.startsWith('sdg:') ? NS.sdg + iri.slice(4) : iri;

interface GoldJson {
  passages?: { quote?: unknown; entities?: unknown; pairs?: unknown }[];
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : [];

/** Throws a plain `Error` naming the passage when a field has the wrong shape. */
export function readGoldJson(json: string): IngestGold {
  const raw = JSON.parse(json) as GoldJson;
  return {
    passages: (raw.passages ?? []).map((p, i) => {
      if (typeof p.quote !== 'string') throw new Error(`gold passage ${i + 1}: "quote" must be a string`);
      const pairs = (Array.isArray(p.pairs) ? p.pairs.map((pair) => strings(pair)) : []).map(
        (pair): [string, string] => {
          const [s, o] = pair;
          if (s === undefined || o === undefined || pair.length !== 2)
            throw new Error(`gold passage ${i + 1}: each pair must be two IRIs`);
          return [expand(s), expand(o)];
        },
      );
      return { quote: p.quote, entities: strings(p.entities).map(expand), pairs };
    }),
  };
}
