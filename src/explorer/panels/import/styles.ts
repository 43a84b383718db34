// Styles of the Import panel, added once to the document when it first mounts.
const CSS = `
.import-panel { font-size: 13px; line-height: 1.4; }
.import-panel h2 { font-size: 15px; margin: 0 0 6px; }
.import-drop-zone { border: 2px dashed var(--border, #d9dee7); border-radius: 8px; padding: 18px 12px; text-align: center; color: var(--muted, #5b6474); cursor: pointer; margin-bottom: 10px; }
html[data-dragging] .import-drop-zone, .import-drop-zone:hover { border-color: var(--accent, #1d4ed8); background: #eef3ff; color: var(--text, #1f2937); }
.import-row { margin: 0 0 8px; display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
.import-row label { font-weight: 600; }
.import-panel fieldset { border: 1px solid var(--border, #d9dee7); border-radius: 6px; margin: 0 0 8px; padding: 6px 10px; }
.import-panel legend { font-weight: 600; }
.import-note { color: var(--muted, #5b6474); margin: 0 0 8px; }
.import-progress { display: flex; gap: 8px; align-items: center; }
.import-progress progress { flex: 1; height: 14px; }
.import-progress progress[hidden] { display: none; }
.import-status { min-height: 1.4em; margin: 6px 0; }
.import-error { color: #b00020; background: #fdecee; border: 1px solid #f3b7bf; border-radius: 6px; padding: 6px 8px; white-space: pre-wrap; overflow-wrap: anywhere; }
`;

let added = false;

export function addImportStyles(): void {
  if (added) return;
  added = true;
  const style = document.createElement('style');
  style.dataset.panel = 'import';
  style.textContent = CSS;
  document.head.append(style);
}
