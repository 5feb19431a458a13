/**
 * Whether the provider can be reached at all. A wrong base URL, a bad key or a model id the server
 * does not know fails every request the same way; retrying each of them with backoff turns a typo
 * into an hour of "100% errors". So the run's first request is its preflight: until one request has
 * been answered, the others wait, a 401/403/404 stops the run at once, and a connection that cannot
 * be made stops it after a few quick attempts. Later, a run of consecutive connection or auth
 * failures (the server went away, the key was revoked) stops it the same way. 429s, 5xx and
 * timeouts are the retry layer's business and never count here.
 */
import { UserError } from '../errors.js'

/** The provider cannot serve this run: a user or environment problem (exit 2), with its fix. */
export class ProviderUnavailableError extends UserError {}

type Unreachable = 'connection' | 'auth' | 'model'

/** Before the first reply: attempts at a connection that fails (the first try and two quick retries). */
export const PREFLIGHT_CONNECTION_ATTEMPTS = 3
/** After a reply: consecutive connection or auth failures, across all requests, that stop the run. */
export const CONSECUTIVE_FAILURES = 5

/** What the messages name: where requests go and which variable holds the key. */
export interface Endpoint {
  /** The base URL requests go to. */
  url: string
  model: string
  /** OPENAI_API_KEY / ANTHROPIC_API_KEY. */
  keyVariable: string
}

const CONNECTION_CAUSE: Record<string, string> = {
  ECONNREFUSED: 'connection refused: nothing listens there',
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the host name could not be resolved (DNS unavailable)',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  ETIMEDOUT: 'the connection timed out',
  CERT_HAS_EXPIRED: 'its TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'its TLS certificate chain is self-signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its TLS certificate cannot be verified',
  ERR_TLS_CERT_ALTNAME_INVALID: 'its TLS certificate is for another host name'
}

/** The system error code of a failed connection, looked for through the SDKs' `cause` chain. */
export function connectionCode(e: unknown): string | undefined {
  for (let cur = e, depth = 0; typeof cur === 'object' && cur !== null && depth < 5; depth++) {
    const code = (cur as { code?: unknown }).code
    if (typeof code === 'string' && code in CONNECTION_CAUSE) return code
    cur = (cur as { cause?: unknown }).cause
  }
  return undefined
}

/** A failed attempt as the retry layer classified it. */
export interface Failure {
  unreachable?: Unreachable
  status: number | null
  /** The system error code of a connection failure. */
  code?: string
  /** The provider's message, secrets already scrubbed. */
  message: string
}

const DETAIL_CHARS = 200

function explain(f: Failure & { unreachable: Unreachable }, where: Endpoint): string {
  const detail = f.message.length > DETAIL_CHARS ? `${f.message.slice(0, DETAIL_CHARS - 1)}…` : f.message
  if (f.unreachable === 'connection') {
    const cause = f.code ? `${f.code}: ${CONNECTION_CAUSE[f.code] ?? detail}` : detail
    return `cannot reach ${where.url} (${cause}). Check --base-url (the action's base-url input) and that the server is running.`
  }
  if (f.unreachable === 'auth') {
    const input = where.keyVariable === 'ANTHROPIC_API_KEY' ? 'anthropic-api-key' : 'openai-api-key'
    const what = f.status === 403 ? `refuses the key in ${where.keyVariable} for model \`${where.model}\`` : `rejects the key in ${where.keyVariable}`
    return `${where.url} ${what} (${detail}). Set a valid key in ${where.keyVariable} (the action's ${input} input).`
  }
  return `${where.url} has no model \`${where.model}\` (${detail}). Check the model id, and that --base-url is the API root (OpenAI-compatible servers usually end in /v1).`
}

export class ProviderHealth {
  private answered = false
  private consecutive = 0
  /** Set once the provider is given up on; every later request throws it. */
  down?: ProviderUnavailableError
  /** The preflight request in flight; the others wait for its outcome. */
  private probe?: Promise<unknown>

  constructor(private readonly where: Endpoint) {}

  /** Runs a request: the first one alone (the preflight), the rest freely once one was answered. */
  async guard<T>(request: () => Promise<T>): Promise<T> {
    while (!this.answered && this.probe) await this.probe.catch(() => undefined)
    this.check()
    if (this.answered) return request()
    const probe = request()
    this.probe = probe
    try {
      return await probe
    } finally {
      if (this.probe === probe) this.probe = undefined
    }
  }

  /** Throws once the provider has been given up on: the retry layer calls it before each attempt. */
  check(): void {
    if (this.down) throw this.down
  }

  succeeded(): void {
    this.answered = true
    this.consecutive = 0
  }

  /** Counts a failed attempt; throws when it means the provider cannot serve this run. */
  failed(f: Failure): void {
    const kind = f.unreachable
    if (kind === undefined) {
      // A server that answered (429, 5xx) is there; a timeout says nothing either way.
      if (f.status !== null) this.consecutive = 0
      return
    }
    this.consecutive++
    const limit = this.answered ? CONSECUTIVE_FAILURES : kind === 'connection' ? PREFLIGHT_CONNECTION_ATTEMPTS : 1
    if (this.consecutive < limit) return
    const when = this.answered ? `after ${this.consecutive} consecutive failed attempts` : `on the first request (${this.consecutive} attempt${this.consecutive === 1 ? '' : 's'})`
    this.down = new ProviderUnavailableError(`${explain({ ...f, unreachable: kind }, this.where)} The run stopped ${when}.`)
    throw this.down
  }
}
