#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  parseModelId
} from "./chunk-3YRVXEF4.js";
import {
  scrubDeep
} from "./chunk-GDGYCD7E.js";
import {
  abbreviate
} from "./chunk-U4D7BFDX.js";

// src/evidence/verify.ts
import { existsSync, readdirSync as readdirSync2, readFileSync } from "node:fs";
import { join as join4 } from "node:path";

// src/report/evidence.ts
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// src/evidence/seal.ts
import { isUtf8 } from "node:buffer";
import { createHash, hash } from "node:crypto";

// src/file-bytes.ts
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
var ZERO_DIGEST = "0".repeat(64);
function sha256(data) {
  return hash("sha256", data);
}
function fileSha256(path) {
  const hash2 = createHash("sha256");
  forEachPiece(path, (piece2) => hash2.update(piece2));
  return hash2.digest("hex");
}
function opening(name, pretty) {
  return pretty ? `"${name}": "` : `"${name}":"`;
}
function seal(text, name, pretty = false) {
  const at = text.lastIndexOf(opening(name, pretty) + ZERO_DIGEST);
  if (at < 0) throw new Error(`seal: no zeroed \`${name}\` field to fill`);
  const start = at + opening(name, pretty).length;
  const digest2 = sha256(text);
  return { text: text.slice(0, start) + digest2 + text.slice(start + 64), digest: digest2 };
}
function asText(bytes) {
  return isUtf8(bytes) ? bytes : Buffer.from(bytes.toString("utf8"));
}
function checkSeal(bytes, name, tail, pretty = false) {
  const open = opening(name, pretty);
  const at = bytes.length - tail.length - 1 - 64 - open.length;
  const start = at + open.length;
  const digest2 = at < 0 ? "" : bytes.toString("latin1", start, start + 64);
  if (at < 0 || bytes.toString("latin1", start + 64) !== `"${tail}` || bytes.toString("latin1", at, start) !== open || !/^[0-9a-f]{64}$/.test(digest2)) {
    return { ok: false, problem: `its \`${name}\` field is missing or malformed` };
  }
  return sha256(zeroedCopy(bytes, start)) === digest2 ? { ok: true, digest: digest2 } : { ok: false, problem: `altered: its content does not match its \`${name}\`` };
}
var scratch = Buffer.allocUnsafe(64 * 1024);
function zeroedCopy(bytes, start) {
  if (scratch.length < bytes.length) scratch = Buffer.allocUnsafe(Math.max(bytes.length, scratch.length * 2));
  bytes.copy(scratch);
  scratch.write(ZERO_DIGEST, start, "latin1");
  return scratch.subarray(0, bytes.length);
}

// src/evidence/chain.ts
function chainRecords(records) {
  let prev = ZERO_DIGEST;
  const lines = records.map((r) => {
    const { text, digest: digest2 } = seal(JSON.stringify({ ...r, prev, hash: ZERO_DIGEST }), "hash");
    prev = digest2;
    return text;
  });
  return { text: lines.map((l) => `${l}
`).join(""), records: lines.length, head: prev };
}
var CHAIN_FIELDS = /^,"prev":"[0-9a-f]{64}","hash":"[0-9a-f]{64}"\}$/;
var CHAIN_FIELDS_BYTES = ',"prev":"","hash":""}'.length + 2 * 64;
var PREV_AT = ',"prev":"'.length;
function chainFieldsAt(line) {
  const cut2 = line.length - CHAIN_FIELDS_BYTES;
  return cut2 > 0 && CHAIN_FIELDS.test(line.toString("latin1", cut2)) ? cut2 : void 0;
}
function recordOpening(line) {
  const cut2 = chainFieldsAt(line);
  return cut2 === void 0 ? void 0 : line.subarray(0, cut2);
}
function prevOf(line) {
  const cut2 = chainFieldsAt(line);
  if (cut2 !== void 0) return line.toString("latin1", cut2 + PREV_AT, cut2 + PREV_AT + 64);
  try {
    const prev = JSON.parse(line.toString("utf8")).prev;
    return typeof prev === "string" ? prev : void 0;
  } catch {
    return void 0;
  }
}
var NEWLINE = 10;
function chainLines(text) {
  const lines = [];
  let from = 0;
  for (let end = text.indexOf(NEWLINE); end >= 0; end = text.indexOf(NEWLINE, from)) {
    lines.push(text.subarray(from, end));
    from = end + 1;
  }
  return { lines, rest: text.subarray(from) };
}
function checkChain(text) {
  const problems = [];
  const { lines, rest: last } = chainLines(text);
  if (last.length > 0) lines.push(last);
  let prevHash = ZERO_DIGEST;
  lines.forEach((line, i) => {
    const record = i + 1;
    const sealed = checkSeal(line, "hash", "}");
    if (!sealed.ok) {
      problems.push({ record, message: sealed.problem });
      prevHash = null;
      return;
    }
    const prev = prevOf(line);
    if (prev === void 0) {
      problems.push({ record, message: "not a JSON record with a `prev` field" });
    } else if (prevHash !== null && prev !== prevHash) {
      problems.push({
        record,
        message: record === 1 ? "broken chain: the first record does not start the chain (records were removed from the start)" : `broken chain: \`prev\` does not match record ${record - 1} (a record was removed, inserted or reordered)`
      });
    }
    prevHash = sealed.digest;
  });
  if (last.length > 0) problems.push({ record: lines.length, message: "truncated: the file does not end with a newline" });
  return { records: lines.length, head: lines.length === 0 ? ZERO_DIGEST : prevHash, problems };
}

