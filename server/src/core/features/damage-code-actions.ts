// Code actions for damage: a quickfix per repairable finding, "fix all of this kind", and
// source.fixAll (every safe repair, so editor.codeActionsOnSave works). Repairs come from the
// findings of the document's current version; a diagnostic computed for another version gets no
// action, and every edit names the version it was computed for, so a client refuses it once the
// document has moved on.
import { CodeActionKind, TextDocumentEdit, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { ReportDocument } from '../document';
import { CODE_FACTS, DAMAGE_CODES, isDamageCode, OPT_IN_REPAIRS, titleOf, type DamageCode, type DamageFinding as Finding } from '../damage/codes';
import type { DamageSettings } from '../damage/damage-settings';
import type { TextRepair } from '../damage/finding';
import { detectDamage } from '../damage/registry';
import { t } from '../l10n';
import type { ReportModel } from '../model/types';
import { fixAll, repairsOf } from '../repair/fix-all';
import { DAMAGE_SOURCE, enabledFindings, type DamageData } from './damage-diagnostics';
import { hiddenInGroup } from './dense-findings';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.huiyi`;

export interface CodeActionRequest {
  readonly range: Range;
  readonly diagnostics: readonly Diagnostic[];
  readonly only?: readonly string[];
}

/** The codes source.fixAll repairs under these settings. */
export function safeCodes(settings: DamageSettings): Set<DamageCode> {
  return new Set(DAMAGE_CODES.filter((c) => CODE_FACTS[c].fixAll && settings.severity[c] !== 'off'));
}

const fixAllMemo = new WeakMap<ReportModel, Map<string, TextRepair[]>>();

/**
 * Every safe repair of the document, composed into one minimal edit list (memoized per version).
 * `also` adds opt-in repairs (OPT_IN_REPAIRS). A web-page block that is removed takes every other
 * repair inside it with it.
 */
export function fixAllRepairs(document: ReportDocument, model: ReportModel, settings: DamageSettings, also: readonly DamageCode[] = []): TextRepair[] {
  const codes = safeCodes(settings);
  for (const c of also) if (OPT_IN_REPAIRS.includes(c) && settings.severity[c] !== 'off') codes.add(c);
  const key = `${settings.questionMarkIndent}|${[...codes].join(',')}`;
  let byKey = fixAllMemo.get(model);
  if (!byKey) fixAllMemo.set(model, (byKey = new Map()));
  let repairs = byKey.get(key);
  if (!repairs) {
    const options = { indent: settings.questionMarkIndent };
    const safe = (findings: readonly Finding[]) => findings.filter((f) => codes.has(f.code));
    repairs = fixAll(document.getText(), withoutInsideRemovedBlocks(safe(enabledFindings(document, model, settings))), (text) => safe(detectDamage({ text, options })));
    byKey.set(key, repairs);
  }
  return repairs;
}

/** Drops findings that lie inside a boilerplate block being removed (findings come sorted by start). */
function withoutInsideRemovedBlocks(findings: readonly Finding[]): readonly Finding[] {
  const blocks = findings.filter((f) => f.code === 'cleanup.boilerplate' && f.repair);
  if (!blocks.length) return findings;
  return findings.filter((f) => f.code === 'cleanup.boilerplate' || !blocks.some((b) => b.repair!.start <= f.start && f.end <= b.repair!.end));
}

function edit(document: ReportDocument, repairs: readonly TextRepair[]) {
  const edits: TextEdit[] = repairs.map((r) => ({ range: { start: document.positionAt(r.start), end: document.positionAt(r.end) }, newText: r.newText }));
  return { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, edits)] };
}

const fixAllEdits = new WeakMap<readonly TextRepair[], ReturnType<typeof edit>>();

/** The edit of fixAllRepairs' list, built once per list (the list is memoized per version), so the quick-fix menu can offer it at every cursor move. */
function fixAllEdit(document: ReportDocument, repairs: readonly TextRepair[]) {
  let result = fixAllEdits.get(repairs);
  if (!result) fixAllEdits.set(repairs, (result = edit(document, repairs)));
  return result;
}

const wants = (only: readonly string[] | undefined, kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));

function damageDataOf(d: Diagnostic): DamageData | undefined {
  const data = d.data as Partial<DamageData> | undefined;
  return d.source === DAMAGE_SOURCE && isDamageCode(d.code) && data && typeof data.version === 'number' ? (data as DamageData) : undefined;
}

/**
 * The repairable findings holding [start, end] (the cursor, or a selection inside one) that no
 * diagnostic shows by itself (a member of a paragraph's group after the first): the quick fix
 * under the cursor is theirs. At most a few.
 */
function groupedRepairsAt(text: string, findings: readonly Finding[], start: number, end: number, threshold: number): Finding[] {
  // Findings are sorted by start: the first that may touch `start` is found by bisection (the
  // longest finding is a web-page block, which has no quick fix here but may reach far).
  let lo = 0;
  let hi = findings.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (findings[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Finding[] = [];
  for (let i = Math.max(0, lo - 1); i < findings.length && findings[i].start <= end && out.length < 3; i++) {
    const f = findings[i];
    if (f.start <= start && end <= f.end && f.repair && hiddenInGroup(text, findings, i, threshold)) out.push(f);
  }
  return out;
}

/** Whether the range touches a repairable finding that only its paragraph's group shows (then its repair is the preferred quick fix). */
export function onGroupedDamage(document: ReportDocument, model: ReportModel, settings: DamageSettings, range: Range): boolean {
  const findings = enabledFindings(document, model, settings);
  return groupedRepairsAt(document.getText(), findings, document.offsetAt(range.start), document.offsetAt(range.end), settings.groupPerParagraph).length > 0;
}

export function damageCodeActions(document: ReportDocument, model: ReportModel, settings: DamageSettings, request: CodeActionRequest): CodeAction[] {
  const actions: CodeAction[] = [];
  const only = request.only;
  if (wants(only, CodeActionKind.QuickFix)) {
    const findings = enabledFindings(document, model, settings);
    const offered = new Set<DamageCode>();
    const offerAll = (f: Finding) => {
      if (offered.has(f.code)) return;
      offered.add(f.code);
      const same = findings.filter((x) => x.code === f.code && x.repair);
      if (same.length > 1) {
        actions.push({ title: t('{0}: all {1} in this file', titleOf(f.code), same.length), kind: CodeActionKind.QuickFix, edit: edit(document, repairsOf(document.getText(), same)) });
      }
    };
    for (const diagnostic of request.diagnostics) {
      const data = damageDataOf(diagnostic);
      if (!data || data.version !== document.version) continue; // stale: refused
      const start = document.offsetAt(diagnostic.range.start);
      const end = document.offsetAt(diagnostic.range.end);
      const f = findings.find((x) => x.code === data.code && x.start === start && x.end === end);
      if (!f) continue;
      // The repair of the finding under the cursor is what Enter in the Ctrl+. menu applies; under
      // a paragraph's group of findings, the repair of every member (the first may have none).
      if (data.group) {
        const from = document.offsetAt(data.group.range.start);
        const to = document.offsetAt(data.group.range.end);
        const members = findings.filter((x) => x.code === f.code && x.start >= from && x.end <= to && x.repair);
        if (!members.length) continue;
        const title = t('{0}: all {1} in this paragraph', titleOf(f.code), members.length);
        actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: edit(document, repairsOf(document.getText(), members)) });
      } else if (f.repair) {
        actions.push({ title: titleOf(f.code), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: edit(document, [f.repair]) });
      } else continue;
      offerAll(f);
    }
    // The cursor on a finding that a paragraph's group shows at its first member: its own repair.
    for (const f of groupedRepairsAt(document.getText(), findings, document.offsetAt(request.range.start), document.offsetAt(request.range.end), settings.groupPerParagraph)) {
      actions.push({ title: titleOf(f.code), kind: CodeActionKind.QuickFix, isPreferred: true, edit: edit(document, [f.repair!]) });
      offerAll(f);
    }
  }
  // source.fixAll when asked for (on save, Fix All); in the quick-fix menu too, under a repair, as ESLint does.
  const fixAllKind = only && wants(only, FIX_ALL_KIND) ? FIX_ALL_KIND : actions.length ? CodeActionKind.QuickFix : undefined;
  if (fixAllKind) {
    const repairs = fixAllRepairs(document, model, settings);
    if (repairs.length) {
      const title = repairs.length > 1 ? t('Fix all damage in this file ({0} edits)', repairs.length) : t('Fix all damage in this file ({0} edit)', repairs.length);
      actions.push({ title, kind: fixAllKind, edit: fixAllEdit(document, repairs) });
    }
  }
  return actions;
}
