#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  ControlGroups,
  METRIC_LABEL,
  SHORT,
  Tally
} from "./chunk-2CLRANHT.js";
import {
  SIGNALS,
  SIGNAL_LABEL
} from "./chunk-PK4S5OEN.js";
import {
  chainLines,
  recordOpening,
  verifyEvidence
} from "./chunk-GFFRPTCW.js";
import {
  VERSION
} from "./chunk-NG5U3JKB.js";
import {
  readPrettyJson,
  writePrettyJson
} from "./chunk-AGOGCK4J.js";
import {
  FileBytes,
  forEachPiece
} from "./chunk-RCV5RZ55.js";
import {
  collectWhenGrown
} from "./chunk-RLEOS6KG.js";
import {
  METRICS,
  PRIMARY_METRICS,
  SEVERITIES
} from "./chunk-HU7TZTMF.js";
import {
  UserError
} from "./chunk-NDC56XGO.js";

// src/report/html/page.ts
import { createHash } from "node:crypto";
import { closeSync, existsSync as existsSync2, openSync, readFileSync as readFileSync3, rmSync, statSync, writeSync } from "node:fs";
import { join as join2 } from "node:path";
import { constants, crc32, deflateRawSync, gzipSync } from "node:zlib";

// src/report/results.ts
import { readFileSync } from "node:fs";
var RESULTS_SCHEMA = "scheming-gate/results@2";
function writeResults(file, results, transform) {
  writePrettyJson(file, results, "episodes", transform);
}
function readResults(file, each = (r) => r) {
  return readPrettyJson(file, "episodes", each) ?? readWhole(file, each);
}
function readWhole(file, each) {
  const results = JSON.parse(readFileSync(file, "utf8"));
  results.episodes = results.episodes.map((r) => each(r));
  return results;
}

