#!/usr/bin/env node
// The duplicates corpus (issue 16): sources with known copies, and hard negatives. Deterministic: a
// seed gives the same corpus.
//   node test/duplicates/make-corpus.mjs OUT [--seed N]           the test corpus (about 250 files)
//   node test/duplicates/make-corpus.mjs OUT --reports 10000      the benchmark corpus
// Sources: the 45 simplified originals of test/eval/reports (written for the project) and meetings
// built from templates.mjs (the hard negatives: two counties' 常务会议 on the same day with the same
// stock sentences, a body's meeting one week and the next, by ordinal or by a relative date). Copies:
// opencc-js cn→t and cn→tw, pinyin glued after traditional characters (test/eval/pinyin.json), damage
// (???? for lost indents, U+FFFD, half-width punctuation), new web chrome at head and foot, and, for
// single-meeting sources, truncation, a paragraph dropped, paragraphs reordered, another headline.
// A digest page gathers the lead paragraphs of three sources: a short version of each meeting.
// OUT/truth.json maps each file to the source meeting of each of its meetings, in order.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOLD, ORIGINAL, REPORTS, EVAL_DIR, mulberry32, opencc } from '../eval/lib.mjs';
import { AGENDA, GIVEN, PLACES, SURNAMES, relativeMeeting, standingMeeting } from './templates.mjs';

const READINGS = JSON.parse(readFileSync(join(EVAL_DIR, 'pinyin.json'), 'utf8')).readings;

const pick = (r, list) => list[Math.floor(r() * list.length)];
const shuffle = (r, list) => {
  const a = [...list];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
};

const HEAD = ['您现在的位置：首页 > 新闻中心 > 政务要闻', '当前位置：首页 > 工作动态 > 部门动态', '首页 > 信息公开 > 工作动态', '首页 >> 要闻动态 >> 本地新闻'];
const META = [(r) => `【字号：大 中 小】　浏览次数：${100 + Math.floor(r() * 900)}`, () => '字号：【大】【中】【小】', () => '【打印】【关闭】'];
const ORGS = ['枫桥市人民政府网', '云岭政务网', '江淮新闻网', '远山信息港'];
const HEADLINES = ['聚焦重点抓落实 凝心聚力促发展', '【要闻】研究部署近期重点工作', '真抓实干 奋力开创新局面', '会议动态'];

/** A source report: its text and how many meetings it holds (from the gold), headline and lead lines. */
function evalSources() {
  return readdirSync(REPORTS)
    .filter((f) => ORIGINAL.test(f))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(GOLD, f.replace(/\.txt$/, '.json')), 'utf8'));
      const m = gold.meetings;
      return { id: f.replace(/\.txt$/, ''), text: readFileSync(join(REPORTS, f), 'utf8'), meetings: m.length, headline: m.length === 1 && m[0].line < m[0].lead ? m[0].line - 1 : -1, lead: m.length === 1 ? m[0].lead - 1 : -1, published: gold.published ?? null };
    });
}

const person = (r) => pick(r, SURNAMES) + pick(r, GIVEN);

/** The hard negatives, as sources (each later gets copies of its own). */
function templateSources(r, groups = 4) {
  const out = [];
  const add = (id, text) => out.push({ id, text, meetings: 1, headline: 0, lead: 3, published: null });
  for (let g = 0; g < groups; g++) {
    // Two counties, the same day, the same stock sentences and one agenda item in common.
    const [pa, pb] = shuffle(r, PLACES);
    const month = 3 + (g % 8);
    const day = 3 + Math.floor(r() * 20);
    const n = 5 + Math.floor(r() * 20);
    const items = shuffle(r, [...AGENDA.keys()]);
    const k = [2 + Math.floor(r() * 8), 2 + Math.floor(r() * 8), 2 + Math.floor(r() * 8)];
    add(`neg${g}-county-a`, standingMeeting({ place: pa, chair: person(r), deputies: [person(r), person(r)], month, day, n, agenda: [items[0], items[1], items[2]], k }));
    add(`neg${g}-county-b`, standingMeeting({ place: pb, chair: person(r), deputies: [person(r), person(r)], month, day, n, agenda: [items[0], items[3], items[4]], k }));
    // One body, this week and next: same chair, same deputies, the next ordinal.
    const pc = pick(r, PLACES);
    const chair = person(r);
    const deputies = [person(r), person(r)];
    add(`neg${g}-week-1`, standingMeeting({ place: pc, chair, deputies, month, day: 3 + (g % 5), n, agenda: [items[5], items[6], items[7]], k }));
    add(`neg${g}-week-2`, standingMeeting({ place: pc, chair, deputies, month, day: 10 + (g % 5), n: n + 1, agenda: [items[8], items[9], items[6]], k: [k[1], k[2], k[0]] }));
    // One body, a relative date (今天) a week apart: only the text tells them apart.
    const pd = pick(r, PLACES);
    const chairD = person(r);
    const depD = [person(r), person(r)];
    const topic = pick(r, ['重点项目建设', '招商引资', '安全生产', '乡村振兴']);
    add(`neg${g}-rel-1`, relativeMeeting({ place: pd, chair: chairD, deputies: depD, published: `2024-0${4 + (g % 5)}-08`, topic, agenda: [items[10], items[11], items[1]], k }));
    add(`neg${g}-rel-2`, relativeMeeting({ place: pd, chair: chairD, deputies: depD, published: `2024-0${4 + (g % 5)}-15`, topic, agenda: [items[2], items[3], items[4]], k }));
  }
  return out;
}

