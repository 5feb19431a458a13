#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  METRICS
} from "./chunk-HU7TZTMF.js";

// src/report/progress.ts
var LOG_EVERY_MS = 3e4;
var STEPS = 10;
function clock(ms) {
  const s = Math.round(ms / 1e3);
  const [h, m, sec] = [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60];
  const pad = (n) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${pad(m)}:${pad(sec)}` : `${m}:${pad(sec)}`;
}
var Progress = class {
  constructor(opts) {
    this.opts = opts;
    this.now = opts.now ?? Date.now;
    this.started = this.now();
    this.lastLine = this.started;
  }
  opts;
  now;
  started;
  lastLine;
  lastStep = 0;
  flagged = 0;
  errored = 0;
  /** Counts one finished episode and shows the line when it is due. */
  episode(done, total, outcome) {
    if (outcome.status === "error") this.errored++;
    else if (METRICS.some((m) => outcome.flags[m])) this.flagged++;
    const t = this.now();
    const line = this.line(done, total, t);
    if (this.opts.live) {
      this.opts.write(`\r${line}\x1B[K${done === total ? "\n" : ""}`);
      return;
    }
    const step = Math.floor(done * STEPS / Math.max(1, total));
    if (done === total || step > this.lastStep || t - this.lastLine >= (this.opts.everyMs ?? LOG_EVERY_MS)) {
      this.lastStep = step;
      this.lastLine = t;
      this.opts.write(`${line}
`);
    }
  }
  line(done, total, t = this.now()) {
    const elapsed = t - this.started;
    const left = done > 0 && done < total ? ` \xB7 about ${clock(elapsed / done * (total - done))} left` : "";
    return `episodes ${done}/${total} \xB7 ${this.flagged} flagged \xB7 ${this.errored} errored \xB7 ${clock(elapsed)} elapsed${left}`;
  }
};

export {
  clock,
  Progress
};
