// HTML building blocks for the published pages: escaping of every text and attribute, and the page layout.
import { PAGE_STYLE, STYLESHEET } from './page-style';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values alike. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** JSON inside `<script type="application/ld+json">`: no `<` at all, so `</script>` or `<!--` cannot occur. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** `<span lang>` for a literal with a language tag other than the page's, so screen readers pronounce it right. */
export function langText(value: string, language: string): string {
  return language && !/^en\b/i.test(language) ? `<span lang="${esc(language)}">${esc(value)}</span>` : esc(value);
}

export interface Alternate {
  href: string;
  type: string;
  label: string;
}

export interface PageShell {
  title: string;
  /** Relative path from the page to the site's root, '' or '../'. */
  root: string;
  body: string;
  alternates?: Alternate[];
  /** schema.org description of the page's subject. */
  jsonLd?: unknown;
  canonical?: string;
  description?: string;
  /**
   * The style inside the page instead of a link to the shared stylesheet: for a page served at any path (the static
   * site's 404.html), where no relative link can reach the stylesheet.
   */
  inlineStyle?: boolean;
}

/** A whole HTML page. Everything passed in is HTML already escaped by the caller, except `title` and `description`. */
export function page(shell: PageShell): string {
  const r = shell.root;
  const alternates = (shell.alternates ?? [])
    .map((a) => `<link rel="alternate" type="${esc(a.type)}" href="${esc(a.href)}">`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${esc(shell.title)} — osce-kg</title>
${shell.description ? `<meta name="description" content="${esc(shell.description)}">\n` : ''}${shell.canonical ? `<link rel="canonical" href="${esc(shell.canonical)}">\n` : ''}${alternates}
${shell.inlineStyle ? `<style>${PAGE_STYLE}</style>` : `<link rel="stylesheet" href="${r}${STYLESHEET}">`}
${shell.jsonLd === undefined ? '' : `<script type="application/ld+json">${scriptJson(shell.jsonLd)}</script>\n`}</head>
<body>
<header>
<a class="site" href="${r}id/index.html">osce-kg</a>
<nav aria-label="Site"><a href="${r}id/index.html">All resources</a> · <a href="${r}ontology.html">Ontology</a> · <a href="${r}void.html">Dataset</a> · <a href="${r}index.html">Explorer</a></nav>
</header>
<main>
${shell.body}
</main>
<footer>
<p>Knowledge graph of the OSCE's work on migration governance. Every statement is traced to a verbatim passage of its source.</p>
</footer>
</body>
</html>
`;
}
