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

/** Without `copies` (merging off, or no index), every appearance counts. */
export function countOnce(appearances: readonly Appearance[], copies: WorkspaceCopies | undefined): CountedAppearances {
  const sorted = [...appearances].sort(byTime);
  if (!copies) return { appearances: sorted, merged: 0 };
  const groups = new Map<string, Appearance[]>();
  const out: (Appearance | Appearance[])[] = [];
  for (const a of sorted) {
    const cluster = a.meeting >= 0 ? copies.copiesOf(a.uri, a.meeting) : undefined;
    if (!cluster) {
      out.push(a);
      continue;
    }
    const group = groups.get(cluster.id);
    if (group) group.push(a);
    else {
      const list = [a];
      groups.set(cluster.id, list);
      out.push(list);
    }
  }
  let merged = 0;
  const kept = out.map((item) => {
    if (!Array.isArray(item)) return item;
    if (item.length === 1) return item[0];
    merged += item.length - 1;
    const canonical = copies.copiesOf(item[0].uri, item[0].meeting)?.members.find((m) => m.canonical);
    const keep = item.find((a) => a.uri === canonical?.uri && a.meeting === canonical.meeting) ?? item[0];
    const titles = [...new Set(item.flatMap((a) => a.titles))];
    const roles = [...new Set(item.flatMap((a) => a.roles))];
    return { ...keep, titles, roles, copies: item.length - 1 };
  });
  return { appearances: kept.sort(byTime), merged };
}
