#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);

// src/evidence/file-bytes.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
var piece = Buffer.allocUnsafe(1024 * 1024);
function forEachPiece(path, take) {
  const fd = openSync(path, "r");
  try {
    for (let n = readSync(fd, piece); n > 0; n = readSync(fd, piece)) take(piece.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}
var FileBytes = class {
  buffer = Buffer.allocUnsafe(1024 * 1024);
  /** Up to the first `length` bytes of the file (at most the buffer's size): a view valid until the next read. */
  start(path, length) {
    const fd = openSync(path, "r");
    try {
      return this.buffer.subarray(0, readSync(fd, this.buffer, 0, Math.min(length, this.buffer.length), 0));
    } finally {
      closeSync(fd);
    }
  }
  /**
   * The file's bytes: a view into the shared buffer, valid until the next read (copy what must
   * outlive it); undefined when there is no such file, which costs no separate check.
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
      for (let size = fstatSync(fd).size; ; ) {
        if (size >= this.buffer.length) this.buffer = Buffer.allocUnsafe(Math.max(size + 1, this.buffer.length * 2));
        let length = 0;
        for (let n = 1; n > 0 && length < this.buffer.length; length += n) n = readSync(fd, this.buffer, length, this.buffer.length - length, length);
        if (length < this.buffer.length) return this.buffer.subarray(0, length);
        size = length;
      }
    } finally {
      closeSync(fd);
    }
  }
};

// src/evidence/seal.ts
import { isUtf8 } from "node:buffer";
import { createHash } from "node:crypto";
var ZERO_DIGEST = "0".repeat(64);
function sha256(data) {
  return createHash("sha256").update(data).digest("hex");
}
function fileSha256(path) {
  const hash = createHash("sha256");
  forEachPiece(path, (piece2) => hash.update(piece2));
  return hash.digest("hex");
}
function opening(name, pretty) {
  return pretty ? `"${name}": "` : `"${name}":"`;
}
function seal(text, name, pretty = false) {
  const at = text.lastIndexOf(opening(name, pretty) + ZERO_DIGEST);
  if (at < 0) throw new Error(`seal: no zeroed \`${name}\` field to fill`);
  const start = at + opening(name, pretty).length;
  const digest = sha256(text);
  return { text: text.slice(0, start) + digest + text.slice(start + 64), digest };
}
function asText(bytes) {
  return isUtf8(bytes) ? bytes : Buffer.from(bytes.toString("utf8"));
}
function checkSeal(bytes, name, tail, pretty = false) {
  const open = opening(name, pretty);
  const at = bytes.length - tail.length - 1 - 64 - open.length;
  const start = at + open.length;
  const digest = at < 0 ? "" : bytes.toString("latin1", start, start + 64);
  if (at < 0 || bytes.toString("latin1", start + 64) !== `"${tail}` || bytes.toString("latin1", at, start) !== open || !/^[0-9a-f]{64}$/.test(digest)) {
    return { ok: false, problem: `its \`${name}\` field is missing or malformed` };
  }
  return sha256(zeroedCopy(bytes, start)) === digest ? { ok: true, digest } : { ok: false, problem: `altered: its content does not match its \`${name}\`` };
}
var scratch = Buffer.allocUnsafe(64 * 1024);
function zeroedCopy(bytes, start) {
  if (scratch.length < bytes.length) scratch = Buffer.allocUnsafe(Math.max(bytes.length, scratch.length * 2));
  bytes.copy(scratch);
  scratch.write(ZERO_DIGEST, start, "latin1");
  return scratch.subarray(0, bytes.length);
}

export {
  forEachPiece,
  FileBytes,
  ZERO_DIGEST,
  sha256,
  fileSha256,
  seal,
  asText,
  checkSeal
};
