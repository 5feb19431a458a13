#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  ShardError,
  formatShard,
  parseShard,
  shardOf,
  takeShard
} from "./chunk-UPMOIXBY.js";
import "./chunk-NDC56XGO.js";
import "./chunk-END277OE.js";
export {
  ShardError,
  formatShard,
  parseShard,
  shardOf,
  takeShard
};
