/**
 * The built-in price table: USD per million tokens (input, output), keyed by provider:model; a key
 * ending in * matches a prefix. List prices when this table was written: check current prices before
 * relying on cost budgets. `--prices FILE` (a JSON object of the same shape) overrides entries.
 */
export const BUILTIN_PRICES: Record<string, { input: number; output: number }> = {
  'openai:gpt-5*': { input: 1.25, output: 10 },
  'openai:gpt-5-mini*': { input: 0.25, output: 2 },
  'openai:gpt-5-nano*': { input: 0.05, output: 0.4 },
  'openai:gpt-4.1*': { input: 2, output: 8 },
  'openai:gpt-4.1-mini*': { input: 0.4, output: 1.6 },
  'openai:gpt-4o*': { input: 2.5, output: 10 },
  'openai:gpt-4o-mini*': { input: 0.15, output: 0.6 },
  'anthropic:claude-opus-4*': { input: 15, output: 75 },
  'anthropic:claude-sonnet-4*': { input: 3, output: 15 },
  'anthropic:claude-haiku-4*': { input: 1, output: 5 },
  'scripted:*': { input: 0, output: 0 },
  'openai-compatible:*': { input: 0, output: 0 }
}
