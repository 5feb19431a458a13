#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-NDC56XGO.js";

// src/scenario/shard.ts
import { createHash } from "node:crypto";
var ShardError = class extends UserError {
};
function formatShard(s) {
  return `${s.index}/${s.count}`;
}
function parseShard(text) {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) {
    throw new ShardError(`shard must be k/n with 1 <= k <= n (e.g. 2/3), got \`${text}\``);
  }
  return { index, count };
}
function shardOf(episodeId, count) {
  const draw = Number.parseInt(createHash("sha256").update(episodeId).digest("hex").slice(0, 12), 16);
  return draw % count + 1;
}
function takeShard(plan, shard) {
  const episodes = [];
  const owned = [];
  let position = 0;
  for (const e of plan) {
    if (shardOf(e.id, shard.count) === shard.index) {
      episodes.push(e);
      owned.push({ episode: e.id, position });
    }
    position++;
  }
  return { episodes, owned };
}

export {
  ShardError,
  formatShard,
  parseShard,
  shardOf,
  takeShard
};
