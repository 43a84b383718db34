// Styles of the Export panel, added once to the document when it first mounts.
const CSS = `
.export-panel { font-size: 13px; line-height: 1.4; }
.export-panel h2 { font-size: 15px; margin: 0 0 6px; }
.export-panel fieldset { border: 1px solid var(--border, #d9dee7); border-radius: 6px; margin: 0 0 8px; padding: 6px 10px; }
.export-panel legend { font-weight: 600; }
.export-note { color: var(--muted, #5b6474); margin: 0 0 8px; }
.export-actions { list-style: none; padding: 0; margin: 0 0 8px; display: grid; gap: 6px; }
.export-actions li { display: grid; grid-template-columns: 8.5em 1fr; gap: 8px; align-items: center; }
.export-actions button { width: 100%; padding: 4px 10px; border: 1px solid var(--border, #d9dee7); border-radius: 6px; background: #fff; cursor: pointer; font: inherit; }
.export-actions button:hover { border-color: var(--accent, #1d4ed8); }
.export-actions button:disabled { opacity: .5; cursor: default; }
.export-description { color: var(--muted, #5b6474); }
.export-status { min-height: 1.4em; margin: 0; }
.export-status.error { color: #b00020; }
`;

let added = false;

export function addExportStyles(): void {
  if (added) return;
  added = true;
  const style = document.createElement('style');
  style.dataset.panel = 'export';
  style.textContent = CSS;
  document.head.append(style);
}
