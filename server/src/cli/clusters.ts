// `huiyi duplicates` records (one JSON line per cluster of copies), and the `cluster` and
// `canonical` fields `huiyi export` adds to each meeting record, from clusters computed in this run
// or read from an earlier `huiyi duplicates` output (--clusters FILE).
import { readFileSync } from 'node:fs';
import { clusterMeetings, duplicates, type Cluster, type MeetingSignature } from '../core';

export interface ClusterRecord {
  readonly cluster: string;
  readonly size: number;
  readonly canonical: { file: string; meeting: number };
  readonly members: {
    file: string;
    meeting: number;
    name: string;
    date: string | null;
    iso: string | null;
    script: 'simplified' | 'traditional';
    canonical: boolean;
    similarity: number;
    jaccard: number;
    why: readonly string[];
  }[];
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

export function clusterRecord(signatures: readonly MeetingSignature[], c: Cluster): ClusterRecord {
  const canonical = signatures[c.canonical];
  return {
    cluster: c.id,
    size: c.members.length,
    canonical: { file: canonical.file, meeting: canonical.meeting },
    members: c.members.map((m) => {
      const s = signatures[m.index];
      return { file: s.file, meeting: s.meeting, name: s.name, date: s.date, iso: s.iso, script: s.script, canonical: m.canonical, similarity: round(m.similarity), jaccard: round(m.jaccard), why: m.why };
    }),
  };
}

/** Each clustered meeting's cluster id and whether it is the canonical copy, by file and meeting index. */
export class Assignments {
  private readonly byKey = new Map<string, { cluster: string; canonical: boolean }>();

  static of(signatures: readonly MeetingSignature[], clusters: readonly Cluster[]): Assignments {
    const a = new Assignments();
    for (const c of clusters) for (const m of c.members) a.set(signatures[m.index].file, signatures[m.index].meeting, c.id, m.canonical);
    return a;
  }

  /** From the JSON Lines of `huiyi duplicates`. */
  static read(path: string): Assignments {
    const a = new Assignments();
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as ClusterRecord;
      if (typeof r.cluster !== 'string' || !Array.isArray(r.members)) throw new Error(`${path}: not the output of huiyi duplicates`);
      for (const m of r.members) a.set(m.file, m.meeting, r.cluster, m.canonical);
    }
    return a;
  }

  private set(file: string, meeting: number, cluster: string, canonical: boolean): void {
    this.byKey.set(`${file}\u0000${meeting}`, { cluster, canonical });
  }

  /** A meeting in no cluster has no copies: it is its own canonical copy. */
  get(file: string, meeting: number): { cluster: string | null; canonical: boolean } {
    return this.byKey.get(`${file}\u0000${meeting}`) ?? { cluster: null, canonical: true };
  }
}

/**
 * The signatures of a run, and their shingle weights counted as they come (while the workers are
 * busy), not all at once after the last file.
 */
export class SignatureCollector {
  readonly signatures: MeetingSignature[] = [];
  readonly weights = new duplicates.ShingleWeights();

  add(s: MeetingSignature): void {
    this.signatures.push(s);
    this.weights.add(s);
  }

  cluster(): { clusters: Cluster[]; assignments: Assignments } {
    return clusterAll(this.signatures, this.weights);
  }
}

export function clusterAll(signatures: readonly MeetingSignature[], weights?: InstanceType<typeof duplicates.ShingleWeights>): { clusters: Cluster[]; assignments: Assignments } {
  const clusters = clusterMeetings(signatures, weights);
  return { clusters, assignments: Assignments.of(signatures, clusters) };
}

const encoder = new TextEncoder();

/**
 * Writes one file's export records with the cluster fields (first in JSON: `{"cluster":…,"canonical":…,…}`;
 * the two last CSV cells), leaving out non-canonical meetings when `unique`.
 */
export function writeWithClusters(out: (s: string | Uint8Array) => void, file: string, output: Uint8Array, ends: readonly number[], assignments: Assignments, csv: boolean, unique: boolean): void {
  let start = 0;
  ends.forEach((end, meeting) => {
    const a = assignments.get(file, meeting);
    if (!unique || a.canonical) {
      if (csv) {
        // Two last cells, before the row's CRLF.
        out(output.subarray(start, end - 2));
        out(encoder.encode(`,${a.cluster ?? ''},${a.canonical}\r\n`));
      } else {
        out(encoder.encode(`{"cluster":${JSON.stringify(a.cluster)},"canonical":${a.canonical},`));
        out(output.subarray(start + 1, end));
      }
    }
    start = end;
  });
}
