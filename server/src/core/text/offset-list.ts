// Offsets kept without an array of numbers: for lists of hundreds of thousands (anchors in a
// report's text, line starts), an Int32Array that grows by doubling.

/** A list of offsets (non-negative int32) in a growing Int32Array, reusable with clear(). */
export class OffsetList {
  #values: Int32Array;
  #length = 0;

  constructor(capacity = 1024) {
    this.#values = new Int32Array(capacity);
  }

  clear(): void {
    this.#length = 0;
  }

  push(offset: number): void {
    if (this.#length === this.#values.length) {
      const grown = new Int32Array(this.#values.length * 2);
      grown.set(this.#values);
      this.#values = grown;
    }
    this.#values[this.#length++] = offset;
  }

  get length(): number {
    return this.#length;
  }

  set(index: number, offset: number): void {
    this.#values[index] = offset;
  }

  view(): Int32Array {
    return this.#values.subarray(0, this.#length);
  }
}
