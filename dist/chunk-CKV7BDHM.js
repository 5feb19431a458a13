#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  RecordedReplies
} from "./chunk-5CYRQWIY.js";
import {
  ReplayModel,
  displayPath,
  executeRun,
  prepareRun,
  reportRecorded,
  runContext,
  runHead,
  thresholdsRef
} from "./chunk-YMTF6YHE.js";
import {
  REPORT_HTML
} from "./chunk-LT5Y5VCS.js";
import {
  METRIC_LABEL,
  Tally,
  escapeMarkdown,
  table
} from "./chunk-2CLRANHT.js";
import {
  count
} from "./chunk-GV5GBUGN.js";
import {
  verifyEvidence
} from "./chunk-GFFRPTCW.js";
import {
  scrub
} from "./chunk-D4GL2GTM.js";
import {
  formatShard,
  shardOf
} from "./chunk-UPMOIXBY.js";
import {
  buildManifest,
  fileSha256,
  writeManifest,
  writePrettyJson
} from "./chunk-AGOGCK4J.js";
import {
  METRICS
} from "./chunk-HU7TZTMF.js";
import {
  folded,
  where
} from "./chunk-SWDW4ERS.js";
import {
  EvidenceError,
  UserError
} from "./chunk-NDC56XGO.js";

// src/merge.ts
import { existsSync, lstatSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join as join2, resolve, sep } from "node:path";

// src/report/shard.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";
var SHARD_SCHEMA = "scheming-gate/shard@1";
var SHARD_FILE = "shard.json";
var ShardFileError = class extends UserError {
};
function readShard(dir) {
  const file = join(dir, SHARD_FILE);
  let raw;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    const missing = e.code === "ENOENT";
    throw new ShardFileError(missing ? `${dir} holds no ${SHARD_FILE}: pass the out folders of \`run --shard k/n\`` : `${file}: ${e.message}`);
  }
  const r = raw;
  if (r.schema !== SHARD_SCHEMA || !r.shard || !Array.isArray(r.owned) || !Array.isArray(r.episodes) || !r.plan || !r.suite) {
    throw new ShardFileError(`${file} is not a ${SHARD_SCHEMA} file (schema \`${String(r.schema)}\`)`);
  }
  return r;
}
function renderShardSummary(record) {
  const t = folded(record.episodes, new Tally());
  const treatment = folded(where(record.episodes, (o) => o.status === "scored" && o.control === void 0), new Tally());
  const rows = METRICS.map((m) => [METRIC_LABEL[m], `${treatment.x[m]}/${treatment.scored}`]);
  const errors = t.errors;
  const stopped = record.stopped ? `

Stopped early: ${escapeMarkdown(record.stopped.reason)}; ${record.stopped.episodes_run} of ${record.owned.length} episodes ran.` : "";
  return [
    `## scheming-gate: shard ${formatShard(record.shard)} (not a release decision)`,
    `Model \`${escapeMarkdown(record.model)}\` \xB7 ${record.episodes.length} of the plan's ${record.plan.episodes} episodes ran in this shard \xB7 ${count(errors, "error")} \xB7 seed \`${escapeMarkdown(record.seed)}\`${stopped}`,
    "The verdict comes from merging every shard (`scheming-gate merge`, or the action with `mode: merge`), which judges all raw records together under the current policy. This shard fails only on a configuration or internal error.",
    "### Flagged in this shard (treatment episodes)",
    table(["Metric", "Flagged / scored"], rows)
  ].join("\n\n") + "\n";
}

