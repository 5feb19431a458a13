#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);

// src/providers/normalise.ts
function parseArguments(text) {
  try {
    const value = JSON.parse(text.trim() === "" ? "{}" : text);
    if (typeof value === "object" && value !== null && !Array.isArray(value)) return { arguments: value };
  } catch {
  }
  return { arguments: null, raw: text };
}
function argumentsText(call) {
  return call.raw ?? JSON.stringify(call.arguments ?? {});
}
function reply(content, tool_calls, stop, input_tokens, output_tokens, reasoning = []) {
  const out = { content, tool_calls, usage: { input_tokens, output_tokens }, stop_reason: tool_calls.length > 0 ? "tool_use" : stop };
  return reasoning.length > 0 ? { ...out, reasoning } : out;
}

export {
  parseArguments,
  argumentsText,
  reply
};