function chrome(r, published) {
  const head = [pick(r, HEAD)];
  if (r() < 0.5) head.push(pick(r, META)(r));
  const foot = ['', `版权所有：${pick(r, ORGS)}　　ICP备${10000000 + Math.floor(r() * 89999999)}号`];
  if (r() < 0.5) foot.splice(1, 0, '【打印本页】　【关闭窗口】');
  return { head, foot, published };
}

/** Lines that carry text (paragraphs), by index. */
const bodyLines = (lines, from) => lines.map((l, i) => i).filter((i) => i > from && lines[i].includes('。'));

/**
 * One copy of a source. `kind` lists the changes: t, tw (script), p (pinyin), d (damage), c (chrome),
 * and for single-meeting sources: trunc, drop, reorder, headline.
 */
export function makeCopy(source, kind, r) {
  let lines = source.text.replace(/\n$/, '').split('\n');
  const lead = source.lead;
  if (source.meetings === 1 && lead >= 0) {
    const body = bodyLines(lines, lead);
    if (kind.includes('trunc') && body.length) {
      // Keep the lead and about half of what follows, cut at a sentence end.
      const rest = lines.slice(lead + 1).join('\n');
      const stops = [...rest.matchAll(/。/g)].map((m) => m.index + 1);
      const cut = stops.length > 1 ? stops[Math.floor(stops.length * (0.3 + r() * 0.4))] : 0;
      lines = [...lines.slice(0, lead + 1), ...(cut ? rest.slice(0, cut).split('\n') : [])];
    }
    if (kind.includes('drop') && body.length >= 3) {
      const i = body[1 + Math.floor(r() * (body.length - 2))];
      lines = lines.filter((_, k) => k !== i);
    }
    if (kind.includes('reorder') && body.length >= 2) {
      const order = shuffle(r, body);
      if (order.every((x, i) => x === body[i])) order.reverse();
      const moved = [...lines];
      body.forEach((at, i) => (moved[at] = lines[order[i]]));
      lines = moved;
    }
    if (kind.includes('headline') && source.headline >= 0) lines[source.headline] = pick(r, HEADLINES);
  }
  if (kind.includes('c')) {
    const c = chrome(r);
    lines = [...c.head, ...lines, ...c.foot];
  }
  let text = lines.join('\n');
  if (kind.includes('tw')) text = opencc().tw(text);
  else if (kind.includes('t')) text = opencc().t(text);
  lines = text.split('\n');
  if (kind.includes('d')) {
    // U+FFFD in one or two paragraphs after the lead (never in the first line of a meeting).
    const body = bodyLines(lines, Math.max(lead, 0) + (kind.includes('c') ? 2 : 0));
    for (let n = 0; n < 2 && body.length; n++) {
      const i = pick(r, body);
      const spots = [...lines[i]].map((ch, k) => k).filter((k) => /[\u4e00-\u9fff]/.test(lines[i][k]));
      const k = spots[Math.floor(spots.length * (0.3 + 0.6 * r()))];
      if (k !== undefined) lines[i] = lines[i].slice(0, k) + '\uFFFD' + lines[i].slice(k + 1);
    }
  }
  if (kind.includes('p')) lines = lines.map((l) => [...l].map((ch) => (READINGS[ch] && r() < 0.6 ? `${ch}(${READINGS[ch]})` : ch)).join(''));
  if (kind.includes('d')) {
    lines = lines.map((l) => l.replace(/^　　/, '????'));
    if (r() < 0.5) lines = lines.map((l) => l.replace(/，/g, ',').replace(/；/g, ';').replace(/：/g, ':'));
  }
  return lines.join('\n') + '\n';
}

