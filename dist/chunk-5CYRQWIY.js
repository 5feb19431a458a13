#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  chainRecords
} from "./chunk-GFFRPTCW.js";
import {
  asText,
  sha256
} from "./chunk-AGOGCK4J.js";
import {
  FileBytes
} from "./chunk-RCV5RZ55.js";
import {
  UserError
} from "./chunk-NDC56XGO.js";

// src/evidence/recorded.ts
import { join } from "node:path";
var RecordingError = class extends UserError {
};
function recordedEpisode(path, records) {
  const episode = { replies: [] };
  for (const r of records) {
    if (r.type === "model") {
      if (r.request === void 0) throw new RecordingError(`${path}: its model replies carry no request hash (recorded by an older version), so they cannot be replayed`);
      const { content, tool_calls, reasoning, usage, stop_reason, settings } = r;
      episode.replies.push({ request: r.request, reply: { content, tool_calls, ...reasoning ? { reasoning } : {}, usage, stop_reason, ...settings ? { settings } : {} } });
    }
    if (r.type === "provider" && r.event === "adapted" && r.dropped === "tool_choice") episode.toolChoiceRefused = r.reason;
    if (r.type === "end" && r.error !== void 0) episode.error = r.error;
  }
  return episode;
}
var HEAD_BYTES = 64 * 1024;
var HELD_EPISODES = 1024;
var RecordedReplies = class {
  constructor(sources, capacity = HELD_EPISODES) {
    this.sources = sources;
    this.capacity = capacity;
  }
  sources;
  capacity;
  index;
  held = /* @__PURE__ */ new Map();
  files = new FileBytes();
  /** Episode id -> its trace; read when first needed (a rescore that replays nothing never reads it). */
  traces() {
    if (this.index) return this.index;
    this.index = /* @__PURE__ */ new Map();
    for (const { dir, manifest } of this.sources) {
      for (const trace of manifest.traces) this.index.set(this.recordedEpisodeId(dir, trace), { dir, trace });
    }
    return this.index;
  }
  recordedEpisodeId(dir, trace) {
    const start = this.files.start(join(dir, trace.path), HEAD_BYTES);
    const end = start.indexOf(10);
    let head;
    try {
      head = JSON.parse(start.subarray(0, end < 0 ? start.length : end).toString("utf8"));
    } catch {
    }
    if (head?.type !== "episode") throw new RecordingError(`${trace.path}: record 1 is not an episode record`);
    return head.episode;
  }
  ids() {
    return this.traces().keys();
  }
  has(id) {
    return this.traces().has(id);
  }
  /** The episode's replies; throws RecordingError when its trace cannot be replayed. */
  get(id) {
    const held = this.held.get(id);
    if (held) {
      this.held.delete(id);
      this.held.set(id, held);
      return held;
    }
    const found = this.traces().get(id);
    if (!found) return void 0;
    const { dir, trace } = found;
    const bytes = this.files.read(join(dir, trace.path));
    if (!bytes || sha256(asText(bytes)) !== trace.sha256) throw new RecordingError(`${trace.path}: changed since it was verified`);
    const lines = bytes.toString("utf8").trimEnd().split("\n");
    const episode = recordedEpisode(trace.path, lines.map((l) => JSON.parse(l)));
    this.held.set(id, episode);
    if (this.held.size > this.capacity) this.held.delete(this.held.keys().next().value);
    return episode;
  }
};
function replayed(record) {
  return record.type !== "provider" || record.event === "adapted" && record.dropped === "tool_choice";
}
function rewrittenByReplay(bytes) {
  return bytes.includes('"type":"provider"');
}
function replayedTrace(bytes) {
  if (!rewrittenByReplay(bytes)) return void 0;
  const records = bytes.toString("utf8").trimEnd().split("\n").map((line) => {
    const { prev: _prev, hash: _hash, ...record } = JSON.parse(line);
    return record;
  }).filter(replayed);
  return { chained: chainRecords(records), records };
}

export {
  RecordedReplies,
  rewrittenByReplay,
  replayedTrace
};
