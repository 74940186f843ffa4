// The clusters of copies among the meetings of a changing set of files (the editor's workspace
// index): files come and go one at a time, and a lookup answers which other meetings are copies of
// one. Clusters are computed lazily, at the first lookup after a change: the whole set at once after
// many changes (the index being built), else only around the files that changed (an edit, a save):
// their meetings, the clusters they were in, and the meetings that share a bucket with them.
import type { Range } from 'vscode-languageserver-types';
import { clusterMeetings, isCandidate, type Cluster } from './cluster';
import { clusterStreamed, type MeetingRef } from './stream-cluster';
import type { Reason } from './reasons';
import type { MeetingSignature } from './signature';
import { ShingleWeights } from './weights';

/** One copy of a meeting: where it is, and how it differs from the canonical copy. */
export interface MeetingCopy {
  readonly uri: string;
  readonly meeting: number;
  readonly script: 'simplified' | 'traditional';
  readonly canonical: boolean;
  readonly similarity: number;
  readonly why: readonly Reason[];
}

/** A meeting's cluster: every copy, the canonical one first. */
export interface MeetingCopies {
  readonly id: string;
  readonly members: readonly MeetingCopy[];
}

/** Which meetings are copies of one another (the editor's index implements it). */
export interface WorkspaceCopies {
  copiesOf(uri: string, meeting: number): MeetingCopies | undefined;
  /** Where a meeting is in its file (for links to a copy), when known. */
  rangeOf?(uri: string, meeting: number): Range | undefined;
}

/** More files changed than this since the last lookup: cluster everything again. */
const INCREMENTAL_FILES = 32;

const keyOf = (uri: string, meeting: number) => `${meeting}\u0000${uri}`;

/** What makes two signatures of one file the same for clustering (the text, through its MinHash, and the guards' fields). */
function sameSignatures(a: readonly MeetingSignature[], b: readonly MeetingSignature[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i];
    if (x.meeting !== y.meeting || x.length !== y.length || x.script !== y.script || x.damage !== y.damage || x.day !== y.day || x.iso !== y.iso) return false;
    if (x.body !== y.body || x.ordinal !== y.ordinal || x.published !== y.published || x.headline !== y.headline) return false;
    if (x.chairs.join() !== y.chairs.join() || x.leaders.join() !== y.leaders.join() || x.officials.join() !== y.officials.join()) return false;
    for (let k = 0; k < x.minhash.length; k++) if (x.minhash[k] !== y.minhash[k]) return false;
    return true;
  });
}

export class MeetingClusters {
  private readonly byUri = new Map<string, readonly MeetingSignature[]>();
  private readonly weights = new ShingleWeights();
  /** The cluster of each meeting that has copies, by file then meeting (a hover looks up thousands: no key strings built). */
  private readonly clusterOf = new Map<string, Map<number, MeetingCopies>>();

  private clusterAt(uri: string, meeting: number): MeetingCopies | undefined {
    return this.clusterOf.get(uri)?.get(meeting);
  }

  /** Each member of `copies` answers with it. */
  private place(copies: MeetingCopies): void {
    for (const m of copies.members) {
      let ofFile = this.clusterOf.get(m.uri);
      if (!ofFile) this.clusterOf.set(m.uri, (ofFile = new Map()));
      ofFile.set(m.meeting, copies);
    }
  }

  private forget(uri: string, meeting: number): void {
    const ofFile = this.clusterOf.get(uri);
    if (ofFile?.delete(meeting) && !ofFile.size) this.clusterOf.delete(uri);
  }
  private readonly changed = new Set<string>();
  private clustered = false;
  private holds = 0;

  /** The meetings of a file (signatures' `file` is its uri); an empty list removes it. */
  set(uri: string, signatures: readonly MeetingSignature[]): void {
    const old = this.byUri.get(uri);
    if (old && sameSignatures(old, signatures)) return;
    if (!old && !signatures.length) return;
    for (const s of old ?? []) this.weights.remove(s);
    for (const s of signatures) this.weights.add(s);
    if (signatures.length) this.byUri.set(uri, signatures);
    else this.byUri.delete(uri);
    this.changed.add(uri);
  }

  delete(uri: string): void {
    this.set(uri, []);
  }

