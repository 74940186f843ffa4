// A batch's output, written straight into one growing UTF-8 buffer. A check of a damaged corpus
// writes three times the corpus's size (a line per pinyin annotation); made as strings, then
// encoded and copied per file, that output took a fifth of a worker's time. Messages repeat (the
// same annotation after the same character), so each distinct message is encoded once.

/** Encoded messages, shared by every sink of the thread; emptied when it holds this many. */
const MESSAGE_CACHE_SIZE = 1 << 14;
const jsonMessages = new Map<string, Uint8Array>();
const rawMessages = new Map<string, Uint8Array>();

function cached(cache: Map<string, Uint8Array>, s: string, encode: (s: string) => string): Uint8Array {
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
    let digits = 1;
    for (let v = n; v >= 10; v = Math.floor(v / 10)) digits++;
    this.#reserve(digits);
    const b = this.#buffer;
    this.#length += digits;
    for (let at = this.#length - 1, v = n; at >= this.#length - digits; at--, v = Math.floor(v / 10)) b[at] = 48 + (v % 10);
  }

  /** Bytes already encoded (a file name repeated on every line). */
  bytes(bytes: Uint8Array): void {
    this.#reserve(bytes.length);
    const b = this.#buffer;
    let at = this.#length;
    if (bytes.length > 64) b.set(bytes, at), (at += bytes.length);
    else for (let i = 0; i < bytes.length; i++) b[at++] = bytes[i];
    this.#length = at;
  }

  /** A JSON string literal (quoted and escaped as JSON.stringify writes it), for a repeating string. */
  jsonString(s: string): void {
    this.bytes(cached(jsonMessages, s, JSON.stringify));
  }

  /** A repeating string as it is (a message on a human-readable line). */
  repeated(s: string): void {
    this.bytes(cached(rawMessages, s, same));
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
