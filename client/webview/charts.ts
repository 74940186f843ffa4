// The overview's charts, drawn by Observable Plot as SVG: meetings per month stacked by kind of body,
// each official's marks on a time axis coloured by title, damage per family. Every mark has a tip
// with its exact figure, an aria-label, and opens its report when clicked (or Enter).
import * as Plot from '@observablehq/plot';
import type { CorpusOverview, OverviewMark, OverviewMonth, OverviewOfficial, OverviewPlace } from '../../server/src/protocol/api';
import { palette, themeColor } from './theme';

export const KINDS = ['party', 'government', 'congress', 'cppcc', 'study', 'other'] as const;

export interface ChartContext {
  readonly s: (key: string, ...args: (string | number)[]) => string;
  readonly nonce: string;
  readonly width: number;
  readonly open: (place: OverviewPlace) => void;
}

/** Plot's own <style> elements get the page's nonce before they are inserted (strict CSP). */
function mounted(figure: Element, nonce: string): Element {
  figure.querySelectorAll('style').forEach((s) => s.setAttribute('nonce', nonce));
  return figure;
}

/** Each element of the mark's group opens its datum's place: the elements are in the data's order. */
function clickable<T>(figure: Element, mark: string, data: readonly T[], place: (d: T) => OverviewPlace, open: (p: OverviewPlace) => void): void {
  figure.querySelectorAll(`g[aria-label="${mark}"] > *`).forEach((el, i) => {
    const d = data[i];
    if (!d) return;
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'button');
    el.classList.add('mark');
    el.addEventListener('click', () => open(place(d)));
    el.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Enter') open(place(d));
    });
  });
}

const fontSize = () => parseFloat(getComputedStyle(document.body).fontSize) || 13;

const MONTH = 30.5 * 864e5;

/** At least a year on the axis, so a corpus of one month still reads as months. */
function monthDomain(dates: Date[]): [Date, Date] {
  const first = Math.min(...dates.map((d) => d.getTime())) - MONTH;
  const last = Math.max(...dates.map((d) => d.getTime())) + 2 * MONTH;
  const pad = Math.max(0, 13 * MONTH - (last - first)) / 2;
  return [new Date(first - pad), new Date(last + pad)];
}

const whole = (n: number) => (Number.isInteger(n) ? String(n) : '');

export function meetingsChart(o: CorpusOverview, c: ChartContext): Element {
  const kindLabel = (k: string) => c.s(`kind.${k}`);
  const data = o.months.map((m) => ({ ...m, date: new Date(`${m.month}-01T00:00:00Z`), label: kindLabel(m.kind) }));
  const tallest = Math.max(...Object.values(data.reduce<Record<string, number>>((t, d) => ((t[d.month] = (t[d.month] ?? 0) + d.count), t), {})));
  const figure = Plot.plot({
    width: c.width,
    height: Math.round(fontSize() * 18),
    marginLeft: fontSize() * 3.5,
    marginBottom: fontSize() * 2.5,
    style: { fontSize: `${fontSize()}px`, background: 'transparent' },
    x: { type: 'utc', label: c.s('month'), domain: monthDomain(data.map((d) => d.date)) },
    y: { label: c.s('meetingsAxis'), grid: true, domain: [0, Math.max(4, tallest)], nice: true, tickFormat: whole },
    color: { domain: KINDS.map(kindLabel), range: palette(), label: c.s('kind') },
    marks: [
      Plot.rectY(data, {
        x: 'date',
        interval: 'month',
        y: 'count',
        fill: 'label',
        inset: 0.5,
        ariaLabel: (d: (typeof data)[number]) => `${d.month} ${d.label}: ${d.count}`,
        channels: { [c.s('month')]: 'month' },
        tip: { format: { x: false, [c.s('month')]: true, fill: true, y: true } },
      }),
      Plot.ruleY([0], { stroke: themeColor('--vscode-charts-lines', 'currentColor') }),
    ],
  });
  clickable(figure, 'rect', data, (d: OverviewMonth) => d.at, c.open);
  return mounted(figure, c.nonce);
}

const DAY = /([0-9]{1,2})日/;

/** Where an undated mark sits on the month axis: its written month, the day as a fraction (0 when none). */
function monthPosition(m: OverviewMark): number {
  const day = DAY.exec(m.date);
  return m.writtenMonth + (m.writtenMonth && day ? (Number(day[1]) - 1) / 31 : 0.5);
}

