// Apache rules for the static site: the site's own `.htaccess` (extension-less IRIs by Accept) and the w3id.org entry's
// (`…/osce-kg/id/x` and `…/osce-kg/ontology` sent to the host, to the file of the asked-for type).
import type { PageFormat } from './names';
import { PAGE_MEDIA_TYPES } from './names';

/** RDF first: an Accept that names one of them wants data; everything else (browsers, `*∕*`) gets the page. */
const RDF_ORDER: readonly Exclude<PageFormat, 'html'>[] = ['ttl', 'jsonld', 'nt', 'trig'];
const NAME = '([A-Za-z0-9][A-Za-z0-9._~-]*)';

function acceptCondition(format: PageFormat): string {
  return `RewriteCond %{HTTP_ACCEPT} ${PAGE_MEDIA_TYPES[format].replace(/[.+]/g, (c) => `\\${c}`)}`;
}

/** `.htaccess` at the root of the site: `/id/x` serves `id/x.ttl` or `id/x.html` by the Accept header. */
export function siteHtaccess(): string {
  const lines = [
    '# Written by `osce-kg site`: serves extension-less resource IRIs by content negotiation (Apache, mod_rewrite).',
    'Options -MultiViews',
    'AddType text/turtle .ttl',
    'AddType application/n-triples .nt',
    'AddType application/n-quads .nq',
    'AddType application/trig .trig',
    'AddType application/ld+json .jsonld',
    'AddCharset utf-8 .html .ttl .nt .nq .trig .jsonld',
    '<IfModule mod_headers.c>',
    '  Header append Vary Accept',
    '  Header set Access-Control-Allow-Origin "*"',
    '</IfModule>',
    'RewriteEngine On',
    'RewriteRule ^\\.well-known/void$ void.ttl [L,T=text/turtle]',
  ];
  for (const format of RDF_ORDER) {
    lines.push(
      'RewriteCond %{REQUEST_FILENAME} !-f',
      acceptCondition(format),
      `RewriteRule ^id/${NAME}$ id/$1.${format} [L]`,
    );
  }
  lines.push('RewriteCond %{REQUEST_FILENAME} !-f', `RewriteRule ^id/${NAME}$ id/$1.html [L]`);
  lines.push(
    acceptCondition('ttl'),
    'RewriteRule ^ontology$ ontology.ttl [L]',
    'RewriteRule ^ontology$ ontology.html [L]',
  );
  lines.push(acceptCondition('ttl'), 'RewriteRule ^dataset$ void.ttl [L]', 'RewriteRule ^dataset$ void.html [L]');
  return `${lines.join('\n')}\n`;
}

/**
 * `.htaccess` for the w3id.org repository's `osce-kg/` folder: 303 See Other from each IRI to the document on the
 * host that describes it, by content type (the ontology's `#Term` fragments stay with the browser).
 */
export function w3idHtaccess(siteUrl: string): string {
  const site = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  const lines = [
    `# Written by \`osce-kg site\`: the w3id.org/osce-kg entry, redirecting to ${site}`,
    'Options +FollowSymLinks',
    'RewriteEngine on',
  ];
  for (const format of RDF_ORDER)
    lines.push(acceptCondition(format), `RewriteRule ^id/${NAME}$ ${site}id/$1.${format} [R=303,L]`);
  lines.push(`RewriteRule ^id/${NAME}$ ${site}id/$1.html [R=303,L]`);
  lines.push(`RewriteRule ^id/?$ ${site}id/index.html [R=303,L]`);
  lines.push(
    acceptCondition('ttl'),
    `RewriteRule ^ontology$ ${site}ontology.ttl [R=303,L]`,
    `RewriteRule ^ontology$ ${site}ontology.html [R=303,L]`,
  );
  lines.push(
    acceptCondition('ttl'),
    `RewriteRule ^dataset$ ${site}void.ttl [R=303,L]`,
    `RewriteRule ^dataset$ ${site}void.html [R=303,L]`,
  );
  lines.push(`RewriteRule ^$ ${site} [R=302,L]`);
  return `${lines.join('\n')}\n`;
}

/** sitemap.xml of the pages for people (absolute URLs under the site's address). */
export function sitemap(siteUrl: string, paths: readonly string[]): string {
  const site = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${paths.map((p) => `  <url><loc>${xml(site + p)}</loc></url>`).join('\n')}
</urlset>
`;
}