  /**
   * While held (the index is being built), lookups answer from the clusters of the last lookup
   * without clustering again; once every hold is released, the next lookup catches up.
   */
  hold(): () => void {
    this.holds++;
    let released = false;
    return () => {
      if (!released) (released = true), this.holds--;
    };
  }

  copiesOf(uri: string, meeting: number): MeetingCopies | undefined {
    if (!this.holds) this.settle();
    return this.clusterAt(uri, meeting);
  }

  /**
   * Takes clusters found before (kept in the editor's persisted index) as the current ones, as if
   * only the files `changed` had been set since they were found: the next lookup clusters around
   * those files, as it would have in the process that found them.
   */
  adopt(clusters: Iterable<MeetingCopies>, changed: Iterable<string>): void {
    this.clusterOf.clear();
    for (const c of clusters) this.place(c);
    this.changed.clear();
    for (const uri of changed) this.changed.add(uri);
    this.clustered = true;
  }

  /** Every cluster once (brought up to date first unless held, as copiesOf does). */
  *clusters(): Iterable<MeetingCopies> {
    if (!this.holds) this.settle();
    const seen = new Set<MeetingCopies>();
    for (const ofFile of this.clusterOf.values()) for (const c of ofFile.values()) if (!seen.has(c)) (seen.add(c), yield c);
  }


  /** Brings the clusters up to date with the files set (lookups do it when they need it). */
  settle(): void {
    if (this.clustered && !this.changed.size) return;
    if (!this.clustered || this.changed.size > INCREMENTAL_FILES) this.clusterAll();
    else this.clusterAround([...this.changed]);
    this.changed.clear();
    this.clustered = true;
  }

  private clusterAll(): void {
    this.clusterOf.clear();
    const all = [...this.byUri.values()].flat();
    this.store(all, clusterMeetings(all, this.weights));
  }

  /** Clusters again the files changed, the clusters they were in, and their candidates' clusters. */
  private clusterAround(uris: readonly string[]): void {
    const subset = new Map<string, MeetingSignature>();
    const take = (s: MeetingSignature) => subset.set(keyOf(s.file, s.meeting), s);
    const takeCluster = (c: MeetingCopies | undefined) => {
      for (const m of c?.members ?? []) {
        const s = this.byUri.get(m.uri)?.find((x) => x.meeting === m.meeting);
        if (s) take(s);
        this.forget(m.uri, m.meeting);
      }
    };
    const changed = new Set(uris);
    // The clusters that held a meeting of a changed file (its old meetings' keys).
    const held = new Set<MeetingCopies>();
    for (const ofFile of this.clusterOf.values()) for (const c of ofFile.values()) held.add(c);
    for (const c of held) if (c.members.some((m) => changed.has(m.uri))) takeCluster(c);
    const fresh = uris.flatMap((u) => this.byUri.get(u) ?? []);
    fresh.forEach(take);
    for (const [uri, signatures] of this.byUri) {
      if (changed.has(uri)) continue;
      for (const s of signatures) {
        if (!fresh.some((f) => isCandidate(f, s))) continue;
        take(s);
        takeCluster(this.clusterAt(s.file, s.meeting));
      }
    }
    const list = [...subset.values()];
    this.store(list, clusterMeetings(list, this.weights));
  }

  private store(signatures: readonly MeetingSignature[], clusters: readonly Cluster[]): void {
    for (const c of clusters) this.place(copiesOf(c, (i) => signatures[i]));
  }
}

function copiesOf(c: Cluster, at: (index: number) => MeetingSignature): MeetingCopies {
  return {
    id: c.id,
    members: c.members.map((m) => {
      const s = at(m.index);
      return { uri: s.file, meeting: s.meeting, script: s.script, canonical: m.canonical, similarity: m.similarity, why: m.why };
    }),
  };
}

/**
 * The clusters MeetingClusters finds among every file's signatures (`source`, file by file), read
 * once without holding them (core/duplicates/stream-cluster.ts); `load` gives back the whole
 * signatures of the members.
 */
export function streamedCopies(source: Iterable<MeetingSignature>, load: (refs: readonly MeetingRef[]) => readonly MeetingSignature[]): MeetingCopies[] {
  const { clusters, member } = clusterStreamed(source, load);
  return clusters.map((c) => copiesOf(c, member));
}
