// Styles of the Matrix panel, added once to the document when it first mounts.
const CSS = `
.matrix-panel { font-size: 13px; line-height: 1.4; }
.matrix-panel h2 { font-size: 15px; margin: 0 0 6px; }
.matrix-panel h3 { font-size: 14px; margin: 10px 0 4px; }
.matrix-lead { margin: 0 0 6px; }
.matrix-definition, .matrix-summary, .matrix-target-label { color: var(--muted, #5b6474); margin: 0 0 8px; }
.matrix-definition { font-size: 12px; margin-top: 6px; }
.matrix-tools { display: flex; justify-content: flex-end; margin: 0 0 4px; }
.matrix-swap { padding: 2px 8px; font-size: 12px; border: 1px solid var(--border, #d9dee7); background: var(--panel, #fff); border-radius: 6px; cursor: pointer; }
.matrix-swap[aria-pressed="true"] { background: #dbe6ff; border-color: var(--accent, #1d4ed8); }
.matrix-scroll { overflow: auto; max-height: 55vh; border: 1px solid var(--border, #d9dee7); max-width: 100%; }
.matrix-table { border-collapse: separate; border-spacing: 0; font-variant-numeric: tabular-nums; }
.matrix-table caption { text-align: left; padding: 4px 6px; font-weight: 600; caption-side: top; }
.matrix-table th, .matrix-table td { border-right: 1px solid var(--border, #d9dee7); border-bottom: 1px solid var(--border, #d9dee7); padding: 0; text-align: center; min-width: 1.9em; }
/* Sticky headers: the column codes stay on top and the row names on the left while the table scrolls. */
.matrix-table thead th { position: sticky; top: 0; background: #f3f4f6; padding: 4px 2px; z-index: 1; vertical-align: bottom; }
.matrix-table tbody th { position: sticky; left: 0; background: #fff; text-align: left; padding: 3px 6px; font-weight: 500; max-width: 9em; min-width: 4em; z-index: 1; overflow-wrap: anywhere; }
.matrix-table thead th.matrix-corner { left: 0; z-index: 2; text-align: left; padding: 4px 6px; font-size: 12px; }
/* Column headers read bottom to top: a column is as narrow as its number, however long the code. */
.matrix-col-text { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; display: inline-block; max-height: 8em; overflow: hidden; text-overflow: ellipsis; font-size: 12px; }
.matrix-table tbody th.matrix-row-target { max-width: 15em; font-weight: 600; }
.matrix-row-label { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; font-weight: 400; font-size: 12px; color: var(--muted, #5b6474); overflow-wrap: normal; }
.matrix-table abbr { text-decoration: none; cursor: help; }
.matrix-table td button { width: 100%; min-height: 1.9em; border: 0; background: transparent; cursor: pointer; font: inherit; font-weight: 600; color: #111827; }
.matrix-table td button:hover, .matrix-table td button[aria-pressed="true"] { outline: 2px solid var(--accent, #1d4ed8); outline-offset: -2px; }
.matrix-table td button:focus-visible { outline: 3px solid var(--accent, #1d4ed8); outline-offset: -3px; }
.matrix-total { color: var(--muted, #5b6474); padding: 0 4px; }
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
