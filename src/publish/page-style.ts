// The published pages' stylesheet: one shared file (`pages.css` at the site's root) that every page links relatively.

/** The stylesheet's path from the site's root (pages link it as `{root}pages.css`). */
export const STYLESHEET = 'pages.css';

export const PAGE_STYLE = `
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
.served { margin: 1rem 0 1.5rem; padding-left: 0.75rem; border-left: 3px solid var(--line); }
.formats { display: flex; gap: 0.75rem; flex-wrap: wrap; padding: 0; list-style: none; }
.source-text { white-space: pre-wrap; font-family: Georgia, serif; background: #fafafa; border: 1px solid var(--line); padding: 1rem; }
.source-text mark { background: #fff2a8; color: inherit; }
.source-text mark:target { outline: 3px solid #0b55a0; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; border-bottom: 1px solid var(--line); padding: 0.25rem 0.5rem; vertical-align: top; overflow-wrap: anywhere; }
code { font-family: ui-monospace, monospace; font-size: 0.9em; }
`;
