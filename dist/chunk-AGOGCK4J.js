#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  parseModelId
} from "./chunk-3YRVXEF4.js";
import {
  FileBytes,
  TextSink,
  engineDigest,
  forEachPiece,
  withRoom
} from "./chunk-RCV5RZ55.js";

// src/evidence/manifest.ts
import { createHash as createHash2 } from "node:crypto";
import { closeSync as closeSync3, existsSync, openSync as openSync3, readSync as readSync2, writeSync } from "node:fs";
import { join as join2 } from "node:path";

// src/pretty-json.ts
import { closeSync, openSync } from "node:fs";
function writePrettyJson(file, value, key, piece = (t) => t) {
  const slot = `
  ${JSON.stringify(key)}: null`;
  const head = JSON.stringify({ ...value, [key]: null }, null, 2);
  const at = head.indexOf(slot);
  if (at < 0) throw new Error(`writePrettyJson: no top-level \`${key}\``);
  const before = head.slice(0, at + slot.length - "null".length);
  const after = `${head.slice(at + slot.length)}
`;
  const items = value[key];
  const fd = openSync(file, "w");
  const sink = new TextSink(fd, sinkBuffer ??= Buffer.allocUnsafe(1024 * 1024));
  const write = (text) => sink.write(piece(text));
  try {
    if (items.length === 0) {
      write(`${before}[]${after}`);
    } else {
      write(`${before}[
`);
      let batch = [];
      let written = 0;
      for (const item of items) {
        batch.push(item);
        if (batch.length < BATCH && written + batch.length < items.length) continue;
        written += batch.length;
        write(`${elements(batch)}${written < items.length ? "," : ""}
`);
        batch = [];
      }
      write(`  ]${after}`);
    }
    sink.flush();
  } finally {
    closeSync(fd);
  }
  return sink.size;
}
var BATCH = 16;
var BATCH_OPEN = '{\n  "e": [\n';
var BATCH_CLOSE = "\n  ]\n}";
function elements(batch) {
  return JSON.stringify({ e: batch }, null, 2).slice(BATCH_OPEN.length, -BATCH_CLOSE.length);
}
var sinkBuffer;
var MAX_HEAD_BYTES = 64 * 1024 * 1024;
var ELEMENT_END = Buffer.from("\n    }");
function readPrettyJson(file, key, each) {
  const opensAt = Buffer.from(`
  ${JSON.stringify(key)}: `);
  const elements2 = [];
  let held = Buffer.allocUnsafe(2 * 1024 * 1024);
  let kept = 0;
  let head;
  let tail;
  let laidOut = true;
  forEachPiece(file, (piece) => {
    if (!laidOut) return;
    if (tail) return void tail.push(Buffer.from(piece));
    held = withRoom(held, kept, kept + piece.length);
    piece.copy(held, kept);
    const pending = held.subarray(0, kept + piece.length);
    let at = 0;
    if (head === void 0) {
      const open = pending.indexOf(opensAt);
      if (open < 0 || pending.length < open + opensAt.length + 2) {
        kept = pending.length;
        return void (laidOut = pending.length <= MAX_HEAD_BYTES);
      }
      head = pending.subarray(0, open + opensAt.length).toString("utf8");
      at = open + opensAt.length;
      const opening2 = pending.subarray(at, at + 2).toString("utf8");
      if (opening2 === "[]") return void (tail = [Buffer.from(pending.subarray(at + 1))]);
      if (opening2 !== "[\n") return void (laidOut = false);
      at += 2;
    }
    for (let end = pending.indexOf(ELEMENT_END, at); end >= 0; end = pending.indexOf(ELEMENT_END, at)) {
      const after = end + ELEMENT_END.length;
      if (pending.length < after + 2) break;
      const next = pending.subarray(after, after + 2).toString("utf8");
      if (next !== ",\n" && next !== "\n ") return void (laidOut = false);
      try {
        elements2.push(each(JSON.parse(pending.subarray(at, after).toString("utf8"))));
      } catch {
        return void (laidOut = false);
      }
      if (next === "\n ") return void (tail = [Buffer.from(pending.subarray(after + 1))]);
      at = after + 2;
    }
    kept = pending.copy(held, 0, at);
  });
  const rest = tail && Buffer.concat(tail).toString("utf8");
  const close = rest === void 0 ? null : /^ *\]/.exec(rest);
  if (!laidOut || head === void 0 || rest === void 0 || close === null) return void 0;
  const value = JSON.parse(`${head}null${rest.slice(close[0].length)}`);
  value[key] = elements2;
  return value;
}

