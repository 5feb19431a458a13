#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  RecordedReplies,
  replayedTrace,
  rewrittenByReplay
} from "./chunk-5CYRQWIY.js";
import {
  ReplayModel,
  costOf,
  executeRun,
  judge,
  prepareRun,
  reportRun,
  runHead,
  withCost
} from "./chunk-YMTF6YHE.js";
import "./chunk-4D356QR6.js";
import "./chunk-VCATMATS.js";
import {
  RESULTS_SCHEMA,
  readResults
} from "./chunk-LT5Y5VCS.js";
import "./chunk-2CLRANHT.js";
import "./chunk-PK4S5OEN.js";
import "./chunk-GV5GBUGN.js";
import "./chunk-ZC54OO7Q.js";
import "./chunk-6UDDW4FS.js";
import {
  evidencePath,
  freshEvidenceDir,
  verifyEvidence
} from "./chunk-GFFRPTCW.js";
import "./chunk-D4GL2GTM.js";
import "./chunk-UPMOIXBY.js";
import "./chunk-NG5U3JKB.js";
import {
  TraceLedger,
  asText
} from "./chunk-AGOGCK4J.js";
import "./chunk-3YRVXEF4.js";
import {
  FileBytes,
  engineDigest
} from "./chunk-RCV5RZ55.js";
import "./chunk-RLEOS6KG.js";
import "./chunk-HU7TZTMF.js";
import "./chunk-CNIITFPH.js";
import "./chunk-SWDW4ERS.js";
import "./chunk-3BJPSUHI.js";
import "./chunk-IW3ZM6PL.js";
import {
  episodeIdAt
} from "./chunk-Y3YYPJCL.js";
import "./chunk-NXA52KTR.js";
import "./chunk-Z2YQ5TNV.js";
import "./chunk-AXBJ5ITU.js";
import "./chunk-U4D7BFDX.js";
import "./chunk-ICM5C3WD.js";
import {
  EvidenceError,
  UserError
} from "./chunk-NDC56XGO.js";
import "./chunk-END277OE.js";

// src/evidence/rescore.ts
import { existsSync, linkSync, writeFileSync } from "node:fs";
import { join, resolve, sep } from "node:path";

