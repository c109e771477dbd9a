'use strict';
// The chunk queue behind a Readable: an array with a moving head so shift() is O(1).
// `length` is the number of queued chunks (like Node's BufferList).
const { Buffer } = require('buffer');

class BufferList {
  constructor() {
    this.items = [];
    this.head = 0;
    this.length = 0;
  }

  push(v) {
    this.items.push(v);
    this.length++;
  }

  unshift(v) {
    if (this.head > 0) this.items[--this.head] = v;
    else this.items.unshift(v);
    this.length++;
  }

  first() {
    return this.items[this.head];
  }

  shift() {
    if (this.length === 0) return undefined;
    const items = this.items;
    const v = items[this.head];
    items[this.head++] = undefined;
    if (--this.length === 0) {
      this.items = [];
      this.head = 0;
    } else if (this.head >= 1024 && this.head * 2 >= items.length) {
      items.splice(0, this.head);
      this.head = 0;
    }
    return v;
  }

  clear() {
    this.items = [];
    this.head = 0;
    this.length = 0;
  }

  join(sep) {
    if (this.length === 0) return '';
    if (this.head === 0) return this.items.join(sep);
    return this.items.slice(this.head).join(sep);
  }

  // All queued bytes as one Buffer of `n` bytes.
  concat(n) {
    if (this.length === 0) return Buffer.alloc(0);
    const ret = Buffer.allocUnsafe(n >>> 0);
    const items = this.items;
    let off = 0;
    for (let i = this.head; i < items.length; i++) {
      const c = items[i];
      ret.set(c, off);
      off += c.length;
    }
    return ret;
  }

  // Take n bytes or characters off the front.
  consume(n, hasStrings) {
    const first = this.items[this.head];
    if (n < first.length) {
      this.items[this.head] = first.slice(n);
      return first.slice(0, n);
    }
    if (n === first.length) return this.shift();
    return hasStrings ? this.takeString(n) : this.takeBuffer(n);
  }

  takeString(n) {
    let ret = '';
    while (n > 0 && this.length > 0) {
      const s = this.items[this.head];
      if (n >= s.length) {
        ret += s;
        n -= s.length;
        this.shift();
      } else {
        ret += s.slice(0, n);
        this.items[this.head] = s.slice(n);
        n = 0;
      }
    }
    return ret;
  }

  takeBuffer(n) {
    const ret = Buffer.allocUnsafe(n);
    let off = 0;
    while (off < n && this.length > 0) {
      const b = this.items[this.head];
      const want = n - off;
      if (want >= b.length) {
        ret.set(b, off);
        off += b.length;
        this.shift();
      } else {
        ret.set(want === b.length ? b : new Uint8Array(b.buffer, b.byteOffset, want), off);
        this.items[this.head] = b.slice(want);
        off += want;
      }
    }
    return ret;
  }

  *[Symbol.iterator]() {
    for (let i = this.head; i < this.items.length; i++) yield this.items[i];
  }
}

module.exports = BufferList;
