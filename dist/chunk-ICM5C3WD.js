#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-NDC56XGO.js";

// src/config/diagnostics.ts
var EXPECTED_KEYWORD = "x-expected";
function formatDiagnostic(d) {
  const tag = d.severity === "warning" ? "warning: " : "";
  return `${d.file}:${d.line}:${d.column}: ${tag}${d.message}`;
}
function formatDiagnostics(diagnostics) {
  return diagnostics.map(formatDiagnostic).join("\n");
}
var ConfigError = class extends UserError {
  diagnostics;
  constructor(diagnostics) {
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    super(`${errors} configuration error${errors === 1 ? "" : "s"}:
${formatDiagnostics(diagnostics)}`);
    this.name = "ConfigError";
    this.diagnostics = diagnostics;
  }
};
function sortDiagnostics(diagnostics) {
  const fileOrder = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  const unique = [];
  for (const d of diagnostics) {
    if (!fileOrder.has(d.file)) fileOrder.set(d.file, fileOrder.size);
    const key = `${formatDiagnostic(d)}\0${d.severity}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(d);
  }
  const rank = (d) => fileOrder.get(d.file) ?? 0;
  return unique.sort((a, b) => rank(a) - rank(b) || a.line - b.line || a.column - b.column);
}
var IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
function formatPath(path) {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (IDENTIFIER.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}
function distance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}
function closest(word, candidates) {
  let best;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : void 0;
}
function didYouMean(word, candidates) {
  const hint = closest(word, candidates);
  return hint === void 0 ? "" : ` (did you mean \`${hint}\`?)`;
}
var DiagnosticSink = class {
  constructor(file, positionOf) {
    this.file = file;
    this.positionOf = positionOf;
  }
  file;
  positionOf;
  diagnostics = [];
  /** Reports at the node `path` names; `key` points at the map key instead of its value. */
  at(path, message, opts = {}) {
    const { line, column } = this.positionOf(path, { key: opts.key ?? false });
    const where = formatPath(opts.key ? path.slice(0, -1) : path);
    this.diagnostics.push({
      file: this.file,
      line,
      column,
      message: where ? `${where}: ${message}` : message,
      severity: opts.severity ?? "error"
    });
  }
  get hasErrors() {
    return this.diagnostics.some((d) => d.severity === "error");
  }
};

export {
  EXPECTED_KEYWORD,
  formatDiagnostics,
  ConfigError,
  sortDiagnostics,
  formatPath,
  didYouMean,
  DiagnosticSink
};
