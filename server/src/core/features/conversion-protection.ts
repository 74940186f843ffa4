// Which spans the traditional→simplified conversion leaves alone: every mojibake finding
// (浼氳鍚, 锟斤拷, ä¼š, "?" for a lost character), since converting the damaged characters
// (浼氳 → 浼氲) would destroy what its repair, or a person comparing with the source, reads. A
// file-level finding (the whole file decoded with the wrong encoding) protects the whole text, and
// a run of U+FFFD also protects the GBK leftovers around it (浼氳��鍚�, damage/gbk-leftovers.ts).
// Pinyin annotations are the exception: the conversion removes them itself, exactly as their
// repair does (經(jīng) → 经), and a converted character would no longer be recognised as
// annotated. The one rule for every front (document, paragraph, selection, workspace, CLI). It
// does not follow the severity settings: a code turned off (or left out by --only/--skip) is not
// shown or fixed, but its damage is still there, and converting it would still destroy it.
import type { Protection, ProtectedSpan } from '../conversion/protected-spans';
import { NO_PROTECTION } from '../conversion/protected-spans';
import { damageOf, memoizedDamage } from '../damage/cache';
import { gbkLeftoversAround } from '../damage/gbk-leftovers';
import type { DamageCode, DamageFinding as Finding } from '../damage/codes';
import type { DamageSettings } from '../damage/damage-settings';
import { activeDetectors, detectDamage, DETECTORS } from '../damage/registry';
import type { ReportDocument } from '../document';
import type { ReportModel } from '../model/types';

/** Mojibake codes whose spans the conversion must not touch. */
function protects(code: DamageCode): boolean {
  return code.startsWith('mojibake.') && code !== 'mojibake.pinyin-annotation';
}

/**
 * The detectors up to the last mojibake code: they give the same mojibake findings as all of them
 * (a finding only ever hides findings of codes after its own), at a fraction of the work.
 */
const MOJIBAKE_DETECTORS = DETECTORS.slice(0, DETECTORS.reduce((end, d, i) => (protects(d.code) ? i + 1 : end), 0));

/** The protection of `findings` of `text` (sorted by start, as the detectors give them). */
export function protectionOf(findings: readonly Finding[], text: string): Protection {
  const spans: ProtectedSpan[] = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (!protects(f.code)) continue;
    if (f.fileLevel) return { spans: [{ start: 0, end: text.length }] };
    if (f.end <= f.start) continue;
    const repair = f.repair;
    let span: ProtectedSpan = repair && repair.start === f.start && repair.end === f.end ? { start: f.start, end: f.end, repaired: repair.newText } : { start: f.start, end: f.end };
    if (f.code === 'mojibake.replacement-char' && text.charCodeAt(f.start) === 0xfffd) span = gbkLeftoversAround(text, f.start, f.end);
    const last = spans[spans.length - 1];
    // A widened span may reach into its neighbour: one span, as it is (no repair covers both).
    if (last && span.start < last.end) spans[spans.length - 1] = { start: Math.min(last.start, span.start), end: Math.max(last.end, span.end) };
    else spans.push(span);
  }
  return spans.length ? { spans } : NO_PROTECTION;
}

const memo = new WeakMap<readonly Finding[], Protection>();

/**
 * The protection of a document's current version, memoized: from the findings its diagnostics
 * computed when they are there (every mojibake detector runs whenever a later code is on), else
 * from the mojibake detectors alone. No report model (the document is not analysed as a report,
 * so it shows no findings): nothing is protected.
 */
export function documentProtection(document: ReportDocument, model: ReportModel | undefined, settings: DamageSettings): Protection {
  if (!model) return NO_PROTECTION;
  const options = { indent: settings.questionMarkIndent };
  const text = document.getText();
  const active = activeDetectors(settings.severity);
  const findings = (active.length >= MOJIBAKE_DETECTORS.length ? memoizedDamage(model, options, active) : undefined) ?? damageOf(text, model, options, MOJIBAKE_DETECTORS);
  let protection = memo.get(findings);
  if (!protection) memo.set(findings, (protection = protectionOf(findings, text)));
  return protection;
}

/** The protection of a text without a model (the command line's repaired text, before it converts it). */
export function textProtection(text: string, settings: DamageSettings): Protection {
  return protectionOf(detectDamage({ text, options: { indent: settings.questionMarkIndent } }, MOJIBAKE_DETECTORS), text);
}
