// SARIF 2.1.0, as CI systems and the VS Code SARIF viewer read it.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { ShownSeverity } from '../../core';
import type { FileResult } from '../file-result';

const LEVEL: Record<ShownSeverity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function sarifLog(results: readonly FileResult[], version: string): object {
  const rules = new Map<string, object>();
  const sarifResults: object[] = [];
  for (const r of results) {
    const uri = r.id.startsWith('stdin:') || !r.id ? r.id : pathToFileURL(resolve(r.id)).href;
    for (const f of r.findings ?? []) {
      if (!rules.has(f.code)) {
        rules.set(f.code, { id: f.code, name: f.code, shortDescription: { text: f.code }, defaultConfiguration: { level: LEVEL[f.severity] } });
      }
      sarifResults.push({
        ruleId: f.code,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn } } }],
      });
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'huiyi', version, rules: [...rules.values()] } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}
