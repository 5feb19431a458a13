/**
 * The one retry layer (the SDKs run with maxRetries 0): classifies a failed attempt, waits as the
 * server asks (retry-after-ms, retry-after) or with capped exponential backoff and jitter, enforces
 * a per-attempt timeout, logs every retry, and feeds 429s to the shared concurrency limiter.
 */
import type { AimdLimiter } from './limiter.js'
import { connectionCode, type Failure, type ProviderHealth } from './health.js'
import type { ProviderEvent } from './types.js'

export interface RetryPolicy {
  maxAttempts: number
  /** Per attempt, including reading a streamed body. */
  timeoutMs: number
  baseDelayMs: number
  maxDelayMs: number
  /** Uniform [0,1): injectable so tests can pin the jitter. */
  random: () => number
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 6,
  // The SDKs' own default: a reasoning model can take minutes over one reply, and an abandoned attempt is still billed.
  timeoutMs: 600_000,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  random: Math.random
}

/** A server's wait hint is honoured up to this; beyond it the hint is treated as a backoff cap. */
const MAX_SERVER_WAIT_MS = 60_000

type Kind = 'rate_limit' | 'transient' | 'fatal'

interface Classified extends Failure {
  kind: Kind
  wait?: { ms: number; from: 'retry-after-ms' | 'retry-after' }
}

/** The fields both Stainless SDKs put on their errors; read structurally so this module loads neither SDK. */
interface SdkErrorShape {
  status?: unknown
  headers?: { get(name: string): string | null }
  code?: unknown
  message?: unknown
}

function serverWait(headers: SdkErrorShape['headers']): Classified['wait'] {
  const ms = Number(headers?.get('retry-after-ms'))
  if (headers?.get('retry-after-ms') && Number.isFinite(ms) && ms >= 0) return { ms, from: 'retry-after-ms' }
  const after = headers?.get('retry-after')
  if (!after) return undefined
  const seconds = Number(after)
  const wait = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(after) - Date.now()
  return Number.isFinite(wait) ? { ms: Math.max(0, wait), from: 'retry-after' } : undefined
}

export function classify(e: unknown): Classified {
  const err = (typeof e === 'object' && e !== null ? e : {}) as SdkErrorShape
  const message = typeof err.message === 'string' ? err.message : String(e)
  const status = typeof err.status === 'number' ? err.status : null
  if (status === null) {
    // A connection error or timeout: retried, and a connection that cannot be made at all is counted.
    const code = connectionCode(e)
    return code === undefined ? { kind: 'transient', status, message } : { kind: 'transient', status, message, unreachable: 'connection', code }
  }
  const wait = serverWait(err.headers)
  // A 429 for an exhausted quota will not clear by waiting (OpenAI's insufficient_quota).
  if (status === 429) return { kind: err.code === 'insufficient_quota' ? 'fatal' : 'rate_limit', status, message, wait }
  if (status === 408 || status === 409 || status >= 500) return { kind: 'transient', status, message, wait }
  if (status === 401 || status === 403) return { kind: 'fatal', status, message, unreachable: 'auth' }
  if (status === 404) return { kind: 'fatal', status, message, unreachable: 'model' }
  return { kind: 'fatal', status, message }
}

export class ProviderError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly fatal: boolean
  ) {
    super(message)
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(done, ms)
    function done() {
      signal?.removeEventListener('abort', abort)
      resolve()
    }
    function abort() {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    signal?.addEventListener('abort', abort, { once: true })
  })
}

function backoff(policy: RetryPolicy, retry: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry)
  // Half fixed, half random: spreads a burst of retries without ever waiting near zero.
  return Math.round(ceiling * (0.5 + policy.random() / 2))
}

export interface RetryContext {
  policy: RetryPolicy
  limiter: AimdLimiter
  signal?: AbortSignal
  log?: (event: ProviderEvent) => void
  /** Scrubs secrets from messages that leave this layer. */
  redact: (text: string) => string
  /** Counts connection and auth failures; throws once the provider cannot serve the run. */
  health?: ProviderHealth
}

/** Runs `attempt` until it succeeds, fails fatally, or runs out of attempts. */
export async function withRetries<T>(attempt: (signal: AbortSignal) => Promise<T>, ctx: RetryContext): Promise<T> {
  for (let n = 1; ; n++) {
    ctx.health?.check()
    const ticket = await ctx.limiter.acquire(ctx.signal)
    // One controller per attempt, aborted by its timeout or by the run's signal through a listener
    // removed when the attempt ends. AbortSignal.any would tie every attempt to the run's signal by
    // weak references and finalizer cells that the heap keeps until a full collection.
    const attemptAbort = new AbortController()
    const timeoutMessage = `request timed out after ${ctx.policy.timeoutMs} ms`
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      attemptAbort.abort(new Error(timeoutMessage))
    }, ctx.policy.timeoutMs)
    const runAborted = () => attemptAbort.abort(ctx.signal?.reason)
    ctx.signal?.addEventListener('abort', runAborted, { once: true })
    let failure: Classified
    try {
      const result = await attempt(attemptAbort.signal)
      ctx.limiter.release('ok', ticket)
      ctx.health?.succeeded()
      return result
    } catch (e) {
      ctx.signal?.throwIfAborted()
      failure = timedOut ? { kind: 'transient', status: null, message: timeoutMessage } : classify(e)
      ctx.limiter.release(failure.kind === 'rate_limit' ? 'rate_limited' : 'other', ticket)
    } finally {
      clearTimeout(timer)
      ctx.signal?.removeEventListener('abort', runAborted)
    }
    const message = ctx.redact(failure.message)
    ctx.health?.failed({ ...failure, message })
    if (failure.kind === 'fatal') throw new ProviderError(`provider error (${failure.status ?? 'no status'}): ${message}`, failure.status, true)
    if (n >= ctx.policy.maxAttempts) {
      throw new ProviderError(`provider request failed after ${n} attempts: ${message}`, failure.status, false)
    }
    const hinted = failure.wait !== undefined && failure.wait.ms <= MAX_SERVER_WAIT_MS ? failure.wait : undefined
    const wait_ms = hinted ? hinted.ms : backoff(ctx.policy, n - 1)
    ctx.log?.({ event: 'retry', attempt: n, status: failure.status, error: message, wait_ms, wait_from: hinted?.from ?? 'backoff' })
    await sleep(wait_ms, ctx.signal)
  }
}
