// Styles of the query and paths panels, added once to the document when a panel first mounts.
const CSS = `
.okg-qp { display: flex; flex-direction: column; gap: 8px; font: 13px/1.4 system-ui, sans-serif; min-width: 0; }
.okg-qp-toolbar { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.okg-qp-toolbar label { display: inline-flex; gap: 4px; align-items: center; }
.okg-qp-toolbar input[type=number] { width: 5.5em; }
/* Buttons look like the rest of the explorer's (shell styles.css): same border, radius and accent. */
.okg-qp button { font: inherit; padding: 3px 10px; border: 1px solid var(--border, #d9dee7); border-radius: 6px; background: var(--panel, #fff); color: var(--text, #1f2937); cursor: pointer; }
.okg-qp button:hover:not(:disabled) { border-color: var(--accent, #1d4ed8); }
.okg-qp button.okg-primary { background: var(--accent, #1d4ed8); border-color: var(--accent, #1d4ed8); color: #fff; }
.okg-qp button:disabled { opacity: .5; cursor: default; }
.okg-qp-status { min-height: 1.4em; color: #333; }
.okg-qp-status.okg-error { color: #b00020; white-space: pre-wrap; }
.okg-qp-notice { background: #fff4ce; border: 1px solid #e0c060; padding: 4px 8px; border-radius: 4px; }
.okg-qp-downloads { display: flex; gap: 6px; flex-wrap: wrap; align-items: center; }
.okg-query-results { overflow: auto; max-height: 50vh; }
.okg-query-results table { border-collapse: collapse; width: 100%; }
.okg-query-results th, .okg-query-results td { border-bottom: 1px solid #e3e3e3; padding: 3px 6px; text-align: left; vertical-align: top; overflow-wrap: break-word; }
.okg-query-results td { min-width: 4em; }
.okg-query-results th { position: sticky; top: 0; background: #fafafa; white-space: nowrap; }
.okg-query-results th button { border: 0; background: none; padding: 0; font-weight: 600; }
.okg-qp button.okg-link { border: 0; background: none; padding: 0; color: #1559a0; text-decoration: underline; text-align: left; }
.okg-cell-literal { color: #222; }
.okg-cell-bnode, .okg-cell-iri { color: #555; }
.okg-qp-remote { border: 1px solid #ddd; border-radius: 4px; padding: 4px 8px; }
.okg-qp-remote-status { color: #333; }
.okg-qp-remote summary { cursor: pointer; font-weight: 600; }
.okg-qp-remote > * + * { margin-top: 6px; }
.okg-qp button.okg-expand { padding: 0 5px; line-height: 1.2; }
.okg-paths-title { font-size: 15px; margin: 0; }
.okg-paths-lead { margin: 0; color: var(--muted, #5b6474); }
.okg-paths-heading { font-size: 14px; margin: 4px 0 0; }
.okg-paths-form { display: grid; grid-template-columns: 1fr; gap: 6px; }
.okg-combo { position: relative; }
.okg-combo input { width: 100%; box-sizing: border-box; font: inherit; padding: 4px 6px; }
.okg-combo ul { position: absolute; z-index: 20; left: 0; right: 0; margin: 0; padding: 0; list-style: none; background: #fff; border: 1px solid #aaa; max-height: 16em; overflow: auto; box-shadow: 0 2px 6px rgba(0,0,0,.2); }
.okg-combo li { padding: 3px 6px; cursor: pointer; }
.okg-combo li[aria-selected=true] { background: #dbeafe; }
.okg-combo li small { color: #666; margin-left: 6px; }
.okg-path { border: 1px solid #ddd; border-radius: 4px; padding: 6px 8px; margin: 6px 0; }
.okg-path h4 { margin: 0 0 4px; font-size: 13px; }
.okg-path ol { margin: 0; padding-left: 1.4em; }
.okg-same-quote { margin: 2px 0 6px 11px; color: #666; font-size: 12px; }
.okg-path blockquote { margin: 2px 0 6px 0; padding-left: 8px; border-left: 3px solid #c7c7c7; color: #444; font-style: italic; }
`;

export function ensureStyles(): void {
  if (document.getElementById('okg-query-panel-styles')) return;
  const style = document.createElement('style');
  style.id = 'okg-query-panel-styles';
  style.textContent = CSS;
  document.head.append(style);
}
