// The overview's tables: the bodies (sortable by any column; a row opens the body's first meeting)
// and the files with most damage (open, or fix all).
import type { OverviewBody, OverviewFile, OverviewPlace } from '../../server/src/protocol/api';

type S = (key: string, ...args: (string | number)[]) => string;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<Record<string, string>> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

const COLUMNS = ['body', 'kind', 'count', 'first', 'last', 'chair'] as const;
type Column = (typeof COLUMNS)[number];

/** The bodies table, sorted by `sort` (count, most first, by default); a header click sorts by it. */
export function bodiesTable(bodies: readonly OverviewBody[], s: S, open: (p: OverviewPlace) => void, limit = 300): HTMLElement {
  let sort: Column = 'count';
  let descending = true;
  const table = el('table', { class: 'bodies' });
  const head = el('thead');
  const body = el('tbody');
  table.append(head, body);
  const label: Record<Column, string> = { body: s('body'), kind: s('kind'), count: s('count'), first: s('first'), last: s('last'), chair: s('chair') };
  const draw = () => {
    head.replaceChildren(
      el('tr', {}, ...COLUMNS.map((c) => {
        const button = el('button', { class: 'sort', 'data-column': c }, label[c], sort === c ? (descending ? ' ▼' : ' ▲') : '');
        button.addEventListener('click', () => {
          descending = sort === c ? !descending : c === 'count';
          sort = c;
          draw();
        });
        return el('th', { 'aria-sort': sort === c ? (descending ? 'descending' : 'ascending') : 'none', class: c === 'count' ? 'number' : '' }, button);
      })),
    );
    const value = (b: OverviewBody): string | number => (sort === 'kind' ? s(`kind.${b.kind}`) : b[sort]);
    const rows = [...bodies].sort((a, b) => {
      const x = value(a);
      const y = value(b);
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-Hans-CN');
      return (descending ? -order : order) || b.count - a.count;
    });
    body.replaceChildren(
      ...rows.slice(0, limit).map((b) => {
        const row = el('tr', { tabindex: '0', class: 'row', 'data-body': b.body }, el('td', {}, b.body), el('td', {}, s(`kind.${b.kind}`)), el('td', { class: 'number' }, String(b.count)), el('td', {}, b.first), el('td', {}, b.last), el('td', {}, b.chair));
        row.addEventListener('click', () => open(b.at));
        row.addEventListener('keydown', (e) => e.key === 'Enter' && open(b.at));
        return row;
      }),
    );
  };
  draw();
  // A narrow panel (200% zoom) scrolls the table, not the page.
  return el('div', { class: 'table' }, table);
}

export const fileName = (uri: string) => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));

export function filesTable(files: readonly OverviewFile[], s: S, open: (uri: string) => void, fixAll: (uri: string) => void): HTMLElement {
  const familyLabel = (f: string) => (s(`family.${f}`) === `family.${f}` ? f : s(`family.${f}`));
  const head = el('thead', {}, el('tr', {}, el('th', {}, s('file')), el('th', { class: 'number' }, s('findings')), el('th', {}, s('family')), el('th', {}, '')));
  const rows = files.map((f) => {
    const openButton = el('button', { class: 'link', title: f.uri }, fileName(f.uri));
    openButton.addEventListener('click', () => open(f.uri));
    const fix = el('button', { class: 'fix-all' }, s('fixAll'));
    fix.addEventListener('click', () => fixAll(f.uri));
    const families = Object.entries(f.families).map(([k, n]) => `${familyLabel(k)} ${n}`).join(' · ');
    return el('tr', { 'data-file': fileName(f.uri) }, el('td', {}, openButton), el('td', { class: 'number' }, String(f.findings)), el('td', {}, families), el('td', {}, fix));
  });
  return el('div', { class: 'table' }, el('table', { class: 'files' }, head, el('tbody', {}, ...rows)));
}
