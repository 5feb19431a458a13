#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-NDC56XGO.js";

// src/providers/flags.ts
import { resolve } from "node:path";
var PROVIDER_FLAGS = {
  "base-url": { type: "string" },
  api: { type: "string" },
  stream: { type: "boolean" },
  concurrency: { type: "string" },
  temperature: { type: "string" },
  "max-output-tokens": { type: "string" },
  "timeout-ms": { type: "string" },
  "max-attempts": { type: "string" },
  "max-wall-seconds": { type: "string" },
  "max-tokens": { type: "string" },
  "max-cost-usd": { type: "string" },
  prices: { type: "string" }
};
var PROVIDER_USAGE = `
Real models (openai:<model>, anthropic:<model>, openai-compatible:<model>; keys from OPENAI_API_KEY / ANTHROPIC_API_KEY):
  --base-url <url>          endpoint (required for openai-compatible, e.g. http://localhost:11434/v1)
  --api chat|responses      OpenAI protocol: Chat Completions (default) or Responses
  --stream                  stream replies (SSE) instead of one JSON body
  --concurrency <n>         episodes in parallel (default 1); 429s lower it for a while
  --temperature <t>         pinned temperature (default 0; dropped, with a trace note, if the model rejects it)
  --max-output-tokens <n>   output tokens per reply, reasoning included (default 16384; 2048 for openai-compatible)
  --timeout-ms <n>          per request attempt (default 600000)
  --max-attempts <n>        attempts per request, first included (default 6)
  --max-wall-seconds <s>    budget: stop scheduling after this long (verdict inconclusive)
  --max-tokens <n>          budget: input + output tokens over the run
  --max-cost-usd <usd>      budget: cost from the price table
  --prices <file>           JSON price table overriding the built-in one: {"openai:gpt-5*": {"input": 1.25, "output": 10}}
`;
var FlagError = class extends UserError {
};
function num(name, text, integer, min) {
  if (text === void 0) return void 0;
  const n = Number(text);
  if (text.trim() === "" || !Number.isFinite(n) || integer && !Number.isInteger(n) || n < min) {
    throw new FlagError(`--${name} must be ${integer ? "an integer" : "a number"} \u2265 ${min}, got \`${text}\``);
  }
  return n;
}
function baseUrl(text) {
  if (text === void 0) return void 0;
  let url;
  try {
    url = new URL(text);
  } catch {
    url = void 0;
  }
  if (url?.protocol !== "http:" && url?.protocol !== "https:") {
    throw new FlagError(`--base-url must be an http:// or https:// URL, e.g. http://localhost:11434/v1, got \`${text}\``);
  }
  return text;
}
function providerRunOptions(v) {
  if (v.api !== void 0 && v.api !== "chat" && v.api !== "responses") throw new FlagError(`--api must be chat or responses, got \`${v.api}\``);
  const retry = {};
  const timeoutMs = num("timeout-ms", v["timeout-ms"], true, 1);
  const maxAttempts = num("max-attempts", v["max-attempts"], true, 1);
  if (timeoutMs !== void 0) retry.timeoutMs = timeoutMs;
  if (maxAttempts !== void 0) retry.maxAttempts = maxAttempts;
  const provider = { baseUrl: baseUrl(v["base-url"]), api: v.api, stream: v.stream, retry };
  const temperature = num("temperature", v.temperature, false, 0);
  const maxOutputTokens = num("max-output-tokens", v["max-output-tokens"], true, 1);
  if (temperature !== void 0) provider.temperature = temperature;
  if (maxOutputTokens !== void 0) provider.maxOutputTokens = maxOutputTokens;
  const budget = {};
  const wall = num("max-wall-seconds", v["max-wall-seconds"], false, 0);
  const tokens = num("max-tokens", v["max-tokens"], true, 1);
  const cost = num("max-cost-usd", v["max-cost-usd"], false, 0);
  if (wall !== void 0) budget.wallSeconds = wall;
  if (tokens !== void 0) budget.tokens = tokens;
  if (cost !== void 0) budget.costUsd = cost;
  return {
    provider,
    concurrency: num("concurrency", v.concurrency, true, 1),
    budget,
    prices: v.prices === void 0 ? void 0 : resolve(v.prices)
  };
}

export {
  PROVIDER_FLAGS,
  PROVIDER_USAGE,
  FlagError,
  providerRunOptions
};
