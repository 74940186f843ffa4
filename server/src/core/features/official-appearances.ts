// An official's appearances across the workspace, as the corpus index reports them: one per
// meeting (or per file, for mentions outside any meeting).
import type { Range } from 'vscode-languageserver-types';
import type { Role } from '../model/types';
import { toSimplified } from '../script/char-map';

export interface Appearance {
  readonly uri: string;
  /** The meeting's index in its file (-1 outside any meeting). */
  readonly meeting: number;
  /** Meeting name, or '' outside any meeting. */
  readonly meetingName: string;
  /** The date as written, or ''. */
  readonly date: string;
  /** ISO date of the meeting (or of the page) when known, else ''. */
  readonly iso: string;
  /** Sorts appearances in time: ISO date when known, then file and place. */
  readonly sortKey: string;
  /** The first mention in that meeting. */
  readonly range: Range;
  readonly titles: readonly string[];
  readonly roles: readonly Role[];
  /** Number of mentions in that meeting. */
  readonly mentions: number;
  /** Copies of the meeting in other files counted in this one (see count-once.ts). */
  readonly copies?: number;
}

/** Oldest first. */
export function byTime(a: Appearance, b: Appearance): number {
  return a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0;
}

/** `appearances` oldest first: the list itself when it already is (a counted list always is), else a sorted copy. */
function inTimeOrder(appearances: readonly Appearance[]): readonly Appearance[] {
  for (let i = 1; i < appearances.length; i++) if (byTime(appearances[i - 1], appearances[i]) > 0) return [...appearances].sort(byTime);
  return appearances;
}

/**
 * The first and last appearance in time: among those whose date is known when any is (an undated
 * one is not the latest for being undated), else in file order.
 */
export function firstAndLastSeen(appearances: readonly Appearance[]): [Appearance, Appearance] | undefined {
  const dated = appearances.filter((a) => a.iso);
  const list = inTimeOrder(dated.length ? dated : appearances);
  return list.length ? [list[0], list[list.length - 1]] : undefined;
}

/** Every distinct title (simplified, so both scripts count once), newest first. */
export function titlesNewestFirst(appearances: readonly Appearance[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  // Appearances share their titles' strings (one file's official, its copies): convert each once.
  const simplified = new Map<string, string>();
  const list = inTimeOrder(appearances);
  for (let i = list.length - 1; i >= 0; i--) {
    for (const t of list[i].titles) {
      let key = simplified.get(t);
      if (key === undefined) simplified.set(t, (key = toSimplified(t)));
      if (!seen.has(key)) (seen.add(key), out.push(key));
    }
  }
  return out;
}
