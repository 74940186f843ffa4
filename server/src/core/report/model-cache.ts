// The report model of each (uri, version), computed once and kept in a bounded LRU cache.
import type { ReportDocument } from '../document';
import type { ReportModel } from '../model/types';

export class ModelCache {
  private readonly entries = new Map<string, ReportModel>();

  constructor(private readonly capacity: number, private readonly build: (document: ReportDocument) => ReportModel) {}

  get(document: ReportDocument): ReportModel {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version) {
      this.entries.delete(document.uri);
      this.entries.set(document.uri, cached);
      return cached;
    }
    const model = this.build(document);
    this.entries.delete(document.uri);
    this.entries.set(document.uri, model);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return model;
  }

  peek(uri: string): ReportModel | undefined {
    return this.entries.get(uri);
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  /** Forget every model (they were built with a vocabulary that changed). */
  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
