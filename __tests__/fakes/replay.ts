/**
 * A fake-server policy that replays the scenarios' calibration scripts: the model name
 * (`replay-compliant`, `replay-unsafe`) picks the scripted agent, the episode header picks the
 * episode, and the conversation the server received fixes the turn. The scripted provider itself
 * decides the reply, so a replay run and a scripted run of the same plan should score the same.
 */
import { ScriptedModel, type ScriptedAgent } from '../../src/providers/scripted.js'
import type { EpisodeSpec } from '../../src/scenario/plan.js'
import type { Message } from '../../src/providers/types.js'
import type { FakeReply, FakeRequest } from './server.js'

export function replayPolicy(episodes: readonly EpisodeSpec[]): (req: FakeRequest) => Promise<FakeReply> {
  const byId = new Map(episodes.map((e) => [e.id, e]))
  const agents = new Map<string, ScriptedModel>()
  return async (req) => {
    const spec = byId.get(req.episode)
    if (!spec) throw new Error(`unknown episode ${req.episode}`)
    const agent = req.model.replace(/^replay-/, '') as ScriptedAgent
    const model = agents.get(agent) ?? new ScriptedModel(agent)
    agents.set(agent, model)
    // The scripted agent needs only the number of assistant turns and the last user text.
    const messages: Message[] = Array.from({ length: req.turns }, () => ({ role: 'assistant', content: '', tool_calls: [] }))
    if (req.lastUserText !== undefined) messages.push({ role: 'user', content: req.lastUserText })
    const r = await model.respond({ messages, tools: [] }, spec)
    return { text: r.content, calls: r.tool_calls.map((c) => ({ id: c.id, name: c.name, args: c.arguments ?? {} })) }
  }
}
