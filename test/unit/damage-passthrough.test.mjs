// Correct text passes through unchanged: names with diacritics, symbols, European sentences, Latin
// inside Chinese, curly quotes, and garbles that only look like mojibake. Many of these are valid
// UTF-8 once taken back to cp1252 bytes (Zoë…” is the bytes of 녔, café…’ those of 酒), so a
// repair that trusted validity alone would change them. No finding may change the text, and
// fix-all makes no edit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, doc } from './helpers.mjs';

const CASES = [
  // Names with diacritics, some followed by punctuation that cp1252 shares with UTF-8 continuation bytes.
  '“I have read every novel by Anne Brontë…” she said.',
  'A symphony by Antonín Dvořák opened the concert.',
  'Herr Müller und Frau Schäfer kamen um 10 Uhr.',
  'Anders Jonas Ångström measured the solar spectrum.',
  'Kurt Gödel’s theorem was discussed.',
  'Her friend Zoë…” wrote back.',
  'Chloë…’ was the last word of the letter.',
  'We met José…” and nobody else.',
  'Renée…’s notebook was on the table.',
  'The naïve…” reading is wrong.',
  'Café…’ is what the sign said.',
  'The word is spelled “Ã—” in that font.',
  'Søren Kierkegaard and Hans Christian Ørsted were Danes.',
  'Þórr and Óðinn appear in the Edda.',
  'Stanisław Lem wrote Solaris; Paweł read it.',
  'São Paulo and João Pessoa are in Brazil.',
  'CONCLUSÃO DO RELATÓRIO',
  'Nicolás, Begoña and Iñaki arrived.',
  'Łódź is a city in Poland.',
  // Symbols.
  'Huiyi™ and Acme® are trademarks; © 2021 Acme.',
  'Keep it at 25 °C ± 2 °C, humidity 40–60 %.',
  'Price: €12, £10, ¥1500; § 3 ¶ 2.',
  'One half is ½, one quarter ¼; 3 × 4 ÷ 2.',
  'Signal «in» and »out«; 5 ‰ • item † footnote.',
  '温度保持在25°C±2°C，增长12‰。',
  '版权所有©2021某某区人民政府，商标™已注册。',
  // Latin inside Chinese text.
  '会议听取了世界卫生组织（World Health Organization）的报告。',
  '本次论坛邀请Müller教授作主旨演讲。',
  '会议在Café Lumière举行。',
  '引用了哥德尔（Gödel）不完备定理。',
  '由Ångström实验室提供数据。',
  '德沃夏克（Antonín Dvořák）的作品在音乐会上演奏。',
  '代表团访问了São Paulo和Zürich。',
  '会议讨论了PPP模式和naïve方法的区别。',
  '区长在讲话中引用了“Liberté, égalité, fraternité”。',
  // European sentences.
  'Le comité a approuvé le budget à l’unanimité, déjà en été.',
  'Où est la bibliothèque? Là-bas, près de l’église.',
  'Die Größe der Straße überrascht; Äpfel, Öl und Übung.',
  'El niño comió piñata en la montaña; ¿qué pasó? ¡Olé!',
  'Smørrebrød på Ærø og Ålesund i Norge.',
  'Hyvää päivää, Åsa och Östen från Göteborg.',
  'Ça va très bien, merci — à bientôt…',
  'Señoras y señores: la reunión comenzó a las 9.',
  // Curly quotes and the ellipsis.
  'He said “yes”… and left.',
  '‘Single’ and “double” quotes — and an ellipsis…',
  '他说：“我们要落实……”然后离开了。',
  '“十四五”规划——高质量发展……',
  // Garbles that decode to nonsense (phonetic letters, Ogham, Hangul, private use, cuneiform).
  'The banner read áš€ï€€ in the old page.',
  'Stray bytes: ê™‚ and ì¢‹ here.',
  'A Word symbol font left ïƒ˜ behind.',
  'Odd sign ð’€€ on the scan.',
  'lá´´ was typed on purpose.',
  // A single Latin-1 pair that real text holds.
  'TOMÂ\u00a0JONES',
  'Ã’s and Ã©s are letters in this font table.',
];

const OPTIONS = { indent: 'fullwidth' };
const S = core.DEFAULT_DAMAGE_SETTINGS;

/**
 * Findings that would change the text (a repair whose new text differs from what it replaces), of
 * the text alone and of the text as a paragraph of a report (with the report model: a line of its
 * own with "©" is a web-page footer, rightly, so the model is asked about the report only).
 */
function changing(text) {
  const report = `区委常委会召开会议\n　　3月2日上午，区委常委会召开会议。\n${text}\n　　会议强调，要扎实推进各项工作。\n`;
  const d = doc(report, { languageId: 'meeting-report' });
  return [...found(text), ...found(report, core.buildReportModel(d))];
}

function found(text, model) {
  return core
    .detectDamage({ text, model, options: OPTIONS })
    .filter((f) => f.repair && f.repair.newText !== text.slice(f.repair.start, f.repair.end))
    .map((f) => `${f.code} ${JSON.stringify(text.slice(f.start, f.end))} → ${JSON.stringify(f.repair.newText)}`);
}

function fixAllEdits(text) {
  const d = doc(text, { languageId: 'meeting-report' });
  return core.fixAllRepairs(d, core.buildReportModel(d), S);
}

test(`${CASES.length} correct texts: no finding changes them`, () => {
  assert.ok(CASES.length >= 50);
  const changed = CASES.flatMap((text) => changing(text).map((c) => `${text}: ${c}`));
  assert.deepEqual(changed, []);
});

test('correct texts: no mojibake finding at all', () => {
  const flagged = CASES.flatMap((text) => core.detectDamage({ text, options: OPTIONS }).filter((f) => f.code.startsWith('mojibake.')).map((f) => `${text}: ${f.code}`));
  assert.deepEqual(flagged, []);
});

test('correct texts: fix-all makes no edit, also with every case in one document', () => {
  for (const text of CASES) assert.deepEqual(fixAllEdits(text), [], text);
  const all = CASES.join('\n') + '\n';
  assert.deepEqual(fixAllEdits(all), []);
});
