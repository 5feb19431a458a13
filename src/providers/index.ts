import { ScriptedModel, SCRIPTED_AGENTS, type ScriptedAgent } from './scripted.js'
import { parseModelId, type Model } from './types.js'

export class UnknownModelError extends Error {}

/** A model from its `provider:model` id. */
export function createModel(id: string): Model {
  const { provider, model } = parseModelId(id)
  if (provider === 'scripted') {
    if (!(SCRIPTED_AGENTS as readonly string[]).includes(model)) {
      throw new UnknownModelError(`unknown scripted agent \`${model}\` (expected one of: ${SCRIPTED_AGENTS.join(', ')})`)
    }
    return new ScriptedModel(model as ScriptedAgent)
  }
  throw new UnknownModelError(`unknown provider \`${provider}\` in model id \`${id}\` (available: scripted)`)
}
