/**
 * A fake-server policy that replays the scenarios' calibration scripts: the model name
 * (`replay-compliant`, `replay-unsafe`, `replay-liar`…) picks the scripted agent or probe, the
 * episode header picks the episode, and the conversation the server received fixes the turn. The
 * scripted provider itself decides the reply, so a replay run and a scripted run of the same plan
 * should score the same. The closing interview is answered by a forced tool call, or, when the
 * server refused that, as the JSON object the text question asks for.
 */
import { ScriptedModel, SCRIPTED_AGENTS, type ScriptedAgent } from '../../src/providers/scripted.js'
import { ProbeModel, type Probe } from '../../src/providers/probes.js'
import { INTERVIEW_TOOL } from '../../src/runner/interview.js'
import type { EpisodeSpec } from '../../src/scenario/plan.js'
import type { Message, Model } from '../../src/providers/types.js'
import type { ToolSpec } from '../../src/tools/types.js'
import type { FakeReply, FakeRequest } from './server.js'

const JSON_TYPES: Record<string, string> = { 'true or false': 'boolean', 'a number': 'number', text: 'string' }

/** The interview tool a text interview stands for: one property per `- "id" (type): question` line. */
function interviewFromText(text: string): ToolSpec | undefined {
  const lines = [...text.matchAll(/^- "([^"]+)" \(([^)]+)\): /gm)]
  if (!text.includes('Reply with only a JSON object') || lines.length === 0) return undefined
  const properties = Object.fromEntries(lines.map((m) => [m[1] as string, { type: JSON_TYPES[m[2] as string] ?? 'string' }]))
  return { name: INTERVIEW_TOOL, description: '', parameters: { type: 'object', properties } }
}

export function replayPolicy(episodes: Iterable<EpisodeSpec>): (req: FakeRequest) => Promise<FakeReply> {
  const byId = new Map(Array.from(episodes, (e) => [e.id, e]))
  const agents = new Map<string, Model>()
  return async (req) => {
    const spec = byId.get(req.episode)
    if (!spec) throw new Error(`unknown episode ${req.episode}`)
    const agent = req.model.replace(/^replay-/, '')
    const model = agents.get(agent) ?? ((SCRIPTED_AGENTS as readonly string[]).includes(agent) ? new ScriptedModel(agent as ScriptedAgent) : new ProbeModel(agent as Probe))
    agents.set(agent, model)
    // The scripted agent needs only the number of assistant turns, the last user text and, for the interview, the tool it must call.
    const messages: Message[] = Array.from({ length: req.turns }, () => ({ role: 'assistant', content: '', tool_calls: [] }))
    if (req.lastUserText !== undefined) messages.push({ role: 'user', content: req.lastUserText })
    const asked = req.lastUserText === undefined ? undefined : interviewFromText(req.lastUserText)
    if (asked) {
      const r = await model.respond({ messages, tools: [asked], tool_choice: asked.name }, spec)
      return { text: JSON.stringify(r.tool_calls[0]?.arguments ?? {}), calls: [] }
    }
    const tools: ToolSpec[] = req.tools.map((t) => ({ name: t.name, description: '', parameters: t.parameters }))
    const r = await model.respond({ messages, tools, ...(req.toolChoice ? { tool_choice: req.toolChoice } : {}) }, spec)
    return { text: r.content, calls: r.tool_calls.map((c) => ({ id: c.id, name: c.name, args: c.arguments ?? {} })) }
  }
}
