#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);

// src/world/snapshot.ts
import { createHash } from "node:crypto";
function snapshot(state) {
  return cloneJson(state);
}
function cloneJson(value) {
  return JSON.parse(JSON.stringify(value));
}
function canonicalJson(value) {
  return JSON.stringify(sortKeys(value));
}
function hashState(state) {
  return createHash("sha256").update(canonicalJson(state)).digest("hex");
}
var MAX_DIFF_CHARS = 4096;
function abbreviate(value, max) {
  if (typeof value === "string") {
    if (value.length <= max) return value;
    return `${value.slice(0, 256)}\u2026 [${value.length} characters, sha256 ${createHash("sha256").update(value).digest("hex")}]`;
  }
  if (Array.isArray(value)) return value.map((v) => abbreviate(v, max));
  return isRecord(value) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, abbreviate(v, max)])) : value;
}
var brief = (value) => abbreviate(value, MAX_DIFF_CHARS);
function diffStates(before, after) {
  const changes = [];
  diffValue(before, after, [], changes);
  return changes.map((c) => ({ ...c, ..."before" in c ? { before: brief(c.before) } : {}, ..."after" in c ? { after: brief(c.after) } : {} }));
}
function diffValue(before, after, path, out) {
  if (isRecord(before) && isRecord(after)) {
    const keys = [.../* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys) {
      const child = [...path, key];
      if (before[key] === void 0) {
        if (after[key] !== void 0) out.push({ path: child, kind: "added", after: after[key] });
      } else if (after[key] === void 0) {
        out.push({ path: child, kind: "removed", before: before[key] });
      } else {
        diffValue(before[key], after[key], child, out);
      }
    }
    return;
  }
  if (canonicalJson(before) !== canonicalJson(after)) out.push({ path, kind: "changed", before, after });
}
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.keys(value).sort().map((key) => [key, sortKeys(value[key])])
  );
}

export {
  snapshot,
  cloneJson,
  hashState,
  abbreviate,
  diffStates
};
