#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  didYouMean
} from "./chunk-ICM5C3WD.js";
import {
  UserError
} from "./chunk-NDC56XGO.js";

// src/providers/types.ts
var ForcedToolRefused = class extends Error {
};
var PROVIDERS = ["scripted", "openai", "anthropic", "openai-compatible"];
var UnknownModelError = class extends UserError {
};
function providerFor(name) {
  if (/^(gpt-|o\d|chatgpt-|codex-)/i.test(name)) return "openai";
  if (/^claude/i.test(name)) return "anthropic";
  if (name === "compliant" || name === "unsafe") return "scripted";
  return "openai-compatible";
}
function parseModelId(id) {
  const i = id.indexOf(":");
  const form = `model ids are provider:model with a provider of ${PROVIDERS.join(", ")}`;
  if (i === -1 && id !== "") throw new UnknownModelError(`model id \`${id}\` has no provider (did you mean \`${providerFor(id)}:${id}\`?): ${form}`);
  if (i <= 0 || i === id.length - 1) throw new UnknownModelError(`model id \`${id}\` is not of the form provider:model: ${form}`);
  const provider = id.slice(0, i);
  const model = id.slice(i + 1);
  if (!PROVIDERS.includes(provider)) {
    const hint = didYouMean(provider, PROVIDERS) || ` (did you mean \`openai-compatible:${id}\` with --base-url?)`;
    throw new UnknownModelError(`unknown provider \`${provider}\` in model id \`${id}\`${hint}: ${form}`);
  }
  return { provider, model };
}

export {
  ForcedToolRefused,
  UnknownModelError,
  parseModelId
};
