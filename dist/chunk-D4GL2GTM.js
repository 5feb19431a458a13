#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);

// src/report/secrets.ts
var SECRET_VARIABLES = ["OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GITHUB_TOKEN", "INPUT_GITHUB-TOKEN", "INPUT_OPENAI-API-KEY", "INPUT_ANTHROPIC-API-KEY"];
var MIN_SECRET_LENGTH = 8;
var REDACTED = "[redacted]";
function knownSecrets(env = process.env) {
  const values = SECRET_VARIABLES.map((name) => env[name]?.trim() ?? "").filter((v) => v.length >= MIN_SECRET_LENGTH);
  return [...new Set(values)].sort((a, b) => b.length - a.length);
}
function scrub(text, secrets = knownSecrets()) {
  let out = text;
  for (const s of secrets) if (out.includes(s)) out = out.split(s).join(REDACTED);
  return out;
}
function scrubDeep(value, secrets = knownSecrets()) {
  if (secrets.length === 0) return value;
  if (typeof value === "string") return scrub(value, secrets);
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, secrets));
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubDeep(v, secrets)]));
  return value;
}

export {
  REDACTED,
  knownSecrets,
  scrub,
  scrubDeep
};
