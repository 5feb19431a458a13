#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  HeapKeeper,
  YOUNG_GENERATION_MB,
  collectWhenGrown,
  commandArgs,
  inBoundedHeap,
  stderrIsTerminal
} from "./chunk-MNBL52SL.js";
import "./chunk-END277OE.js";
export {
  HeapKeeper,
  YOUNG_GENERATION_MB,
  collectWhenGrown,
  commandArgs,
  inBoundedHeap,
  stderrIsTerminal
};
