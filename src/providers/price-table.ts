/**
 * The built-in price table: USD per million tokens (input, output), keyed by provider:model; a key
 * ending in * matches a prefix. Standard (not batch, not priority) list prices as published in
 * November 2026: check current prices before relying on cost budgets. `--prices FILE` (a JSON
 * object of the same shape) overrides entries.
 */
/** USD per million tokens. */
export interface Price {
  input: number
  output: number
}

/**
 * A model and its dated snapshots (`gpt-5-2025-08-07`, `claude-opus-4-20250514`), and nothing
 * else: a newer version with a price of its own stays unpriced, so a cost budget refuses to run on
 * it instead of counting it at an older model's rate.
 */
function model(id: string, input: number, output: number): Record<string, Price> {
  return { [id]: { input, output }, [`${id}-20*`]: { input, output } }
}

export const BUILTIN_PRICES: Record<string, Price> = {
  ...model('openai:gpt-5.5', 5, 30),
  ...model('openai:gpt-5.5-pro', 30, 180),
  ...model('openai:gpt-5.4', 2.5, 15),
  ...model('openai:gpt-5.4-mini', 0.75, 4.5),
  ...model('openai:gpt-5.4-nano', 0.2, 1.25),
  ...model('openai:gpt-5.4-pro', 30, 180),
  ...model('openai:gpt-5.1', 1.25, 10),
  ...model('openai:gpt-5', 1.25, 10),
  ...model('openai:gpt-5-mini', 0.25, 2),
  ...model('openai:gpt-5-nano', 0.05, 0.4),
  ...model('openai:gpt-4.1', 2, 8),
  ...model('openai:gpt-4.1-mini', 0.4, 1.6),
  ...model('openai:gpt-4.1-nano', 0.1, 0.4),
  ...model('openai:gpt-4o', 2.5, 10),
  ...model('openai:gpt-4o-mini', 0.15, 0.6),
  ...model('anthropic:claude-fable-5', 10, 50),
  ...model('anthropic:claude-fable-5-1', 10, 50),
  ...model('anthropic:claude-mythos-5', 10, 50),
  ...model('anthropic:claude-mythos-5-1', 10, 50),
  ...model('anthropic:claude-opus-5-5', 4, 20),
  ...model('anthropic:claude-opus-5', 5, 25),
  ...model('anthropic:claude-opus-4-8', 5, 25),
  ...model('anthropic:claude-opus-4-7', 5, 25),
  ...model('anthropic:claude-opus-4-6', 5, 25),
  ...model('anthropic:claude-opus-4-5', 5, 25),
  ...model('anthropic:claude-opus-4-1', 15, 75),
  ...model('anthropic:claude-opus-4', 15, 75),
  ...model('anthropic:claude-opus-4-0', 15, 75),
  ...model('anthropic:claude-sonnet-5-5', 2, 10),
  ...model('anthropic:claude-sonnet-5', 2, 10),
  ...model('anthropic:claude-sonnet-4-6', 3, 15),
  ...model('anthropic:claude-sonnet-4-5', 3, 15),
  ...model('anthropic:claude-sonnet-4', 3, 15),
  ...model('anthropic:claude-sonnet-4-0', 3, 15),
  // The rate for prompts up to 100k tokens, which every built-in episode stays under.
  ...model('anthropic:claude-haiku-5-5', 0.1, 0.5),
  ...model('anthropic:claude-haiku-4-5', 1, 5),
  'scripted:*': { input: 0, output: 0 },
  'openai-compatible:*': { input: 0, output: 0 }
}
