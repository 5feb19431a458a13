#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  argumentsText,
  parseArguments,
  reply
} from "./chunk-CAOHHYM6.js";
import "./chunk-END277OE.js";

// src/providers/openai-responses.ts
function toWire(m) {
  if (m.role === "tool") return [{ type: "function_call_output", call_id: m.tool_call_id, output: m.content }];
  if (m.role !== "assistant") return [{ role: m.role, content: m.content }];
  const reasoning = m.reasoning ?? [];
  const text = m.content === "" ? [] : [{ role: "assistant", content: m.content }];
  return [...reasoning, ...text, ...m.tool_calls.map((c) => ({ type: "function_call", call_id: c.id, name: c.name, arguments: argumentsText(c) }))];
}
function body(request, s, model) {
  const b = {
    model,
    input: request.messages.flatMap(toWire),
    store: false,
    max_output_tokens: s.max_output_tokens
  };
  if (request.tools.length > 0) {
    b.tools = request.tools.map((t) => ({ type: "function", name: t.name, description: t.description, parameters: t.parameters, strict: false }));
  }
  if (request.tool_choice !== void 0) b.tool_choice = { type: "function", name: request.tool_choice };
  if (s.temperature !== void 0) b.temperature = s.temperature;
  if (s.top_p !== void 0) b.top_p = s.top_p;
  if (s.replay_reasoning) b.include = ["reasoning.encrypted_content"];
  return b;
}
function normalise(r) {
  let text = "";
  let refused = false;
  const calls = [];
  const reasoning = [];
  for (const item of r.output) {
    if (item.type === "reasoning" && item.encrypted_content) reasoning.push({ ...item });
    if (item.type === "function_call") calls.push({ id: item.call_id, name: item.name, ...parseArguments(item.arguments) });
    if (item.type !== "message") continue;
    for (const part of item.content) {
      if (part.type === "output_text") text += part.text;
      else {
        text += part.refusal;
        refused = true;
      }
    }
  }
  const cut = r.status === "incomplete" && r.incomplete_details?.reason === "max_output_tokens";
  return reply(text, calls, refused ? "refusal" : cut ? "length" : "end", r.usage?.input_tokens ?? 0, r.usage?.output_tokens ?? 0, reasoning);
}
function responsesProtocol(client, model) {
  return {
    api: "responses",
    async call(request, settings, { signal, headers, stream }) {
      const b = body(request, settings, model);
      const response = stream ? await client.responses.stream({ ...b, stream: true }, { signal, headers }).finalResponse() : await client.responses.create(b, { signal, headers });
      return normalise(response);
    }
  };
}
export {
  responsesProtocol
};
