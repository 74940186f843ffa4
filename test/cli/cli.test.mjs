// `huiyi check`, `fix` and `export` end to end on the seeds, on standard input and on bad files.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { createRequire } from 'node:module';
import { huiyi, records, ROOT, seedCopy } from './cli-helpers.mjs';

const require = createRequire(import.meta.url);
const core = require(join(ROOT, 'dist/core.js'));
const { TextDocument } = require('vscode-languageserver-textdocument');

const seedFiles = () => readdirSync(join(ROOT, 'seeds')).sort();
const pinyinCount = (text) => (text.match(/(?<=\p{Script=Han})\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/gu) ?? []).length;

describe('huiyi check', () => {
  test('the seeds: findings per code in JSON, and exit status 1', () => {
    const r = huiyi(['check', '--format', 'json', 'seeds']);
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout);
    assert.equal(out.summary.files, 5);
    assert.equal(out.summary.analysed, 5);
    assert.equal(out.summary.meetings, 8);
    const expectedPinyin = seedFiles().reduce((n, f) => n + pinyinCount(readFileSync(join(ROOT, 'seeds', f), 'utf8')), 0);
    assert.equal(out.summary.byCode['mojibake.pinyin-annotation'], expectedPinyin);
    assert.equal(out.summary.byCode['mojibake.question-marks'], 7);
    const seed000 = out.files.find((f) => f.id.endsWith('000_afaa12a064718efa.txt'));
    assert.ok(seed000.findings.every((f) => !f.code.startsWith('mojibake.')));
  });

  test('human output ends with the summary table', () => {
    const r = huiyi(['check', 'seeds/004_160ae6e0879352b3.txt']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /seeds\/004_160ae6e0879352b3\.txt:29:1: information cleanup\.boilerplate:/);
    assert.match(r.stdout, /^meetings\s+1$/m);
    assert.match(r.stdout, /^ {2}cleanup\.boilerplate\s+1$/m);
  });

  test('SARIF 2.1.0 with rules and 1-based regions', () => {
    const r = huiyi(['check', '--format', 'sarif', 'seeds/001_e0a15ec941fbfe46.txt']);
    const log = JSON.parse(r.stdout);
    assert.equal(log.version, '2.1.0');
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, 'huiyi');
    assert.ok(run.tool.driver.rules.some((rule) => rule.id === 'mojibake.pinyin-annotation'));
    const first = run.results.find((x) => x.ruleId === 'mojibake.pinyin-annotation');
    assert.equal(first.level, 'warning');
    assert.deepEqual(first.locations[0].physicalLocation.region, { startLine: 1, startColumn: 12, endLine: 1, endColumn: 18 });
    assert.match(first.locations[0].physicalLocation.artifactLocation.uri, /^file:\/\/.*001_e0a15ec941fbfe46\.txt$/);
  });

  test('--format jsonl: one line per file, the same objects as --format json, and outputs that concatenate', () => {
    const json = JSON.parse(huiyi(['check', '--format', 'json', 'seeds']).stdout);
    const lines = huiyi(['check', '--format', 'jsonl', 'seeds']).stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    assert.deepEqual(lines, json.files);
    const first = huiyi(['check', '--format', 'jsonl', 'seeds/000_afaa12a064718efa.txt', 'seeds/001_e0a15ec941fbfe46.txt']).stdout;
    const rest = huiyi(['check', '--format', 'jsonl', 'seeds/002_5c097a59ce34d2cb.txt', 'seeds/003_2e4d903fcb0281f4.txt', 'seeds/004_160ae6e0879352b3.txt']).stdout;
    assert.deepEqual((first + rest).split('\n').filter(Boolean).map((l) => JSON.parse(l)), json.files);
  });

  test('--lang zh-cn: the same findings, their messages in Simplified Chinese; another language is a usage error', () => {
    const en = JSON.parse(huiyi(['check', '--format', 'json', 'seeds']).stdout);
    const zh = JSON.parse(huiyi(['check', '--format', 'json', '--lang', 'zh-cn', 'seeds']).stdout);
    const where = (r) => r.files.flatMap((f) => f.findings.map(({ message, ...at }) => JSON.stringify(at)));
    assert.deepEqual(where(zh), where(en));
    const pinyin = zh.files.flatMap((f) => f.findings).find((f) => f.code === 'mojibake.pinyin-annotation');
    assert.match(pinyin.message, /拼音/);
    assert.equal(huiyi(['check', '--lang', 'zh-cn', '-j', '1', 'seeds/001_e0a15ec941fbfe46.txt']).stdout.split('\n')[1], huiyi(['check', '--lang', 'zh-cn', 'seeds/001_e0a15ec941fbfe46.txt']).stdout.split('\n')[1]);
    const bad = huiyi(['check', '--lang', 'fr', 'seeds']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--lang must be en or zh-cn/);
  });

  test('a clean report and an English file: exit status 0', () => {
    const dir = seedCopy();
    writeFileSync(join(dir, 'english.txt'), 'The committee met on Tuesday and agreed.\n');
    const r = huiyi(['check', '--min-severity', 'warning', join(dir, 'english.txt'), join(dir, '000_afaa12a064718efa.txt')]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
  });

  test('usage errors: exit status 2 with a clear message', () => {
    const bogus = huiyi(['check', '--bogus', 'seeds']);
    assert.equal(bogus.code, 2);
    assert.match(bogus.stderr, /unknown option --bogus/);
    assert.equal(huiyi(['check']).code, 2);
    assert.match(huiyi(['frobnicate']).stderr, /unknown command "frobnicate"/);
    assert.match(huiyi(['check', '--only', 'nope', 'seeds']).stderr, /unknown code nope/);
  });

  test('a bad file is counted and reported, and never stops the run', () => {
    const dir = seedCopy();
    writeFileSync(join(dir, 'blob.txt'), Buffer.from([0x50, 0x4b, 0, 1, 2, 3, 0, 0]));
    const r = huiyi(['check', '--format', 'json', dir, join(dir, 'missing.txt')]);
    const out = JSON.parse(r.stdout);
    assert.equal(out.summary.files, 7);
    assert.equal(out.summary.analysed, 5);
    assert.equal(out.summary.skipped, 1);
    assert.equal(out.summary.errors, 1);
    assert.match(r.stderr, /blob\.txt: binary file/);
    assert.match(r.stderr, /missing\.txt: no such file or folder/);
  });

  test('a folder without reports says so', () => {
    const dir = seedCopy();
    const empty = join(dir, 'empty');
    mkdirSync(empty, { recursive: true });
    const r = huiyi(['check', empty]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /holds no report files/);
  });

  test('globs, and the same results with one job and with two', () => {
    const one = huiyi(['check', '--format', 'json', '-j', '1', 'seeds/00[0-4]_*.txt']);
    const two = huiyi(['check', '--format', 'json', '--jobs', '2', 'seeds/00[0-4]_*.txt']);
    assert.equal(JSON.parse(one.stdout).summary.files, 5);
    assert.equal(one.stdout, two.stdout);
  });

  test('a folder of links to reports is read through the links; a broken link is reported', () => {
    const dir = seedCopy();
    const links = join(dir, 'subset');
    mkdirSync(links);
    symlinkSync(join(dir, seedFiles()[0]), join(links, 'a.txt'));
    symlinkSync(join(dir, 'gone.txt'), join(links, 'b.txt'));
    const r = huiyi(['check', '--format', 'json', links]);
    const files = JSON.parse(r.stdout).files;
    assert.deepEqual(files.map((f) => [f.id.slice(links.length + 1), f.status]), [['a.txt', 'analysed'], ['b.txt', 'error']]);
    assert.equal(files[0].meetings, 4);
    assert.match(r.stderr, /b\.txt: cannot read the file \(no such file or folder\)/);
  });

  test('files with megabytes of findings: what JSON.stringify would write, the same with one job and two', () => {
    const dir = seedCopy();
    const text = readFileSync(join(dir, seedFiles()[1]), 'utf8');
    const seed = text.endsWith('\n') ? text : `${text}\n`;
    writeFileSync(join(dir, 'big-1.txt'), seed.repeat(300));
    writeFileSync(join(dir, 'big-2.txt'), seed.repeat(200));
    const one = huiyi(['check', '--format', 'json', '--jobs', '1', dir]);
    const two = huiyi(['check', '--format', 'json', '--jobs', '2', dir]);
    assert.ok(one.stdout.length > 10 * 2 ** 20, `only ${one.stdout.length} characters of output`);
    assert.equal(one.stdout, two.stdout);
    const files = JSON.parse(one.stdout).files;
    const perSeed = files.find((f) => f.id.endsWith(seedFiles()[1])).findings.length;
    assert.equal(files.find((f) => f.id.endsWith('big-1.txt')).findings.length, 300 * perSeed);
    assert.equal(files.find((f) => f.id.endsWith('big-2.txt')).findings.length, 200 * perSeed);
    // Each file's record is one line, byte for byte as JSON.stringify writes it.
    for (const line of one.stdout.split('\n').filter((l) => l.startsWith('{"id"'))) {
      const record = line.endsWith(',') ? line.slice(0, -1) : line;
      assert.equal(record, JSON.stringify(JSON.parse(record)));
    }
  });
});


