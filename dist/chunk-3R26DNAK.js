#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);

// src/bounded-heap.ts
import { isMainThread, Worker, workerData } from "node:worker_threads";
var YOUNG_GENERATION_MB = 24;
function inBoundedHeap(entry, argv, crashed) {
  const handed = { argv, stderrIsTTY: process.stderr.isTTY === true };
  process.getBuiltinModule("node:v8").setFlagsFromString("--expose-gc");
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
var HeapKeeper = class {
  constructor(heap, growth = 1.1, room = 4 * 1024 * 1024) {
    this.heap = heap;
    this.growth = growth;
    this.room = room;
  }
  heap;
  growth;
  room;
  /** The least seen held since the last full collection: at most what it kept. */
  kept = Infinity;
  /** Called after each unit of work; true when it collected. */
  check() {
    const held = this.heap.held();
    this.kept = Math.min(this.kept, held);
    if (held <= this.kept * this.growth + this.room) return false;
    this.heap.collect();
    this.kept = this.heap.held();
    return true;
  }
};
var keeper;
function collectWhenGrown() {
  if (keeper === void 0) {
    const gc = globalThis.gc;
    const v8 = process.getBuiltinModule("node:v8");
    const held = () => {
      let bytes = v8.getHeapStatistics().external_memory;
      for (const space of v8.getHeapSpaceStatistics()) if (!space.space_name.startsWith("new_")) bytes += space.space_used_size;
      return bytes;
    };
    keeper = gc === void 0 ? null : new HeapKeeper({ held, collect: gc });
  }
  keeper?.check();
}

export {
  inBoundedHeap,
  commandArgs,
  stderrIsTerminal,
  collectWhenGrown
};
