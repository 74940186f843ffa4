// --settings FILE: the editor's settings for the command line, so that a corpus exported from the
// shell yields what the editor shows. Reads a VS Code settings.json ("huiyi.officials.ignore": […]),
// the same nested ({"huiyi": {"officials": …}}), or the huiyi section itself ({"officials": …}).
import { readFileSync } from 'node:fs';
import { UsageError } from './args';

/** The huiyi section of the file, as an object of nested settings. */
export function readSettingsFile(path: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    // settings.json allows comments and trailing commas; strip the simple forms.
    const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    parsed = JSON.parse(text.replace(/^\s*\/\/.*$/gm, '').replace(/,(\s*[}\]])/g, '$1'));
  } catch (error) {
    const what = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : error instanceof SyntaxError ? `not JSON (${error.message})` : String(error);
    throw new UsageError(`--settings ${path}: ${what}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new UsageError(`--settings ${path}: not a JSON object`);
  const object = parsed as Record<string, unknown>;
  if (object.huiyi && typeof object.huiyi === 'object') return object.huiyi as Record<string, unknown>;
  const section: Record<string, unknown> = {};
  let flat = false;
  for (const [key, value] of Object.entries(object)) {
    if (!key.startsWith('huiyi.')) continue;
    flat = true;
    const path = key.slice('huiyi.'.length).split('.');
    let at = section;
    for (const part of path.slice(0, -1)) at = (at[part] ??= {}) as Record<string, unknown>;
    at[path[path.length - 1]] = value;
  }
  return flat ? section : object;
}
