// The evaluation set of the damage detectors: clean texts (seeds and written reports), clean
// look-alikes, and damaged copies made programmatically with real codecs (iconv-lite), each
// carrying the exact raw ranges of the damage it holds and, where the damage is reversible, the
// clean text a repair must give back. Deterministic: a seeded generator.
import iconv from 'iconv-lite';
import { core, seed } from './helpers.mjs';

export function rng(seedValue = 7) {
  let s = seedValue >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

const HAN = /[\u4e00-\u9fff]/;

// Written clean reports: full-width punctuation, "　　" indents, no chrome.
export const WRITTEN = [
  '　　3月2日上午，区委常委会召开会议，传达学习全国两会精神，研究部署近期重点工作。区委书记李明主持会议并讲话。\n　　会议指出，要深入学习贯彻全国两会精神，把思想和行动统一到党中央决策部署上来。\n　　会议强调，要扎实推进项目建设、招商引资和民生实事，确保一季度“开门红”。\n',
  '　　11月8日下午，县政府召开第15次常务会议，研究审议《关于加快推进乡村振兴的实施意见（试行）》等事项。县长王强主持会议。\n　　会议要求，各乡镇、各部门要压实责任，强化督查；要统筹疫情防控和经济社会发展，守住安全底线！\n　　副县长张伟、刘芳，县政府办主要负责人列席会议。\n',
  '　　6月18日，區委理論學習中心組召開集體學習會議。區委書記陳國華主持會議並講話。\n　　會議強調，要堅持以人民為中心的發展思想，紮實做好防汛救災、安全生產等各項工作。\n　　區委理論學習中心組成員參加會議。\n',
];

// Clean texts full of things that look like damage and are not.
export const LOOKALIKES = [
  '　　会议推广政府和社会资本合作(PPP)模式，要求企业通过(ISO 9001)质量管理体系认证，并引入GDP（国内生产总值）考核。\n',
  'The committee asked: what is the PPP model? Is it working? Yes! (See ISO 9001; also note: costs, risks, and time.)\nWhere are we? Here.\n',
  '　　会议问：这项工作做得怎么样？群众满意吗？回答是：要抓紧！要落实；要见效。\n',
  '　　這個字讀作“說(shuō)”，在“遊說(shuì)”一詞中讀作(shuì)。\n',
  '經(jīng)\n濟(jì)\n發(fā)\n展(zhǎn)\n會(huì)\n議(yì)\n',
  '　　说(shuō)话、行(xíng)走、长(zhǎng)大、重(chóng)新：多音字注音练习。\n',
  'Café, résumé, naïve, façade, jalapeño, «ÉTÉ», Ångström, Æsir — “quoted” and ‘single’ … ® ™ € £ ¥ ° ± ×\n',
  '　　当x<5且y>3时，A&B公司的收益率为12%；R&D投入增长8.5%。\n',
  '　　会上，热烫烫的姜汤端上桌来，大家屯田戍边的故事讲了又讲。\n',
  '　　👨‍👩‍👧 家庭日活动在区文化馆举行。\n',
  '　　《中华人民共和国宪法》第二条规定：中华人民共和国的一切权力属于人民。（完）\n',
  '　　2021年1-9月，全区实现地区生产总值（GDP）356.7亿元，同比增长8.2%。\n',
];

/** Clean seeds (as they are: their ASCII commas and space indents are real style findings). */
export function cleanSeeds() {
  return ['000', '003', '004'].map((p) => ({ name: `seed ${p}`, text: seed(p).text }));
}

/** Typographically clean copies of the seeds: full-width punctuation between Han, "　　" indents, no chrome. */
function typographic(text) {
  const FULL = { ',': '，', ';': '；', ':': '：', '!': '！', '(': '（', ')': '）' };
  return text
    .replace(/(?<=[\u4e00-\u9fff\u201c\u201d])[,;:!()](?=[\u4e00-\u9fff\u201c\u201d])/g, (c) => FULL[c])
    .split('\n')
    .map((l) => l.replace(/^[ \u00a0\u3000]+/, '').replace(/[ \u00a0\u3000]+$/, ''))
    .filter((l) => l !== '')
    .map((l) => `　　${l}`)
    .join('\n') + '\n';
}

export function bases() {
  const out = WRITTEN.map((text, i) => ({ name: `written ${i + 1}`, text }));
  out.push({ name: 'seed 000 (typographic)', text: typographic(seed('000').text) });
  out.push({ name: 'seed 004 (typographic)', text: typographic(seed('004').text.split('\n').slice(0, -3).join('\n')) });
  return out;
}

/** Traditional bases: seed 004 and the damaged seeds once repaired by hand-written regexes. */
export function traditionalBases() {
  const annotation = /(?<=[\u4e00-\u9fff])\([a-zü\u00e0-\u01dc]+\)/g;
  return [
    { name: 'written 3', text: WRITTEN[2] },
    { name: 'seed 004 (typographic)', text: typographic(seed('004').text.split('\n').slice(0, -3).join('\n')) },
    { name: 'seed 001 repaired', text: seed('001').text.replace(/^\?\?\?\?/gm, '　　').replace(annotation, '').replace('表?yè)P(yáng)', '表揚') },
  ];
}

/** Character → pinyin, learned from the annotations of seeds 001 and 002 (real scraper output). */
export function learnedPinyin() {
  const map = new Map();
  for (const p of ['001', '002']) {
    for (const m of seed(p).text.matchAll(/([\u4e00-\u9fff])(\([a-zü\u00e0-\u01dc]+\))/g)) map.set(m[1], m[2]);
  }
  return map;
}

/**
 * Builds a damaged text from `text` by replacing chosen spans. `picks`: sorted, non-overlapping
 * [start, end, replacement]. Returns the text and the ranges of the replacements in it.
 */
function damage(text, picks) {
  let out = '';
  let pos = 0;
  const spans = [];
  for (const [start, end, replacement] of picks) {
    out += text.slice(pos, start);
    spans.push([out.length, out.length + replacement.length]);
    out += replacement;
    pos = end;
  }
  return { text: out + text.slice(pos), spans };
}

/** Runs of Han characters (between punctuation), as [start, end]. */
function hanRuns(text, min = 2) {
  return [...text.matchAll(/[\u4e00-\u9fff]+/g)].filter((m) => m[0].length >= min).map((m) => [m.index, m.index + m[0].length]);
}

function choose(random, items, share) {
  return items.filter(() => random() < share);
}

const latinOf = (s, codec) => iconv.decode(iconv.encode(s, 'utf8'), codec);

/** Each corrupter: (base text, random) → { text, spans, reversible } or undefined. */
export const CORRUPTERS = {
  'mojibake.question-marks': (text, random) => {
    // Each "　" of an indent written to GBK and read back as ASCII: two "?" per space.
    const picks = choose(random, [...text.matchAll(/(?<=^|\n)\u3000\u3000/g)], 0.7).map((m) => {
      const bytes = iconv.encode(m[0], 'gbk');
      return [m.index, m.index + 2, [...bytes].map((b) => (b < 0x80 ? String.fromCharCode(b) : '?')).join('')];
    });
    return picks.length ? { ...damage(text, picks), reversible: true } : undefined;
  },
  'mojibake.pinyin-annotation': (text, random) => {
    const pinyin = learnedPinyin();
    const picks = [];
    for (let i = 0; i < text.length; i++) {
      const p = pinyin.get(text[i]);
      if (p && random() < 0.5) picks.push([i + 1, i + 1, p]);
    }
    return picks.length >= 3 ? { ...damage(text, picks), reversible: true } : undefined;
  },
  'mojibake.utf8-as-latin1': (text, random) => {
    const picks = choose(random, hanRuns(text, 2), 0.15).map(([s, e]) => {
      const piece = text.slice(s, e);
      const r = random();
      const bad = r < 0.4 ? latinOf(piece, 'win1252') : r < 0.8 ? latinOf(piece, 'latin1') : latinOf(latinOf(piece, 'latin1'), 'win1252');
      return [s, e, bad];
    });
    const usable = picks.filter((p) => !p[2].includes('\ufffd'));
    return usable.length ? { ...damage(text, usable), reversible: true } : undefined;
  },
  'mojibake.utf8-as-gbk': (text, random) => {
    const picks = choose(random, hanRuns(text, 2), 0.15)
      .map(([s, e]) => [s, e - ((e - s) % 2)])
      .map(([s, e]) => [s, e, iconv.decode(iconv.encode(text.slice(s, e), 'utf8'), 'gbk')])
      .filter(([s, e, bad]) => iconv.decode(iconv.encode(bad, 'gbk'), 'utf8') === text.slice(s, e) && !bad.includes('\ufffd'));
    return picks.length ? { ...damage(text, picks), reversible: true } : undefined;
  },
  'mojibake.replacement-char': (text, random) => {
    const lost = iconv.decode(iconv.encode('\ufffd\ufffd', 'utf8'), 'gbk'); // 锟斤拷
    const hot = iconv.decode(Buffer.alloc(6, 0xcc), 'gbk'); // 烫烫烫
    const picks = choose(random, hanRuns(text, 3), 0.1).map(([s]) => {
      const r = random();
      // A byte cut out of a character's UTF-8 and the rest decoded: U+FFFD.
      const cut = new TextDecoder().decode(Buffer.from(text.slice(s, s + 1), 'utf8').subarray(1));
      return [s, s + 1, r < 0.5 ? cut : r < 0.8 ? lost : hot];
    });
    return picks.length ? { ...damage(text, picks), reversible: false } : undefined;
  },
  'cleanup.control-chars': (text, random) => {
    // Inserted: invisible characters (U+0081 is a C1 control cp1252 leaves undefined). Replaced:
    // punctuation written to cp1252 and read as Latin-1 (“ → U+0093, … → U+0085, — → U+0097).
    const invisible = ['\u200b', '\u200c', '\ufeff', '\u0007', '\u001b', '\u0081', '\ue000', '\u2060', '\u000c'];
    const picks = [];
    for (const [s, e] of hanRuns(text, 3)) if (random() < 0.2) picks.push([s + 1 + Math.floor(random() * (e - s - 2)), null]);
    const inserted = [...new Set(picks.map((p) => p[0]))].map((at) => [at, at, invisible[Math.floor(random() * invisible.length)]]);
    const replaced = [...text.matchAll(/[“”‘’…—]/g)].filter(() => random() < 0.3).map((m) => [m.index, m.index + 1, iconv.decode(iconv.encode(m[0], 'win1252'), 'latin1')]);
    const all = [...inserted, ...replaced].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    return all.length ? { ...damage(text, all), reversible: true } : undefined;
  },
  'cleanup.html': (text, random) => {
    const ENT = { '“': '&ldquo;', '”': '&rdquo;', '\u3000': '&#12288;', '、': '&#x3001;', '—': '&mdash;' };
    const picks = [];
    for (const m of text.matchAll(/[“”\u3000、—]/g)) if (random() < 0.3) picks.push([m.index, m.index + 1, ENT[m[0]]]);
    for (const m of text.matchAll(/。(?=\n)/g)) if (random() < 0.3) picks.push([m.index + 1, m.index + 1, random() < 0.5 ? '<br>' : '</p>']);
    picks.sort((a, b) => a[0] - b[0]);
    return picks.length ? { ...damage(text, picks), reversible: true } : undefined;
  },
  'cleanup.halfwidth-punctuation': (text, random) => {
    const HALF = { '，': ',', '；': ';', '：': ':', '！': '!', '（': '(', '）': ')' };
    const picks = [...text.matchAll(/(?<=[\u4e00-\u9fff])[，；：！（）](?=[\u4e00-\u9fff])/g)].filter(() => random() < 0.3).map((m) => [m.index, m.index + 1, HALF[m[0]]]);
    return picks.length ? { ...damage(text, picks), reversible: true } : undefined;
  },
  'cleanup.whitespace': (text, random) => {
    const picks = [];
    for (const m of text.matchAll(/(?<=^|\n)\u3000\u3000/g)) if (random() < 0.4) picks.push([m.index, m.index + 2, random() < 0.5 ? '  ' : '\u00a0\u00a0']);
    for (const m of text.matchAll(/。(?=\n)/g)) if (random() < 0.3) picks.push([m.index + 1, m.index + 1, random() < 0.5 ? ' ' : '  ']);
    picks.sort((a, b) => a[0] - b[0]);
    return picks.length ? { ...damage(text, picks), reversible: true } : undefined;
  },
  'cleanup.boilerplate': (text, random) => {
    const header = `您现在的位置：首页 > 新闻中心 > 区县动态\n发布时间：2021-0${1 + Math.floor(random() * 9)}-12  来源：区融媒体中心\n`;
    const footer = '上一条：我区召开安全生产工作会议\n下一条：区政协召开主席会议\n版权所有：某某区人民政府  ICP备12345678号\n';
    const body = text.endsWith('\n') ? text : text + '\n';
    const out = header + body + footer;
    return { text: out, spans: [[0, header.length - 1], [header.length + body.length, out.length - 1]], reversible: true, clean: body };
  },
};

/** Whole-file damage: one file-level finding expected. */
export const WHOLE_FILE = {
  'GBK opened as UTF-8': (text) => iconv.encode(text, 'gbk').toString('utf8'),
  'GBK read as Latin-1': (text) => iconv.decode(iconv.encode(text, 'gbk'), 'latin1'),
};

/** Lost characters: a simplified text written to Big5 and read back ("?" for what Big5 lacks). */
export function lostCharacters(text) {
  const damaged = iconv.decode(iconv.encode(text, 'big5'), 'big5');
  const spans = [...damaged.matchAll(/\?+/g)]
    .filter((m) => HAN.test(damaged[m.index - 1] ?? '') && HAN.test(damaged[m.index + m[0].length] ?? ''))
    .filter((m) => !(m.index === 0 || damaged[m.index - 1] === '\n'))
    .map((m) => [m.index, m.index + m[0].length]);
  return { text: damaged, spans };
}

export { core };
