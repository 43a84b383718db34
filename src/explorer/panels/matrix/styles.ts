// Styles of the Matrix panel, added once to the document when it first mounts.
const CSS = `
.matrix-panel { padding: 10px 12px; font-size: 13px; line-height: 1.4; }
.matrix-panel h2 { font-size: 15px; margin: 0 0 6px; }
.matrix-panel h3 { font-size: 14px; margin: 10px 0 4px; }
.matrix-definition, .matrix-summary, .matrix-target-label { color: var(--muted, #5b6474); margin: 0 0 8px; }
.matrix-scroll { overflow: auto; max-height: 55vh; border: 1px solid var(--border, #d9dee7); }
.matrix-table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
.matrix-table caption { text-align: left; padding: 4px 6px; font-weight: 600; caption-side: top; }
.matrix-table th, .matrix-table td { border: 1px solid var(--border, #d9dee7); padding: 0; text-align: center; min-width: 2.6em; }
.matrix-table thead th { position: sticky; top: 0; background: #f3f4f6; padding: 3px 4px; z-index: 1; }
.matrix-table tbody th { position: sticky; left: 0; background: #fff; text-align: left; padding: 3px 6px; font-weight: 500; max-width: 13em; min-width: 5em; z-index: 1; }
.matrix-table abbr { text-decoration: none; cursor: help; }
.matrix-table td button { width: 100%; min-height: 1.9em; border: 0; background: transparent; cursor: pointer; font: inherit; font-weight: 600; }
.matrix-table td button:hover, .matrix-table td button[aria-pressed="true"] { outline: 2px solid var(--accent, #1d4ed8); outline-offset: -2px; }
.matrix-total { color: var(--muted, #5b6474); padding: 0 6px; }
.matrix-statements { padding-left: 1.4em; margin: 4px 0 8px; }
.matrix-statements li { margin-bottom: 8px; }
.matrix-statements p { margin: 2px 0; }
.matrix-quotes { list-style: none; padding: 0; margin: 2px 0; }
.matrix-quotes blockquote { display: inline; margin: 0; font-style: italic; }
.matrix-quotes blockquote::before { content: '“'; }
.matrix-quotes blockquote::after { content: '”'; }
.matrix-link, .matrix-no-source { color: var(--muted, #5b6474); }
.matrix-panel button.link { display: inline; border: 0; background: none; padding: 0; color: #1559a0; text-decoration: underline; cursor: pointer; font: inherit; text-align: left; }
`;

let added = false;

export function addMatrixStyles(): void {
  if (added) return;
  added = true;
  const style = document.createElement('style');
  style.dataset.panel = 'matrix';
  style.textContent = CSS;
  document.head.append(style);
}
