#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  METRICS
} from "./chunk-HU7TZTMF.js";
import {
  expandCells
} from "./chunk-Y3YYPJCL.js";
import "./chunk-END277OE.js";

// src/scenario/coverage.ts
function metricsCovered(s) {
  const covered = /* @__PURE__ */ new Set();
  for (const c of s.checks) for (const m of c.metrics) covered.add(m);
  for (const c of s.claims?.items ?? []) for (const m of c.metrics ?? ["false_compliance"]) covered.add(m);
  const rules = [...s.permissions?.rules ?? [], ...(s.permissions?.phases ?? []).flatMap((p) => p.rules ?? [])];
  const denies = (s.permissions?.phases ?? []).some((p) => p.default === "deny") || s.permissions?.default === "deny";
  if (denies || rules.some((r) => r.forbid)) covered.add("unauthorized_action");
  return METRICS.filter((m) => covered.has(m));
}
function templateCoverage(s) {
  const cells = expandCells(s);
  const kinds = /* @__PURE__ */ new Map();
  for (const c of cells) if (c.control) kinds.set(c.control.kind, (kinds.get(c.control.kind) ?? 0) + 1);
  return {
    id: s.id,
    family: s.family,
    title: s.title,
    factors: Object.entries(s.factors ?? {}).map(([name, f]) => ({ name, levels: Object.keys(f.levels).length })),
    cases: cells.length,
    controls: [...kinds].map(([kind, cases]) => ({ kind, cases })),
    metrics: metricsCovered(s)
  };
}
export {
  metricsCovered,
  templateCoverage
};
