// The Export panel: the whole graph or only what is visible, as RDF, GEXF, CSV or a PNG of the view.
import type { Quad } from '@rdfjs/types';
import type { ExplorerContext } from '../../context';
import type { KgGraph } from '../../../kg/to-graph';
import type { RdfFormat } from '../../../rdf/formats';
import { downloadBlob, downloadText } from './download';
import { visibleSubset } from './visible-subset';
import { edgesCsv, nodesCsv } from './graph-csv';
import './export-panel.css';
import { h } from '../../ui/dom';

type Scope = 'all' | 'visible';

interface ExportAction {
  id: string;
  label: string;
  description: string;
  run(scope: Scope): Promise<{ blob?: Blob; text?: string; mediaType: string; extension: string; suffix?: string }>;
}

const FILE_BASE = 'osce-kg';

function rdfAction(context: ExplorerContext, format: RdfFormat, label: string, extension: string, mediaType: string, description: string): ExportAction {
  return {
    id: format,
    label,
    description,
    async run(scope) {
      const { serializeRdf } = await import('../../../rdf/serialize');
      const quads = scopedQuads(context, scope);
      return { text: await serializeRdf(quads, format), mediaType, extension };
    },
  };
}

function scopedQuads(context: ExplorerContext, scope: Scope): Quad[] {
  const quads = context.getQuads();
  return scope === 'all' ? quads : visibleSubset(quads, context.visibleNodes());
}

function scopedKeys(context: ExplorerContext, scope: Scope): ReadonlySet<string> | undefined {
  return scope === 'all' ? undefined : new Set(context.visibleNodes());
}

function actions(context: ExplorerContext): ExportAction[] {
  const graph = (): KgGraph => context.getGraph();
  return [
    rdfAction(context, 'turtle', 'Turtle', 'ttl', 'text/turtle', 'all statements in one graph, with prefixes'),
    rdfAction(context, 'ntriples', 'N-Triples', 'nt', 'application/n-triples', 'one statement per line'),
    rdfAction(context, 'trig', 'TriG', 'trig', 'application/trig', 'with provenance: each statement in the named graph of its passage'),
    rdfAction(context, 'nquads', 'N-Quads', 'nq', 'application/n-quads', 'with provenance, one statement per line'),
    rdfAction(context, 'jsonld', 'JSON-LD', 'jsonld', 'application/ld+json', 'all statements, for web developers'),
    {
      id: 'gexf',
      label: 'GEXF (Gephi)',
      description: 'nodes and edges with labels, kinds, colours and positions',
      async run(scope) {
        const [{ write }, { graphToGexf }] = await Promise.all([import('graphology-gexf/browser'), import('./gexf')]);
        return { text: graphToGexf(graph(), write as Parameters<typeof graphToGexf>[1], scopedKeys(context, scope)), mediaType: 'application/gexf+xml', extension: 'gexf' };
      },
    },
    {
      id: 'nodes-csv',
      label: 'Nodes CSV',
      description: 'one row per node',
      async run(scope) {
        return { text: nodesCsv(graph(), scopedKeys(context, scope)), mediaType: 'text/csv', extension: 'csv', suffix: 'nodes' };
      },
    },
    {
      id: 'edges-csv',
      label: 'Edges CSV',
      description: 'one row per edge, with the passages that assert it',
      async run(scope) {
        return { text: edgesCsv(graph(), scopedKeys(context, scope)), mediaType: 'text/csv', extension: 'csv', suffix: 'edges' };
      },
    },
    {
      id: 'png',
      label: 'PNG image',
      description: 'the view as it is drawn now (filters and highlights included)',
      async run() {
        const { viewToPng } = await import('./png');
        return { blob: await viewToPng(context.getCanvasContainer()), mediaType: 'image/png', extension: 'png', suffix: 'view' };
      },
    },
  ];
}


export function mountExportPanel(host: HTMLElement, context: ExplorerContext): void {
  host.classList.add('export-panel');
  const scopeAll = h('input', { attrs: { type: 'radio', name: 'export-scope', value: 'all', checked: '', id: 'export-scope-all' } });
  const scopeVisible = h('input', { attrs: { type: 'radio', name: 'export-scope', value: 'visible', id: 'export-scope-visible' } });
  const visibleLabel = h('label', { attrs: { for: 'export-scope-visible' } }, ['Only what is visible']);
  const scope = h('fieldset', {}, [
    h('legend', {}, ['What to export']),
    h('div', {}, [scopeAll, h('label', { attrs: { for: 'export-scope-all' } }, ['Whole graph'])]),
    h('div', {}, [scopeVisible, visibleLabel]),
  ]);
  const note = h('p', { class: 'export-note' }, [
    'Visible: the statements whose subject is shown under the current filters, with the passages and source documents that support them. PNG always shows the view as drawn.']);
  const status = h('p', { class: 'export-status', attrs: { role: 'status' } });
  status.setAttribute('aria-live', 'polite');
  const list = h('ul', { class: 'export-actions' });

  const updateCounts = (): void => {
    const visible = context.visibleNodes().length;
    const total = context.getGraph().order;
    visibleLabel.textContent = `Only what is visible (${visible.toLocaleString('en')} of ${total.toLocaleString('en')} entities)`;
  };

  for (const action of actions(context)) {
    const button = h('button', { text: action.label, attrs: { type: 'button' } });
    button.dataset.export = action.id;
    button.setAttribute('aria-describedby', `export-desc-${action.id}`);
    const description = h('span', { class: 'export-description', attrs: { id: `export-desc-${action.id}` } }, [action.description]);
    button.addEventListener('click', async () => {
      const chosen: Scope = scopeVisible.checked ? 'visible' : 'all';
      button.disabled = true;
      status.textContent = `Preparing ${action.label}…`;
      const started = performance.now();
      try {
        const result = await action.run(chosen);
        const scopePart = chosen === 'visible' && action.id !== 'png' ? '-visible' : '';
        const name = `${FILE_BASE}${scopePart}${result.suffix ? '-' + result.suffix : ''}.${result.extension}`;
        if (result.blob) downloadBlob(result.blob, name);
        else downloadText(result.text ?? '', name, result.mediaType);
        const size = result.blob?.size ?? new Blob([result.text ?? '']).size;
        status.textContent = `Saved ${name} (${formatBytes(size)}, ${Math.round(performance.now() - started)} ms).`;
      } catch (error) {
        status.textContent = `${action.label} export failed: ${error instanceof Error ? error.message : String(error)}`;
        status.classList.add('error');
        setTimeout(() => status.classList.remove('error'), 4000);
      } finally {
        button.disabled = false;
      }
    });
    list.append(h('li', {}, [button, ' ', description]));
  }

  host.append(h('h2', {}, ['Export']), scope, note, list, status);
  updateCounts();
  context.onChange((kind) => {
    if (kind === 'data' || kind === 'filters') updateCounts();
  });
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
