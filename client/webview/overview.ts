// The Corpus Overview page (a VS Code webview): filters, then four sections drawn from the figures
// the extension hands over (huiyi/corpusOverview). A filter change asks the server again; a click
// asks the extension to open a report. Bundled by esbuild.mjs into dist/overview.js.
import { unpackOverview, type CorpusOverview, type OverviewFilter, type OverviewOfficial, type OverviewPlace, type PackedOverview } from '../../server/src/protocol/api';
import { damageChart, meetingsChart, officialTimeline, type ChartContext } from './charts';
import { bodiesTable, el, filesTable } from './tables';
import { onThemeChange, palette } from './theme';
import './overview.css';

declare function acquireVsCodeApi(): { postMessage(message: unknown): void };
const vscode = acquireVsCodeApi();
const root = document.getElementById('overview')!;
const nonce = root.dataset.nonce ?? '';

type FromExtension = { type: 'overview'; seq: number; overview: PackedOverview; filter: OverviewFilter; strings: Record<string, string>; locale: string } | { type: 'error'; message: string };

let strings: Record<string, string> = {};
let overview: CorpusOverview | undefined;
let filter: OverviewFilter = {};
let seq = 0;

const s = (key: string, ...args: (string | number)[]) => (strings[key] ?? key).replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)]));
const fontSize = () => parseFloat(getComputedStyle(document.body).fontSize) || 13;
const open = (place: OverviewPlace) => vscode.postMessage({ type: 'open', place });
const openFile = (uri: string) => open({ uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });

function ask(next: OverviewFilter): void {
  filter = next;
  root.setAttribute('aria-busy', 'true');
  vscode.postMessage({ type: 'filter', filter, seq: ++seq });
}

function filters(o: CorpusOverview): HTMLElement {
  const body = el('select', { id: 'filter-body', 'aria-label': s('body') }, el('option', { value: '' }, s('allBodies')), ...o.choices.bodies.slice(0, 500).map((b) => el('option', { value: b }, b)));
  body.value = filter.body ?? '';
  const month = (id: string, value: string | undefined) => {
    const input = el('input', { id, type: 'month', min: o.choices.first.slice(0, 7), max: o.choices.last.slice(0, 7) });
    input.value = value ?? '';
    return input;
  };
  const from = month('filter-from', filter.from);
  const to = month('filter-to', filter.to);
  const script = el('select', { id: 'filter-script', 'aria-label': s('script') }, el('option', { value: '' }, s('allScripts')), el('option', { value: 'simplified' }, s('simplified')), el('option', { value: 'traditional' }, s('traditional')));
  script.value = filter.script ?? '';
  const read = (): OverviewFilter => ({ body: body.value || undefined, from: from.value || undefined, to: to.value || undefined, script: (script.value || undefined) as OverviewFilter['script'] });
  for (const control of [body, from, to, script]) control.addEventListener('change', () => ask(read()));
  const clear = el('button', { id: 'filter-clear' }, s('clear'));
  clear.addEventListener('click', () => ask({}));
  const field = (label: string, control: HTMLElement) => el('label', {}, el('span', {}, label), control);
  return el('form', { class: 'filters', 'aria-label': s('filters') }, field(s('body'), body), field(s('from'), from), field(s('to'), to), field(s('script'), script), clear);
}

function section(id: string, heading: string, ...content: (Node | string)[]): HTMLElement {
  return el('section', { id, 'aria-labelledby': `${id}-heading` }, el('h2', { id: `${id}-heading` }, heading), ...content);
}

/** Goes up at every render: a deferred part of an older one is dropped. */
let renders = 0;

/**
 * Draws the page. The first time, the filters, the summary and the meetings chart at once and the
 * other sections (the officials' timelines hold a mark per meeting) once it is painted, so the
 * first chart is on screen without waiting for them. `focus`: the id of the control to focus again.
 */
function render(focus?: string): void {
  const o = overview;
  if (!o) return;
  const generation = ++renders;
  const width = Math.max(280, root.clientWidth - 8);
  const timelineWidth = root.clientWidth > 700 ? Math.max(280, root.clientWidth - 8 - 16 * fontSize()) : width;
  const c: ChartContext = { s, nonce, width, open };
  const form = filters(o);
  form.addEventListener('submit', (e) => e.preventDefault());
  const summary = el('p', { class: 'summary', id: 'summary' }, s('summary', o.reports, o.meetings, o.undated));

  const meetings = section('meetings', s('meetingsOverTime'), o.months.length ? meetingsChart(o, c) : el('p', { class: 'empty' }, s('noDated')), el('p', { class: 'undated', id: 'undated' }, s('undated', o.undated)));
  const colours = palette();
  const legend = (labels: string[], colour: (l: string) => string) => el('ul', { class: 'legend' }, ...labels.map((l) => {
    const swatch = el('span', { class: 'swatch' });
    swatch.style.background = colour(l);
    return el('li', {}, swatch, l);
  }));
  const kinds = [...new Set(o.months.map((m) => m.kind))];
  if (o.months.length) meetings.insertBefore(legend(kinds.map((k) => s(`kind.${k}`)), (l) => colours[['party', 'government', 'congress', 'cppcc', 'study', 'other'].findIndex((k) => s(`kind.${k}`) === l)]), meetings.querySelector('figure, svg'));

  // Only the first drawing is split: later ones (a filter, the theme, new figures) replace the page
  // at once, so nothing the user looks at goes away and comes back.
  const first = !root.querySelector('#meetings');
  root.replaceChildren(el('h1', {}, s('title')), form, summary, meetings);
  if (!first) return renderRest(o, c, colours, legend, timelineWidth, focus);
  if (focus) document.getElementById(focus)?.focus();
  // After the next frame is painted (a task queued in the frame's callback runs once it is on
  // screen): a task queued at once ran before the browser painted, and the chart came with the rest.
  requestAnimationFrame(() => setTimeout(() => generation === renders && renderRest(o, c, colours, legend, timelineWidth, focus, generation), 0));
}

