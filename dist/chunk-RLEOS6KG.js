#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);

// src/bounded-heap.ts
import { isMainThread, Worker, workerData } from "node:worker_threads";
var YOUNG_GENERATION_MB = 24;
var WORKER_V8_FLAGS = ["--expose-gc", "--no-concurrent-recompilation"];
function boundedWorker(entry, options = {}) {
  const v8 = process.getBuiltinModule("node:v8");
  for (const flag of WORKER_V8_FLAGS) v8.setFlagsFromString(flag);
  return new Worker(entry, { ...options, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
}
function inBoundedHeap(entry, argv, crashed) {
  const handed = { argv, stderrIsTTY: process.stderr.isTTY === true };
  const worker = boundedWorker(entry, { workerData: handed });
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
  constructor(access, growth = 1.1, room = 4 * 1024 * 1024, bufferRoom = 1024 * 1024) {
    this.access = access;
    this.growth = growth;
    this.room = room;
    this.bufferRoom = bufferRoom;
  }
  access;
  growth;
  room;
  bufferRoom;
  /** The least seen since the last full collection: at most what it kept. */
  kept = { heap: Infinity, external: Infinity };
  /** Called after each unit of work; true when it collected. */
  check() {
    const held = this.access.held();
    const kept = { heap: Math.min(this.kept.heap, held.heap), external: Math.min(this.kept.external, held.external) };
    this.kept = kept;
    if (held.heap <= kept.heap * this.growth + this.room && held.external <= kept.external + this.bufferRoom) return false;
    this.access.collect();
    this.kept = this.access.held();
    return true;
  }
};
var keeper;
function collectWhenGrown() {
  if (keeper === void 0) {
    const gc = globalThis.gc;
    const v8 = process.getBuiltinModule("node:v8");
    const held = () => {
      let heap = 0;
      for (const space of v8.getHeapSpaceStatistics()) if (!space.space_name.startsWith("new_")) heap += space.space_used_size;
      return { heap, external: v8.getHeapStatistics().external_memory };
    };
    keeper = gc === void 0 ? null : new HeapKeeper({ held, collect: gc });
  }
  keeper?.check();
}

export {
  YOUNG_GENERATION_MB,
  WORKER_V8_FLAGS,
  boundedWorker,
  inBoundedHeap,
  commandArgs,
  stderrIsTerminal,
  HeapKeeper,
  collectWhenGrown
};
