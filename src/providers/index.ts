import { didYouMean } from '../config/diagnostics.js'
import { ScriptedModel, SCRIPTED_AGENTS, type ScriptedAgent } from './scripted.js'
import { ProbeModel, PROBES, type Probe } from './probes.js'
import { RemoteModel, type Protocol } from './remote.js'
import { DEFAULT_RETRY, type RetryPolicy } from './retry.js'
import { createTransport } from './transport.js'
import { parseModelId, UnknownModelError, type DecodingSettings, type Model } from './types.js'

/** How to reach and drive a real provider; scripted agents ignore it. */
export interface ProviderConfig {
  baseUrl?: string
  /** OpenAI wire protocol: Chat Completions (default) or Responses. */
  api?: 'chat' | 'responses'
  stream?: boolean
  concurrency?: number
  temperature?: number
  maxOutputTokens?: number
  retry?: Partial<RetryPolicy>
  /** Where keys come from (OPENAI_API_KEY, ANTHROPIC_API_KEY). */
  env?: Readonly<Record<string, string | undefined>>
}

/**
 * Output tokens per reply. Hosted models reason inside this budget (OpenAI's reasoning tokens,
 * Claude's thinking), so a small one leaves them cut off before they act; local servers often
 * have small context windows that a large one would overflow.
 */
export const DEFAULT_MAX_OUTPUT_TOKENS = { hosted: 16384, local: 2048 } as const
/** Where the SDKs send requests without --base-url (named when the provider cannot be reached). */
function sdkBaseUrl(provider: 'openai' | 'anthropic'): string {
  if (provider === 'anthropic') return process.env.ANTHROPIC_BASE_URL || 'https://api.anthropic.com'
  return process.env.OPENAI_BASE_URL || 'https://api.openai.com/v1'
}

/** Pinned for comparability; a model that rejects it gets it dropped, with a note in the trace. */
export const DEFAULT_TEMPERATURE = 0

function key(env: ProviderConfig['env'], name: string, required: boolean): string {
  const value = env?.[name]
  if (value) return value
  // Local OpenAI-compatible servers ignore the key, but the SDK insists on one.
  if (!required) return 'unused'
  throw new UnknownModelError(`${name} is not set: the key is read from the environment and never from a flag or file`)
}

/**
 * A model from its `provider:model` id. Real providers load their SDK on the first request, so a
 * scripted run never evaluates SDK code.
 */
export function createModel(id: string, config: ProviderConfig = {}): Model {
  const { provider, model } = parseModelId(id)
  if (provider === 'scripted') {
    if ((PROBES as readonly string[]).includes(model)) return new ProbeModel(model as Probe)
    if (!(SCRIPTED_AGENTS as readonly string[]).includes(model)) {
      const agents = [...SCRIPTED_AGENTS, ...PROBES]
      throw new UnknownModelError(`unknown scripted agent \`${model}\`${didYouMean(model, agents)} (expected one of: ${agents.join(', ')})`)
    }
    return new ScriptedModel(model as ScriptedAgent)
  }
  if (provider === 'openai-compatible' && config.baseUrl === undefined) {
    throw new UnknownModelError('openai-compatible models need --base-url (e.g. http://localhost:11434/v1)')
  }
  if (provider === 'anthropic' && config.api !== undefined) {
    throw new UnknownModelError('--api selects an OpenAI protocol; anthropic models always use Messages')
  }
  const keyVariable = provider === 'anthropic' ? 'ANTHROPIC_API_KEY' : 'OPENAI_API_KEY'
  const apiKey = key(config.env ?? process.env, keyVariable, provider !== 'openai-compatible')
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...config.retry }
  const client = { apiKey, baseURL: config.baseUrl, maxRetries: 0, timeout: retry.timeoutMs, fetch: createTransport() }
  const load = async (): Promise<Protocol> => {
    if (provider === 'anthropic') {
      const [{ default: Anthropic }, { messagesProtocol }] = await Promise.all([import('@anthropic-ai/sdk'), import('./anthropic.js')])
      return messagesProtocol(new Anthropic(client), model)
    }
    const { default: OpenAI } = await import('openai')
    const openai = new OpenAI(client)
    if (config.api === 'responses') return (await import('./openai-responses.js')).responsesProtocol(openai, model)
    return (await import('./openai-chat.js')).chatProtocol(openai, model)
  }
  const settings: DecodingSettings = {
    temperature: config.temperature ?? DEFAULT_TEMPERATURE,
    max_output_tokens: config.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS[provider === 'openai-compatible' ? 'local' : 'hosted'],
    // Stateless Responses calls (store: false) keep a reasoning model's thinking only if it is sent back.
    ...(config.api === 'responses' ? { replay_reasoning: true } : {})
  }
  return new RemoteModel({
    id,
    load,
    settings,
    seedPerEpisode: provider === 'openai-compatible',
    retry,
    concurrency: config.concurrency ?? 1,
    stream: config.stream ?? false,
    secrets: [apiKey],
    endpoint: { url: config.baseUrl ?? sdkBaseUrl(provider === 'anthropic' ? 'anthropic' : 'openai'), model, keyVariable }
  })
}
