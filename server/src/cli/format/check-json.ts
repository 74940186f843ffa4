// `huiyi check --format json|jsonl`: one record per file, byte for byte what JSON.stringify
// writes for { id, status, reason, meetings, findings }, written straight into the batch's bytes;
// and the findings array that export's meeting records end with.
import type { CliFinding } from '../findings';
import type { ByteSink } from './byte-sink';

export interface CheckRecord {
  readonly id: string;
  readonly status: string;
  readonly reason: string | null;
  readonly meetings: number;
  readonly findings: readonly CliFinding[];
}

const utf8 = (s: string) => Buffer.from(s, 'utf8');
const COLUMN = utf8(',"column":');
const END_LINE = utf8(',"endLine":');
const END_COLUMN = utf8(',"endColumn":');
const MESSAGE = utf8(',"message":');

/** `{"code":…,"severity":…,"line":` for each code and severity, encoded once. */
const heads = new Map<string, Uint8Array>();
function head(code: string, severity: string, first: boolean): Uint8Array {
  const key = `${first ? '' : ','}${code}\u0000${severity}`;
  let bytes = heads.get(key);
  if (!bytes) heads.set(key, (bytes = utf8(`${first ? '' : ','}{"code":${JSON.stringify(code)},"severity":${JSON.stringify(severity)},"line":`)));
  return bytes;
}

export function writeCheckRecord(sink: ByteSink, r: CheckRecord): void {
  sink.ascii('{"id":');
  sink.text(JSON.stringify(r.id));
  sink.ascii(',"status":');
  sink.jsonString(r.status);
  sink.ascii(',"reason":');
  sink.text(JSON.stringify(r.reason));
  sink.ascii(',"meetings":');
  sink.int(r.meetings);
  sink.ascii(',"findings":');
  writeFindings(sink, r.findings);
  sink.ascii('}');
}

/** A JSON array of findings, as JSON.stringify writes it. */
export function writeFindings(sink: ByteSink, findings: readonly CliFinding[]): void {
  sink.ascii('[');
  // Runs of findings share a code and severity, so a head is looked up only when they change.
  let code = '';
  let severity = '';
  let following: Uint8Array | undefined;
  findings.forEach((f, i) => {
    if (i === 0) sink.bytes(head(f.code, f.severity, true));
    else {
      if (!following || f.code !== code || f.severity !== severity) (following = head(f.code, f.severity, false)), (code = f.code), (severity = f.severity);
      sink.bytes(following);
    }
    sink.int(f.line);
    sink.bytes(COLUMN);
    sink.int(f.column);
    sink.bytes(END_LINE);
    sink.int(f.endLine);
    sink.bytes(END_COLUMN);
    sink.int(f.endColumn);
    sink.bytes(MESSAGE);
    sink.jsonString(f.message);
    sink.ascii('}');
  });
  sink.ascii(']');
}
