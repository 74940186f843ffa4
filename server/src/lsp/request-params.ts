// The params a request's handler reads, checked before it runs (runSafe): a client that sends `{}`
// for textDocument/documentSymbol, or a codeAction without `context`, gets InvalidParams with what
// is missing, never a TypeError from inside the handler.

type Kind = 'string' | 'number' | 'boolean' | 'object' | 'array';
/** `?`: may be absent (undefined or null), and is of the kind when present. */
type Expected = Kind | `${Kind}?`;

/** Dotted paths into the params and what each must be, checked in order (parents first). */
export type ParamShape = readonly (readonly [path: string, kind: Expected])[];

const position = (p: string): ParamShape => [[p, 'object'], [`${p}.line`, 'number'], [`${p}.character`, 'number']];
const range = (p: string): ParamShape => [[p, 'object'], ...position(`${p}.start`), ...position(`${p}.end`)];

/** TextDocumentIdentifier params: documentSymbol, foldingRange, semanticTokens/full. */
export const DOCUMENT_PARAMS: ParamShape = [['textDocument', 'object'], ['textDocument.uri', 'string']];
/** TextDocumentPositionParams: hover, definition, references, documentHighlight, prepareRename. */
export const POSITION_PARAMS: ParamShape = [...DOCUMENT_PARAMS, ...position('position')];
export const RENAME_PARAMS: ParamShape = [...POSITION_PARAMS, ['newName', 'string']];
export const CODE_ACTION_PARAMS: ParamShape = [...DOCUMENT_PARAMS, ...range('range'), ['context', 'object'], ['context.diagnostics', 'array'], ['context.only', 'array?']];
export const WORKSPACE_SYMBOL_PARAMS: ParamShape = [['query', 'string']];

function is(value: unknown, kind: Kind): boolean {
  if (kind === 'array') return Array.isArray(value);
  if (kind === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value);
  return typeof value === kind;
}

const A: Record<Kind, string> = { string: 'a string', number: 'a number', boolean: 'true or false', object: 'an object', array: 'an array' };

/** What is wrong with `params` for `shape`, in one sentence; undefined when nothing is. */
export function paramsProblem(params: unknown, shape: ParamShape): string | undefined {
  if (!is(params, 'object')) return 'the params must be an object';
  for (const [path, expected] of shape) {
    let value: unknown = params;
    for (const key of path.split('.')) value = is(value, 'object') ? (value as Record<string, unknown>)[key] : undefined;
    const optional = expected.endsWith('?');
    const kind = (optional ? expected.slice(0, -1) : expected) as Kind;
    if (optional && (value === undefined || value === null)) continue;
    if (!is(value, kind)) return `params.${path} ${value === undefined ? 'is missing' : 'is not ' + A[kind]}; it must be ${A[kind]}`;
  }
  return undefined;
}
