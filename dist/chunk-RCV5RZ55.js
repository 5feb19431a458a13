#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);

// src/engine.ts
import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// src/file-bytes.ts
import { closeSync, openSync, readSync, writeSync } from "node:fs";
function withRoom(buffer, kept, needed) {
  if (needed <= buffer.length) return buffer;
  const larger = Buffer.allocUnsafe(2 * needed);
  buffer.copy(larger, 0, 0, kept);
  return larger;
}
var TextSink = class {
  constructor(fd, buffer) {
    this.fd = fd;
    this.buffer = buffer;
  }
  fd;
  buffer;
  /** Bytes written to the file (flushed). */
  size = 0;
  used = 0;
  write(text) {
    const most = text.length * 3;
    if (most > this.buffer.length - this.used) this.flush();
    if (most > this.buffer.length) this.size += writeSync(this.fd, text, this.size);
    else this.used += this.buffer.write(text, this.used);
  }
  flush() {
    for (let at = 0; at < this.used; ) at += writeSync(this.fd, this.buffer, at, this.used - at, this.size + at);
    this.size += this.used;
    this.used = 0;
  }
};
var piece = Buffer.allocUnsafe(1024 * 1024);
function forEachPiece(path, take, start = 0, end = Infinity) {
  const fd = openSync(path, "r");
  try {
    for (let at = start, n = 1; n > 0 && at < end; at += n) {
      n = readSync(fd, piece, 0, Math.min(piece.length, end - at), at);
      if (n > 0) take(piece.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
}
var FileBytes = class {
  buffer = Buffer.allocUnsafe(1024 * 1024);
  /** Up to the first `length` bytes of the file (at most the buffer's size): a view valid until the next read. */
  start(path, length) {
    return this.slice(path, 0, length);
  }
  /** Up to `length` bytes of the file from `at` (at most the buffer's size): a view valid until the next read. */
  slice(path, at, length) {
    const fd = openSync(path, "r");
    try {
      return this.buffer.subarray(0, readSync(fd, this.buffer, 0, Math.min(length, this.buffer.length), at));
    } finally {
      closeSync(fd);
    }
  }
  /**
   * The file's bytes: a view into the shared buffer, valid until the next read (copy what must
   * outlive it); undefined when there is no such file, which costs no separate check. Read without
   * asking the file's size: a read of a regular file that gives fewer bytes than asked has reached
   * its end, and one that fills the buffer is followed by another into a larger one. Three calls
   * into the system a file (open, read, close) where the size and a read at the end made it five,
   * on folders of thousands of traces.
   */
  read(path) {
    let fd;
    try {
      fd = openSync(path, "r");
    } catch (e) {
      if (e.code === "ENOENT") return void 0;
      throw e;
    }
    try {
      for (let length = 0; ; ) {
        const asked = this.buffer.length - length;
        const n = readSync(fd, this.buffer, length, asked, length);
        length += n;
        if (n < asked) return this.buffer.subarray(0, length);
        this.buffer = withRoom(this.buffer, length, length + 1);
      }
    } finally {
      closeSync(fd);
    }
  }
};

// src/engine.ts
var CODE_FILE = /\.(js|ts)$/;
var digest;
function engineDigest() {
  if (digest !== void 0) return digest;
  const root = dirname(fileURLToPath(import.meta.url));
  const hash = createHash("sha256");
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((name) => CODE_FILE.test(name)).sort();
  for (const name of files) {
    hash.update(`${name}\0`);
    forEachPiece(join(root, name), (piece2) => hash.update(piece2));
    hash.update("\0");
  }
  digest = hash.digest("hex");
  return digest;
}

export {
  withRoom,
  TextSink,
  forEachPiece,
  FileBytes,
  engineDigest
};