// src/runner/reply-guard.ts
import { createHash as createHash2 } from "node:crypto";
var MAX_REPLY_CHARS = 64 * 1024;
function cut(text) {
  const digest2 = createHash2("sha256").update(text).digest("hex");
  const note = `
[scheming-gate: cut to ${MAX_REPLY_CHARS} characters; the original had ${text.length}, sha256 ${digest2}]`;
  return text.slice(0, MAX_REPLY_CHARS - note.length) + note;
}
function capCall(call) {
  const text = call.arguments === null ? call.raw ?? "" : JSON.stringify(call.arguments);
  return text.length > MAX_REPLY_CHARS ? { id: call.id, name: call.name, arguments: null, raw: cut(text) } : call;
}
function guardReplies(model, secrets) {
  return {
    id: model.id,
    async respond(request, episode) {
      const reply = scrubDeep(await model.respond(request, episode), secrets);
      const content = reply.content.length > MAX_REPLY_CHARS ? cut(reply.content) : reply.content;
      return { ...reply, content, tool_calls: reply.tool_calls.map(capCall) };
    }
  };
}

// src/report/evidence.ts
var EVIDENCE_DIR = "evidence";
function evidencePath(episodeId) {
  return [EVIDENCE_DIR, "/", episodeId.replace(/\//g, "__").replace(/[^A-Za-z0-9._=,+-]/g, "_"), ".jsonl"].join("");
}
function freshEvidenceDir(out) {
  rmSync(join(out, EVIDENCE_DIR), { recursive: true, force: true });
  mkdirSync(join(out, EVIDENCE_DIR), { recursive: true });
}
function writeTrace(out, episodeId, trace, ledger) {
  const path = evidencePath(episodeId);
  const records = scrubDeep(abbreviate(trace, MAX_REPLY_CHARS));
  const chained = chainRecords(records);
  writeFileSync(join(out, path), chained.text);
  return ledger.add(path, chained, records);
}

// src/evidence/manifest.ts
import { createHash as createHash4 } from "node:crypto";
import { closeSync as closeSync3, openSync as openSync3, readSync as readSync2, writeSync as writeSync2 } from "node:fs";
import { join as join3 } from "node:path";

// src/engine.ts
import { createHash as createHash3 } from "node:crypto";
import { readdirSync } from "node:fs";
import { dirname, join as join2 } from "node:path";
import { fileURLToPath } from "node:url";
var CODE_FILE = /\.(js|ts)$/;
var digest;
function engineDigest() {
  if (digest !== void 0) return digest;
  const root = dirname(fileURLToPath(import.meta.url));
  const hash2 = createHash3("sha256");
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((name) => CODE_FILE.test(name)).sort();
  for (const name of files) {
    hash2.update(`${name}\0`);
    forEachPiece(join2(root, name), (piece2) => hash2.update(piece2));
    hash2.update("\0");
  }
  digest = hash2.digest("hex");
  return digest;
}

// src/pretty-json.ts
import { closeSync as closeSync2, openSync as openSync2, writeSync } from "node:fs";
function writePrettyJson(file, value, key, piece2 = (t) => t) {
  const slot = `
  ${JSON.stringify(key)}: null`;
  const head = JSON.stringify({ ...value, [key]: null }, null, 2);
  const at = head.indexOf(slot);
  if (at < 0) throw new Error(`writePrettyJson: no top-level \`${key}\``);
  const before = head.slice(0, at + slot.length - "null".length);
  const after = `${head.slice(at + slot.length)}
`;
  const items = value[key];
  const fd = openSync2(file, "w");
  let size = 0;
  const write = (text) => size += writeSync(fd, piece2(text));
  try {
    if (items.length === 0) {
      write(`${before}[]${after}`);
    } else {
      write(`${before}[
`);
      items.forEach((item, i) => write(`    ${JSON.stringify(item, null, 2).replace(/\n/g, "\n    ")}${i < items.length - 1 ? "," : ""}
`));
      write(`  ]${after}`);
    }
  } finally {
    closeSync2(fd);
  }
  return size;
}
var MAX_HEAD_BYTES = 64 * 1024 * 1024;
var ELEMENT_END = Buffer.from("\n    }");
function readPrettyJson(file, key, each) {
  const opensAt = Buffer.from(`
  ${JSON.stringify(key)}: `);
  const elements = [];
  let pending = Buffer.alloc(0);
  let head;
  let tail;
  let laidOut = true;
  forEachPiece(file, (piece2) => {
    if (!laidOut) return;
    if (tail) return void tail.push(Buffer.from(piece2));
    pending = Buffer.concat([pending, piece2]);
    let at = 0;
    if (head === void 0) {
      const open = pending.indexOf(opensAt);
      if (open < 0 || pending.length < open + opensAt.length + 2) return void (laidOut = pending.length <= MAX_HEAD_BYTES);
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
        elements.push(each(JSON.parse(pending.subarray(at, after).toString("utf8"))));
      } catch {
        return void (laidOut = false);
      }
      if (next === "\n ") return void (tail = [Buffer.from(pending.subarray(after + 1))]);
      at = after + 2;
    }
    pending = Buffer.from(pending.subarray(at));
  });
  const rest = tail && Buffer.concat(tail).toString("utf8");
  const close = rest === void 0 ? null : /^ *\]/.exec(rest);
  if (!laidOut || head === void 0 || rest === void 0 || close === null) return void 0;
  const value = JSON.parse(`${head}null${rest.slice(close[0].length)}`);
  value[key] = elements;
  return value;
}