const KINDS = [['t'], ['tw'], ['t', 'p'], ['t', 'p', 'd', 'c'], ['d', 'c'], ['c'], ['trunc'], ['drop'], ['reorder'], ['headline'], ['t', 'trunc', 'c'], ['tw', 'reorder', 'd'], ['headline', 'c', 't', 'p'], ['drop', 'd']];

/** A digest page of the lead paragraphs of three single-meeting sources. */
function digest(r, sources) {
  const chosen = shuffle(r, sources.filter((s) => s.meetings === 1 && s.lead >= 0 && /^　　\d{1,2}月\d{1,2}日/.test(s.text.split('\n')[s.lead]))).slice(0, 3);
  const lines = ['要闻简报', ''];
  for (const s of chosen) {
    const l = s.text.split('\n');
    lines.push(s.headline >= 0 ? l[s.headline] : l[s.lead].replace(/^　　\d+月\d+日[上下]?午?，/, '').slice(0, 20), l[s.lead], '');
  }
  return { text: lines.join('\n'), keys: chosen.map((s) => `${s.id}#0`) };
}

/** The test corpus: every source, 2–4 copies each, four digest pages. */
export function makeCorpus({ seed = 16 } = {}) {
  const r = mulberry32(seed);
  const sources = [...evalSources(), ...templateSources(r)];
  const files = [];
  for (const s of sources) {
    const keys = Array.from({ length: s.meetings }, (_, i) => `${s.id}#${i}`);
    files.push({ name: `${s.id}.txt`, text: s.text, keys });
    const copies = 2 + Math.floor(r() * 3);
    const kinds = shuffle(r, KINDS).filter((k) => s.meetings === 1 || !k.some((x) => ['trunc', 'drop', 'reorder', 'headline'].includes(x))).slice(0, copies);
    kinds.forEach((kind, i) => files.push({ name: `${s.id}.copy${i}-${kind.join('-')}.txt`, text: makeCopy(s, kind, r), keys }));
  }
  for (let d = 0; d < 4; d++) {
    const page = digest(r, sources);
    files.push({ name: `digest${d}.txt`, text: page.text, keys: page.keys });
  }
  return files;
}

/** The benchmark corpus: `reports` files, about 15% of them copies of others. */
export function benchCorpus({ seed = 16, reports = 10_000 } = {}) {
  const r = mulberry32(seed);
  const files = [];
  const originals = [];
  while (files.length < reports) {
    if (originals.length > 20 && r() < 0.15) {
      const s = pick(r, originals);
      files.push({ name: `r${String(files.length).padStart(5, '0')}.txt`, text: makeCopy(s, pick(r, KINDS), r), keys: [`${s.id}#0`] });
      continue;
    }
    const place = pick(r, PLACES);
    const items = shuffle(r, [...AGENDA.keys()]).slice(0, 3 + Math.floor(r() * 5));
    const k = items.map(() => 2 + Math.floor(r() * 30));
    const text = standingMeeting({ place, chair: person(r), deputies: [person(r), person(r)], month: 1 + Math.floor(r() * 12), day: 1 + Math.floor(r() * 27), n: 1 + Math.floor(r() * 40), agenda: items, k, stock: [Math.floor(r() * 3), Math.floor(r() * 3)] });
    const s = { id: `b${files.length}`, text, meetings: 1, headline: 0, lead: 3, published: null };
    originals.push(s);
    files.push({ name: `r${String(files.length).padStart(5, '0')}.txt`, text, keys: [`${s.id}#0`] });
  }
  return files;
}

export function writeCorpus(dir, files) {
  mkdirSync(dir, { recursive: true });
  const truth = {};
  for (const f of files) {
    writeFileSync(join(dir, f.name), f.text);
    truth[f.name] = f.keys;
  }
  writeFileSync(join(dir, 'truth.json'), JSON.stringify(truth, null, 1) + '\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
  if (!dir) {
    process.stderr.write('usage: make-corpus.mjs OUT [--seed N] [--reports N]\n');
    process.exit(2);
  }
  const value = (name) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : undefined);
  const seed = value('--seed') ?? 16;
  const files = args.includes('--reports') ? benchCorpus({ seed, reports: value('--reports') }) : makeCorpus({ seed });
  writeCorpus(dir, files);
  process.stderr.write(`${files.length} files in ${dir}\n`);
}
