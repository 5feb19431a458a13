#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  chainRecords
} from "./chunk-K7BZZWWA.js";
import {
  UserError
} from "./chunk-NDC56XGO.js";

// src/evidence/recorded.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";
var RecordingError = class extends UserError {
};
function recordedEpisode(path, records) {
  const head = records[0];
  if (head?.type !== "episode") throw new RecordingError(`${path}: record 1 is not an episode record`);
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
  return [head.episode, episode];
}
function readRecordedEpisodes(dir, manifest) {
  return new Map(
    manifest.traces.map((t) => {
      const lines = readFileSync(join(dir, t.path), "utf8").trimEnd().split("\n");
      return recordedEpisode(t.path, lines.map((l) => JSON.parse(l)));
    })
  );
}
function replayed(record) {
  return record.type !== "provider" || record.event === "adapted" && record.dropped === "tool_choice";
}
function replayedTrace(bytes) {
  if (!bytes.includes('"type":"provider"')) return void 0;
  const records = bytes.toString("utf8").trimEnd().split("\n").map((line) => {
    const { prev: _prev, hash: _hash, ...record } = JSON.parse(line);
    return record;
  }).filter(replayed);
  return { chained: chainRecords(records), records };
}

export {
  readRecordedEpisodes,
  replayedTrace
};
