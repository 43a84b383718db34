// A budget on JSON-LD context processing, the part of expansion that can cost far more than the document's size.
//
// A type- or property-scoped context is processed again for every node it applies to (the jsonld library caches
// the result per active context, and scoped contexts clone the active context), so a 400 KB document with a
// context of thousands of terms scoped to a type burns minutes of CPU. The library lets its caller pass the
// context resolver (`contextResolver`, an option it documents for internal use): ours is the library's own,
// minus remote contexts (refused anyway), plus a meter charged with every context processed anew.
import { RdfLimitError } from './errors';

export interface JsonLdBudget {
  /** Context term definitions processed, at most this many plus `contextWorkPerNode` per node of the document. */
  contextWork: number;
  contextWorkPerNode: number;
  /** Wall-clock limit for expansion and conversion to RDF, checked whenever a context is applied. */
  timeoutMs: number;
}

export const DEFAULT_JSONLD_BUDGET: JsonLdBudget = {
  // 7-30 µs a term on a 2-core machine: 50,000 terms is a second or so, and each node of the document buys 4 more
  // (an ordinary scoped context of a dozen terms on every typed node stays inside)
  contextWork: 50_000,
  contextWorkPerNode: 4,
  timeoutMs: 30_000,
};

interface ProcessedCache {
  document: unknown;
  getProcessed(activeCtx: object): unknown;
  setProcessed(activeCtx: object, processed: unknown): void;
}

/** What `jsonld` calls on `options.contextResolver`. */
export interface ContextResolver {
  resolve(args: {
    context: unknown;
    documentLoader: (url: string) => Promise<unknown>;
    base?: string;
  }): Promise<ProcessedCache[]>;
}

/** The processed contexts the library keeps per context document (it keeps 10, least recently used first out). */
const KEPT_PER_CONTEXT = 10;

class MeteredContext implements ProcessedCache {
  private readonly processed = new Map<object, unknown>();

  constructor(
    readonly document: unknown,
    private readonly charge: (units: number) => void,
    private readonly size: number,
  ) {}

  getProcessed(activeCtx: object): unknown {
    const hit = this.processed.get(activeCtx);
    if (hit === undefined) {
      this.charge(this.size);
    } else {
      this.processed.delete(activeCtx);
      this.processed.set(activeCtx, hit);
    }
    return hit;
  }

  setProcessed(activeCtx: object, processed: unknown): void {
    if (this.processed.size >= KEPT_PER_CONTEXT) this.processed.delete(this.processed.keys().next().value!);
    this.processed.set(activeCtx, processed);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * A context resolver that throws `RdfLimitError` once `budget` is spent; `nodes` is the document's size. The
 * library may wrap what its resolver throws, so `exceeded()` tells the caller afterwards.
 */
export function meteredContextResolver(
  budget: JsonLdBudget,
  nodes: number,
  where: { file?: string; line: number; column: number },
): { resolver: ContextResolver; exceeded: () => RdfLimitError | undefined } {
  let exceeded: RdfLimitError | undefined;
  const started = Date.now();
  const maxWork = budget.contextWork + budget.contextWorkPerNode * nodes;
  let work = 0;
  const charge = (units: number): void => {
    work += units;
    if (exceeded) throw exceeded;
    if (work > maxWork) {
      throw (exceeded = new RdfLimitError(
        'context-work',
        `JSON-LD contexts need more than ${maxWork} term definitions processed for a document of ${nodes} nodes (a context scoped to a type or property is processed again for every node): refused`,
        where,
      ));
    }
    if (Date.now() - started > budget.timeoutMs) {
      throw (exceeded = new RdfLimitError(
        'time',
        `JSON-LD expansion took longer than ${budget.timeoutMs} ms: refused`,
        where,
      ));
    }
  };
  // Equal context documents share their processed forms, as in the library (keyed by their JSON text)
  const byKey = new Map<string, MeteredContext>();
  const keyOf = new WeakMap<object, string>();
  const resolver: ContextResolver = {
    async resolve({ context, documentLoader, base }) {
      charge(1);
      let local = context;
      if (isObject(local) && local['@context'] !== undefined) local = local['@context'];
      const resolved: ProcessedCache[] = [];
      for (const ctx of Array.isArray(local) ? local : [local]) {
        if (typeof ctx === 'string') {
          // Never fetched: the loader refuses every URL (and says which)
          await documentLoader(resolveUrl(ctx, base));
          throw new Error(`remote context refused: ${ctx}`);
        }
        if (ctx === null) {
          resolved.push(new MeteredContext(null, charge, 1));
          continue;
        }
        if (!isObject(ctx)) throw new Error('Invalid JSON-LD syntax; @context must be an object.');
        let key = keyOf.get(ctx);
        if (key === undefined) {
          key = JSON.stringify(ctx);
          keyOf.set(ctx, key);
          charge(Object.keys(ctx).length);
        }
        let metered = byKey.get(key);
        if (!metered) {
          metered = new MeteredContext(ctx, charge, Object.keys(ctx).length + 1);
          byKey.set(key, metered);
        }
        resolved.push(metered);
      }
      return resolved;
    },
  };
  return { resolver, exceeded: () => exceeded };
}

function resolveUrl(url: string, base: string | undefined): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}