// src/evidence/manifest.ts
var MANIFEST_FILE = "manifest.json";
var MANIFEST_SCHEMA = "scheming-gate/manifest@1";
var REPORT_FILES = ["results.json", "summary.md", "junit.xml"];
var TraceLedger = class {
  traces = [];
  settings = /* @__PURE__ */ new Map();
  /** `records`: what `chained` was made of, as written. */
  add(path, chained, records) {
    for (const r of records) {
      if (r.type !== "model" || r.settings === void 0) continue;
      const { seed: _seed, ...rest } = r.settings;
      this.settings.set(JSON.stringify(rest), rest);
    }
    const digest2 = { path, sha256: sha256(chained.text), records: chained.records, head: chained.head };
    this.traces.push(digest2);
    return digest2;
  }
  /** A trace copied unchanged from a verified recording: its digest and the recording's settings, as its manifest gives them. */
  adopt(digest2, decoding) {
    for (const d of decoding) this.settings.set(JSON.stringify(d), d);
    this.traces.push(digest2);
  }
  get decoding() {
    return [...this.settings.values()];
  }
};
function fileDigest(out, path) {
  return { path, sha256: fileSha256(join3(out, path)) };
}
function buildManifest(c, results, traces, displayPath) {
  const out = c.out;
  const treatment = results.episodes.filter((o) => o.control === void 0);
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
    counts: {
      episodes: results.episodes.length,
      scored: treatment.filter((o) => o.status === "scored").length,
      errors: results.episodes.filter((o) => o.status === "error").length,
      controls: results.episodes.length - treatment.length
    },
    files: (c.reportFiles ?? REPORT_FILES).map((f) => fileDigest(out, f)),
    traces: traces.traces,
    digest: ZERO_DIGEST
  };
}
var MANIFEST_TAIL = "\n}\n";
function writeManifest(out, manifest) {
  const file = join3(out, MANIFEST_FILE);
  const hash2 = createHash4("sha256");
  const size = writePrettyJson(file, { ...manifest, digest: ZERO_DIGEST }, "traces", (text) => {
    hash2.update(text);
    return text;
  });
  const digest2 = hash2.digest("hex");
  const after = `"${MANIFEST_TAIL}`;
  const at = size - after.length - ZERO_DIGEST.length;
  const fd = openSync3(file, "r+");
  try {
    const zeros = Buffer.alloc(ZERO_DIGEST.length + after.length);
    readSync2(fd, zeros, 0, zeros.length, at);
    if (zeros.toString("latin1") !== ZERO_DIGEST + after) throw new Error("writeManifest: the digest field is not where the manifest ends");
    writeSync2(fd, digest2, at);
  } finally {
    closeSync3(fd);
  }
  return digest2;
}

