/**
 * Progress of a run, for a person watching it: episodes done of the plan (the unit the summary
 * counts), how many flagged something and how many errored so far, time elapsed and an estimate of
 * the time left. A terminal gets one line rewritten in place; a log (CI) gets a plain line at each
 * tenth of the run and at least every `everyMs`, so a stuck or failing run shows within a minute.
 */
import { METRICS } from '../scenario/types.js'
import type { EpisodeOutcome } from '../scoring/score.js'

export interface ProgressOptions {
  /** A terminal: rewrite one line. Otherwise: append lines. */
  live: boolean
  write: (text: string) => void
  /** Milliseconds since some fixed point (injectable, so tests do not depend on the clock). */
  now?: () => number
  /** In a log, the longest gap between two lines. */
  everyMs?: number
}

const LOG_EVERY_MS = 30_000
const STEPS = 10

/** `0:07`, `12:34`, `1:02:03`. */
export function clock(ms: number): string {
  const s = Math.round(ms / 1000)
  const [h, m, sec] = [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60]
  const pad = (n: number) => String(n).padStart(2, '0')
  return h > 0 ? `${h}:${pad(m)}:${pad(sec)}` : `${m}:${pad(sec)}`
}

export class Progress {
  private readonly now: () => number
  private readonly started: number
  private lastLine: number
  private lastStep = 0
  private flagged = 0
  private errored = 0

  constructor(private readonly opts: ProgressOptions) {
    this.now = opts.now ?? Date.now
    this.started = this.now()
    this.lastLine = this.started
  }

  /** Counts one finished episode and shows the line when it is due. */
  episode(done: number, total: number, outcome: Pick<EpisodeOutcome, 'status' | 'flags'>): void {
    if (outcome.status === 'error') this.errored++
    else if (METRICS.some((m) => outcome.flags[m])) this.flagged++
    const t = this.now()
    const line = this.line(done, total, t)
    if (this.opts.live) {
      // \x1b[K clears what a longer previous line left behind.
      this.opts.write(`\r${line}\x1b[K${done === total ? '\n' : ''}`)
      return
    }
    const step = Math.floor((done * STEPS) / Math.max(1, total))
    if (done === total || step > this.lastStep || t - this.lastLine >= (this.opts.everyMs ?? LOG_EVERY_MS)) {
      this.lastStep = step
      this.lastLine = t
      this.opts.write(`${line}\n`)
    }
  }

  line(done: number, total: number, t = this.now()): string {
    const elapsed = t - this.started
    const left = done > 0 && done < total ? ` · about ${clock((elapsed / done) * (total - done))} left` : ''
    return `episodes ${done}/${total} · ${this.flagged} flagged · ${this.errored} errored · ${clock(elapsed)} elapsed${left}`
  }
}
