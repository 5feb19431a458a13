#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  FLAGS
} from "./chunk-SWGZB63C.js";
import "./chunk-BIYRC2VW.js";
import "./chunk-NG5U3JKB.js";
import "./chunk-NDC56XGO.js";
import "./chunk-END277OE.js";

// src/cli-run.ts
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { isMainThread } from "node:worker_threads";
var EPISODE_COMMANDS = /* @__PURE__ */ new Set(["run", "rescore", "merge", "selftest"]);
var MAIN_THREAD_RESCORE = 2e4;
async function rescoreNeedsWorker(argv) {
  const from = parseArgs({ args: argv, options: FLAGS, allowPositionals: true, strict: false }).positionals[1];
  if (from === void 0) return true;
  const { engineDigest } = await import("./chunk-SGV4XNYE.js");
  const { recordedHead } = await import("./chunk-YBLDGFNE.js");
  const { engine, episodes } = recordedHead(resolve(from));
  return engine !== engineDigest() || episodes === void 0 || episodes > MAIN_THREAD_RESCORE;
}
async function run(entry) {
  const { commandArgs, inBoundedHeap } = await import("./chunk-WILKSEX4.js");
  const { EXIT, main } = await import("./chunk-OHGOO3TZ.js");
  const { knownSecrets, scrub } = await import("./chunk-L64CPPQQ.js");
  const secrets = knownSecrets();
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    stream.write = ((chunk, ...rest) => write(typeof chunk === "string" ? scrub(chunk, secrets) : chunk, ...rest));
  }
  const argv = commandArgs();
  const command = argv.find((a) => !a.startsWith("-"));
  const bounded = isMainThread && command !== void 0 && EPISODE_COMMANDS.has(command) && !argv.some((a) => ["--help", "-h", "--version"].includes(a)) && (command !== "rescore" || await rescoreNeedsWorker(argv));
  const crashed = (message) => {
    process.stderr.write(`scheming-gate: internal error: ${message}
`);
    return EXIT.internal;
  };
  return bounded ? await inBoundedHeap(entry, argv, crashed) : await main(argv);
}
export {
  run
};