// src/evidence/verify.ts
function readManifest(dir, problems) {
  const path = join4(dir, MANIFEST_FILE);
  if (!existsSync(path)) {
    problems.push(`${MANIFEST_FILE}: missing file`);
    return void 0;
  }
  const bytes = asText(readFileSync(path));
  const sealed = checkSeal(bytes, "digest", MANIFEST_TAIL, true);
  if (!sealed.ok) problems.push(`${MANIFEST_FILE}: ${sealed.problem}`);
  try {
    const manifest = JSON.parse(bytes.toString("utf8"));
    if (!Array.isArray(manifest.files) || !Array.isArray(manifest.traces)) throw new Error("no file lists");
    return sealed.ok ? { manifest, digest: sealed.digest } : { manifest };
  } catch {
    problems.push(`${MANIFEST_FILE}: not a readable manifest`);
    return void 0;
  }
}
function verifyTrace(dir, t, problems, files) {
  const bytes = files.read(join4(dir, t.path));
  if (!bytes) {
    problems.push(`${t.path}: missing file`);
    return 0;
  }
  const text = asText(bytes);
  const chain = checkChain(text);
  const found = chain.problems.map((p) => `${t.path}: record ${p.record}: ${p.message}`);
  if (chain.records < t.records) found.push(`${t.path}: record ${chain.records + 1}: missing (the manifest lists ${t.records} records, the file has ${chain.records})`);
  if (chain.records > t.records) found.push(`${t.path}: record ${t.records + 1}: extra (the manifest lists ${t.records} records, the file has ${chain.records})`);
  if (found.length === 0 && chain.head !== t.head) found.push(`${t.path}: record ${chain.records}: manifest mismatch: the chain's last hash is not the one the manifest holds`);
  if (found.length === 0 && sha256(text) !== t.sha256) found.push(`${t.path}: manifest mismatch: sha256 differs`);
  problems.push(...found);
  return chain.records;
}
function verifyEvidence(dir) {
  const problems = [];
  const read = readManifest(dir, problems);
  if (!read) return { problems, traces: 0, records: 0 };
  const { manifest, digest: digest2 } = read;
  for (const f of manifest.files) {
    const path = join4(dir, f.path);
    if (!existsSync(path)) problems.push(`${f.path}: missing file`);
    else if (fileSha256(path) !== f.sha256) problems.push(`${f.path}: manifest mismatch: sha256 differs (the file was altered)`);
  }
  let records = 0;
  const files = new FileBytes();
  for (const t of manifest.traces) records += verifyTrace(dir, t, problems, files);
  const listed = new Set(manifest.traces.map((t) => t.path));
  const evidence = join4(dir, EVIDENCE_DIR);
  const present = existsSync(evidence) ? readdirSync2(evidence).map((f) => `${EVIDENCE_DIR}/${f}`) : [];
  for (const f of present.filter((p) => !listed.has(p)).sort()) problems.push(`${f}: extra file, not in the manifest`);
  return { problems, manifest, ...digest2 ? { digest: digest2 } : {}, traces: manifest.traces.length, records };
}

export {
  guardReplies,
  forEachPiece,
  FileBytes,
  writePrettyJson,
  readPrettyJson,
  sha256,
  fileSha256,
  asText,
  chainRecords,
  recordOpening,
  chainLines,
  evidencePath,
  freshEvidenceDir,
  writeTrace,
  engineDigest,
  MANIFEST_FILE,
  TraceLedger,
  buildManifest,
  writeManifest,
  verifyEvidence
};
