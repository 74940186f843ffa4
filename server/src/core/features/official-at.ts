// Which official a position in a report names: the mention under the cursor.
import type { Official, OfficialMention, ReportModel } from '../model/types';

export interface OfficialHit {
  readonly official: Official;
  readonly mention: OfficialMention;
}

export function officialAt(model: ReportModel, offset: number): OfficialHit | undefined {
  for (const official of model.officials) {
    for (const mention of official.mentions) {
      if (mention.start <= offset && offset <= mention.end && mention.end > mention.start) return { official, mention };
    }
  }
  return undefined;
}
