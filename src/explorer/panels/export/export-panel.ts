// The Export panel: the whole graph or only what is visible, as RDF, GEXF, CSV, or the view as PNG (1×/2×/4×) or SVG.
import type { Quad } from '@rdfjs/types';
import type { ExplorerContext } from '../../context';
import type { KgGraph } from '../../../kg/to-graph';
import type { RdfFormat } from '../../../rdf/formats';
import { downloadBlob, downloadText } from './download';
import { visibleSubset } from './visible-subset';
import { edgeEvidence, edgesCsv, nodesCsv } from './graph-csv';
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

function rdfAction(
  context: ExplorerContext,
  format: RdfFormat,
  label: string,
  extension: string,
  mediaType: string,
  description: string,
): ExportAction {
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

/** Title and scale of the image exports, as set in the panel. */
interface ImageOptions {
  title: string;
  scale: number;
}

function imageActions(context: ExplorerContext, image: () => ImageOptions): ExportAction[] {
  return [
    {
      id: 'png',
      label: 'PNG image',
      description: 'the view as drawn now (filters and highlights included), with its title and legend',
      async run() {
        const [{ svgToPng }, { viewToSvg }] = await Promise.all([import('./png'), import('./svg')]);
        const { title, scale } = image();
        const { svg, width, height } = viewToSvg(context.getViewSnapshot(), title);
        const blob = await svgToPng(svg, width, height, scale);
        return { blob, mediaType: 'image/png', extension: 'png', suffix: scale === 1 ? 'view' : `view-${scale}x` };
      },
    },
    {
      id: 'svg',
      label: 'SVG image',
      description: 'the same picture as a vector drawing, for print and slides',
      async run() {
        const { viewToSvg } = await import('./svg');
        return {
          text: viewToSvg(context.getViewSnapshot(), image().title).svg,
          mediaType: 'image/svg+xml',
          extension: 'svg',
          suffix: 'view',
        };
      },
    },
  ];
}

function actions(context: ExplorerContext): ExportAction[] {
  const graph = (): KgGraph => context.getGraph();
  return [
    rdfAction(context, 'turtle', 'Turtle', 'ttl', 'text/turtle', 'all statements in one graph, with prefixes'),
    rdfAction(context, 'ntriples', 'N-Triples', 'nt', 'application/n-triples', 'one statement per line'),
    rdfAction(
      context,
      'trig',
      'TriG',
      'trig',
      'application/trig',
      'with provenance: each statement in the named graph of its passage',
    ),
    rdfAction(context, 'nquads', 'N-Quads', 'nq', 'application/n-quads', 'with provenance, one statement per line'),
    rdfAction(context, 'jsonld', 'JSON-LD', 'jsonld', 'application/ld+json', 'all statements, for web developers'),
    {
      id: 'gexf',
      label: 'GEXF (Gephi)',
      description: 'nodes and edges with labels, kinds, colours and the positions on the canvas',
      async run(scope) {
        const [{ write }, { graphToGexf }] = await Promise.all([import('graphology-gexf/browser'), import('./gexf')]);
        return {
          text: graphToGexf(graph(), write, scopedKeys(context, scope), context.drawnPositions()),
          mediaType: 'application/gexf+xml',
          extension: 'gexf',
        };
      },
    },
    {
      id: 'nodes-csv',
      label: 'Nodes CSV',
      description: 'one row per node',
      async run(scope) {
        return {
          text: nodesCsv(graph(), scopedKeys(context, scope), context.drawnPositions()),
          mediaType: 'text/csv',
          extension: 'csv',
          suffix: 'nodes',
        };
      },
    },
    {
      id: 'edges-csv',
      label: 'Edges CSV',
      description: 'one row per edge: both ends and the relation by name, the passages that assert it and their quotes',
      async run(scope) {
        return {
          text: edgesCsv(graph(), scopedKeys(context, scope), edgeEvidence(context.getQuads())),
          mediaType: 'text/csv',
          extension: 'csv',
          suffix: 'edges',
        };
      },
    },
  ];
}

/** One export button with its description; the status line tells what was saved or why it failed. */
function actionItem(action: ExportAction, scopeOf: () => Scope, status: HTMLElement): HTMLLIElement {
  const button = h('button', {
    text: action.label,
    attrs: { type: 'button', 'aria-describedby': `export-desc-${action.id}` },
  });
  button.dataset.export = action.id;
  const description = h('span', { class: 'export-description', attrs: { id: `export-desc-${action.id}` } }, [
    action.description,
  ]);
  const runExport = async (): Promise<void> => {
    const chosen = scopeOf();
    button.disabled = true;
    status.textContent = `Preparing ${action.label}…`;
    const started = performance.now();
    try {
      const result = await action.run(chosen);
      const name = `${FILE_BASE}${chosen === 'visible' ? '-visible' : ''}${result.suffix ? '-' + result.suffix : ''}.${result.extension}`;
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
  };
  // Fire and forget: runExport reports its own failure in the status line
  button.addEventListener('click', () => void runExport());
  return h('li', {}, [button, ' ', description]);
}

/** The image exports' options: a title drawn above the view, and the scale of the PNG. */
function imageFieldset(): { element: HTMLElement; options(): ImageOptions } {
  const title = h('input', {
    class: 'export-title',
    attrs: { type: 'text', id: 'export-image-title', value: 'OSCE migration governance knowledge graph' },
  });
  const scales = [1, 2, 4].map((scale) =>
    h('input', {
      attrs: { type: 'radio', name: 'export-scale', value: String(scale), checked: scale === 1 ? '' : undefined },
    }),
  );
  const element = h('fieldset', { class: 'export-image' }, [
    h('legend', {}, ['Image of the view']),
    h('div', { class: 'export-row' }, [h('label', { attrs: { for: title.id } }, ['Title']), title]),
    h('div', { class: 'export-row', attrs: { role: 'radiogroup', 'aria-label': 'PNG scale' } }, [
      h('span', {}, ['PNG scale']),
      ...scales.map((input) => h('label', {}, [input, ` ${input.value}×`])),
    ]),
  ]);
  return {
    element,
    options: () => ({ title: title.value.trim(), scale: Number(scales.find((s) => s.checked)?.value ?? 1) }),
  };
}

export function mountExportPanel(host: HTMLElement, context: ExplorerContext): void {
  host.classList.add('export-panel');
  const scopeAll = h('input', {
    attrs: { type: 'radio', name: 'export-scope', value: 'all', checked: '', id: 'export-scope-all' },
  });
  const scopeVisible = h('input', {
    attrs: { type: 'radio', name: 'export-scope', value: 'visible', id: 'export-scope-visible' },
  });
  const visibleLabel = h('label', { attrs: { for: 'export-scope-visible' } }, ['Only what is visible']);
  const scope = h('fieldset', {}, [
    h('legend', {}, ['What to export']),
    h('div', {}, [scopeAll, h('label', { attrs: { for: 'export-scope-all' } }, ['Whole graph'])]),
    h('div', {}, [scopeVisible, visibleLabel]),
  ]);
  const note = h('p', { class: 'export-note' }, [
    'Visible: the statements whose subject is shown under the current filters, with the passages and source documents that support them.',
  ]);
  const status = h('p', { class: 'export-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const image = imageFieldset();
  const scopeOf = (): Scope => (scopeVisible.checked ? 'visible' : 'all');
  const data = h(
    'ul',
    { class: 'export-actions' },
    actions(context).map((a) => actionItem(a, scopeOf, status)),
  );
  // An image is always of the view as drawn, whatever the scope above says
  const images = h(
    'ul',
    { class: 'export-actions' },
    imageActions(context, image.options).map((a) => actionItem(a, () => 'all', status)),
  );
  const updateCounts = (): void => {
    const visible = context.visibleNodes().length;
    const total = context.getGraph().order;
    visibleLabel.textContent = `Only what is visible (${visible.toLocaleString('en')} of ${total.toLocaleString('en')} entities)`;
  };
  host.append(h('h2', {}, ['Export']), scope, note, data, image.element, images, status);
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
