#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module';
const require = __sgCreateRequire(import.meta.url);
import {
  reply
} from "./chunk-CAOHHYM6.js";
import "./chunk-END277OE.js";

// src/providers/anthropic.ts
var SYSTEM_PREFIX = "[System] ";
var EMPTY_REPLY = "(no reply)";
function conversation(messages) {
  const leading = messages.findIndex((m) => m.role !== "system");
  const system = messages.slice(0, leading < 0 ? messages.length : leading);
  const out = [];
  const userBlocks = () => {
    const last = out[out.length - 1];
    if (last?.role === "user" && Array.isArray(last.content)) return last.content;
    const blocks = [];
    out.push({ role: "user", content: blocks });
    return blocks;
  };
  for (const m of messages.slice(system.length)) {
    if (m.role === "assistant") {
      const content = m.content === "" ? [] : [{ type: "text", text: m.content }];
      for (const c of m.tool_calls) content.push({ type: "tool_use", id: c.id, name: c.name, input: c.arguments ?? {} });
      const thinking = m.reasoning ?? [];
      out.push({ role: "assistant", content: [...thinking, ...content.length > 0 ? content : [{ type: "text", text: EMPTY_REPLY }]] });
    } else if (m.role === "tool") {
      userBlocks().push({ type: "tool_result", tool_use_id: m.tool_call_id, content: m.content, is_error: m.is_error });
    } else {
      userBlocks().push({ type: "text", text: m.role === "system" ? SYSTEM_PREFIX + m.content : m.content });
    }
  }
  return { system: system.map((m) => m.content).join("\n\n"), messages: out };
}
function body(request, s, model) {
  const { system, messages } = conversation(request.messages);
  const b = { model, messages, max_tokens: s.max_output_tokens };
  if (system !== "") b.system = system;
  if (request.tools.length > 0) {
    b.tools = request.tools.map((t) => ({ name: t.name, description: t.description, input_schema: { type: "object", ...t.parameters } }));
  }
  if (request.tool_choice !== void 0) b.tool_choice = { type: "tool", name: request.tool_choice };
  if (s.temperature !== void 0) b.temperature = s.temperature;
  if (s.top_p !== void 0) b.top_p = s.top_p;
  return b;
}
var STOP = { max_tokens: "length", model_context_window_exceeded: "length", refusal: "refusal" };
function normalise(m) {
  let text = "";
  const calls = [];
  const thinking = [];
  for (const block of m.content) {
    if (block.type === "thinking" || block.type === "redacted_thinking") thinking.push({ ...block });
    if (block.type === "text") text += block.text;
    if (block.type === "tool_use") {
      const input = block.input;
      const args = typeof input === "object" && input !== null && !Array.isArray(input) ? input : null;
      calls.push(args === null ? { id: block.id, name: block.name, arguments: null, raw: JSON.stringify(input) } : { id: block.id, name: block.name, arguments: args });
    }
  }
  return reply(text, calls, STOP[m.stop_reason ?? ""] ?? "end", m.usage.input_tokens, m.usage.output_tokens, thinking);
}
function messagesProtocol(client, model) {
  return {
    api: "messages",
    async call(request, settings, { signal, headers, stream }) {
      const b = body(request, settings, model);
      const message = stream ? await client.messages.stream(b, { signal, headers }).finalMessage() : await client.messages.create(b, { signal, headers });
      return normalise(message);
    }
  };
}
export {
  messagesProtocol
};
