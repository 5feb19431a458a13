/**
 * Cost from a price table: USD per million input and output tokens, keyed by `provider:model` or by
 * a prefix ending in `*`. The most specific (longest) key wins, so `gpt-5-mini*` beats `gpt-5*`.
 * A model with no price has cost null: budgets in USD then cannot be enforced, and the run says so.
 */
import { readFileSync } from 'node:fs'
import { BUILTIN_PRICES, type Price } from './price-table.js'
import type { Usage } from './types.js'
import { UserError } from '../errors.js'

export type PriceTable = Record<string, Price>

function isPrice(v: unknown): v is Price {
  const p = v as Price
  return typeof v === 'object' && v !== null && typeof p.input === 'number' && typeof p.output === 'number' && p.input >= 0 && p.output >= 0
}

function entries(raw: Record<string, unknown>, source: string): PriceTable {
  const table: PriceTable = {}
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith('_')) continue
    if (!isPrice(value)) throw new PriceError(`${source}: price for \`${key}\` must be {"input": USD per 1M tokens, "output": USD per 1M tokens}`)
    table[key] = value
  }
  return table
}

/** The built-in table, with a user file's entries on top. */
export function loadPrices(file?: string): PriceTable {
  const table = entries(BUILTIN_PRICES, 'built-in prices')
  if (file === undefined) return table
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch (e) {
    throw new PriceError(`${file}: ${(e as Error).message}`)
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new PriceError(`${file}: expected a JSON object of prices`)
  return { ...table, ...entries(raw as Record<string, unknown>, file) }
}

export function priceOf(table: PriceTable, modelId: string): Price | undefined {
  if (table[modelId]) return table[modelId]
  const prefixes = Object.keys(table).filter((k) => k.endsWith('*') && modelId.startsWith(k.slice(0, -1)))
  prefixes.sort((a, b) => b.length - a.length)
  return prefixes.length > 0 ? table[prefixes[0] as string] : undefined
}

/** USD, rounded to a micro-dollar so totals serialise stably. */
export function costOf(price: Price | undefined, usage: Usage): number | null {
  if (!price) return null
  return Math.round(usage.input_tokens * price.input + usage.output_tokens * price.output) / 1e6
}

/** Token counts with their cost; cost_usd is null when the model has no price. */
export type CostedUsage = Usage & { cost_usd: number | null }

export function withCost(price: Price | undefined, usage: Usage): CostedUsage {
  return { input_tokens: usage.input_tokens, output_tokens: usage.output_tokens, cost_usd: costOf(price, usage) }
}

/** A cost budget for a model with no price, or a malformed price file. */
export class PriceError extends UserError {}
