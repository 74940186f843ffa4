#!/usr/bin/env node
// Makes the traditional, pinyin-reading-mode and damaged mirrors of the simplified originals in
// test/eval/reports (sNN-words.txt), with their gold derived from the original's gold. Deterministic:
// the random choices come from a PRNG seeded by SEED and the file name. `--check` writes nothing and
// exits 1 when a generated file on disk differs from what would be generated.
//
// Kinds: t (opencc cn→t), tw (cn→tw), tp (t + pinyin glued after traditional characters),
// td (t + damage), tpd (t + pinyin + damage, like seeds/001), sd (simplified + damage).
// Damage: web chrome at head and foot (breadcrumbs, 字号/浏览次数, 上一条/下一条 teasers, 版权所有,
// ICP备), "????" where a paragraph's indent was, one or two U+FFFD in body text (never inside a
// name, title, date or meeting line, nor 主持/出席/委托), half-width punctuation in some files.
import { existsSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOLD, ORIGINAL, REPORTS, EVAL_DIR, mulberry32, opencc, personKey, textKey } from './lib.mjs';

const SEED = 20240305;
const ROTATION = ['t', 'tp', 'td', 'tw', 'tpd'];
const READINGS = JSON.parse(readFileSync(join(EVAL_DIR, 'pinyin.json'), 'utf8')).readings;

function hash(s) {
  let h = 2166136261;
  for (const c of s) h = Math.imul(h ^ c.codePointAt(0), 16777619);
  return h >>> 0;
}

const HEAD = [
  () => '您现在的位置：首页 > 新闻中心 > 政务要闻',
  () => '当前位置：首页 > 工作动态 > 部门动态',
  () => '首页 > 信息公开 > 工作动态',
];
const META = [(r) => `【字号：大 中 小】　浏览次数：${100 + Math.floor(r() * 900)}`, () => '字号：【大】【中】【小】'];
const TEASERS = ['区政府召开第5次常务会议', '县委召开巡察工作动员会', '全市文明城市创建推进会召开', '镇党委召开专题组织生活会', '街道开展安全生产大检查'];
const ORGS = ['青岚区人民政府办公室', '桐溪县人民政府', '鹭洲市人民政府办公室', '栖云区融媒体中心'];
const undot = (s) => s.replace(/[·・•‧∙⋅･]/g, '·');
const pick = (r, list) => list[Math.floor(r() * list.length)];

function chrome(r) {
  const head = [pick(r, HEAD)(r)];
  if (r() < 0.5) head.push(pick(r, META)(r));
  const teasers = [...TEASERS].sort(() => r() - 0.5);
  const foot = ['', `上一条：${teasers[0]}`, `下一条：${teasers[1]}`];
  if (r() < 0.5) foot.push('【打印本页】　【关闭窗口】');
  foot.push(`版权所有：${pick(r, ORGS)}　　ICP备${String(10000000 + Math.floor(r() * 89999999))}号`);
  if (r() < 0.4) foot.push(`网站标识码：${3400000000 + Math.floor(r() * 99999)}`);
  return { head, foot };
}

/** Characters that a damage must not touch: every occurrence of the gold's strings. */
function protectedMask(line, strings) {
  const mask = new Array(line.length).fill(false);
  for (const s of strings) {
    if (!s) continue;
    for (let i = line.indexOf(s); i !== -1; i = line.indexOf(s, i + 1)) for (let k = i; k < i + s.length; k++) mask[k] = true;
  }
  return mask;
}

function goldStrings(gold) {
  return [
    ...gold.officials.flatMap((o) => [o.name, ...o.titles]),
    ...gold.credits.flatMap((c) => [c.name, c.role]),
    ...gold.meetings.flatMap((m) => [...m.chairs, m.date?.text, ...m.name]),
  ];
}

