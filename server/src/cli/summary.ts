// Totals over a run: what `check` prints under its findings and in JSON.
import type { FileResult } from './file-result';

export interface Summary {
  files: number;
  analysed: number;
  notReports: number;
  skipped: number;
  errors: number;
  meetings: number;
  officials: number;
  findingCount: number;
  byCode: Record<string, number>;
}

export class SummaryBuilder {
  private readonly names = new Set<string>();
  readonly summary: Summary = { files: 0, analysed: 0, notReports: 0, skipped: 0, errors: 0, meetings: 0, officials: 0, findingCount: 0, byCode: {} };

  add(r: FileResult): void {
    const s = this.summary;
    s.files++;
    if (r.status === 'analysed') s.analysed++;
    else if (r.status === 'not-a-report') s.notReports++;
    else if (r.status === 'skipped') s.skipped++;
    else s.errors++;
    s.meetings += r.meetings;
    for (const n of r.officials) this.names.add(n);
    s.officials = this.names.size;
    for (const [code, n] of Object.entries(r.byCode)) {
      s.findingCount += n;
      s.byCode[code] = (s.byCode[code] ?? 0) + n;
    }
  }

  problem(): void {
    this.summary.files++;
    this.summary.errors++;
  }
}