// src/report/shared-parts.ts
var SHARED = ["levels", "flags", "exposed", "findings", "secondary", "language", "interview", "usage"];
var MAX_KEY_CHARS = 1024;
var MAX_VALUES = 5e4;
function deepFreeze(value) {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
function recordSharer() {
  const values = /* @__PURE__ */ new Map();
  const share = (value) => {
    if (value === void 0 || value === null || typeof value !== "object") return value;
    const key = JSON.stringify(value);
    const held = values.get(key);
    if (held !== void 0) return held;
    if (key.length > MAX_KEY_CHARS || values.size >= MAX_VALUES) return value;
    const copy = deepFreeze(JSON.parse(key));
    values.set(key, copy);
    return copy;
  };
  return (record, parts = SHARED) => {
    for (const part of parts) {
      if (part in record) record[part] = share(record[part]);
    }
    return record;
  };
}

// src/evidence/rescore.ts
var RescoreError = class extends UserError {
};
var UnverifiedRecordingError = class extends EvidenceError {
};
var SHOWN_PROBLEMS = 10;
function listed(problems) {
  const more = problems.length > SHOWN_PROBLEMS ? `
  \u2026 and ${problems.length - SHOWN_PROBLEMS} more` : "";
  return `
  ${problems.slice(0, SHOWN_PROBLEMS).join("\n  ")}${more}`;
}
function newFolder(from) {
  for (let k = 1; ; k++) {
    const candidate = `${from}-rescore${k === 1 ? "" : `-${k}`}`;
    if (!existsSync(candidate)) return candidate;
  }
}
function readRecordedResults(from) {
  try {
    return readResults(join(from, "results.json"), recordSharer());
  } catch {
    return void 0;
  }
}
var SCHEMA_LINE = /^\{\n {2}"schema": ("(?:[^"\\\n]|\\.)*")/;
function recordedSchema(from) {
  const file = join(from, "results.json");
  if (!existsSync(file)) return void 0;
  const line = SCHEMA_LINE.exec(new FileBytes().start(file, 4096).toString("utf8"));
  return line ? JSON.parse(line[1]) : readRecordedResults(from)?.schema;
}
function refuseOlderRecording(from, schema) {
  if (schema === void 0 || schema === RESULTS_SCHEMA) return;
  throw new RescoreError(
    `${from} was recorded with ${String(schema)}; this engine writes ${RESULTS_SCHEMA}. Since results@2 every episode ends with a closing interview and counts a metric only where the episode was exposed to it, so replaying would ask the recorded model questions it was never asked. Re-run the model to get a recording this version can rescore (the old results stay valid as they are).`
  );
}
function unchangedRun(from, manifest, prepared) {
  if (manifest.engine !== engineDigest() || manifest.shard !== void 0 || prepared.sequential) return void 0;
  if (!manifest.files.some((f) => f.path === "results.json")) return void 0;
  const head = runHead(prepared);
  if (JSON.stringify(manifest.suite) !== JSON.stringify(head.suite) || manifest.plan?.sha256 !== head.plan.sha256 || manifest.counts?.episodes !== prepared.episodes.length) return void 0;
  const results = readRecordedResults(from);
  if (results === void 0 || results.stopped !== void 0 || results.episodes.length !== prepared.episodes.length) return void 0;
  return results.episodes.every((o, i) => o.episode === episodeIdAt(prepared.episodes, i)) ? results : void 0;
}
function takeAsItIs(from, to, files) {
  try {
    linkSync(from, to);
  } catch {
    writeFileSync(to, recordedText(from, files));
  }
}
function recordedText(from, files) {
  const read = files.read(from);
  if (!read) throw new RescoreError(`${from} is missing from the recording`);
  return asText(read);
}
function recallRun(p, from, manifest, results, rewritten) {
  const started = /* @__PURE__ */ new Date();
  const { opts, price } = p;
  freshEvidenceDir(opts.out);
  const outcomes = [];
  const tokens = { input_tokens: 0, output_tokens: 0 };
  const traces = new TraceLedger(opts.out);
  const recordedDigests = new Map(manifest.traces.map((t) => [t.path, t]));
  const files = new FileBytes();
  const share = recordSharer();
  for (const recorded of results.episodes) {
    const digest = recordedDigests.get(recorded.evidence);
    if (!digest || recorded.evidence !== evidencePath(recorded.episode)) {
      throw new RescoreError(`${recorded.evidence} is not the recording's trace of episode ${recorded.episode}`);
    }
    const source = join(from, recorded.evidence);
    const target = join(opts.out, recorded.evidence);
    if (rewritten.has(recorded.evidence)) {
      const replayed = rewrite(source, target, files);
      traces.add(recorded.evidence, replayed.chained, replayed.records);
    } else {
      takeAsItIs(source, target, files);
      traces.adopt(digest, manifest.model.decoding);
    }
    tokens.input_tokens += recorded.usage.input_tokens;
    tokens.output_tokens += recorded.usage.output_tokens;
    recorded.usage = withCost(price, recorded.usage);
    const outcome = share(recorded, ["usage"]);
    outcomes.push(outcome);
    opts.onEpisode?.(outcomes.length, results.episodes.length, outcome);
  }
  const usage = { ...tokens, cost_usd: costOf(price, tokens) };
  const recordedTraces = rewritten.size === 0 && manifest.report_traces ? { recordedTraces: { from, sealed: manifest.report_traces } } : {};
  return { outcomes, usage, traces, ...recordedTraces, verdict: judge(p, outcomes), ran: outcomes.length, started, finished: /* @__PURE__ */ new Date() };
}
function rewrite(from, to, files) {
  const replayed = replayedTrace(recordedText(from, files));
  if (!replayed) throw new RescoreError(`${from} has changed since it was verified`);
  writeFileSync(to, replayed.chained.text);
  return replayed;
}
async function rescore(opts) {
  const from = resolve(opts.from);
  const out = opts.out === void 0 ? newFolder(from) : resolve(opts.out);
  if (out === from || out.startsWith(from + sep) || from.startsWith(out + sep)) {
    throw new RescoreError(`--out ${out} overlaps the recorded run ${from}: rescore never writes over the evidence it reads`);
  }
  const rewritten = /* @__PURE__ */ new Set();
  const verified = verifyEvidence(from, (trace, text) => {
    if (rewrittenByReplay(text)) rewritten.add(trace.path);
  });
  if (verified.problems.length > 0 || !verified.manifest) {
    throw new UnverifiedRecordingError(`the recorded run in ${from} does not verify, so it is not re-scored:${listed(verified.problems)}`);
  }
  const manifest = verified.manifest;
  refuseOlderRecording(from, recordedSchema(from));
  const recorded = new RecordedReplies([{ dir: from, manifest }]);
  const model = new ReplayModel(manifest.model.id, recorded, manifest.digest);
  const { from: _from, out: _out, ...current } = opts;
  const prepared = prepareRun({ ...current, model: model.id, trials: manifest.trials, seed: manifest.seed, profile: manifest.profile, shard: manifest.shard, out }, model, manifest);
  const unchanged = unchangedRun(from, manifest, prepared);
  if (unchanged) return { ...reportRun(prepared, recallRun(prepared, from, manifest, unchanged, rewritten)), path: "recorded" };
  const planned = new Set(Array.from(prepared.episodes, (e) => e.id));
  const dropped = [...recorded.ids()].filter((id) => !planned.has(id));
  if (dropped.length > 0) {
    throw new RescoreError(`recorded episodes are not in the current plan (the suite changed since the recording):${listed(dropped)}`);
  }
  const executed = await executeRun(prepared);
  if (model.misses.length > 0) throw new RescoreError(`the recording cannot answer the current engine's requests:${listed(model.misses)}`);
  return { ...reportRun(prepared, executed), path: "replayed" };
}
export {
  RescoreError,
  UnverifiedRecordingError,
  rescore
};
