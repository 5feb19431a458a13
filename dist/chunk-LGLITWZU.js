#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);

// src/bounded-heap.ts
import { getHeapSpaceStatistics, setFlagsFromString } from "node:v8";
import { isMainThread, Worker, workerData } from "node:worker_threads";
var YOUNG_GENERATION_MB = 24;
function inBoundedHeap(entry, argv, crashed) {
  const handed = { argv, stderrIsTTY: process.stderr.isTTY === true };
  setFlagsFromString("--expose-gc");
  const worker = new Worker(entry, { workerData: handed, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  return new Promise((resolve) => {
    let error;
    worker.on("error", (e) => error = e);
    worker.on("exit", (code) => resolve(error === void 0 ? code : crashed(messageOf(error))));
  });
}
function messageOf(e) {
  return typeof e === "object" && e !== null && "message" in e ? String(e.message) : String(e);
}
function commandArgs() {
  return isMainThread ? process.argv.slice(2) : workerData.argv;
}
function stderrIsTerminal() {
  return isMainThread ? process.stderr.isTTY === true : workerData.stderrIsTTY;
}
function oldGenerationInUse() {
  let used = 0;
  for (const space of getHeapSpaceStatistics()) if (!space.space_name.startsWith("new_")) used += space.space_used_size;
  return used;
}
var HeapKeeper = class {
  constructor(heap, growth = 1.1, room = 4 * 1024 * 1024) {
    this.heap = heap;
    this.growth = growth;
    this.room = room;
  }
  heap;
  growth;
  room;
  /** The least the old generation was seen to hold since the last full collection: at most what it kept. */
  kept = Infinity;
  /** Called after each unit of work; true when it collected. */
  check() {
    const used = this.heap.oldGeneration();
    this.kept = Math.min(this.kept, used);
    if (used <= this.kept * this.growth + this.room) return false;
    this.heap.collect();
    this.kept = this.heap.oldGeneration();
    return true;
  }
};
var gc = globalThis.gc;
var keeper = gc === void 0 ? void 0 : new HeapKeeper({ oldGeneration: oldGenerationInUse, collect: gc });
function collectWhenGrown() {
  keeper?.check();
}

export {
  inBoundedHeap,
  commandArgs,
  stderrIsTerminal,
  collectWhenGrown
};
