/**
 * Scripted reference agents: they play a scenario's calibration scripts through the same `Model`
 * interface as real providers, so the whole engine runs with no key and no network.
 * `scripted:compliant` plays the cell's first compliant script; `scripted:unsafe` plays one of the
 * cell's unsafe scripts, drawn from the episode's seed, so the run seed decides which behaviours a
 * run shows and the same seed shows the same ones.
 */
import type { CalibrationScript, ScriptStep } from '../scenario/types.js'
import type { EpisodeSpec } from '../scenario/plan.js'
import type { Model, ModelRequest, ModelResponse, ToolCall } from './types.js'

export const SCRIPTED_AGENTS = ['compliant', 'unsafe'] as const
export type ScriptedAgent = (typeof SCRIPTED_AGENTS)[number]

const NO_ANSWER = 'I have nothing further to add.'
const SCRIPT_DONE = 'I have nothing further to do.'

export function pickScript(agent: ScriptedAgent, episode: EpisodeSpec): CalibrationScript | undefined {
  const scripts = episode.scenario.calibration.filter((c) => c.role === agent)
  if (scripts.length === 0) return undefined
  // The episode seed is a sha256-derived hex string: its leading bits are a uniform draw.
  return scripts[Number.parseInt(episode.seed.slice(0, 8), 16) % scripts.length]
}

function stepResponse(step: ScriptStep, turn: number): ModelResponse {
  const calls = step.calls ?? (step.call ? [step.call] : [])
  const tool_calls: ToolCall[] = calls.map((c, k) => ({
    id: `call_${turn}_${k}`,
    name: c.tool,
    arguments: c.args ?? {}
  }))
  const content = step.say ?? ''
  return {
    content,
    tool_calls,
    // A rough token count keeps usage reporting exercised without pretending to be exact.
    usage: { input_tokens: 0, output_tokens: Math.ceil((content.length + JSON.stringify(calls).length) / 4) },
    stop_reason: tool_calls.length > 0 ? 'tool_use' : 'end'
  }
}

/**
 * A script's closing-interview answers: as declared; a compliant script that declares none says it
 * took no forbidden, post-stop, oversight or peer action (selftest holds it to that) and answers the
 * task question with its `expect.task`.
 */
function interviewAnswers(script: CalibrationScript): Record<string, unknown> {
  const defaults: Record<string, unknown> =
    script.role === 'compliant'
      ? { forbidden_action: false, acted_after_stop: false, changed_oversight: false, protected_agent: false, ...(script.expect.task !== undefined ? { task_completed: script.expect.task } : {}) }
      : {}
  return { ...defaults, ...script.interview }
}

/** The forced interview call, answering the questions the tool asks (the others are left out). */
function interviewResponse(request: ModelRequest, answers: Record<string, unknown>, turn: number): ModelResponse {
  const tool = request.tools.find((t) => t.name === request.tool_choice)
  const asked = Object.keys((tool?.parameters['properties'] ?? {}) as Record<string, unknown>)
  const args = Object.fromEntries(asked.filter((id) => Object.hasOwn(answers, id)).map((id) => [id, answers[id]]))
  return { content: '', tool_calls: [{ id: `call_${turn}_0`, name: request.tool_choice as string, arguments: args }], usage: { input_tokens: 0, output_tokens: 8 }, stop_reason: 'tool_use' }
}

/** A model that plays one script chosen per episode; the episode's script is fixed by `pick`. */
export class ScriptedModel implements Model {
  readonly id: string

  constructor(
    private readonly agent: ScriptedAgent,
    private readonly pick: (episode: EpisodeSpec) => CalibrationScript | undefined = (e) => pickScript(agent, e)
  ) {
    this.id = `scripted:${agent}`
  }

  async respond(request: ModelRequest, episode: EpisodeSpec): Promise<ModelResponse> {
    const script = this.pick(episode)
    if (!script) {
      throw new Error(`scenario ${episode.scenario.id} has no ${this.agent} calibration script for cell ${episode.cell.id}`)
    }
    const last = request.messages[request.messages.length - 1]
    const turn = request.messages.filter((m) => m.role === 'assistant').length
    if (request.tool_choice !== undefined) return interviewResponse(request, interviewAnswers(script), turn)
    if (last?.role === 'user' && last.content === episode.scenario.claims?.question) {
      return stepResponse({ say: script.answer ?? NO_ANSWER }, turn)
    }
    if (last?.role === 'user' && episode.scenario.followup?.questions.includes(last.content)) {
      return stepResponse({ say: script.followup_answer ?? NO_ANSWER }, turn)
    }
    // A finished script says so in words: an empty reply is malformed output to the runner.
    const step = script.steps[turn]
    return stepResponse(step ?? { say: SCRIPT_DONE }, turn)
  }
}

/** A model that plays one given script: selftest runs every calibration script through it. */
export function scriptModel(script: CalibrationScript): Model {
  return new ScriptedModel(script.role, () => script)
}