// src/json-lines.ts
import { closeSync as closeSync2, openSync as openSync2, readSync, unlinkSync } from "node:fs";
import { join } from "node:path";
var BATCH_BYTES = 256 * 1024;
var NEWLINE = 10;
var closer = new FinalizationRegistry((fd) => closeSync2(fd));
var made = 0;
var JsonLines = class {
  fd;
  sink;
  count = 0;
  /** The read buffer of the last pass that ended, for the next: a pass per table would otherwise leave a megabyte of garbage each. */
  spare;
  /**
   * A file in `dir` that has no name from the start: it goes with the process however that ends, and
   * the values can be read for as long as this object is reachable (a front end reads the records
   * after the report is written) without anyone having to remove it.
   */
  constructor(dir) {
    const file = join(dir, `.lines-${process.pid}-${made++}.jsonl`);
    this.fd = openSync2(file, "w+");
    this.sink = new TextSink(this.fd, Buffer.allocUnsafe(BATCH_BYTES));
    unlinkSync(file);
    closer.register(this, this.fd);
  }
  get length() {
    return this.count;
  }
  push(value) {
    this.sink.write(`${JSON.stringify(value)}
`);
    this.count++;
  }
  /** As an array, so JsonLines that reach JSON.stringify serialise as the values they hold. */
  toJSON() {
    return [...this];
  }
  /** The values in the order they were added, each parsed as it is reached. */
  *[Symbol.iterator]() {
    this.sink.flush();
    const end = this.sink.size;
    let buffer = this.spare ?? Buffer.allocUnsafe(1024 * 1024);
    this.spare = void 0;
    try {
      let held = 0;
      for (let at = 0; at < end; ) {
        buffer = withRoom(buffer, held, held + 1);
        const n = readSync(this.fd, buffer, held, Math.min(buffer.length - held, end - at), at);
        if (n === 0) throw new Error("JsonLines: the file ended before its lines");
        at += n;
        held += n;
        let start = 0;
        for (let nl = buffer.indexOf(NEWLINE, start); nl >= 0 && nl < held; nl = buffer.indexOf(NEWLINE, start)) {
          const value = JSON.parse(buffer.toString("utf8", start, nl));
          start = nl + 1;
          yield value;
        }
        buffer.copy(buffer, 0, start, held);
        held -= start;
      }
    } finally {
      this.spare = buffer;
    }
  }
};

// src/evidence/seal.ts
import { isUtf8 } from "node:buffer";
import { createHash, hash } from "node:crypto";
var ZERO_DIGEST = "0".repeat(64);
function sha256(data) {
  return hash("sha256", data);
}
function fileSha256(path) {
  const hash2 = createHash("sha256");
  forEachPiece(path, (piece) => hash2.update(piece));
  return hash2.digest("hex");
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
  return checkDigestAt(bytes, start, digest, name);
}
function checkDigestAt(bytes, start, digest, name) {
  return sha256(zeroedCopy(bytes, start)) === digest ? { ok: true, digest } : { ok: false, problem: `altered: its content does not match its \`${name}\`` };
}
var scratch = Buffer.allocUnsafe(64 * 1024);
function zeroedCopy(bytes, start) {
  if (scratch.length < bytes.length) scratch = Buffer.allocUnsafe(Math.max(bytes.length, scratch.length * 2));
  bytes.copy(scratch);
  scratch.write(ZERO_DIGEST, start, "latin1");
  return scratch.subarray(0, bytes.length);
}