describe('huiyi export', () => {
  test('seed 000: four meeting records with dates, chairs and titles, valid against the schema', () => {
    const r = huiyi(['export', 'seeds/000_afaa12a064718efa.txt']);
    assert.equal(r.code, 0, r.stderr);
    const meetings = records(r.stdout, 'meeting');
    assert.equal(meetings.length, 4);
    assert.deepEqual(meetings.map((m) => m.date.text), ['10月13日晚', '10月21日上午', '10月8日下午', '10月21日下午']);
    assert.deepEqual(meetings.map((m) => m.chairs.map((c) => c.name).join()), ['胡汪兴', '汤洁', '汤洁', '陈彦臣']);
    assert.deepEqual(meetings[0].chairs[0].titles, ['区委常委', '常务副区长']);
    assert.equal(meetings[0].meetingType, '调度会');
    assert.equal(meetings[0].place, '区四楼会议室');
    assert.ok(meetings[1].agendaItems[0].statements.some((s) => s.marker === '汤洁在讲话中指出'));
  });

  test('seed 003: the ISO date; seed 004: statements with their points', () => {
    const [m3] = records(huiyi(['export', 'seeds/003_2e4d903fcb0281f4.txt']).stdout, 'meeting');
    assert.deepEqual(m3.date, { text: '1月11日下午', iso: '2021-01-11' });
    const [m4] = records(huiyi(['export', 'seeds/004_160ae6e0879352b3.txt']).stdout, 'meeting');
    assert.equal(m4.agendaItems.length, 4);
    assert.equal(m4.agendaItems[0].statements[1].points.length, 4);
    assert.ok(m4.damage.some((f) => f.code === 'cleanup.boilerplate') === false, 'the footer lies outside the meeting');
  });

  test('records are what JSON.stringify writes, also for quotes, backslashes, control characters and surrogates in the text', () => {
    // A lone surrogate cannot be stored in a UTF-8 file: the text comes as JSON on standard input.
    // One sentence has characters to escape; another has surrogates (a pair and a lone one).
    const odd = '会议强调，要坚持"甲乙丙"，做到\\事事有回应\t件件有着落\u0001。';
    const surrogates = '会议指出，推进𠀀字库\ud800建设。';
    const text = readFileSync(join(ROOT, 'seeds', seedFiles()[3]), 'utf8').replace(/(会议强调[^\n]*)/, `$1${odd}\n${surrogates}`);
    assert.ok(text.includes(odd) && text.includes(surrogates));
    const { stdout } = huiyi(['export', '--jobs', '1', '-'], { input: JSON.stringify({ id: 'odd', text }) + '\n' });
    const meetings = records(stdout, 'meeting');
    const texts = meetings.flatMap((m) => [...m.statements, ...m.agendaItems.flatMap((a) => a.statements)].map((st) => st.text));
    assert.ok(texts.some((t) => t.includes(odd)), 'the sentence to escape is in a statement');
    assert.ok(texts.some((t) => t.includes(surrogates)), 'the sentence with surrogates is in a statement, the lone one kept');
    for (const line of stdout.split('\n').filter(Boolean)) assert.equal(line, JSON.stringify(JSON.parse(line)));
  });

  test('--officials: one record per official across the corpus, in either script', () => {
    const officials = records(huiyi(['export', '--officials', 'seeds']).stdout, 'official');
    const tang = officials.find((o) => o.name === '汤洁');
    assert.equal(tang.meetings.length, 3);
    assert.deepEqual(tang.titles.map((t) => t.title), ['区委书记']);
    const wang = officials.find((o) => o.name === '王俊岭');
    assert.deepEqual(wang.spellings, ['王俊嶺']);
    assert.ok(officials[0].meetings.length >= officials.at(-1).meetings.length, 'ordered by meeting count');
  });

  test('--csv: a header and one row per meeting', () => {
    const lines = huiyi(['export', '--csv', 'seeds']).stdout.trim().split('\r\n');
    assert.equal(lines[0].split(',')[0], 'file');
    assert.equal(lines.length, 1 + 8);
  });

  test('standard input: JSON Lines of {id, text}, and lines of paths', () => {
    const input = JSON.stringify({ id: 'report-1', text: '10月1日，区委常委会召开会议。区委书记张三主持会议。\n会议强调，要抓好落实。' }) + '\n';
    const [m] = records(huiyi(['export', '-'], { input }).stdout, 'meeting');
    assert.equal(m.file, 'report-1');
    assert.deepEqual(m.chairs, [{ name: '张三', asWritten: '张三', titles: ['区委书记'] }]);
    const paths = huiyi(['export', '-'], { input: 'seeds/001_e0a15ec941fbfe46.txt\nseeds/002_5c097a59ce34d2cb.txt\n' });
    assert.equal(records(paths.stdout, 'meeting').length, 2);
  });

  test('credits (记者, 责任编辑 …) are recorded apart, never among the participants', () => {
    const text = '（记者 韩雪 曲波）\n10月1日，区委常委会召开会议。区委书记张三主持会议，区长李四出席。\n会议强调，要抓好落实。\n责任编辑：孙海';
    const [m] = records(huiyi(['export', '-'], { input: JSON.stringify({ id: 'credits', text }) + '\n' }).stdout, 'meeting');
    assert.deepEqual(m.credits, [
      { name: '韩雪', asWritten: '韩雪', role: '记者' },
      { name: '曲波', asWritten: '曲波', role: '记者' },
      { name: '孙海', asWritten: '孙海', role: '责任编辑' },
    ]);
    const people = [...m.chairs, ...m.attendees, ...m.speakers, ...m.presenters].map((p) => p.name);
    assert.deepEqual([...new Set(people)], ['张三', '李四']);
  });
});