/**
 * The bodies, the officials and the damage. `generation`: the first drawing's, whose officials'
 * timelines come one a task (the top official's holds thousands of marks), so the page answers in
 * between; without it, all at once.
 */
function renderRest(o: CorpusOverview, c: ChartContext, colours: readonly string[], legend: (labels: string[], colour: (l: string) => string) => HTMLElement, timelineWidth: number, focus: string | undefined, generation?: number): void {
  const bodies = section('bodies', s('bodies'), o.bodies.length ? bodiesTable(o.bodies, s, open) : el('p', { class: 'empty' }, s('none')));

  const dated = o.officials.flatMap((x) => x.marks.filter((m) => m.iso).map((m) => new Date(`${m.iso}T00:00:00Z`).getTime()));
  const span: [Date, Date] | undefined = dated.length ? [new Date(Math.min(...dated) - 864e5 * 15), new Date(Math.max(...dated) + 864e5 * 15)] : undefined;
  const official = (x: OverviewOfficial) => {
    const titles = [...x.titles, ...(x.marks.some((m) => !m.title) ? [''] : [])];
    const colour = (t: string) => colours[titles.indexOf(t) % colours.length];
    return el(
      'div',
      { class: 'official', 'data-official': x.name },
      el('div', { class: 'who' }, el('h3', {}, x.name, el('span', { class: 'count' }, s(x.meetings === 1 ? 'officialMeeting' : 'officialMeetings', x.meetings))), legend(titles.map((t) => t || s('noTitle')), (l) => colour(l === s('noTitle') ? '' : l))),
      el('div', { class: 'timelines' }, ...officialTimeline(x, span, colour, { ...c, width: timelineWidth })),
    );
  };
  const stepwise = generation !== undefined && o.officials.length > 0;
  const officials = section('officials', s('officials'), ...(o.officials.length ? (stepwise ? [] : o.officials.map(official)) : [el('p', { class: 'empty' }, s('none'))]));

  const topFile = (family: string) => {
    const f = [...o.files].filter((x) => x.families[family]).sort((a, b) => b.families[family] - a.families[family])[0];
    return f && { uri: f.uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
  };
  const damage = section(
    'damage',
    s('damage'),
    ...(o.damage.length ? [damageChart(o, c, topFile), el('h3', {}, s('filesWithMost')), filesTable(o.files, s, openFile, (uri) => vscode.postMessage({ type: 'fixAll', uri }))] : [el('p', { class: 'empty' }, s('none'))]),
  );
  root.append(bodies, officials, damage);
  const done = () => {
    root.removeAttribute('aria-busy');
    if (focus) document.getElementById(focus)?.focus();
  };
  if (!stepwise) return done();
  let next = 0;
  const step = () => {
    if (generation !== renders) return;
    officials.append(official(o.officials[next++]));
    if (next < o.officials.length) setTimeout(step, 0);
    else done();
  };
  setTimeout(step, 0);
}

window.addEventListener('message', (event: MessageEvent<FromExtension>) => {
  const m = event.data;
  if (m.type === 'error') {
    root.replaceChildren(el('p', { class: 'error' }, m.message));
    return;
  }
  // A late answer to an older filter is dropped.
  if (m.seq < seq) return;
  strings = m.strings;
  document.documentElement.lang = m.locale;
  overview = unpackOverview(m.overview);
  filter = m.filter;
  render(document.activeElement?.id || undefined);
});

onThemeChange(() => render());
let resized: number | undefined;
// Charts are drawn to the page's width: a new width draws them again (a new height, as the
// sections arrive, does not).
let drawnWidth = document.body.clientWidth;
new ResizeObserver(() => {
  if (document.body.clientWidth === drawnWidth) return;
  drawnWidth = document.body.clientWidth;
  clearTimeout(resized);
  resized = window.setTimeout(() => render(), 150);
}).observe(document.body);
vscode.postMessage({ type: 'ready' });
