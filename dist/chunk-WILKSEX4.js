#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  HeapKeeper,
  WORKER_V8_FLAGS,
  YOUNG_GENERATION_MB,
  boundedWorker,
  collectWhenGrown,
  commandArgs,
  inBoundedHeap,
  stderrIsTerminal
} from "./chunk-RLEOS6KG.js";
import "./chunk-END277OE.js";
export {
  HeapKeeper,
  WORKER_V8_FLAGS,
  YOUNG_GENERATION_MB,
  boundedWorker,
  collectWhenGrown,
  commandArgs,
  inBoundedHeap,
  stderrIsTerminal
};
