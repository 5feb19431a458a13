/**
 * Known secrets, scrubbed from text before it is written anywhere: traces, results.json, the
 * summary, junit.xml, stdout and stderr, the step summary and the PR comment. A model that echoes
 * its API key in a normal reply, or an error that quotes a token, leaves only `[redacted]`.
 * The known secrets are the values of the variables that hold them; GitHub masks them in the log,
 * but not in files the run writes or in a comment it posts.
 */
const SECRET_VARIABLES = ['OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'GITHUB_TOKEN', 'INPUT_GITHUB-TOKEN', 'INPUT_OPENAI-API-KEY', 'INPUT_ANTHROPIC-API-KEY'] as const

/** Shorter values are not scrubbed: replacing a 3-letter word everywhere would garble reports, and no real key is that short. */
const MIN_SECRET_LENGTH = 8

export const REDACTED = '[redacted]'

/** The secrets in `env`, longest first (so a key that contains another is replaced whole). */
export function knownSecrets(env: NodeJS.ProcessEnv = process.env): string[] {
  const values = SECRET_VARIABLES.map((name) => env[name]?.trim() ?? '').filter((v) => v.length >= MIN_SECRET_LENGTH)
  return [...new Set(values)].sort((a, b) => b.length - a.length)
}

export function scrub(text: string, secrets: readonly string[] = knownSecrets()): string {
  let out = text
  for (const s of secrets) if (out.includes(s)) out = out.split(s).join(REDACTED)
  return out
}

/** Every string inside a JSON-like value, scrubbed; the value itself when it holds no secret. */
export function scrubDeep<T>(value: T, secrets: readonly string[] = knownSecrets()): T {
  if (secrets.length === 0) return value
  if (typeof value === 'string') return scrub(value, secrets) as T
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, secrets)) as T
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubDeep(v, secrets)])) as T
  return value
}