// src/report/html/data.ts
import { isAscii } from "node:buffer";
import { existsSync, readFileSync as readFileSync2 } from "node:fs";
import { join } from "node:path";
var CHUNK_CHARS = 512 * 1024;
function groupCounts(t) {
  const metrics = {};
  for (const m of METRICS) if (t.n[m] > 0) metrics[m] = { x: t.x[m], n: t.n[m] };
  return { scored: t.scored, errors: t.errors, metrics, task: { ...t.task } };
}
function cellLevels(cell) {
  if (cell === "default") return [];
  return cell.split(",").map((part) => {
    const eq = part.indexOf("=");
    return [part.slice(0, eq), part.slice(eq + 1)];
  });
}
var OverviewFolds = class {
  levels = /* @__PURE__ */ new Map();
  controls = new ControlGroups();
  kinds = /* @__PURE__ */ new Map();
  usage = /* @__PURE__ */ new Map();
  add(o) {
    if (o.control === void 0) {
      for (const [factor, level] of cellLevels(o.cell)) {
        const key = `${factor}\0${level}`;
        let group = this.levels.get(key);
        if (group === void 0) this.levels.set(key, group = { factor, level, scenarios: /* @__PURE__ */ new Set(), tally: new Tally() });
        group.scenarios.add(o.scenario);
        group.tally.add(o);
      }
    }
    this.controls.add(o);
    for (const f of o.findings) {
      const key = `${f.source}:${f.id}`;
      let kind = this.kinds.get(key);
      if (!kind) this.kinds.set(key, kind = { key, source: f.source, id: f.id, metrics: [], severity: f.severity, episodes: 0, scenarios: [], last: "" });
      for (const m of f.metrics) if (!kind.metrics.includes(m)) kind.metrics.push(m);
      if (SEVERITIES.indexOf(f.severity) > SEVERITIES.indexOf(kind.severity)) kind.severity = f.severity;
      if (kind.last !== o.episode) {
        kind.last = o.episode;
        kind.episodes++;
      }
      if (!kind.scenarios.includes(o.scenario)) kind.scenarios.push(o.scenario);
    }
    let usage = this.usage.get(o.scenario);
    if (usage === void 0) this.usage.set(o.scenario, usage = { scenario: o.scenario, episodes: 0, input_tokens: 0, output_tokens: 0, cost_usd: 0, costs: true });
    usage.episodes++;
    usage.input_tokens += o.usage.input_tokens;
    usage.output_tokens += o.usage.output_tokens;
    if (typeof o.usage.cost_usd === "number") usage.cost_usd = (usage.cost_usd ?? 0) + o.usage.cost_usd;
    else usage.costs = false;
  }
  factors() {
    return [...this.levels.values()].map((g) => ({ factor: g.factor, level: g.level, scenarios: [...g.scenarios], ...groupCounts(g.tally) })).sort((a, b) => a.factor.localeCompare(b.factor) || a.level.localeCompare(b.level));
  }
  controlGroups() {
    return this.controls.list().map((g) => ({ scenario: g.scenario, kind: g.kind, ...groupCounts(g.tally) }));
  }
  findingKinds() {
    return [...this.kinds.values()].map(({ last: _last, ...k }) => k).sort((a, b) => b.episodes - a.episodes || a.key.localeCompare(b.key));
  }
  scenarioUsage() {
    return [...this.usage.values()].map(({ costs, ...u }) => ({ ...u, cost_usd: costs ? u.cost_usd : null }));
  }
};
function manifestView(m) {
  const { digest, schema, profile, started, finished, counts, files, waivers } = m;
  return { digest, schema, profile, started, finished, counts, files, waivers, ...m.model.replay_of ? { replay_of: m.model.replay_of } : {} };
}
function overview(s) {
  const { episodes, ...results } = s.results;
  const folds = new OverviewFolds();
  for (const o of episodes) folds.add(o);
  return {
    results,
    metrics: METRICS.map((id) => ({ id, label: METRIC_LABEL[id], short: SHORT[id], primary: PRIMARY_METRICS.includes(id) })),
    signals: SIGNALS.map((id) => ({ id, label: SIGNAL_LABEL[id] })),
    manifest: s.manifest ? manifestView(s.manifest) : null,
    verification: s.verification,
    factors: folds.factors(),
    controls: folds.controlGroups(),
    findings: folds.findingKinds(),
    usage: folds.scenarioUsage(),
    written: s.written
  };
}
function readTrace(out, path) {
  const file = join(out, path);
  if (!existsSync(file)) return { records: null, problem: `${path} is missing` };
  try {
    const records = readFileSync2(file, "utf8").trimEnd().split("\n").map((line) => {
      const { prev: _prev, hash: _hash, ...record } = JSON.parse(line);
      return record;
    });
    return { records };
  } catch (e) {
    return { records: null, problem: `${path} is not readable: ${e instanceof Error ? e.message : String(e)}` };
  }
}
var ByteBuilder = class {
  buffer = Buffer.allocUnsafe(1024 * 1024);
  used = 0;
  get length() {
    return this.used;
  }
  append(data) {
    const size = typeof data === "string" ? Buffer.byteLength(data) : data.length;
    if (this.used + size > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.used + size, this.buffer.length * 2));
      this.buffer.copy(grown, 0, 0, this.used);
      this.buffer = grown;
    }
    if (typeof data === "string") this.buffer.write(data, this.used);
    else data.copy(this.buffer, this.used);
    this.used += size;
  }
  /** What was appended: a view valid until the next append or truncate. */
  get bytes() {
    return this.buffer.subarray(0, this.used);
  }
  /** Drops what was appended after the first `length` bytes (all of it by default). */
  truncate(length = 0) {
    this.used = Math.min(length, this.used);
  }
};
function cutTrace(file, head, files, into) {
  const bytes = files.read(file);
  if (!bytes) return void 0;
  const { lines, rest } = chainLines(bytes);
  if (lines.length === 0 || rest.length > 0) return void 0;
  const start = into.length;
  into.append(`${JSON.stringify(head).slice(0, -1)},"records":[`);
  for (const [i, line] of lines.entries()) {
    const record = recordOpening(line);
    if (!record) {
      into.truncate(start);
      return void 0;
    }
    if (i > 0) into.append(",");
    into.append(record);
    into.append("}");
  }
  into.append("]}");
  const text = into.bytes.subarray(start);
  return isAscii(text) ? text.length : text.toString("utf8").length;
}
function episodeChunks(s, chunk) {
  const listed = s.traces[Symbol.iterator]();
  let byPath;
  const digestOf = (path) => {
    if (byPath === void 0) {
      const next = listed.next();
      if (!next.done && next.value.path === path) return next.value;
      byPath = new Map(Array.from(s.traces, (t) => [t.path, t]));
    }
    return byPath.get(path);
  };
  const files = new FileBytes();
  const trace = new ByteBuilder();
  const open = new ByteBuilder();
  const counts = [];
  let size = 0;
  let held = 0;
  const close = () => {
    if (open.length === 0) return;
    open.append("]");
    chunk(open.bytes);
    counts.push(held);
    open.truncate();
    size = 0;
    held = 0;
  };
  for (const o of s.episodes) {
    const digest = digestOf(o.evidence);
    const head = { episode: o.episode, path: o.evidence, ...digest ? { sha256: digest.sha256, head: digest.head } : {} };
    trace.truncate();
    let chars = s.known && digest ? cutTrace(join(s.out, o.evidence), head, files, trace) : void 0;
    if (chars === void 0) {
      const text = JSON.stringify({ ...head, ...readTrace(s.out, o.evidence) });
      trace.append(text);
      chars = text.length;
    }
    if (size > 0 && size + chars > CHUNK_CHARS) close();
    held++;
    open.append(open.length === 0 ? "[" : ",");
    open.append(trace.bytes);
    size += chars;
  }
  close();
  return counts;
}
function episodeIndex(episodes, counts, index) {
  let i = 0;
  let chunk = 0;
  let end = counts[0] ?? 0;
  for (const o of episodes) {
    while (i === end && chunk < counts.length) end += counts[++chunk] ?? 0;
    if (chunk >= counts.length) break;
    const row = { ...o, chunk };
    index(`${i++ === 0 ? "[" : ","}${JSON.stringify(row)}`);
  }
  index(i === 0 ? "[]" : "]");
}

