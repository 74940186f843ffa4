// A meeting counts once, whatever number of copies the workspace holds (a repost, a traditional
// mirror, a truncated copy): the one function through which the hover card and the Officials view
// merge an official's appearances. Of a cluster's appearances the canonical copy's is kept (else
// the first in time), with the others' roles and titles, and the number of copies it stands for.
import type { MeetingCopies, WorkspaceCopies } from '../duplicates';
import { byTime, type Appearance } from './official-appearances';

export interface CountedAppearances {
  /** One per meeting, oldest first; `copies` on those that stand for copies in other files. */
  readonly appearances: readonly Appearance[];
  /** Appearances merged into another (copies not counted). */
  readonly merged: number;
}

/** Without `copies` (merging off, or no index), every appearance counts. */
export function countOnce(appearances: readonly Appearance[], copies: WorkspaceCopies | undefined): CountedAppearances {
  if (!copies) return { appearances: [...appearances].sort(byTime), merged: 0 };
  const groups = new Map<string, { cluster: MeetingCopies; list: Appearance[] }>();
  const out: Appearance[] = [];
  for (const a of appearances) {
    const cluster = a.meeting >= 0 ? copies.copiesOf(a.uri, a.meeting) : undefined;
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
    const canonical = cluster.members.find((m) => m.canonical);
    const keep = list.find((a) => a.uri === canonical?.uri && a.meeting === canonical.meeting) ?? list.reduce((x, y) => (byTime(y, x) < 0 ? y : x));
    const titles = [...new Set(list.flatMap((a) => a.titles))];
    const roles = [...new Set(list.flatMap((a) => a.roles))];
    out.push({ ...keep, titles, roles, copies: list.length - 1 });
  }
  return { appearances: out.sort(byTime), merged };
}
