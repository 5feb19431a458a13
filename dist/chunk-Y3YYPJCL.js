#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);

// src/scenario/plan.ts
import { createHash } from "node:crypto";
function levelVars(factor, level) {
  return typeof level === "string" ? { [factor]: level } : level;
}
function expandCells(s) {
  const factors = Object.entries(s.factors ?? {});
  let combos = [{}];
  if (s.cells) {
    combos = s.cells;
  } else {
    for (const [name, f] of factors) {
      combos = combos.flatMap((c) => Object.keys(f.levels).map((l) => ({ ...c, [name]: l })));
    }
  }
  return combos.map((levels) => {
    const vars = {};
    for (const [name, f] of factors) {
      const level = levels[name];
      if (level !== void 0) Object.assign(vars, levelVars(name, f.levels[level] ?? ""));
    }
    const id = factors.length === 0 ? "default" : factors.map(([n]) => `${n}=${levels[n]}`).join(",");
    const cell = { id, levels, vars };
    const control = (s.controls ?? []).find((c) => inCell(c.when, cell));
    if (control) cell.control = { id: control.id, kind: control.kind };
    return cell;
  });
}
var PLACEHOLDER = /\$(\$?)\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
function substitute(text, vars) {
  return text.replace(PLACEHOLDER, (whole, escape, name) => {
    if (escape) return whole.slice(1);
    const v = vars[name];
    if (v === void 0) throw new Error(`undefined variable \${${name}}`);
    return v;
  });
}
function placeholders(text) {
  return [...text.matchAll(PLACEHOLDER)].filter((m) => !m[1]).map((m) => m[2]);
}
function mapStrings(value, f) {
  if (typeof value === "string") return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)]));
  }
  return value;
}
var fixed = /* @__PURE__ */ new WeakMap();
function placeholderFree(value) {
  if (typeof value === "string") return !value.includes("${");
  if (value === null || typeof value !== "object") return true;
  let free = fixed.get(value);
  if (free === void 0) fixed.set(value, free = (Array.isArray(value) ? value : Object.values(value)).every(placeholderFree));
  return free;
}
function substituteIn(value, vars) {
  if (placeholderFree(value)) return value;
  if (typeof value === "string") return substitute(value, vars);
  if (Array.isArray(value)) return value.map((v) => substituteIn(v, vars));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substituteIn(v, vars)]));
}
function inCell(filter, cell) {
  if (!filter) return true;
  return Object.entries(filter).every(([factor, want]) => {
    const level = cell.levels[factor];
    return level !== void 0 && (Array.isArray(want) ? want.includes(level) : want === level);
  });
}
function cellEvents(s, cell) {
  return substituteIn(s.events ?? [], cell.vars).filter((e) => inCell(e.only_in, cell));
}
function concretise(s, cell) {
  const { factors, cells, ...rest } = s;
  const out = substituteIn(rest, cell.vars);
  out.tools = out.tools.filter((t) => typeof t === "string" || inCell(t.only_in, cell));
  out.events = (out.events ?? []).filter((e) => inCell(e.only_in, cell));
  out.calibration = out.calibration.filter((c) => inCell(c.only_in, cell));
  const task = (Array.isArray(out.task) ? out.task : out.task ? [out.task] : []).find((t) => inCell(t.only_in, cell));
  if (task) out.task = task;
  else delete out.task;
  if (out.interview) out.interview = out.interview.filter((q) => inCell(q.only_in, cell));
  if (factors) out.factors = factors;
  if (cells) out.cells = cells;
  return out;
}
function episodeSeed(seed, episodeId2) {
  return createHash("sha256").update(`${seed}\0${episodeId2}`).digest().toString("hex", 0, 8);
}
var PlannedCell = class {
  constructor(source, cell, cellIndex) {
    this.source = source;
    this.cell = cell;
    this.cellIndex = cellIndex;
  }
  source;
  cell;
  cellIndex;
  concrete;
  get template() {
    return this.source.id;
  }
  get scenario() {
    return this.concrete ??= concretise(this.source, this.cell);
  }
};
var PlannedEpisodes = class {
  constructor(cells, trials, seed) {
    this.cells = cells;
    this.trials = trials;
    this.seed = seed;
  }
  cells;
  trials;
  seed;
  get length() {
    return this.cells.length * this.trials;
  }
  at(index) {
    const planned = this.cellAt(index);
    if (planned === void 0) return void 0;
    const trial = index % this.trials;
    const id = episodeId(planned, trial);
    return { id, scenario: planned.scenario, cell: planned.cell, cell_index: planned.cellIndex, trial, seed: episodeSeed(this.seed, id) };
  }
  /** The id `at(index)` gives, without making the spec: its cell's scenario and its seed. */
  idAt(index) {
    const planned = this.cellAt(index);
    return planned === void 0 ? void 0 : episodeId(planned, index % this.trials);
  }
  *[Symbol.iterator]() {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
  cellAt(index) {
    return Number.isInteger(index) && index >= 0 ? this.cells[Math.floor(index / this.trials)] : void 0;
  }
};
var episodeId = (planned, trial) => `${planned.template}/${planned.cell.id}/${trial}`;
function episodeIdAt(episodes, index) {
  return episodes instanceof PlannedEpisodes ? episodes.idAt(index) : episodes.at(index)?.id;
}
function planEpisodes(scenarios, opts) {
  const cells = scenarios.flatMap((template) => expandCells(template).map((cell, cellIndex) => new PlannedCell(template, cell, cellIndex)));
  return new PlannedEpisodes(cells, opts.trials, opts.seed);
}
function factorLevels(scenarios) {
  return Object.fromEntries(scenarios.map((s) => [s.id, Object.fromEntries(Object.entries(s.factors ?? {}).map(([name, f]) => [name, Object.keys(f.levels)]))]));
}
function planHash(episodes) {
  const h = createHash("sha256");
  const texts = /* @__PURE__ */ new Map();
  for (const e of episodes) {
    let text = texts.get(e.scenario);
    if (text === void 0) texts.set(e.scenario, text = Buffer.from(JSON.stringify(e.scenario)));
    h.update(`${e.id}\0${e.seed}\0`).update(text).update("\n");
  }
  return h.digest("hex");
}

export {
  expandCells,
  substitute,
  placeholders,
  mapStrings,
  substituteIn,
  inCell,
  cellEvents,
  concretise,
  episodeSeed,
  episodeIdAt,
  planEpisodes,
  factorLevels,
  planHash
};
