// `huiyi export`: a meeting record as one JSON line, byte for byte what JSON.stringify writes.
// Its last field, the damage found (often half the record on a damaged corpus), is written by the
// findings writer, which encodes each distinct message once.
import type { MeetingRecord } from '../records';
import type { ByteSink } from './byte-sink';
import { writeFindings } from './check-json';

export function writeMeetingRecord(sink: ByteSink, record: MeetingRecord): void {
  const { damage, ...rest } = record;
  const json = JSON.stringify(rest);
  sink.text(json.slice(0, -1)); // without the closing brace: damage comes last
  sink.ascii(',"damage":');
  writeFindings(sink, damage);
  sink.ascii('}\n');
}
