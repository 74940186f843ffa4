// The hover card of a credited person (记者 张三, 责任编辑：王五): who they are in the report,
// a credit and not an official, so no titles, roles or appearances.
import type { Hover } from 'vscode-languageserver-types';
import { MarkupKind } from 'vscode-languageserver-types';
import type { ReportDocument } from '../document';
import { t } from '../l10n';
import type { ReportModel } from '../model/types';

export function creditHover(document: ReportDocument, model: ReportModel, offset: number): Hover | undefined {
  const credit = model.credits.find((c) => c.start <= offset && offset <= c.end && c.end > c.start);
  if (!credit) return undefined;
  const written = credit.text !== credit.name ? ` (${t('as written')}: ${credit.text})` : '';
  return {
    contents: { kind: MarkupKind.Markdown, value: `**${credit.name}**${written}\n\n${t('Credit: {0}', credit.role)}` },
    range: { start: document.positionAt(credit.start), end: document.positionAt(credit.end) },
  };
}