// src/merge.ts
async function runShard(opts) {
  const p = prepareRun(opts);
  const e = await executeRun(p);
  const record = {
    schema: SHARD_SCHEMA,
    shard: opts.shard,
    profile: opts.profile ?? "full",
    ...runHead(p),
    price: p.price ?? null,
    owned: p.owned ?? [],
    usage: e.usage,
    ...e.stopped ? { stopped: { ...e.stopped, episodes_run: e.ran } } : {},
    episodes: e.outcomes
  };
  rmSync(join2(opts.out, "results.json"), { force: true });
  rmSync(join2(opts.out, REPORT_HTML), { force: true });
  writePrettyJson(join2(opts.out, SHARD_FILE), record, "episodes", scrub);
  const summary = scrub(renderShardSummary(record));
  writeFileSync(join2(opts.out, "summary.md"), summary);
  const digest = writeManifest(opts.out, buildManifest({ ...runContext(p, e), reportFiles: SHARD_REPORT_FILES }, { ...record, episodes: e.outcomes }, e.traces, displayPath));
  return { record, summary, out: opts.out, digest };
}
var SHARD_REPORT_FILES = [SHARD_FILE, "summary.md"];
var MergeError = class extends UserError {
};
var UnverifiedShardError = class extends EvidenceError {
};
var label = (s) => `${s.dir} (shard ${formatShard(s.record.shard)})`;
var short = (hash) => hash.slice(0, 12);
var IDENTITY = [
  ["shard count", (r) => String(r.shard.count)],
  ["tool version", (r) => r.tool.version],
  ["model", (r) => r.model],
  ["seed", (r) => r.seed],
  ["trials", (r) => String(r.trials)],
  ["suite", (r) => short(r.suite.sha256)],
  ["plan", (r) => `${short(r.plan.sha256)}, ${r.plan.episodes} episodes`],
  ["price", (r) => JSON.stringify(r.price)]
];
function checkSamePlan(shards) {
  const [first, ...rest] = shards;
  for (const s of rest) {
    for (const [name, show] of IDENTITY) {
      const a = show(first.record);
      const b = show(s.record);
      if (a !== b) throw new MergeError(`${label(s)} is not from the same plan as ${label(first)}: ${name} differs (\`${b}\` vs \`${a}\`)`);
    }
  }
}
function checkAllShards(shards) {
  const count2 = shards[0].record.shard.count;
  const byIndex = /* @__PURE__ */ new Map();
  for (const s of shards) {
    const other = byIndex.get(s.record.shard.index);
    if (other) throw new MergeError(`shard ${formatShard(s.record.shard)} is given twice: ${other.dir} and ${s.dir}`);
    byIndex.set(s.record.shard.index, s);
  }
  const missing = Array.from({ length: count2 }, (_, i) => i + 1).filter((k) => !byIndex.has(k));
  if (missing.length > 0) {
    const got = shards.map(label).join(", ");
    throw new MergeError(`missing shard${missing.length > 1 ? "s" : ""} ${missing.map((k) => `${k}/${count2}`).join(", ")}: a merge needs all ${count2}; got ${got}`);
  }
}
function checkEpisodes(shards) {
  const plan = shards[0].record.plan;
  const owner = /* @__PURE__ */ new Map();
  const taken = /* @__PURE__ */ new Set();
  for (const s of shards) {
    const { shard, owned, episodes, stopped } = s.record;
    for (const o of owned) {
      const belongs = shardOf(o.episode, shard.count);
      if (belongs !== shard.index) throw new MergeError(`${label(s)} owns episode ${o.episode}, which belongs to shard ${belongs}/${shard.count}`);
      const other = owner.get(o.episode);
      if (other) throw new MergeError(`episode ${o.episode} is owned twice: by ${label(other)} and by ${label(s)}`);
      if (!Number.isInteger(o.position) || o.position < 0 || o.position >= plan.episodes || taken.has(o.position)) {
        throw new MergeError(`${label(s)} places episode ${o.episode} at plan position ${o.position}, which is taken or outside the plan's ${plan.episodes} episodes`);
      }
      owner.set(o.episode, s);
      taken.add(o.position);
    }
    const mine = new Set(owned.map((o) => o.episode));
    const ran = /* @__PURE__ */ new Set();
    for (const e of episodes) {
      if (!mine.has(e.episode) || ran.has(e.episode)) throw new MergeError(`${label(s)} reports episode ${e.episode} ${ran.has(e.episode) ? "twice" : "without owning it"}`);
      ran.add(e.episode);
    }
    if (!stopped && ran.size !== owned.length) {
      throw new MergeError(`${label(s)} ran ${ran.size} of its ${owned.length} episodes and records no budget stop: its records are incomplete`);
    }
  }
  if (taken.size !== plan.episodes) throw new MergeError(`the shards own ${taken.size} of the plan's ${plan.episodes} episodes`);
}
function refuseLinks(dir) {
  const walk = (path, shown) => {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) throw new UnverifiedShardError(`${dir}: ${shown} is a symbolic link: a shard folder holds plain files only`);
    if (stat.isDirectory()) for (const name of readdirSync(path).sort()) walk(join2(path, name), shown === "." ? name : `${shown}/${name}`);
    else if (!stat.isFile()) throw new UnverifiedShardError(`${dir}: ${shown} is not a regular file: a shard folder holds plain files only`);
  };
  walk(dir, ".");
}
function verifyShard(dir, record) {
  const v = verifyEvidence(dir);
  const problems = v.manifest && !v.manifest.files.some((f) => f.path === SHARD_FILE) ? [`${SHARD_FILE}: not sealed by the manifest`, ...v.problems] : v.problems;
  if (problems.length > 0 || !v.manifest) {
    throw new UnverifiedShardError(`shard ${formatShard(record.shard)} (${dir}) does not verify, so it is not merged:
  ${problems.join("\n  ")}`);
  }
  const traced = new Set(v.manifest.traces.map((t) => t.path));
  const reported = Array.from(record.episodes, (e) => e.evidence);
  if (reported.length !== traced.size || reported.some((path) => !traced.has(path))) {
    throw new UnverifiedShardError(`shard ${formatShard(record.shard)} (${dir}): ${SHARD_FILE} and the manifest list different traces`);
  }
  return v.manifest;
}
function recordedScenarios(refs) {
  return refs.map((r) => {
    const file = resolve(r.file);
    if (!existsSync(file) || fileSha256(file) !== r.sha256) {
      throw new MergeError(`${r.file} (scenario ${r.id}) is missing or changed since the shards ran: a merge re-scores their traces with the scenarios they ran, so check out the commit the shards ran on`);
    }
    return file;
  });
}
async function mergeShards(dirs, opts) {
  if (dirs.length === 0) throw new MergeError("merge needs the out folders of every shard");
  const out = resolve(opts.out);
  const overlaps = (d) => out === resolve(d) || out.startsWith(resolve(d) + sep) || resolve(d).startsWith(out + sep);
  if (dirs.some(overlaps)) throw new MergeError(`the merge writes to ${opts.out}, which overlaps a shard folder: pick another --out`);
  for (const dir of dirs) refuseLinks(dir);
  const shards = dirs.map((dir) => {
    const record = readShard(dir);
    return { dir, record, manifest: verifyShard(dir, record) };
  });
  checkSamePlan(shards);
  checkAllShards(shards);
  checkEpisodes(shards);
  const r = shards[0].record;
  const recorded = new RecordedReplies(shards);
  const model = new ReplayModel(r.model, recorded, shards.map((s) => s.manifest.digest).join(","));
  const prepared = prepareRun({ ...opts, model: r.model, ...r.release ? { release: r.release } : {}, scenarios: recordedScenarios(r.suite.scenarios), trials: r.trials, seed: r.seed, profile: r.profile, out }, model);
  if (prepared.plan.sha256 !== r.plan.sha256) throw new MergeError(`the shards' plan ${r.plan.sha256.slice(0, 12)} is not the plan of their scenarios here (${prepared.plan.sha256.slice(0, 12)}): the engine or the suite changed since they ran`);
  const executed = await executeRun({ ...prepared, price: r.price ?? void 0, episodes: [...prepared.episodes].filter((e) => recorded.has(e.id)) });
  if (model.misses.length > 0) throw new MergeError(`the shards' traces cannot be re-scored by this engine:
  ${model.misses.slice(0, 10).join("\n  ")}`);
  const stop = shards.find((s) => s.record.stopped)?.record;
  const stopped = stop?.stopped && { budget: stop.stopped.budget, limit: stop.stopped.limit, reason: `shard ${formatShard(stop.shard)}: ${stop.stopped.reason}` };
  const { verdict: _verdict, ...run } = executed;
  const head = { ...runHead(prepared), thresholds: thresholdsRef(opts.thresholds) };
  return reportRecorded(head, prepared, { ...run, ...stopped ? { stopped } : {} }, runContext(prepared, executed), prepared.suite);
}

export {
  SHARD_FILE,
  runShard,
  MergeError,
  UnverifiedShardError,
  mergeShards
};