export function makeVariant(text, gold, kind) {
  const r = mulberry32(SEED ^ hash(`${gold.file}|${kind}`));
  const script = kind === 'sd' ? 'simplified' : 'traditional';
  const pinyin = kind.includes('p');
  const damaged = kind.endsWith('d');
  const convert = kind === 'tw' ? opencc().tw : script === 'traditional' ? opencc().t : (s) => s;

  let lines = text.replace(/\n$/, '').split('\n');
  let shift = 0;
  if (damaged) {
    const c = chrome(r);
    lines = [...c.head, ...lines, ...c.foot];
    shift = c.head.length;
  }
  lines = convert(lines.join('\n')).split('\n');

  // Every gold name must survive the conversion and read back as itself.
  const strings = goldStrings(gold).filter(Boolean).map((s) => undot(convert(s)));
  // A chair or an attendee is read from the verb after the name: damage does not take those verbs either.
  if (gold.officials.length) strings.push(...['主持', '出席', '委托'].map(convert));
  for (const o of [...gold.officials, ...gold.credits]) {
    const written = convert(o.name);
    if (personKey(written) !== personKey(o.name)) throw new Error(`${gold.file} ${kind}: ${o.name} → ${written} does not convert back`);
    if (!lines.some((l) => undot(l).includes(undot(written)))) throw new Error(`${gold.file} ${kind}: ${written} not in the converted text`);
  }

  for (const m of gold.meetings) {
    for (const x of [...m.name, m.date?.text].filter(Boolean)) {
      if (textKey(convert(x)) !== textKey(x)) throw new Error(`${gold.file} ${kind}: ${x} → ${convert(x)} does not convert back`);
    }
  }
  for (const t of gold.officials.flatMap((o) => o.titles)) {
    if (textKey(convert(t)) !== textKey(t)) throw new Error(`${gold.file} ${kind}: title ${t} → ${convert(t)} does not convert back`);
  }

  if (damaged) {
    const meetingLines = new Set(gold.meetings.flatMap((m) => Array.from({ length: m.lead - m.line + 1 }, (_, k) => m.line - 1 + shift + k)));
    const body = lines.map((l, i) => i).filter((i) => !meetingLines.has(i) && lines[i].includes('。'));
    const count = body.length ? 1 + Math.floor(r() * 2) : 0;
    for (let n = 0; n < count; n++) {
      const i = body[Math.floor(r() * body.length)];
      const mask = protectedMask(undot(lines[i]), strings);
      const spots = [...lines[i]].map((ch, k) => k).filter((k) => !mask[k] && /[\u4e00-\u9fff]/.test(lines[i][k]));
      if (!spots.length) continue;
      const k = spots[Math.floor(r() * spots.length)];
      lines[i] = lines[i].slice(0, k) + '\uFFFD' + lines[i].slice(k + 1);
    }
  }
  if (pinyin) {
    lines = lines.map((l) => [...l].map((ch) => (READINGS[ch] && r() < 0.6 ? `${ch}(${READINGS[ch]})` : ch)).join(''));
  }
  if (damaged) {
    const indented = lines.some((l) => l.startsWith('　　'));
    lines = lines.map((l) => (indented ? l.replace(/^　　/, '????') : l.includes('。') && r() < 0.7 ? `????${l}` : l));
    if (r() < 0.5) lines = lines.map((l) => l.replace(/，/g, ',').replace(/；/g, ';').replace(/：/g, ':'));
  }

  const derived = {
    ...gold,
    file: gold.file.replace(/\.txt$/, `.${kind}.txt`),
    source: gold.file,
    variant: kind,
    script,
    pinyin,
    damaged,
    meetings: gold.meetings.map((m) => ({ ...m, line: m.line + shift, lead: m.lead + shift })),
  };
  return { text: lines.join('\n') + '\n', gold: derived };
}

/** The kinds made from the i-th original (in file-name order). */
export function kindsFor(i) {
  return i % 3 === 0 ? [ROTATION[i % ROTATION.length], 'sd'] : [ROTATION[i % ROTATION.length]];
}

export function generate() {
  const originals = readdirSync(REPORTS).filter((f) => ORIGINAL.test(f)).sort();
  const out = new Map();
  originals.forEach((f, i) => {
    const text = readFileSync(join(REPORTS, f), 'utf8');
    const gold = JSON.parse(readFileSync(join(GOLD, f.replace(/\.txt$/, '.json')), 'utf8'));
    for (const kind of kindsFor(i)) {
      const v = makeVariant(text, gold, kind);
      out.set(join(REPORTS, v.gold.file), v.text);
      out.set(join(GOLD, v.gold.file.replace(/\.txt$/, '.json')), JSON.stringify(v.gold, null, 1) + '\n');
    }
  });
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const files = generate();
  const stale = [REPORTS, GOLD].flatMap((d) => readdirSync(d).filter((f) => /^s\d{2,3}-[a-z-]+\.[a-z]+\.(txt|json)$/.test(f)).map((f) => join(d, f))).filter((p) => !files.has(p));
  let differ = 0;
  for (const [path, content] of files) {
    if (existsSync(path) && readFileSync(path, 'utf8') === content) continue;
    differ++;
    if (!check) writeFileSync(path, content);
  }
  if (!check) for (const p of stale) unlinkSync(p);
  console.log(`${files.size / 2} variants; ${differ} ${check ? 'out of date' : 'written'}; ${stale.length} stale${check ? '' : ' removed'}`);
  if (check && (differ || stale.length)) process.exit(1);
}