describe('huiyi fix', () => {
  test('--dry-run prints a unified diff and changes nothing', () => {
    const dir = seedCopy();
    const before = readFileSync(join(dir, '001_e0a15ec941fbfe46.txt'), 'utf8');
    const r = huiyi(['fix', '--dry-run', join(dir, '001_e0a15ec941fbfe46.txt')]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^--- a\//m);
    assert.match(r.stdout, /^\+　　8月26日,經開區召開第241次黨工委會議。黨工委書記王俊嶺主持。$/m);
    assert.equal(readFileSync(join(dir, '001_e0a15ec941fbfe46.txt'), 'utf8'), before);
  });

  test('repairs seed 001 exactly like the editor, and a second run changes and writes nothing', () => {
    const dir = seedCopy();
    const file = join(dir, '001_e0a15ec941fbfe46.txt');
    const before = readFileSync(file, 'utf8');
    assert.equal(huiyi(['fix', '-q', dir]).code, 0);
    const once = readFileSync(file, 'utf8');
    assert.equal(pinyinCount(once), 0);
    assert.ok(!once.includes('????'));
    // Exactly the editor's source.fixAll: the same core, the same repairs.
    const d = TextDocument.create('file:///x.txt', 'plaintext', 1, before);
    const editor = core.applyEdits(before, core.fixAllRepairs(d, core.buildReportModel(d), core.DEFAULT_SETTINGS.damage));
    assert.equal(once, editor);
    const snapshot = Object.fromEntries(readdirSync(dir).map((f) => [f, [readFileSync(join(dir, f), 'utf8'), statSync(join(dir, f)).mtimeMs]]));
    assert.equal(huiyi(['fix', dir]).code, 0);
    for (const f of readdirSync(dir)) {
      assert.equal(readFileSync(join(dir, f), 'utf8'), snapshot[f][0], `${f} unchanged`);
      assert.equal(statSync(join(dir, f)).mtimeMs, snapshot[f][1], `${f} not rewritten`);
    }
  });

  test('--to-simplified converts seed 004 and --backup keeps the original', () => {
    const dir = seedCopy();
    const file = join(dir, '004_160ae6e0879352b3.txt');
    const before = readFileSync(file, 'utf8');
    assert.equal(huiyi(['fix', '--to-simplified', '--backup', file]).code, 0);
    const after = readFileSync(file, 'utf8');
    assert.ok(after.includes('区委常委会召开会议') && !after.includes('會議'));
    assert.ok(after.includes('后备') && after.includes('这里'));
    assert.equal(readFileSync(`${file}.bak`, 'utf8'), before);
  });

  test('--skip chooses the families: without question-marks the lost indents stay', () => {
    const dir = seedCopy();
    const file = join(dir, '001_e0a15ec941fbfe46.txt');
    huiyi(['fix', '--skip', 'mojibake.question-marks', file]);
    const after = readFileSync(file, 'utf8');
    assert.ok(after.startsWith('????8月26日,經開區'));
  });

  test('--also cleanup.boilerplate removes seed 003\'s header and footer, keeps its meeting, and says the publication date goes with them', () => {
    const dir = seedCopy();
    const file = join(dir, '003_2e4d903fcb0281f4.txt');
    const r = huiyi(['fix', '--also', 'cleanup.boilerplate', file]);
    assert.equal(r.code, 0, r.stderr);
    const after = readFileSync(file, 'utf8');
    assert.ok(!after.includes('您现在的位置') && !after.includes('上一条') && !after.includes('发布时间'));
    assert.ok(after.startsWith('杨明主持召开中共贾汪区委常委会(扩大)会议\n'));
    assert.match(r.stderr, /note: the removed web-page lines held the publication date \(2021-01-14\)/);
    const [m] = records(huiyi(['export', file]).stdout, 'meeting');
    assert.deepEqual(m.chairs.map((c) => c.name), ['杨明']);
    assert.deepEqual(m.date, { text: '1月11日下午', iso: null });
    assert.equal(huiyi(['fix', '--also', 'cleanup.html', file]).code, 2);
  });

  test('a file decoded with the wrong encoding is reported and left as it was', () => {
    const dir = seedCopy();
    const file = join(dir, 'gbk.txt');
    const broken = iconv.encode(readFileSync(join(ROOT, 'seeds/000_afaa12a064718efa.txt'), 'utf8'), 'gbk').toString('utf8');
    writeFileSync(file, broken);
    const r = huiyi(['fix', file]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /left as it is: .*GB18030/);
    assert.equal(readFileSync(file, 'utf8'), broken);
  });

  test('CRLF and a BOM are kept', () => {
    const dir = seedCopy();
    const file = join(dir, 'crlf.txt');
    writeFileSync(file, '\ufeff' + readFileSync(join(ROOT, 'seeds/001_e0a15ec941fbfe46.txt'), 'utf8').replace(/\n/g, '\r\n'));
    huiyi(['fix', file]);
    const after = readFileSync(file, 'utf8');
    assert.ok(after.startsWith('\ufeff　　8月26日'));
    assert.equal(after.split('\r\n').length, readFileSync(join(ROOT, 'seeds/001_e0a15ec941fbfe46.txt'), 'utf8').split('\n').length);
    assert.ok(!/[^\r]\n/.test(after));
  });
});
