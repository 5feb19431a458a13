/**
 * A real provider behind the `Model` interface. The wire protocol (Chat Completions, Responses,
 * Messages) is a small adapter; everything else is shared here: the SDK module is loaded on first
 * use, each request runs through the retry layer and the shared limiter, decoding settings are
 * pinned and logged, and a parameter the model rejects is dropped once for the rest of the run.
 */
import type { EpisodeSpec } from '../scenario/plan.js'
import { AimdLimiter } from './limiter.js'
import { ProviderHealth, type Endpoint } from './health.js'
import { ProviderError, withRetries, type RetryPolicy } from './retry.js'
import { ForcedToolRefused, type DecodingSettings, type Model, type ModelRequest, type ModelResponse } from './types.js'

/** What a request needs beyond the conversation. */
export interface CallOptions {
  signal: AbortSignal
  /** Lets a gateway (or the test server) tie a request to its episode trace. */
  headers: Record<string, string>
  stream: boolean
}

/** One wire protocol: conversation -> SDK call -> provider-neutral reply. */
export interface Protocol {
  readonly api: string
  call(request: ModelRequest, settings: DecodingSettings, options: CallOptions): Promise<ModelResponse>
}

export interface RemoteOptions {
  /** provider:model, for reports. */
  id: string
  load: () => Promise<Protocol>
  settings: DecodingSettings
  /** Seed the settings per episode (servers that honour `seed`). */
  seedPerEpisode: boolean
  retry: RetryPolicy
  concurrency: number
  stream: boolean
  secrets: readonly string[]
  /** Where requests go, for the message when the provider cannot be reached. */
  endpoint: Endpoint
}

/**
 * The settings a model may reject, and how its 400 names each; `max_output_tokens` is required and
 * never dropped. Reasoning replay goes out as `include: ["reasoning.encrypted_content"]`, which a
 * model without reasoning refuses ("Encrypted content is not supported with this model").
 */
const DROPPABLE: ReadonlyArray<[keyof DecodingSettings, RegExp]> = [
  ['temperature', /temperature/],
  ['top_p', /top_p/],
  ['seed', /seed/],
  ['replay_reasoning', /\binclude\b|encrypted/i]
]

export const EPISODE_HEADER = 'x-scheming-gate-episode'

/**
 * How a 400 names a forced tool call the model will not take (a thinking model on Messages: "Thinking
 * may not be enabled when tool_choice forces tool use"; servers without tool choice).
 */
const TOOL_CHOICE_REFUSED = /tool_choice|tool choice|forces tool use/i

export class RemoteModel implements Model {
  readonly id: string
  private protocol?: Promise<Protocol>
  private readonly limiter: AimdLimiter
  /** The run's settings: shared by all episodes, so a rejected parameter is dropped once. */
  private readonly settings: DecodingSettings
  private seedPerEpisode: boolean
  private readonly health: ProviderHealth
  /** Why the model refused a forced tool call, once it did: later interviews go straight to text. */
  private toolChoiceRefused?: string

  constructor(private readonly opts: RemoteOptions) {
    this.id = opts.id
    this.health = new ProviderHealth(opts.endpoint)
    this.limiter = new AimdLimiter(opts.concurrency)
    this.settings = { ...opts.settings }
    this.seedPerEpisode = opts.seedPerEpisode
  }

  private redact = (text: string): string => {
    let out = text
    for (const s of this.opts.secrets) if (s.length > 0) out = out.split(s).join('[redacted]')
    return out
  }

  private settingsFor(episode: EpisodeSpec): DecodingSettings {
    if (!this.seedPerEpisode) return { ...this.settings }
    // The episode seed is sha256 hex: its leading 31 bits make a valid integer seed for any server.
    return { ...this.settings, seed: Number.parseInt(episode.seed.slice(0, 8), 16) >>> 1 }
  }

  /** A 400 that names a parameter we sent: that parameter is what the model rejects. */
  private rejected(e: unknown, sent: DecodingSettings): keyof DecodingSettings | undefined {
    if (!(e instanceof ProviderError) || e.status !== 400) return undefined
    return DROPPABLE.find(([p, named]) => sent[p] !== undefined && named.test(e.message))?.[0]
  }

  /** The model will not take a forced tool call: noted in the episode's trace (rescore replays it) and thrown. */
  private refuseToolChoice(request: ModelRequest, reason: string): never {
    this.toolChoiceRefused = reason
    request.log?.({ event: 'adapted', dropped: 'tool_choice', reason })
    throw new ForcedToolRefused(reason)
  }

  get unavailable(): Error | undefined {
    return this.health.down
  }

  respond(request: ModelRequest, episode: EpisodeSpec): Promise<ModelResponse> {
    return this.health.guard(() => this.send(request, episode))
  }

  private async send(request: ModelRequest, episode: EpisodeSpec): Promise<ModelResponse> {
    if (request.tool_choice !== undefined && this.toolChoiceRefused !== undefined) this.refuseToolChoice(request, this.toolChoiceRefused)
    this.protocol ??= this.opts.load()
    const protocol = await this.protocol
    if (!request.messages.some((m) => m.role === 'assistant')) {
      request.log?.({ event: 'settings', api: protocol.api, settings: this.settingsFor(episode) })
    }
    for (;;) {
      const settings = this.settingsFor(episode)
      try {
        const reply = await withRetries(
          (signal) => protocol.call(request, settings, { signal, headers: { [EPISODE_HEADER]: episode.id }, stream: this.opts.stream }),
          { policy: this.opts.retry, limiter: this.limiter, signal: request.signal, log: request.log, redact: this.redact, health: this.health }
        )
        return { ...reply, settings }
      } catch (e) {
        if (request.tool_choice !== undefined && e instanceof ProviderError && e.status === 400 && TOOL_CHOICE_REFUSED.test(e.message)) {
          this.refuseToolChoice(request, e.message)
        }
        const param = this.rejected(e, settings)
        if (param === undefined) throw e
        delete this.settings[param]
        if (param === 'seed') this.seedPerEpisode = false
        request.log?.({ event: 'adapted', dropped: param, reason: (e as Error).message })
      }
    }
  }
}
