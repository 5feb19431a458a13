#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);

// src/errors.ts
var UserError = class extends Error {
};
var EvidenceError = class extends UserError {
};
var SYSTEM_CODES = /* @__PURE__ */ new Set(["ENOENT", "EACCES", "EPERM", "EISDIR", "ENOTDIR", "EROFS", "ENOSPC", "EDQUOT", "EEXIST", "ENAMETOOLONG", "EMFILE"]);
function isUserFacing(e) {
  if (e instanceof UserError) return true;
  const { code, syscall } = typeof e === "object" && e !== null ? e : {};
  if (typeof code !== "string") return false;
  return code.startsWith("ERR_PARSE_ARGS") || SYSTEM_CODES.has(code) && typeof syscall === "string";
}
function debugRequested(env = process.env) {
  return env.SCHEMING_GATE_DEBUG === "1" || env.SCHEMING_GATE_DEBUG === "true";
}
function errorText(e, debug) {
  if (!(e instanceof Error)) return String(e);
  return debug && e.stack ? e.stack : e.message;
}

export {
  UserError,
  EvidenceError,
  isUserFacing,
  debugRequested,
  errorText
};
