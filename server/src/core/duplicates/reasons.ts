// Why a member of a cluster is a copy of its canonical meeting, in words a user can filter on.
import type { MeetingSignature } from './signature';

export type Reason =
  | 'same text'
  | 'near copy'
  | 'traditional mirror'
  | 'pinyin annotated'
  | 'more damage'
  | 'different headline'
  | 'truncated'
  | 'paragraphs dropped'
  | 'paragraphs reordered'
  | 'fuller text';

export function reasons(member: MeetingSignature, canonical: MeetingSignature, jaccard: number): Reason[] {
  const why: Reason[] = [];
  if (member.script === 'traditional' && canonical.script === 'simplified') why.push('traditional mirror');
  if (member.pinyin > 0) why.push('pinyin annotated');
  if (member.damage > canonical.damage) why.push('more damage');
  if (member.headline !== canonical.headline) why.push('different headline');
  // Paragraphs: by their anchors (the smallest shingle hash of each).
  const position = new Map<number, number>();
  canonical.anchors.forEach((a, i) => position.set(a, i));
  const order: number[] = [];
  for (const a of member.anchors) {
    const at = position.get(a);
    if (at !== undefined) order.push(at);
  }
  if (order.some((p, i) => i > 0 && p < order[i - 1])) why.push('paragraphs reordered');
  const kept = new Set(order);
  const missing = [...canonical.anchors.keys()].filter((i) => !kept.has(i));
  if (missing.length && member.length < canonical.length * 0.95) {
    const last = Math.max(-1, ...order);
    why.push(missing.every((i) => i > last) ? 'truncated' : 'paragraphs dropped');
  }
  if (member.length > canonical.length * 1.05) why.push('fuller text');
  if (!why.length) why.push(jaccard >= 0.98 ? 'same text' : 'near copy');
  return why;
}
