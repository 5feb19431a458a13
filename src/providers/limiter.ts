/**
 * An AIMD limit on requests in flight, shared by every episode of a run: a 429 halves it, each
 * success adds 1/limit (so about one slot per limit's worth of successes), capped at the start value.
 * A burst of 429s from requests that were already in flight when the limit was cut counts once.
 */
export class AimdLimiter {
  private limit: number
  private inFlight = 0
  private ticket = 0
  private cutAtTicket = -1
  private readonly waiting: Array<() => void> = []

  constructor(private readonly max: number) {
    this.limit = max
  }

  /** The current whole number of slots. */
  get current(): number {
    return Math.max(1, Math.floor(this.limit))
  }

  /** Waits for a slot; resolves to the request's ticket, which `release` and `rateLimited` take back. */
  async acquire(signal?: AbortSignal): Promise<number> {
    while (this.inFlight >= this.current) {
      signal?.throwIfAborted()
      await new Promise<void>((resolve) => {
        const wake = () => {
          signal?.removeEventListener('abort', wake)
          resolve()
        }
        this.waiting.push(wake)
        signal?.addEventListener('abort', wake, { once: true })
      })
    }
    signal?.throwIfAborted()
    this.inFlight++
    return this.ticket++
  }

  release(outcome: 'ok' | 'rate_limited' | 'other', ticket: number): void {
    this.inFlight--
    if (outcome === 'ok') this.limit = Math.min(this.max, this.limit + 1 / this.limit)
    if (outcome === 'rate_limited' && ticket > this.cutAtTicket) {
      this.limit = Math.max(1, this.limit / 2)
      this.cutAtTicket = this.ticket
    }
    // Wake everyone: each re-checks against the (possibly new) limit.
    for (const wake of this.waiting.splice(0)) wake()
  }
}
