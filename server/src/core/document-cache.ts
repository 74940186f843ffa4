// The one bounded per-document cache: one value per uri, valid for one version (and, where the
// value depends on more, one settings key and one object it was made from), the least recently
// used uri dropped past the capacity. The models, admissions and conversions of a language
// service each keep one.

interface Entry<T> {
  readonly version: number;
  readonly key: string;
  readonly of: unknown;
  readonly value: T;
}

export class DocumentCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(private readonly capacity: number) {}

  /**
   * The value for this uri and version (and `key`, `of`), computed when there is none. `key`
   * names the settings the value depends on; `of`, an object it was made from (compared by identity).
   */
  get(uri: string, version: number, compute: () => T, key = '', of?: unknown): T {
    const cached = this.entries.get(uri);
    if (cached !== undefined) this.entries.delete(uri);
    const value = cached !== undefined && cached.version === version && cached.key === key && cached.of === of ? cached.value : compute();
    this.entries.set(uri, cached !== undefined && cached.value === value ? cached : { version, key, of, value });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }

  /** The value kept for exactly this version (and key, of), or undefined; never computes. */
  peek(uri: string, version: number, key = '', of?: unknown): T | undefined {
    const cached = this.entries.get(uri);
    return cached !== undefined && cached.version === version && cached.key === key && cached.of === of ? cached.value : undefined;
  }

  /** Keeps `value` for this uri and version (replacing what was kept). */
  set(uri: string, version: number, value: T, key = '', of?: unknown): void {
    this.entries.delete(uri);
    this.entries.set(uri, { version, key, of, value });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
