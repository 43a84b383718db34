// The served dataset as a download: /data.nq, /data.trig, /data.ttl, /data.nt, /data.jsonld, or /data negotiated.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Quad } from '@rdfjs/types';
import { FORMAT_INFO, formatFromFileName, RDF_FORMATS, type RdfFormat } from '../rdf/formats';
import { serializeRdf } from '../rdf/serialize';
import { HttpError, sendBody } from './http-util';
import { negotiate } from './negotiation';

/** Serializes the dataset once per format, on first request (the data never changes while serving). */
export function createDatasetHandler(quads: Quad[]) {
  const cache = new Map<RdfFormat, Promise<string>>();
  const text = (format: RdfFormat): Promise<string> => {
    let cached = cache.get(format);
    if (!cached) cache.set(format, (cached = serializeRdf(quads, format)));
    return cached;
  };

  return async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    let format: RdfFormat | undefined;
    if (path === '/data') {
      // N-Quads first: the only default that keeps provenance and streams line by line.
      const order: RdfFormat[] = ['nquads', 'trig', 'turtle', 'ntriples', 'jsonld'];
      const chosen = negotiate(
        req.headers.accept,
        order.map((f) => FORMAT_INFO[f].mediaType),
      );
      format = order.find((f) => FORMAT_INFO[f].mediaType === chosen);
      if (!format)
        throw new HttpError(
          406,
          `the dataset is available as: ${order.map((f) => FORMAT_INFO[f].mediaType).join(', ')}`,
        );
    } else {
      format = formatFromFileName(path);
      if (!format || !RDF_FORMATS.includes(format)) throw new HttpError(404, `not found: ${path}`);
    }
    const ext = FORMAT_INFO[format].extensions[0];
    sendBody(
      res,
      200,
      await text(format),
      `${FORMAT_INFO[format].mediaType}; charset=utf-8`,
      {
        vary: 'accept',
        'content-disposition': `inline; filename="osce-kg.${ext}"`,
        'cache-control': 'no-cache',
      },
      req.method === 'HEAD',
    );
  };
}
