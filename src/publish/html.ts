// HTML building blocks for the published pages: escaping of every text and attribute, and the page layout.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values alike. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** JSON inside `<script type="application/ld+json">`: no `<` at all, so `</script>` or `<!--` cannot occur. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
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
}

const STYLE = `
:root { color-scheme: light; --fg: #1b1b1b; --muted: #4a4a4a; --link: #0b55a0; --line: #d0d0d0; --quote: #f3f5f8; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: #fff; }
header, main, footer { max-width: 60rem; margin: 0 auto; padding: 0.75rem 1.25rem; }
header { border-bottom: 1px solid var(--line); display: flex; gap: 1.25rem; flex-wrap: wrap; align-items: baseline; }
header .site { font-weight: 700; color: var(--fg); text-decoration: none; }
footer { border-top: 1px solid var(--line); color: var(--muted); font-size: 0.875rem; }
a { color: var(--link); }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0.5rem 0; overflow-wrap: anywhere; }
h2 { font-size: 1.25rem; margin: 1.75rem 0 0.5rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.25rem 0 0.25rem; }
.kind { color: var(--muted); margin: 0; }
.iri { font-family: ui-monospace, monospace; font-size: 0.875rem; overflow-wrap: anywhere; color: var(--muted); }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dl.fields dt { font-weight: 600; }
dl.fields dd { margin: 0; overflow-wrap: anywhere; }
ul.values { list-style: none; padding: 0; margin: 0; }
ul.values > li { padding: 0.35rem 0; border-bottom: 1px solid #eee; overflow-wrap: anywhere; }
blockquote { margin: 0.35rem 0 0.35rem 1rem; padding: 0.35rem 0.75rem; background: var(--quote); border-left: 3px solid #7a8aa0; white-space: pre-wrap; }
.backing { font-size: 0.875rem; color: var(--muted); margin: 0 0 0 1rem; }
.formats { display: flex; gap: 0.75rem; flex-wrap: wrap; padding: 0; list-style: none; }
.source-text { white-space: pre-wrap; font-family: Georgia, serif; background: #fafafa; border: 1px solid var(--line); padding: 1rem; }
.source-text mark { background: #fff2a8; color: inherit; }
.source-text mark:target { outline: 3px solid #0b55a0; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; border-bottom: 1px solid var(--line); padding: 0.25rem 0.5rem; vertical-align: top; overflow-wrap: anywhere; }
code { font-family: ui-monospace, monospace; font-size: 0.9em; }
`;

/** A whole HTML page. Everything passed in is HTML already escaped by the caller, except `title` and `description`. */
export function page(shell: PageShell): string {
  const r = shell.root;
  const alternates = (shell.alternates ?? []).map((a) => `<link rel="alternate" type="${esc(a.type)}" href="${esc(a.href)}">`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${esc(shell.title)} — osce-kg</title>
${shell.description ? `<meta name="description" content="${esc(shell.description)}">\n` : ''}${shell.canonical ? `<link rel="canonical" href="${esc(shell.canonical)}">\n` : ''}${alternates}
<style>${STYLE}</style>
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
