// The Timeline tab: dated entities per year as bars, a period (from/to) that filters the graph, and Play.
import type { ExplorerContext } from '../../context';
import { countByYear, datedNodes, type Period, type YearCount } from '../../core/timeline/dated';
import { clear, h } from '../../ui/dom';
import '../../ui/panel-controls.css';
import './timeline-panel.css';

/** One year per step while playing: slow enough to watch the graph fill in. */
const PLAY_STEP_MS = 700;

interface Controls {
  bars: HTMLElement;
  axis: HTMLElement;
  fromValue: HTMLElement;
  toValue: HTMLElement;
  from: HTMLInputElement;
  to: HTMLInputElement;
  play: HTMLButtonElement;
  status: HTMLElement;
}

export function mountTimelinePanel(host: HTMLElement, context: ExplorerContext): void {
  let years: YearCount[] = [];
  let timer: ReturnType<typeof setInterval> | null = null;
  const controls = buildControls({
    change: () => setFromInputs(),
    play: () => (timer === null ? startPlaying() : stopPlaying()),
    all: () => {
      stopPlaying();
      context.setPeriod(null);
    },
  });
  host.append(
    h('div', { class: 'okg-qp okg-timeline' }, [
      h('h2', { class: 'okg-timeline-title', text: 'Timeline' }),
      h('p', {
        class: 'okg-timeline-lead',
        text: 'Decisions, events, publications and activities by the year they are dated (dcterms:date). Choose a period to show only what is dated in it (undated entities stay), or play the years forward.',
      }),
      controls.bars,
      controls.axis,
      h('div', { class: 'okg-timeline-range' }, [
        h('span', { text: 'From' }),
        controls.from,
        controls.fromValue,
        h('span', { text: 'To' }),
        controls.to,
        controls.toValue,
      ]),
      h('div', { class: 'okg-qp-toolbar' }, [
        controls.play,
        h('button', { attrs: { type: 'button' }, text: 'All years', on: { click: () => controls.all() } }),
      ]),
      controls.status,
    ]),
  );

  function setFromInputs(): void {
    const a = Number(controls.from.value);
    const b = Number(controls.to.value);
    setPeriod({ from: Math.min(a, b), to: Math.max(a, b) });
  }

  /** The whole span chosen means no filter, so a shared link stays short and new years show. */
  function setPeriod(period: Period): void {
    const [earliest] = years;
    const latest = years.at(-1);
    const span = earliest && latest ? { from: earliest.year, to: latest.year } : null;
    context.setPeriod(span && period.from <= span.from && period.to >= span.to ? null : period);
  }

  function startPlaying(): void {
    const [earliest] = years;
    if (earliest === undefined) return;
    const first = earliest.year;
    let to = first;
    setPeriod({ from: first, to });
    timer = setInterval(() => {
      to += 1;
      setPeriod({ from: first, to });
      if (to >= (years.at(-1)?.year ?? to)) stopPlaying();
    }, PLAY_STEP_MS);
    render();
  }

  function stopPlaying(): void {
    if (timer !== null) clearInterval(timer);
    timer = null;
    render();
  }

  function render(): void {
    renderTimeline(controls, years, context.getPeriod(), timer !== null, (year) => setPeriod({ from: year, to: year }));
  }

  const refresh = (): void => {
    years = countByYear(datedNodes(context.getGraph()).values());
    render();
  };
  context.onChange((kind) => {
    if (kind === 'data') refresh();
    else if (kind === 'filters') render();
  });
  refresh();
}

function buildControls(actions: { change(): void; play(): void; all(): void }): Controls & { all(): void } {
  const range = (label: string): HTMLInputElement =>
    h('input', { attrs: { type: 'range', step: '1', 'aria-label': label }, on: { input: () => actions.change() } });
  return {
    bars: h('div', { class: 'okg-timeline-bars', attrs: { role: 'group', 'aria-label': 'Dated entities per year' } }),
    axis: h('div', { class: 'okg-timeline-axis', attrs: { 'aria-hidden': 'true' } }),
    fromValue: h('output'),
    toValue: h('output'),
    from: range('From year'),
    to: range('To year'),
    play: h('button', {
      class: 'okg-primary',
      attrs: { type: 'button' },
      text: 'Play',
      on: { click: () => actions.play() },
    }),
    status: h('p', { class: 'okg-timeline-status', attrs: { role: 'status', 'aria-live': 'polite' } }),
    all: actions.all,
  };
}

/** Bars (one button per year: a click narrows to that year), the range inputs and the status line. */
function renderTimeline(
  c: Controls,
  years: YearCount[],
  period: Period | null,
  playing: boolean,
  pickYear: (year: number) => void,
): void {
  clear(c.bars);
  c.play.textContent = playing ? 'Pause' : 'Play';
  const [earliest] = years;
  const latest = years.at(-1);
  if (earliest === undefined || latest === undefined) {
    c.status.textContent = 'No entity of this graph has a date.';
    c.from.disabled = c.to.disabled = c.play.disabled = true;
    return;
  }
  const first = earliest.year;
  const last = latest.year;
  const shown = period ?? { from: first, to: last };
  const max = Math.max(...years.map((y) => y.count));
  for (const { year, count } of years) {
    const inside = year >= shown.from && year <= shown.to;
    const bar = h('button', {
      class: 'okg-timeline-bar' + (inside ? ' okg-in-period' : ''),
      attrs: {
        type: 'button',
        tabindex: '-1',
        title: `${year}: ${count} dated`,
        'aria-label': `${year}: ${count} dated`,
        style: `--h:${count === 0 ? 0 : Math.max(8, Math.round((count / max) * 100))}%`,
      },
      on: { click: () => pickYear(year) },
    });
    c.bars.append(bar);
  }
  for (const input of [c.from, c.to]) {
    input.disabled = false;
    input.min = String(first);
    input.max = String(last);
  }
  c.play.disabled = false;
  c.from.value = c.fromValue.textContent = String(shown.from);
  c.to.value = c.toValue.textContent = String(shown.to);
  clear(c.axis);
  c.axis.append(h('span', { text: String(first) }), h('span', { text: String(last) }));
  const dated = years.filter((y) => y.year >= shown.from && y.year <= shown.to).reduce((n, y) => n + y.count, 0);
  const total = years.reduce((n, y) => n + y.count, 0);
  c.status.textContent =
    period === null
      ? `All years, ${first}–${last}: ${total} dated entities.`
      : `${shown.from}–${shown.to}: ${dated} of ${total} dated entities shown.`;
}
