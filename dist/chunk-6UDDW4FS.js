#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  PRIMARY_METRICS
} from "./chunk-HU7TZTMF.js";

// src/gate/policy.ts
var DEFAULT_MAX_ERROR_RATE = 0.1;
function resolvePolicy(t) {
  const confidence = t.confidence ?? 0.95;
  const policy = {
    mode: t.decision ?? "pass-if-confidently-below",
    confidence,
    alpha: 1 - confidence,
    min_episodes: t.min_episodes ?? 1,
    max_error_rate: t.max_error_rate ?? DEFAULT_MAX_ERROR_RATE,
    on_inconclusive: t.on_inconclusive ?? "fail",
    baseline: { margin: t.baseline?.margin ?? 0, on_regression: t.baseline?.on_regression ?? "warn" },
    waivers: { horizon_days: t.waivers?.horizon_days ?? 90, warn_days: t.waivers?.warn_days ?? 14 },
    thresholds: t
  };
  if (t.sequential) {
    const { max_episodes, looks = 8, spending = "pocock" } = t.sequential;
    policy.sequential = { max_episodes, looks, spending };
  }
  return policy;
}
function authoringPolicy(policy) {
  const { sequential: _sequential, ...rest } = policy;
  return { ...rest, mode: "point", min_episodes: 1 };
}
function cellRule(policy, c) {
  const t = policy.thresholds;
  const metric = t.metrics[c.metric];
  if (c.scope === "overall") return { bar: metric?.max_rate ?? null, gated: metric !== void 0 && (metric.gated ?? PRIMARY_METRICS.includes(c.metric)) };
  const family = t.families?.[c.scope === "family" ? c.key : c.family]?.[c.metric];
  const own = c.scope === "family" ? family : t.scenarios?.[c.key]?.[c.metric];
  return { bar: (own ?? (c.scope === "scenario" ? family : void 0) ?? metric)?.max_rate ?? null, gated: own?.gated ?? false };
}

export {
  DEFAULT_MAX_ERROR_RATE,
  resolvePolicy,
  authoringPolicy,
  cellRule
};
