// package.json's huiyi.diagnostics.severity, written from the damage code table
// (server/src/core/damage/detector-specs.ts): one property per code, in priority order, with the
// severities a user can pick (described), the code's default and its description (package.nls*.json). `node scripts/sync-package-json.mjs` (after
// `npm run build`) rewrites package.json; test/unit/detector-specs.test.mjs fails while it differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MANIFEST = join(ROOT, 'package.json');

/** The `properties` of huiyi.diagnostics.severity, from the table and the core's severities: a row per code in the Settings UI, its severities described. */
export function severityProperties(specs, severities) {
  return Object.fromEntries(
    specs.map((s) => [
      s.code,
      { type: 'string', enum: [...severities], enumDescriptions: severities.map((v) => `%config.severity.${v}%`), default: s.severity, description: `%config.huiyi.diagnostics.severity.${s.code}%` },
    ]),
  );
}

/** package.json's text with huiyi.diagnostics.severity's properties taken from the table. */
export function syncedManifest(text, specs, severities) {
  const manifest = JSON.parse(text);
  const setting = manifest.contributes.configuration.properties['huiyi.diagnostics.severity'];
  setting.properties = severityProperties(specs, severities);
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { DETECTOR_SPECS, SEVERITIES } = createRequire(import.meta.url)(join(ROOT, 'dist/core.js'));
  const text = readFileSync(MANIFEST, 'utf8');
  const synced = syncedManifest(text, DETECTOR_SPECS, SEVERITIES);
  if (synced === text) console.log('package.json: huiyi.diagnostics.severity already follows the table');
  else {
    writeFileSync(MANIFEST, synced);
    console.log('package.json: huiyi.diagnostics.severity rewritten from the table');
  }
}
