#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  scrubDeep
} from "./chunk-D4GL2GTM.js";
import {
  MANIFEST_FILE,
  MANIFEST_TAIL,
  ZERO_DIGEST,
  asText,
  checkDigestAt,
  checkSeal,
  fileSha256,
  seal,
  sha256
} from "./chunk-AGOGCK4J.js";
import {
  FileBytes
} from "./chunk-RCV5RZ55.js";
import {
  abbreviate
} from "./chunk-U4D7BFDX.js";

// src/evidence/verify.ts
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join as join2 } from "node:path";

// src/report/evidence.ts
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// src/evidence/chain.ts
function chainRecords(records) {
  let prev = ZERO_DIGEST;
  const lines = records.map((r) => {
    const { text, digest } = seal(JSON.stringify({ ...r, prev, hash: ZERO_DIGEST }), "hash");
    prev = digest;
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
var HASH_AT = PREV_AT + 64 + '","hash":"'.length;
var LINE_END = '"}';
function intactLink(line, prev) {
  const at = line.length - CHAIN_FIELDS_BYTES;
  if (prev === null || at <= 0) return void 0;
  const fields = line.toString("latin1", at);
  if (!fields.startsWith(`,"prev":"${prev}","hash":"`) || !fields.endsWith(LINE_END)) return void 0;
  const digest = fields.slice(HASH_AT, HASH_AT + 64);
  return checkDigestAt(line, at + HASH_AT, digest, "hash").ok ? digest : void 0;
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
    const intact = intactLink(line, prevHash);
    if (intact !== void 0) return void (prevHash = intact);
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
import { createHash } from "node:crypto";
var MAX_REPLY_CHARS = 64 * 1024;
function cut(text) {
  const digest = createHash("sha256").update(text).digest("hex");
  const note = `
[scheming-gate: cut to ${MAX_REPLY_CHARS} characters; the original had ${text.length}, sha256 ${digest}]`;
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

// src/evidence/verify.ts
function readManifest(dir, problems) {
  const path = join2(dir, MANIFEST_FILE);
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
function verifyTrace(dir, t, problems, files, visit) {
  const bytes = files.read(join2(dir, t.path));
  if (!bytes) {
    problems.push(`${t.path}: missing file`);
    return 0;
  }
  const text = asText(bytes);
  visit?.(t, text);
  const chain = checkChain(text);
  const found = chain.problems.map((p) => `${t.path}: record ${p.record}: ${p.message}`);
  if (chain.records < t.records) found.push(`${t.path}: record ${chain.records + 1}: missing (the manifest lists ${t.records} records, the file has ${chain.records})`);
  if (chain.records > t.records) found.push(`${t.path}: record ${t.records + 1}: extra (the manifest lists ${t.records} records, the file has ${chain.records})`);
  if (found.length === 0 && chain.head !== t.head) found.push(`${t.path}: record ${chain.records}: manifest mismatch: the chain's last hash is not the one the manifest holds`);
  if (found.length === 0 && sha256(text) !== t.sha256) found.push(`${t.path}: manifest mismatch: sha256 differs`);
  problems.push(...found);
  return chain.records;
}
function verifyEvidence(dir, visit) {
  const problems = [];
  const read = readManifest(dir, problems);
  if (!read) return { problems, traces: 0, records: 0 };
  const { manifest, digest } = read;
  for (const f of manifest.files) {
    const path = join2(dir, f.path);
    if (!existsSync(path)) problems.push(`${f.path}: missing file`);
    else if (fileSha256(path) !== f.sha256) problems.push(`${f.path}: manifest mismatch: sha256 differs (the file was altered)`);
  }
  let records = 0;
  const files = new FileBytes();
  for (const t of manifest.traces) records += verifyTrace(dir, t, problems, files, visit);
  const listed = new Set(manifest.traces.map((t) => t.path));
  const evidence = join2(dir, EVIDENCE_DIR);
  const present = existsSync(evidence) ? readdirSync(evidence).map((f) => `${EVIDENCE_DIR}/${f}`) : [];
  for (const f of present.filter((p) => !listed.has(p)).sort()) problems.push(`${f}: extra file, not in the manifest`);
  return { problems, manifest, ...digest ? { digest } : {}, traces: manifest.traces.length, records };
}

export {
  guardReplies,
  chainRecords,
  recordOpening,
  chainLines,
  evidencePath,
  freshEvidenceDir,
  writeTrace,
  verifyEvidence
};