// src/evidence/manifest.ts
var MANIFEST_FILE = "manifest.json";
var ENGINE_LINE = /\n {2}"engine": "([0-9a-f]{64})",?\n/;
var EPISODES_LINE = /\n {2}"counts": \{\n {4}"episodes": (\d+),/;
var HEAD_BYTES = 64 * 1024;
function recordedHead(dir) {
  const file = join2(dir, MANIFEST_FILE);
  if (!existsSync(file)) return {};
  const head = new FileBytes().start(file, HEAD_BYTES).toString("utf8");
  const engine = ENGINE_LINE.exec(head)?.[1];
  const episodes = EPISODES_LINE.exec(head)?.[1];
  return { ...engine ? { engine } : {}, ...episodes ? { episodes: Number(episodes) } : {} };
}
var MANIFEST_SCHEMA = "scheming-gate/manifest@1";
var REPORT_FILES = ["results.json", "summary.md", "junit.xml"];
var TraceLedger = class {
  traces;
  settings = /* @__PURE__ */ new Map();
  constructor(dir) {
    this.traces = new JsonLines(dir);
  }
  /** `records`: what `chained` was made of, as written. */
  add(path, chained, records) {
    for (const r of records) {
      if (r.type !== "model" || r.settings === void 0) continue;
      const { seed: _seed, ...rest } = r.settings;
      this.settings.set(JSON.stringify(rest), rest);
    }
    const digest = { path, sha256: sha256(chained.text), records: chained.records, head: chained.head };
    this.traces.push(digest);
    return digest;
  }
  /** A trace copied unchanged from a verified recording: its digest and the recording's settings, as its manifest gives them. */
  adopt(digest, decoding) {
    for (const d of decoding) this.settings.set(JSON.stringify(d), d);
    this.traces.push(digest);
  }
  get decoding() {
    return [...this.settings.values()];
  }
};
function fileDigest(out, path) {
  return { path, sha256: fileSha256(join2(out, path)) };
}
function buildManifest(c, results, traces, displayPath) {
  const out = c.out;
  const counts = { episodes: 0, scored: 0, errors: 0, controls: 0 };
  for (const o of results.episodes) {
    counts.episodes++;
    if (o.status === "error") counts.errors++;
    if (o.control !== void 0) counts.controls++;
    else if (o.status === "scored") counts.scored++;
  }
  return {
    schema: MANIFEST_SCHEMA,
    tool: results.tool,
    engine: engineDigest(),
    model: {
      id: results.model,
      provider: parseModelId(results.model).provider,
      decoding: traces.decoding,
      ...c.replayOf !== void 0 ? { replay_of: c.replayOf } : {}
    },
    seed: results.seed,
    trials: results.trials,
    profile: c.profile,
    ...c.shard ? { shard: c.shard } : {},
    suite: results.suite,
    thresholds: results.thresholds,
    waivers: [...new Set(c.waiverFiles)].map((f) => ({ path: displayPath(f), sha256: fileSha256(f) })),
    plan: results.plan,
    started: c.started.toISOString(),
    finished: c.finished.toISOString(),
    counts,
    files: (c.reportFiles ?? REPORT_FILES).map((f) => fileDigest(out, f)),
    ...c.reportTraces ? { report_traces: c.reportTraces } : {},
    traces: traces.traces,
    digest: ZERO_DIGEST
  };
}
var MANIFEST_TAIL = "\n}\n";
function writeManifest(out, manifest) {
  const file = join2(out, MANIFEST_FILE);
  const hash2 = createHash2("sha256");
  const size = writePrettyJson(file, { ...manifest, digest: ZERO_DIGEST }, "traces", (text) => {
    hash2.update(text);
    return text;
  });
  const digest = hash2.digest("hex");
  const after = `"${MANIFEST_TAIL}`;
  const at = size - after.length - ZERO_DIGEST.length;
  const fd = openSync3(file, "r+");
  try {
    const zeros = Buffer.alloc(ZERO_DIGEST.length + after.length);
    readSync2(fd, zeros, 0, zeros.length, at);
    if (zeros.toString("latin1") !== ZERO_DIGEST + after) throw new Error("writeManifest: the digest field is not where the manifest ends");
    writeSync(fd, digest, at);
  } finally {
    closeSync3(fd);
  }
  return digest;
}

export {
  writePrettyJson,
  readPrettyJson,
  JsonLines,
  ZERO_DIGEST,
  sha256,
  fileSha256,
  seal,
  asText,
  checkSeal,
  checkDigestAt,
  MANIFEST_FILE,
  recordedHead,
  MANIFEST_SCHEMA,
  REPORT_FILES,
  TraceLedger,
  buildManifest,
  MANIFEST_TAIL,
  writeManifest
};