/** One official's timeline: dated marks on the corpus's time axis, undated ones by the month written. */
export function officialTimeline(o: OverviewOfficial, span: [Date, Date] | undefined, titleColor: (t: string) => string, c: ChartContext): Element[] {
  const label = (m: OverviewMark) => `${o.name} · ${m.date || m.iso || '?'} · ${m.title || c.s('noTitle')} · ${m.meeting}`;
  const tipChannels = { [c.s('title_')]: (m: OverviewMark) => m.title || c.s('noTitle'), [c.s('date')]: (m: OverviewMark) => m.date || m.iso, [c.s('meeting')]: 'meeting' };
  const height = Math.round(fontSize() * 3.6);
  const common = { height, y: { axis: null }, marginTop: 4, marginBottom: fontSize() * 2, marginLeft: 8, marginRight: 12, style: { fontSize: `${fontSize()}px`, background: 'transparent' } };
  const dot = (data: OverviewMark[], x: (m: OverviewMark) => Date | number) =>
    Plot.dot(data, Plot.dodgeY('middle', { x, r: fontSize() * 0.45, fill: (m: OverviewMark) => titleColor(m.title), stroke: themeColor('--vscode-editor-background', 'white'), strokeWidth: 1, ariaLabel: label, tip: { format: { x: false, fill: false } }, channels: tipChannels }));
  const out: Element[] = [];
  const dated = o.marks.filter((m) => m.iso);
  const undated = o.marks.filter((m) => !m.iso);
  if (span) {
    const f = Plot.plot({ ...common, width: Math.max(200, c.width * (undated.length ? 0.62 : 1)), x: { type: 'utc', domain: span, nice: true, label: null }, marks: [Plot.ruleY([0], { stroke: themeColor('--vscode-charts-lines', 'currentColor'), strokeOpacity: 0.5 }), dot(dated, (m) => new Date(`${m.iso}T00:00:00Z`))] });
    f.classList.add('dated');
    clickable(f, 'dot', dated, (m: OverviewMark) => m.at, c.open);
    out.push(mounted(f, c.nonce));
  }
  if (undated.length) {
    const months = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    const width = Math.max(200, span ? c.width * 0.36 : c.width);
    const f = Plot.plot({
      ...common,
      width,
      // A narrow strip (200% zoom) labels every third month.
      x: { domain: [-0.5, 13], ticks: width < 30 * fontSize() ? [0, 3, 6, 9, 12] : months, tickFormat: (n: number) => (n ? `${n}月` : '?'), label: null },
      marks: [Plot.ruleY([0], { stroke: themeColor('--vscode-charts-lines', 'currentColor'), strokeOpacity: 0.5 }), dot(undated, monthPosition)],
    });
    f.classList.add('undated');
    clickable(f, 'dot', undated, (m: OverviewMark) => m.at, c.open);
    out.push(mounted(f, c.nonce));
  }
  return out;
}

export function damageChart(o: CorpusOverview, c: ChartContext, topFile: (family: string) => OverviewPlace | undefined): Element {
  const familyLabel = (f: string) => (c.s(`family.${f}`) === `family.${f}` ? f : c.s(`family.${f}`));
  const data = o.damage.map((f) => ({ ...f, label: familyLabel(f.family) }));
  const figure = Plot.plot({
    width: c.width,
    height: Math.round(fontSize() * (3 + 2.4 * Math.max(1, data.length))),
    marginLeft: fontSize() * 7,
    style: { fontSize: `${fontSize()}px`, background: 'transparent' },
    x: { label: c.s('findings'), grid: true, tickFormat: 's' },
    y: { label: null },
    color: { range: palette() },
    marks: [
      Plot.barX(data, { y: 'label', x: 'count', fill: 'label', ariaLabel: (d: (typeof data)[number]) => `${d.label}: ${d.count}`, tip: { format: { fill: false } }, channels: { [c.s('files')]: 'files' } }),
      Plot.ruleX([0], { stroke: themeColor('--vscode-charts-lines', 'currentColor') }),
    ],
  });
  const places = data.map((d) => topFile(d.family));
  figure.querySelectorAll('g[aria-label="bar"] > *').forEach((el, i) => {
    const place = places[i];
    if (!place) return;
    el.setAttribute('tabindex', '0');
    el.classList.add('mark');
    el.addEventListener('click', () => c.open(place));
  });
  return mounted(figure, c.nonce);
}
