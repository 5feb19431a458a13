/**
 * The per-episode watchdog. Nothing inside an episode can run for ever: patterns run on a
 * linear-time engine and CEL is metered. What is left is work that is finite but large (a model
 * that grows a file by doubling it, a grep over it), and the run's wall-clock budget running out
 * while an episode is busy. A synchronous loop cannot be interrupted from inside its thread, so
 * the watchdog is asked at safe points (each turn, tool call and primitive op) and ends the
 * episode there with WatchdogError, which the episode loop records as an error outcome: an
 * episode the watchdog ends is never scored, so it never counts as a pass.
 */

/** Harness time (tool calls, not model calls) one episode may spend. */
export const DEFAULT_HARNESS_MS = 30_000

export class WatchdogError extends Error {}

export interface WatchdogOptions {
  /** Aborted when the run's wall-clock budget runs out (seen once the event loop runs its timer). */
  signal?: AbortSignal
  /**
   * When that budget runs out, on `clock`: checked directly, because an episode whose every step
   * is synchronous (a scripted model, a long tool call) never lets the budget's timer fire.
   */
  deadline?: number
  harnessMs?: number
  /** Milliseconds; injectable so tests count instead of waiting. */
  clock?: () => number
}

export class Watchdog {
  private spent = 0
  private callStarted: number | undefined
  private readonly limit: number
  private readonly clock: () => number

  constructor(private readonly opts: WatchdogOptions = {}) {
    this.limit = opts.harnessMs ?? DEFAULT_HARNESS_MS
    this.clock = opts.clock ?? (() => performance.now())
  }

  /** A safe point: throws when the run's budget is gone or the episode spent its harness time. */
  check(): void {
    const { signal, deadline } = this.opts
    if (signal?.aborted || (deadline !== undefined && this.clock() > deadline)) throw new WatchdogError("the run's wall-clock budget ran out during this episode")
    const running = this.callStarted === undefined ? 0 : this.clock() - this.callStarted
    if (this.spent + running > this.limit) {
      throw new WatchdogError(`the episode's tool calls used more than ${this.limit / 1000} s of harness time: ended by the watchdog`)
    }
  }

  /** Runs one tool call, adding its time to the episode's, with a safe point before and after. */
  call<T>(run: () => T): T {
    this.check()
    this.callStarted = this.clock()
    try {
      return run()
    } finally {
      this.spent += this.clock() - this.callStarted
      this.callStarted = undefined
    }
  }
}
