// A batch's output, written straight into one growing UTF-8 buffer. A check of a damaged corpus
// writes three times the corpus's size (a line per pinyin annotation); made as strings, then
// encoded and copied per file, that output took a fifth of a worker's time. Messages repeat (the
// same annotation after the same character), so each distinct message is encoded once.

/** Encoded messages, shared by every sink of the thread; emptied when it holds this many. */
const MESSAGE_CACHE_SIZE = 1 << 14;
const jsonMessages = new Map<string, Uint8Array>();
const rawMessages = new Map<string, Uint8Array>();

/** `encode(s)` as UTF-8, from `cache` (emptied when it holds MESSAGE_CACHE_SIZE strings). */
export function encodedOnce(cache: Map<string, Uint8Array>, s: string, encode: (s: string) => string): Uint8Array {
  let bytes = cache.get(s);
  if (bytes === undefined) {
    if (cache.size >= MESSAGE_CACHE_SIZE) cache.clear();
    cache.set(s, (bytes = Buffer.from(encode(s), 'utf8')));
  }
  return bytes;
}

const same = (s: string) => s;

export class ByteSink {
  #buffer: Buffer;
  #length = 0;

  constructor(capacity = 1 << 16) {
    // Its own ArrayBuffer (never Node's shared pool), so it can be transferred to another thread.
    this.#buffer = Buffer.allocUnsafeSlow(capacity);
  }

  get length(): number {
    return this.#length;
  }

  #reserve(bytes: number): void {
    const needed = this.#length + bytes;
    if (needed <= this.#buffer.length) return;
    const grown = Buffer.allocUnsafeSlow(Math.max(needed, this.#buffer.length * 2));
    this.#buffer.copy(grown, 0, 0, this.#length);
    this.#buffer = grown;
  }

  /**
   * For writers that fill many small pieces at once: makes room for `bytes` more bytes and
   * returns where they start in `buffer`; the writer then calls commit with where it stopped.
   */
  reserve(bytes: number): number {
    this.#reserve(bytes);
    return this.#length;
  }

  /** The buffer to write into after reserve (it changes when the sink grows). */
  get buffer(): Uint8Array {
    return this.#buffer;
  }

  commit(end: number): void {
    this.#length = end;
  }

  /** Any text, as UTF-8. */
  text(s: string): void {
    this.#reserve(s.length * 3);
    this.#length += this.#buffer.write(s, this.#length);
  }

  /** Text known to be ASCII (keys, codes, punctuation): copied code unit by code unit. */
  ascii(s: string): void {
    this.#reserve(s.length);
    const b = this.#buffer;
    let at = this.#length;
    for (let i = 0; i < s.length; i++) b[at++] = s.charCodeAt(i);
    this.#length = at;
  }

  /** A non-negative integer in decimal. */
  int(n: number): void {
    const at = this.reserve(16); // before reading #buffer, which it may replace
    this.#length = putInt(this.#buffer, at, n);
  }

  /** Bytes already encoded (a file name repeated on every line). */
  bytes(bytes: Uint8Array): void {
    const at = this.reserve(bytes.length);
    this.#length = putBytes(this.#buffer, at, bytes);
  }

  /** A JSON string literal (quoted and escaped as JSON.stringify writes it), for a repeating string. */
  jsonString(s: string): void {
    this.bytes(encodedOnce(jsonMessages, s, JSON.stringify));
  }

  /** A repeating string as it is (a message on a human-readable line). */
  repeated(s: string): void {
    this.bytes(encodedOnce(rawMessages, s, same));
  }

  /** Drops what was written after `length` (all of it by default); the buffer is kept. */
  reset(length = 0): void {
    this.#length = Math.min(length, this.#length);
  }

  /** The bytes written from `start` to `end` (a view: valid until the sink grows or is reused). */
  view(start = 0, end = this.#length): Uint8Array {
    return new Uint8Array(this.#buffer.buffer, this.#buffer.byteOffset + start, end - start);
  }

  /** The buffer behind every view, to transfer to another thread. */
  get arrayBuffer(): ArrayBuffer {
    return this.#buffer.buffer as ArrayBuffer;
  }
}

/** Copies `bytes` into `buffer` at `at`; returns where it stopped. */
export function putBytes(buffer: Uint8Array, at: number, bytes: Uint8Array): number {
  if (bytes.length > 64) {
    buffer.set(bytes, at);
    return at + bytes.length;
  }
  for (let i = 0; i < bytes.length; i++) buffer[at++] = bytes[i];
  return at;
}

/** Writes a non-negative integer in decimal (at most 16 digits) into `buffer` at `at`; returns where it stopped. */
export function putInt(buffer: Uint8Array, at: number, n: number): number {
  // Lines and columns are mostly under 1000: their digits by multiply and shift
  // ((x * 205) >> 11 is x / 10 below 1029, (x * 41) >> 12 is x / 100 below 1000), not division.
  if (n < 10) {
    buffer[at] = 48 + n;
    return at + 1;
  }
  if (n < 100) {
    const tens = (n * 205) >> 11;
    buffer[at] = 48 + tens;
    buffer[at + 1] = 48 + n - tens * 10;
    return at + 2;
  }
  if (n < 1000) {
    const hundreds = (n * 41) >> 12;
    const rest = n - hundreds * 100;
    const tens = (rest * 205) >> 11;
    buffer[at] = 48 + hundreds;
    buffer[at + 1] = 48 + tens;
    buffer[at + 2] = 48 + rest - tens * 10;
    return at + 3;
  }
  let digits = 1;
  for (let v = n; v >= 10; v = Math.floor(v / 10)) digits++;
  for (let i = at + digits - 1, v = n; i >= at; i--, v = Math.floor(v / 10)) buffer[i] = 48 + (v % 10);
  return at + digits;
}
