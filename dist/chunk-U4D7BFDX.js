#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);

// src/world/snapshot.ts
import { createHash } from "node:crypto";
function snapshot(state) {
  return cloneJson(state);
}
function cloneJson(value) {
  return copyJson(value);
}
function copyJson(value) {
  if (typeof value === "number") return Number.isFinite(value) ? value + 0 : null;
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => item === void 0 ? null : copyJson(item));
  const copy = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === void 0) continue;
    if (key === "__proto__") Object.defineProperty(copy, key, { value: copyJson(item), enumerable: true, writable: true, configurable: true });
    else copy[key] = copyJson(item);
  }
  return copy;
}
function canonicalJson(value) {
  return writeCanonical(value);
}
function writeCanonical(value) {
  if (Array.isArray(value)) return `[${Array.from(value, (item) => writeCanonical(item) ?? "null").join(",")}]`;
  if (!isRecord(value)) return JSON.stringify(value);
  const sorted = Object.keys(value).sort();
  const indices = sorted.filter(isArrayIndex).sort((a, b) => Number(a) - Number(b));
  const members = [];
  for (const key of indices.length === 0 ? sorted : [...indices, ...sorted.filter((key2) => !isArrayIndex(key2))]) {
    const text = writeCanonical(value[key]);
    if (text !== void 0) members.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${members.join(",")}}`;
}
function isArrayIndex(key) {
  return /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 4294967295;
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
  if (Array.isArray(value)) {
    let copy2;
    value.forEach((item, i) => {
      const short = abbreviate(item, max);
      if (short !== item) (copy2 ??= [...value])[i] = short;
    });
    return copy2 ?? value;
  }
  if (!isRecord(value)) return value;
  let copy;
  for (const [key, item] of Object.entries(value)) {
    const short = abbreviate(item, max);
    if (short !== item) (copy ??= { ...value })[key] = short;
  }
  return copy ?? value;
}
var brief = (value) => abbreviate(value, MAX_DIFF_CHARS);
function diffStates(before, after) {
  const changes = [];
  diffValue(before, after, [], changes);
  return changes.map((c) => ({ ...c, ..."before" in c ? { before: brief(c.before) } : {}, ..."after" in c ? { after: brief(cloneJson(c.after)) } : {} }));
}
function diffValue(before, after, path, out) {
  if (before === after) return;
  if (isRecord(before) && isRecord(after)) {
    const changedKeys = [];
    const visit = (key) => {
      const start = out.length;
      path.push(key);
      if (before[key] === void 0) {
        if (after[key] !== void 0) out.push({ path: [...path], kind: "added", after: after[key] });
      } else if (after[key] === void 0) {
        out.push({ path: [...path], kind: "removed", before: before[key] });
      } else {
        diffValue(before[key], after[key], path, out);
      }
      path.pop();
      if (out.length > start) changedKeys.push({ key, start });
    };
    for (const key of Object.keys(before)) visit(key);
    for (const key of Object.keys(after)) if (!Object.hasOwn(before, key)) visit(key);
    if (changedKeys.length > 1) {
      const first = changedKeys[0].start;
      const groups = changedKeys.map(({ key, start }, i) => ({ key, changes: out.slice(start, changedKeys[i + 1]?.start ?? out.length) }));
      groups.sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
      out.length = first;
      for (const group of groups) for (const change of group.changes) out.push(change);
    }
    return;
  }
  if (!jsonEqual(before, after)) out.push({ path: [...path], kind: "changed", before, after });
}
function jsonEqual(a, b) {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => jsonEqual(item ?? null, b[i] ?? null));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a).filter((key) => a[key] !== void 0);
    return keys.length === Object.keys(b).filter((key) => b[key] !== void 0).length && keys.every((key) => Object.hasOwn(b, key) && jsonEqual(a[key], b[key]));
  }
  if (Array.isArray(a) || Array.isArray(b) || isRecord(a) || isRecord(b)) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

export {
  snapshot,
  cloneJson,
  hashState,
  abbreviate,
  diffStates
};
