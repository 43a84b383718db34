// Writes the static publication: a page and a file per format per resource, the ontology, the dumps, the VoID,
// the sitemap, the redirect rules and the built explorer, into one directory any web host can serve.
import { cp, mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Quad } from '@rdfjs/types';
import { serializeRdf } from '../rdf/serialize';
import { DUMPS } from './dataset-description';
import { notFoundBody } from './not-found';
import { PAGE_STYLE, STYLESHEET } from './page-style';
import { createPublication, type PublicationOptions } from './publication';
import { siteHtaccess, sitemap, w3idHtaccess } from './redirects';
import type { RdfPageFormat } from './representations';

export interface SiteOptions extends PublicationOptions {
  out: string;
  /** The public address the directory is served at; the sitemap, VoID and w3id rules point there. */
  siteUrl: string;
  /** The built explorer (dist/) to copy in; undefined leaves it out. */
  explorerDir?: string;
  /** Called once per stage, for progress messages. */
  progress?: (message: string) => void;
}

export interface SiteSummary {
  pages: number;
  files: number;
  bytes: number;
}

const ENTITY_FORMATS: readonly RdfPageFormat[] = ['ttl', 'nt', 'jsonld', 'trig'];
/** Files written at once: enough to keep the disk busy, few enough to stay under any open-files limit. */
const BATCH = 64;

export async function writeSite(quads: readonly Quad[], options: SiteOptions): Promise<SiteSummary> {
  const site = options.siteUrl.endsWith('/') ? options.siteUrl : `${options.siteUrl}/`;
  const out = options.out;
  const summary: SiteSummary = { pages: 0, files: 0, bytes: 0 };
  const write = async (path: string, text: string): Promise<void> => {
    const full = join(out, path);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, text, 'utf8');
    summary.files++;
    summary.bytes += Buffer.byteLength(text);
  };
  await mkdir(join(out, 'id'), { recursive: true });
  if (options.explorerDir) {
    if (!(await stat(join(options.explorerDir, 'index.html')).catch(() => undefined))?.isFile()) {
      throw new Error(`no built explorer in ${options.explorerDir} (run "npm run build" first)`);
    }
    await cp(options.explorerDir, out, { recursive: true });
    options.progress?.('explorer copied');
  }
  const publication = createPublication(quads, options);
  const { pages } = publication;
  for (let i = 0; i < pages.length; i += BATCH) {
    await Promise.all(
      pages.slice(i, i + BATCH).map(async ({ name, iri }) => {
        await write(`id/${name}.html`, publication.entityHtml(iri));
        for (const format of ENTITY_FORMATS)
          await write(`id/${name}.${format}`, await publication.entityRdf(iri, format));
      }),
    );
  }
  for (const { code } of publication.sdgPages) await write(`sdg/${code}.html`, publication.sdgHtml(code) ?? '');
  summary.pages = pages.length + publication.sdgPages.length;
  options.progress?.(`${pages.length} resource pages`);
  await write('id/index.html', publication.resourceIndexHtml());
  await write('ontology.html', publication.ontologyHtml());
  await write('ontology.ttl', await publication.ontologyTurtle());
  await write('void.html', publication.datasetHtml());
  for (const format of ['ttl', 'nt', 'jsonld'] as const)
    await write(`void.${format}`, await publication.voidRdf({ baseUrl: site }, format));
  await write('.well-known/void', await publication.voidRdf({ baseUrl: site }, 'ttl'));
  for (const dump of DUMPS) await write(dump.file, await serializeRdf(quads, dump.format));
  options.progress?.('dumps and dataset description');
  await write('404.html', notFoundBody('html', undefined, '', true));
  await write(STYLESHEET, PAGE_STYLE);
  await write(
    'sitemap.xml',
    sitemap(site, [
      'id/index.html',
      'ontology.html',
      'void.html',
      ...pages.map((p) => `id/${p.name}.html`),
      ...publication.sdgPages.map((p) => `sdg/${p.code}.html`),
    ]),
  );
  await write('.htaccess', siteHtaccess());
  await write('w3id/.htaccess', w3idHtaccess(site));
  return summary;
}
