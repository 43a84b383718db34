// The published pages under `npm run dev`: graph-data/ read like `osce-kg serve` does and answered by its handler, so
// the explorer's "Entity page" link (and /sdg/…, /ontology, the VoID) works against the Vite dev server too.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GRAPH_DATA_DIR, loadBundledData, readSourceTexts } from '../node/bundled';
import { localEntities } from '../publish/entity-source';
import { createPublication, type Publication } from '../publish/publication';
import { HttpError, sendText } from '../server/http-util';
import { handlePublish } from '../server/publish-handler';

export type DevPagesHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

/**
 * A handler that answers the publishing routes (true) and leaves everything else to Vite (false). The graph is read
 * on the first page asked for and again after `invalidate()` (an edit in graph-data/).
 */
export function createDevPages(dir = GRAPH_DATA_DIR): { handle: DevPagesHandler; invalidate: () => void } {
  let loading: Promise<Publication> | undefined;
  const load = async (): Promise<Publication> => {
    const quads = await loadBundledData(dir);
    return createPublication(quads, { sourceText: await readSourceTexts(quads, dir) });
  };
  const handle: DevPagesHandler = async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // The dev server has no SPARQL endpoint: GET /sparql is not the Service Description here
    if (url.pathname === '/sparql' || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
    try {
      const publication = await (loading ??= load());
      return await handlePublish(
        req,
        res,
        url,
        () => publication,
        localEntities(() => publication),
      );
    } catch (error) {
      if (error instanceof HttpError) {
        sendText(res, error.status, error.message, error.headers);
        return true;
      }
      loading = undefined;
      throw error;
    }
  };
  return {
    handle,
    invalidate: () => {
      loading = undefined;
    },
  };
}

export interface DevPagesModule {
  createDevPages: typeof createDevPages;
}
