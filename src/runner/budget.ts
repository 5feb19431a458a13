/**
 * A run's budgets: wall-clock time, tokens and cost. One meter lives for the whole run, so a run
 * that schedules in batches (sequential looks) spends one budget, not one per batch.
 */
import type { Usage } from '../providers/types.js'

export interface Budget {
  wallSeconds?: number
  /** Input plus output tokens over the finished episodes. */
  tokens?: number
  costUsd?: number
}

export interface BudgetStop {
  budget: 'wall_seconds' | 'tokens' | 'cost_usd'
  limit: number
  reason: string
}

export class BudgetMeter {
  stopped?: BudgetStop
  private tokens = 0
  private cost = 0
  private readonly abort = new AbortController()
  private readonly timer?: ReturnType<typeof setTimeout>
  /** When the wall-clock budget runs out, on performance.now(): the episode watchdog checks it at its safe points. */
  readonly deadline?: number

  /** `cost`: USD for a usage (0 when the model has no price; a cost budget then needs a price, checked earlier). */
  constructor(
    private readonly budget: Budget = {},
    private readonly costOf: (usage: Usage) => number = () => 0
  ) {
    const wall = budget.wallSeconds
    if (wall !== undefined) {
      this.deadline = performance.now() + wall * 1000
      this.timer = setTimeout(() => this.expire(wall), wall * 1000)
    }
  }

  /** Stops the run if its wall-clock budget is spent, even when busy synchronous work kept the timer from firing. */
  checkWall(): void {
    const wall = this.budget.wallSeconds
    if (wall !== undefined && this.deadline !== undefined && performance.now() >= this.deadline) this.expire(wall)
  }

  private expire(wall: number): void {
    this.stop({ budget: 'wall_seconds', limit: wall, reason: `wall-clock budget of ${wall} s reached` })
    if (!this.abort.signal.aborted) this.abort.abort(new Error('the run ran out of wall-clock budget'))
  }

  /** Aborted when the wall-clock budget runs out: episodes in flight stop. */
  get signal(): AbortSignal {
    return this.abort.signal
  }

  account(usage: Usage): void {
    this.tokens += usage.input_tokens + usage.output_tokens
    this.cost += this.costOf(usage)
    const { tokens, costUsd } = this.budget
    if (tokens !== undefined && this.tokens >= tokens) {
      this.stop({ budget: 'tokens', limit: tokens, reason: `token budget of ${tokens} reached (${this.tokens} used)` })
    }
    if (costUsd !== undefined && this.cost >= costUsd) {
      this.stop({ budget: 'cost_usd', limit: costUsd, reason: `cost budget of $${costUsd} reached ($${this.cost.toFixed(4)} spent)` })
    }
  }

  /** Ends the wall-clock timer once the run is over. */
  dispose(): void {
    clearTimeout(this.timer)
  }

  private stop(s: BudgetStop): void {
    this.stopped ??= s
  }
}
