/** The price table: which id gets which price, and which gets none. */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { costOf, loadPrices, priceOf, PriceError } from '../src/providers/prices.js'

const table = loadPrices()

describe('the built-in price table', () => {
  it.each([
    ['openai:gpt-5.5', 5, 30],
    ['openai:gpt-5.5-pro', 30, 180],
    ['openai:gpt-5.4-mini', 0.75, 4.5],
    ['openai:gpt-5-2025-08-07', 1.25, 10],
    ['openai:gpt-5-mini-2025-08-07', 0.25, 2],
    ['anthropic:claude-opus-4-20250514', 15, 75],
    ['anthropic:claude-opus-4-5-20251101', 5, 25],
    ['anthropic:claude-opus-5-5', 4, 20],
    ['anthropic:claude-sonnet-4-5-20250929', 3, 15],
    ['anthropic:claude-haiku-4-5-20251001', 1, 5]
  ])('prices %s at $%d in / $%d out per million tokens', (id, input, output) => {
    expect(priceOf(table, id)).toEqual({ input, output })
  })

  it('leaves a version it does not list unpriced instead of pricing it as an older one', () => {
    for (const id of ['openai:gpt-5.3', 'openai:gpt-5.5-mini', 'anthropic:claude-opus-4-9', 'anthropic:claude-sonnet-6']) {
      expect(priceOf(table, id)).toBeUndefined()
    }
  })

  it('prices scripted agents and local servers at zero', () => {
    expect(costOf(priceOf(table, 'scripted:unsafe'), { input_tokens: 1000, output_tokens: 1000 })).toBe(0)
    expect(priceOf(table, 'openai-compatible:llama3.1:8b')).toEqual({ input: 0, output: 0 })
  })
})

describe('a price file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sg-prices-'))

  it('overrides and adds entries; the longest matching key wins', () => {
    const file = join(dir, 'prices.json')
    writeFileSync(file, JSON.stringify({ 'openai:gpt-5.5': { input: 1, output: 2 }, 'openai:my-ft*': { input: 3, output: 12 }, 'openai:my-ft-large*': { input: 6, output: 24 } }))
    const custom = loadPrices(file)
    expect(priceOf(custom, 'openai:gpt-5.5')).toEqual({ input: 1, output: 2 })
    expect(priceOf(custom, 'openai:my-ft-small')).toEqual({ input: 3, output: 12 })
    expect(priceOf(custom, 'openai:my-ft-large-v2')).toEqual({ input: 6, output: 24 })
    expect(costOf(priceOf(custom, 'openai:my-ft-small'), { input_tokens: 1_000_000, output_tokens: 500_000 })).toBe(9)
  })

  it('is refused, naming the file and entry, when a price is malformed', () => {
    const file = join(dir, 'bad.json')
    writeFileSync(file, JSON.stringify({ 'openai:x': { input: -1, output: 2 } }))
    expect(() => loadPrices(file)).toThrow(PriceError)
    expect(() => loadPrices(file)).toThrow(`${file}: price for \`openai:x\``)
  })
})
