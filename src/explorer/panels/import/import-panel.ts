// The Import panel: drop or pick an RDF file, parse it in a worker with a progress bar, then merge or replace; the
// last import can be undone.
import type { ExplorerContext } from '../../context';
import { buildImportForm } from './import-form';
import { ImportRunner } from './import-run';
import { ImportUndo } from './import-undo';
import './import-panel.css';

export function mountImportPanel(host: HTMLElement, context: ExplorerContext): void {
  host.classList.add('import-panel');
  const form = buildImportForm(host);
  const runner = new ImportRunner(host, form, context, new ImportUndo(context, form.undo, form.status));

  form.fileInput.addEventListener('change', () => {
    form.dropNote.hidden = true;
    const file = form.fileInput.files?.[0];
    if (file) void runner.run(file);
    form.fileInput.value = ''; // picking the same file again still fires change
  });
  form.dropZone.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      form.fileInput.click();
    }
  });
  form.dropZone.addEventListener('click', () => form.fileInput.click());

  // Files dropped anywhere on the page come here (ui/page-drop.ts prevents the browser's default from the first frame).
  context.takeDroppedFiles((file) => {
    form.dropNote.textContent = `${file.name} was dropped on the page: it is imported here (${form.replace.checked ? 'replacing' : 'merging with'} the current graph).`;
    form.dropNote.hidden = false;
    void runner.run(file);
  });
}
