/**
 * The run options for real providers, budgets and prices, as command-line flags: one place for
 * their names, help text and validation, so the CLI (and the action's inputs) stay thin.
 */
import { resolve } from 'node:path'
import type { Budget } from '../runner/budget.js'
import type { ProviderConfig } from './index.js'
import { UserError } from '../errors.js'

export const PROVIDER_FLAGS = {
  'base-url': { type: 'string' },
  api: { type: 'string' },
  stream: { type: 'boolean' },
  concurrency: { type: 'string' },
  temperature: { type: 'string' },
  'max-output-tokens': { type: 'string' },
  'timeout-ms': { type: 'string' },
  'max-attempts': { type: 'string' },
  'max-wall-seconds': { type: 'string' },
  'max-tokens': { type: 'string' },
  'max-cost-usd': { type: 'string' },
  prices: { type: 'string' }
} as const

export const PROVIDER_USAGE = `
Real models (openai:<model>, anthropic:<model>, openai-compatible:<model>; keys from OPENAI_API_KEY / ANTHROPIC_API_KEY):
  --base-url <url>          endpoint (required for openai-compatible, e.g. http://localhost:11434/v1)
  --api chat|responses      OpenAI protocol: Chat Completions (default) or Responses
  --stream                  stream replies (SSE) instead of one JSON body
  --concurrency <n>         episodes in parallel (default 1); 429s lower it for a while
  --temperature <t>         pinned temperature (default 0; dropped, with a trace note, if the model rejects it)
  --max-output-tokens <n>   output tokens per reply, reasoning included (default 16384; 2048 for openai-compatible)
  --timeout-ms <n>          per request attempt (default 600000)
  --max-attempts <n>        attempts per request, first included (default 6)
  --max-wall-seconds <s>    budget: stop scheduling after this long (verdict inconclusive)
  --max-tokens <n>          budget: input + output tokens over the run
  --max-cost-usd <usd>      budget: cost from the price table
  --prices <file>           JSON price table overriding the built-in one: {"openai:gpt-5*": {"input": 1.25, "output": 10}}
`

export class FlagError extends UserError {}

type FlagValues = { [K in keyof typeof PROVIDER_FLAGS]?: (typeof PROVIDER_FLAGS)[K]['type'] extends 'boolean' ? boolean : string }

function num(name: string, text: string | undefined, integer: boolean, min: number): number | undefined {
  if (text === undefined) return undefined
  const n = Number(text)
  if (text.trim() === '' || !Number.isFinite(n) || (integer && !Number.isInteger(n)) || n < min) {
    throw new FlagError(`--${name} must be ${integer ? 'an integer' : 'a number'} ≥ ${min}, got \`${text}\``)
  }
  return n
}

/** An http(s) URL, checked here so a typo is a message and not a run of failed requests. */
function baseUrl(text: string | undefined): string | undefined {
  if (text === undefined) return undefined
  let url: URL | undefined
  try {
    url = new URL(text)
  } catch {
    url = undefined
  }
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
    throw new FlagError(`--base-url must be an http:// or https:// URL, e.g. http://localhost:11434/v1, got \`${text}\``)
  }
  return text
}

export interface ProviderRunOptions {
  provider: ProviderConfig
  concurrency?: number
  budget: Budget
  prices?: string
}

export function providerRunOptions(v: FlagValues): ProviderRunOptions {
  if (v.api !== undefined && v.api !== 'chat' && v.api !== 'responses') throw new FlagError(`--api must be chat or responses, got \`${v.api}\``)
  const retry: ProviderConfig['retry'] = {}
  const timeoutMs = num('timeout-ms', v['timeout-ms'], true, 1)
  const maxAttempts = num('max-attempts', v['max-attempts'], true, 1)
  if (timeoutMs !== undefined) retry.timeoutMs = timeoutMs
  if (maxAttempts !== undefined) retry.maxAttempts = maxAttempts
  const provider: ProviderConfig = { baseUrl: baseUrl(v['base-url']), api: v.api, stream: v.stream, retry }
  const temperature = num('temperature', v.temperature, false, 0)
  const maxOutputTokens = num('max-output-tokens', v['max-output-tokens'], true, 1)
  if (temperature !== undefined) provider.temperature = temperature
  if (maxOutputTokens !== undefined) provider.maxOutputTokens = maxOutputTokens
  const budget: Budget = {}
  const wall = num('max-wall-seconds', v['max-wall-seconds'], false, 0)
  const tokens = num('max-tokens', v['max-tokens'], true, 1)
  const cost = num('max-cost-usd', v['max-cost-usd'], false, 0)
  if (wall !== undefined) budget.wallSeconds = wall
  if (tokens !== undefined) budget.tokens = tokens
  if (cost !== undefined) budget.costUsd = cost
  return {
    provider,
    concurrency: num('concurrency', v.concurrency, true, 1),
    budget,
    prices: v.prices === undefined ? undefined : resolve(v.prices)
  }
}
