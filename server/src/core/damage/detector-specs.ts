// The one table of damage codes, in priority order: of two overlapping findings, the one whose
// code comes first wins, and detectors run in this order (activeDetectors leaves out the ones at
// the end whose codes are all off). Everything else about a code is derived from it: the codes
// and their type, the facts, the detectors, the quick-fix titles, the opt-in repairs and the
// default settings (damage/codes.ts); package.json's huiyi.diagnostics.severity is checked against
// it by a test (`node scripts/sync-package-json.mjs` rewrites it). Codes are stable: users
// configure them. A new code: its detector file, an entry here, its messages in the l10n bundles.
import { t } from '../l10n';
import type { Severity } from '../severity';
import type { Detector } from './detector';
import { boilerplate } from './detectors/boilerplate';
import { controlChars } from './detectors/control-chars';
import { halfwidthPunctuation } from './detectors/halfwidth-punctuation';
import { htmlResidue } from './detectors/html';
import { pinyinAnnotations } from './detectors/pinyin-annotation';
import { questionMarks } from './detectors/question-marks';
import { replacementChars } from './detectors/replacement-char';
import { utf8AsGbk } from './detectors/utf8-as-gbk';
import { utf8AsLatin1 } from './detectors/utf8-as-latin1';
import { whitespace } from './detectors/whitespace';
import { wrongEncoding } from './detectors/wrong-encoding';


export interface CodeFacts {
  /** The default severity (huiyi.diagnostics.severity overrides it). */
  readonly severity: Severity;
  /** source.fixAll applies this code's repairs (damage, not style or content removal). */
  readonly fixAll: boolean;
  /** A repair that fix-all leaves to the user, which `huiyi fix --also` can add. */
  readonly optIn?: boolean;
  /** Faded in the editor (text that should not be there at all). */
  readonly unnecessary?: boolean;
  /** Not reported inside a block of web-page chrome (a style remark on text that will be removed anyway). */
  readonly hiddenInChrome?: boolean;
  /** The quick-fix title, in the current locale. */
  readonly title: () => string;
  /** "23 pinyin annotations": a count of this code's findings (n ≥ 2, a paragraph's group), in the current locale. */
  readonly counted: (n: number) => string;
}

export interface DetectorSpec<C extends string = string> extends CodeFacts {
  readonly code: C;
  readonly detector: Detector<C>;
}

function spec<C extends string>(detector: Detector<C>, facts: CodeFacts): DetectorSpec<C> {
  return { code: detector.code, ...facts, detector };
}

export const DETECTOR_SPECS = [
  spec(wrongEncoding, { severity: 'error', fixAll: false, title: () => t('Reopen the file with the right encoding'), counted: (n) => t('{0} wrongly decoded files', n) }),
  spec(utf8AsLatin1, { severity: 'warning', fixAll: true, title: () => t('Decode the UTF-8 read as Latin-1'), counted: (n) => t('{0} runs of UTF-8 read as Latin-1', n) }),
  spec(utf8AsGbk, { severity: 'warning', fixAll: true, title: () => t('Decode the UTF-8 read as GBK'), counted: (n) => t('{0} runs of UTF-8 read as GBK', n) }),
  spec(replacementChars, { severity: 'warning', fixAll: false, title: () => t('Compare with the source'), counted: (n) => t('{0} runs of replacement characters', n) }),
  spec(pinyinAnnotations, { severity: 'warning', fixAll: true, unnecessary: true, title: () => t('Remove the pinyin annotation'), counted: (n) => t('{0} pinyin annotations', n) }),
  spec(questionMarks, { severity: 'warning', fixAll: true, title: () => t('Repair the lost indent'), counted: (n) => t('{0} question-mark runs', n) }),
  spec(htmlResidue, { severity: 'warning', fixAll: true, title: () => t('Decode or remove the HTML residue'), counted: (n) => t('{0} pieces of HTML residue', n) }),
  spec(controlChars, { severity: 'warning', fixAll: true, title: () => t('Remove the invisible characters'), counted: (n) => t('{0} runs of invisible characters', n) }),
  spec(boilerplate, { severity: 'information', fixAll: false, optIn: true, unnecessary: true, title: () => t('Remove the web-page chrome'), counted: (n) => t('{0} blocks of web-page chrome', n) }),
  spec(whitespace, { severity: 'information', fixAll: true, hiddenInChrome: true, title: () => t('Normalise the whitespace'), counted: (n) => t('{0} whitespace problems', n) }),
  spec(halfwidthPunctuation, { severity: 'hint', fixAll: false, optIn: true, hiddenInChrome: true, title: () => t('Use full-width punctuation'), counted: (n) => t('{0} half-width punctuation marks', n) }),
] as const;
