// mojibake.question-marks: "????" where a paragraph's full-width indent was lost (each "??" was
// one "　"), and "?" standing between Han characters where a character was lost.
import markers from '../../data/damage-markers.json';
import { isHanAt } from '../cjk';
import { indentText, type Detector, type DetectorInput } from '../detector';
import { finding, type Finding } from '../finding';
import { t } from '../../l10n';

const LOST_INDENT = /(^\ufeff?|[\r\n])([ \t\u3000]*)(\?{2,}|？{2,})(?=[^\s?？A-Za-z])/g;
// A lost character, possibly with the residue of its bytes and of its pinyin: 表?yè)P(yáng)大.
const RESIDUE = /^\?{1,16}(?:[a-zA-Z\u00c0-\u024f)]{1,8}(?:\([a-zü\u00e0-\u01dc]{1,7}\))?)?/;
const RESIDUE_SIGN = /[)\u00c0-\u024f]/;
const PARTICLES = new Set(markers.questionParticles);
const QUESTION_WORD = new RegExp(markers.questionWords.join('|'));
const CLAUSE_END = /[。！？；!;\n\r]/;

/** A "?" that ends a question typed with a half-width mark (是否…?), not a lost character. */
export function isQuestion(text: string, at: number): boolean {
  if (PARTICLES.has(text[at - 1])) return true;
  let from = at - 1;
  while (from > 0 && at - from < 40 && !CLAUSE_END.test(text[from - 1])) from--;
  return QUESTION_WORD.test(text.slice(from, at));
}

function lostIndents({ text, options }: DetectorInput, out: Finding<'mojibake.question-marks'>[]): void {
  LOST_INDENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LOST_INDENT.exec(text))) {
    const start = m.index + m[1].length + m[2].length;
    const n = m[3].length;
    const width = Math.ceil(n / 2);
    const message = options.indent === 'remove'
      ? t('"{0}" at the start of a paragraph is a lost full-width indent (each "??" was one "　"); the fix removes it.', m[3])
      : width > 1
        ? t('"{0}" at the start of a paragraph is a lost full-width indent (each "??" was one "　"); the fix restores {1} full-width spaces (　).', m[3], width)
        : t('"{0}" at the start of a paragraph is a lost full-width indent (each "??" was one "　"); the fix restores {1} full-width space (　).', m[3], width);
    out.push(finding('mojibake.question-marks', start, start + n, message, indentText(options, width)));
  }
}

function lostCharacters({ text }: DetectorInput, out: Finding<'mojibake.question-marks'>[]): void {
  let i = text.indexOf('?');
  while (i !== -1) {
    let next = i + 1;
    if (i > 0 && isHanAt(text, i - 1)) {
      const m = RESIDUE.exec(text.slice(i, i + 40));
      if (m) {
        const end = i + m[0].length;
        const marks = m[0].match(/^\?+/)![0].length;
        const residue = m[0].slice(marks);
        const plain = residue === '';
        if (isHanAt(text, end) && (plain ? !isQuestion(text, i) : RESIDUE_SIGN.test(residue))) {
          const message = !plain
            ? t('"{0}" is what is left of a lost character (its bytes and its pinyin were damaged). It cannot be recovered from this text; compare with the source and retype it.', m[0])
            : marks > 1
              ? t('"{0}" between Han characters: {1} characters were lost in an encoding conversion. It cannot be recovered from this text; compare with the source and retype it.', m[0], marks)
              : t('"{0}" between Han characters: a character was lost in an encoding conversion. It cannot be recovered from this text; compare with the source and retype it.', m[0]);
          out.push(finding('mojibake.question-marks', i, end, message));
          next = end;
        }
      }
    }
    i = text.indexOf('?', next);
  }
}

export const questionMarks: Detector<'mojibake.question-marks'> = {
  code: 'mojibake.question-marks',
  detect(input) {
    const out: Finding<'mojibake.question-marks'>[] = [];
    lostIndents(input, out);
    lostCharacters(input, out);
    return out.sort((a, b) => a.start - b.start);
  },
};
