#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  argumentsText,
  parseArguments,
  reply
} from "./chunk-CAOHHYM6.js";
import "./chunk-END277OE.js";

// src/providers/openai-chat.ts
function toWire(m) {
  if (m.role === "tool") return { role: "tool", tool_call_id: m.tool_call_id, content: m.content };
  if (m.role !== "assistant") return m;
  if (m.tool_calls.length === 0) return { role: "assistant", content: m.content };
  return {
    role: "assistant",
    content: m.content === "" ? null : m.content,
    tool_calls: m.tool_calls.map((c) => ({ id: c.id, type: "function", function: { name: c.name, arguments: argumentsText(c) } }))
  };
}
function body(request, s, model) {
  const b = {
    model,
    messages: request.messages.map(toWire),
    max_completion_tokens: s.max_output_tokens
  };
  if (request.tools.length > 0) {
    b.tools = request.tools.map((t) => ({ type: "function", function: { name: t.name, description: t.description, parameters: t.parameters } }));
  }
  if (request.tool_choice !== void 0) b.tool_choice = { type: "function", function: { name: request.tool_choice } };
  if (s.temperature !== void 0) b.temperature = s.temperature;
  if (s.top_p !== void 0) b.top_p = s.top_p;
  if (s.seed !== void 0) b.seed = s.seed;
  return b;
}
var STOP = { length: "length", content_filter: "refusal" };
function normalise(completion) {
  const choice = completion.choices[0];
  const message = choice?.message;
  const calls = (message?.tool_calls ?? []).flatMap(
    (c) => c.type === "function" ? [{ id: c.id, name: c.function.name, ...parseArguments(c.function.arguments) }] : []
  );
  const refused = message?.refusal ?? null;
  return reply(
    refused ?? message?.content ?? "",
    calls,
    refused !== null ? "refusal" : STOP[choice?.finish_reason ?? ""] ?? "end",
    completion.usage?.prompt_tokens ?? 0,
    completion.usage?.completion_tokens ?? 0
  );
}
function chatProtocol(client, model) {
  return {
    api: "chat",
    async call(request, settings, { signal, headers, stream }) {
      const b = body(request, settings, model);
      const completion = stream ? await client.chat.completions.stream({ ...b, stream: true, stream_options: { include_usage: true } }, { signal, headers }).finalChatCompletion() : await client.chat.completions.create(b, { signal, headers });
      return normalise(completion);
    }
  };
}
export {
  chatProtocol
};
