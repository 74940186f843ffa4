// A meeting counts once, whatever number of copies the workspace holds (a repost, a traditional
// mirror, a truncated copy): the one function through which the hover card and the Officials view
// merge an official's appearances. Of a cluster's appearances the canonical copy's is kept (else
// the first in time), with the others' roles and titles, and the number of copies it stands for.
import type { WorkspaceCopies } from '../duplicates';
import { byTime, type Appearance } from './official-appearances';

export interface CountedAppearances {
  /** One per meeting, oldest first; `copies` on those that stand for copies in other files. */
  readonly appearances: readonly Appearance[];
  /** Appearances merged into another (copies not counted). */
  readonly merged: number;
}

/** What counting once needs of a meeting's cluster: its id and where its canonical copy is. */
export interface ClusterOfMeeting {
  readonly id: string;
  readonly canonical: { readonly uri: string; readonly meeting: number } | undefined;
}

/** A meeting's cluster, or undefined when it has no copies. */
export type ClusterLookup = (uri: string, meeting: number) => ClusterOfMeeting | undefined;

/** The lookup of the workspace's copies (each cluster's canonical member). */
export function clusterLookup(copies: WorkspaceCopies): ClusterLookup {
  return (uri, meeting) => {
    const cluster = copies.copiesOf(uri, meeting);
    return cluster && { id: cluster.id, canonical: cluster.members.find((m) => m.canonical) };
  };
}

/** Without `copies` (merging off, or no index), every appearance counts. */
export function countOnce(appearances: readonly Appearance[], copies: WorkspaceCopies | ClusterLookup | undefined): CountedAppearances {
  if (!copies) return { appearances: [...appearances].sort(byTime), merged: 0 };
  const clusterOf = typeof copies === 'function' ? copies : clusterLookup(copies);
  const groups = new Map<string, { cluster: ClusterOfMeeting; list: Appearance[] }>();
  const out: Appearance[] = [];
  for (const a of appearances) {
    const cluster = a.meeting >= 0 ? clusterOf(a.uri, a.meeting) : undefined;
    if (!cluster) out.push(a);
    else {
      const group = groups.get(cluster.id);
      if (group) group.list.push(a);
      else groups.set(cluster.id, { cluster, list: [a] });
    }
  }
  let merged = 0;
  for (const { cluster, list } of groups.values()) {
    if (list.length === 1) {
      out.push(list[0]);
      continue;
    }
    merged += list.length - 1;
    const canonical = cluster.canonical;
    const keep = list.find((a) => a.uri === canonical?.uri && a.meeting === canonical.meeting) ?? list.reduce((x, y) => (byTime(y, x) < 0 ? y : x));
    const titles = [...new Set(list.flatMap((a) => a.titles))];
    const roles = [...new Set(list.flatMap((a) => a.roles))];
    out.push({ ...keep, titles, roles, copies: list.length - 1 });
  }
  return { appearances: out.sort(byTime), merged };
}