// src/report/html/model.ts
var DATA_IDS = {
  overview: "sg-overview",
  index: "sg-index",
  chunk: (i) => `sg-chunk-${i}`
};

// src/report/html/page.ts
var REPORT_HTML = "report.html";
var VIEWER_FILES = { js: "viewer.js", css: "viewer.css" };
function loadViewer(dir) {
  return { js: readFileSync3(join2(dir, VIEWER_FILES.js), "utf8"), css: readFileSync3(join2(dir, VIEWER_FILES.css), "utf8") };
}
var ReportError = class extends UserError {
};
function cspHash(text) {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}
function scriptJson(value) {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
var PiecewiseGzip = class {
  pending = new ByteBuilder();
  deflated = [];
  crc = 0;
  size = 0;
  write(text) {
    this.pending.append(text);
    if (this.pending.length >= 1024 * 1024) this.flush();
  }
  /** The whole member: header, the deflated pieces, a final empty block, then the CRC-32 and length the format ends with. */
  end() {
    this.flush();
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(this.crc >>> 0, 0);
    trailer.writeUInt32LE(this.size % 2 ** 32, 4);
    const header = Buffer.from([31, 139, 8, 0, 0, 0, 0, 0, 2, 3]);
    return Buffer.concat([header, ...this.deflated, deflateRawSync(Buffer.alloc(0)), trailer]);
  }
  flush() {
    const bytes = this.pending.bytes;
    if (bytes.length === 0) return;
    this.deflated.push(deflateRawSync(bytes, { level: 9, finishFlush: constants.Z_SYNC_FLUSH }));
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    this.pending.truncate();
  }
};
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function inlineSafe(text, tag) {
  if (new RegExp(`</${tag}|<!--`, "i").test(text)) throw new Error(`the viewer's ${tag} contains a sequence that would end its element`);
  return text;
}
function blob(id, gzipped) {
  return `<script type="application/gzip-base64" id="${id}">${gzipped.toString("base64")}</script>`;
}
var PAGE_END = "</body></html>\n";
function scratchFile(out) {
  return join2(out, `${REPORT_HTML}.chunks`);
}
function writeReportTraces(source) {
  const hash = createHash("sha256");
  const fd = openSync(scratchFile(source.out), "w");
  let bytes = 0;
  let id = 0;
  try {
    const chunks = episodeChunks(source, (text) => {
      const line = `${blob(DATA_IDS.chunk(id++), gzipSync(text, { level: 9 }))}
`;
      hash.update(line);
      bytes += writeSync(fd, line);
      collectWhenGrown();
    });
    return { bytes, sha256: hash.digest("hex"), chunks };
  } finally {
    closeSync(fd);
  }
}
function takeReportTraces(from, sealed, out, episodes) {
  const page = join2(from, REPORT_HTML);
  if (sealed.chunks.reduce((a, b) => a + b, 0) !== episodes || !existsSync2(page)) return false;
  const size = statSync(page).size;
  const start = size - PAGE_END.length - sealed.bytes;
  if (start < 0 || new FileBytes().slice(page, size - PAGE_END.length, PAGE_END.length).toString("latin1") !== PAGE_END) return false;
  const hash = createHash("sha256");
  const fd = openSync(scratchFile(out), "w");
  try {
    forEachPiece(
      page,
      (piece) => {
        hash.update(piece);
        writeSync(fd, piece);
      },
      start,
      size - PAGE_END.length
    );
  } finally {
    closeSync(fd);
  }
  if (hash.digest("hex") === sealed.sha256) return true;
  discardReportTraces(out);
  return false;
}
function discardReportTraces(out) {
  rmSync(scratchFile(out), { force: true });
}
function writePage(file, source, traces, assets) {
  const data = overview(source);
  const js = inlineSafe(assets.js, "script");
  const css = inlineSafe(assets.css, "style");
  const csp = [
    "default-src 'none'",
    `script-src ${cspHash(js)}`,
    `style-src ${cspHash(css)}`,
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    "trusted-types 'none'"
  ].join("; ");
  const v = data.results.verdict.status.toUpperCase();
  const scratch = scratchFile(source.out);
  try {
    const index = new PiecewiseGzip();
    episodeIndex(source.results.episodes, traces.chunks, (json) => index.write(json));
    const lines = [
      "<!doctype html>",
      '<html lang="en"><head><meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
      '<meta name="referrer" content="no-referrer">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>scheming-gate ${v}: ${escapeHtml(data.results.model)}</title>`,
      `<style>${css}</style>`,
      "</head><body>",
      `<noscript>This report needs JavaScript. results.json beside it holds the same results.</noscript>`,
      '<div id="app"></div>',
      `<script type="application/json" id="${DATA_IDS.overview}">${scriptJson(data)}</script>`,
      // The viewer runs before the blobs are parsed: the overview paints while megabytes of traces still load.
      `<script>${js}</script>`,
      blob(DATA_IDS.index, index.end())
    ];
    const fd = openSync(file, "w");
    try {
      for (const line of lines) writeSync(fd, `${line}
`);
      forEachPiece(scratch, (piece) => writeSync(fd, piece));
      writeSync(fd, PAGE_END);
    } finally {
      closeSync(fd);
    }
  } finally {
    rmSync(scratch, { force: true });
  }
}
function written(now) {
  return { by: `scheming-gate ${VERSION}`, at: now.toISOString() };
}
function writeReportHtml(out, results, manifest, traces, assets, now = /* @__PURE__ */ new Date()) {
  const file = join2(out, REPORT_HTML);
  writePage(file, { out, results, manifest, verification: null, written: written(now) }, traces, assets);
  return file;
}
function reportFolder(out, assets, now = /* @__PURE__ */ new Date()) {
  const resultsFile = join2(out, "results.json");
  if (!existsSync2(resultsFile)) {
    const shard = existsSync2(join2(out, "shard.json")) ? " (it is a shard's folder: merge the shards, then report the merged folder)" : "";
    throw new ReportError(`${out} has no results.json${shard}`);
  }
  const results = JSON.parse(readFileSync3(resultsFile, "utf8"));
  if (results.schema !== RESULTS_SCHEMA) throw new ReportError(`${resultsFile} is ${String(results.schema)}; this version reports ${RESULTS_SCHEMA}`);
  const { problems, manifest } = verifyEvidence(out);
  const file = join2(out, REPORT_HTML);
  const traces = writeReportTraces({ out, episodes: results.episodes, traces: manifest?.traces ?? [], known: problems.length === 0 });
  writePage(file, { out, results, manifest: manifest ?? null, verification: { problems }, written: written(now) }, traces, assets);
  return { file, problems };
}

export {
  RESULTS_SCHEMA,
  writeResults,
  readResults,
  REPORT_HTML,
  VIEWER_FILES,
  loadViewer,
  ReportError,
  scriptJson,
  writeReportTraces,
  takeReportTraces,
  discardReportTraces,
  writeReportHtml,
  reportFolder
};
