/**
 * Which credential a model id needs, and whether the job has it. A fork PR or a missing secret
 * leaves the key input empty; the action must then say so rather than run (and fail on auth) or pass.
 */
import { parseModelId } from '../providers/types.js'
import type { ActionInputs } from './inputs.js'

interface KeySpec {
  input: 'openai-api-key' | 'anthropic-api-key'
  /** The variable the provider SDKs read. */
  env: 'OPENAI_API_KEY' | 'ANTHROPIC_API_KEY'
  value: (inputs: ActionInputs) => string
}

const KEYS: Record<string, KeySpec> = {
  openai: { input: 'openai-api-key', env: 'OPENAI_API_KEY', value: (i) => i.openaiApiKey },
  anthropic: { input: 'anthropic-api-key', env: 'ANTHROPIC_API_KEY', value: (i) => i.anthropicApiKey }
}

export interface MissingCredential {
  provider: string
  input: string
}

/**
 * Puts the key where the providers read it (OPENAI_API_KEY / ANTHROPIC_API_KEY in `env`) and returns
 * what is missing, if anything. `openai-compatible:` (a local server at `base-url`) needs no key.
 */
export function provideCredentials(inputs: ActionInputs, env: NodeJS.ProcessEnv): MissingCredential | undefined {
  const { provider } = parseModelId(inputs.model)
  const spec = KEYS[provider]
  if (!spec) return undefined
  const key = spec.value(inputs) || env[spec.env] || ''
  if (key) {
    env[spec.env] = key
    return undefined
  }
  return { provider, input: spec.input }
}
