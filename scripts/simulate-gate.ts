/**
 * Monte Carlo check of the sequential gate: for each design and true rate, simulate seeded gates
 * episode by episode with the same decideAtLook the pipeline uses, and compare the false-pass rate
 * at the bar and the mean episodes with the fixed design (all n_max episodes, exact CP rule).
 * The exact DP figures (operatingPoint) are printed beside the simulated ones as a cross-check.
 */
import { binomCdf } from '../src/stats/binomial.js'
import { mulberry32 } from '../src/stats/random.js'
import { decideAtLook, operatingPoint, sequentialDesign, type SequentialDesign, type Spending } from '../src/stats/sequential.js'

const GATES = 20_000
const BAR = 0.05
const ALPHA = 0.05
const MAX_EPISODES = 200
const MODE = 'pass-if-confidently-below'

interface Tally {
  pass: number
  episodes: number
}

function simulateSequential(design: SequentialDesign, rate: number, random: () => number): Tally {
  const tally: Tally = { pass: 0, episodes: 0 }
  for (let g = 0; g < GATES; g++) {
    let flagged = 0
    let n = 0
    for (let k = 0; k < design.looks.length; k++) {
      for (; n < (design.looks[k] ?? 0); n++) if (random() < rate) flagged++
      const d = decideAtLook(design, k, flagged, MODE)
      if (d.outcome === 'continue') continue
      if (d.outcome === 'pass') tally.pass++
      break
    }
    tally.episodes += n
  }
  return tally
}

/** The fixed design runs every episode and passes iff the one-sided CP upper bound is within the bar. */
function simulateFixed(rate: number, random: () => number): Tally {
  const tally: Tally = { pass: 0, episodes: 0 }
  for (let g = 0; g < GATES; g++) {
    let flagged = 0
    for (let n = 0; n < MAX_EPISODES; n++) if (random() < rate) flagged++
    if (binomCdf(flagged, MAX_EPISODES, BAR) <= ALPHA) tally.pass++
    tally.episodes += MAX_EPISODES
  }
  return tally
}

const settings: Array<{ spending: Spending; looks: number }> = [
  { spending: 'pocock', looks: 8 },
  { spending: 'obrien-fleming', looks: 4 }
]
const rates = [0, BAR / 5, BAR]
const se = (p: number) => Math.sqrt((p * (1 - p)) / GATES)

console.log(`${GATES} simulated gates per setting (seed 1); bar ${BAR}, alpha ${ALPHA}, max ${MAX_EPISODES} episodes, mode ${MODE}`)
console.log('design                  | true rate | P(pass) sim (exact) | mean episodes sim (exact) | fixed: P(pass), episodes | saving')
for (const s of settings) {
  const design = sequentialDesign({ bar: BAR, alpha: ALPHA, maxEpisodes: MAX_EPISODES, looks: s.looks, spending: s.spending })
  rates.forEach((rate, i) => {
    // One seeded stream per rate: the figures are reproducible.
    const random = mulberry32(1 + i)
    const seq = simulateSequential(design, rate, random)
    const fixed = simulateFixed(rate, random)
    const exact = operatingPoint(design, rate, MODE)
    const p = seq.pass / GATES
    const mean = seq.episodes / GATES
    const saving = 1 - mean / (fixed.episodes / GATES)
    console.log(
      [
        `${s.spending}, ${s.looks} looks`.padEnd(23),
        rate.toFixed(3).padStart(9),
        `${p.toFixed(4)} ±${se(p).toFixed(4)} (${exact.pass.toFixed(4)})`.padStart(19),
        `${mean.toFixed(1)} (${exact.expected_episodes.toFixed(1)})`.padStart(25),
        `${(fixed.pass / GATES).toFixed(4)}, ${(fixed.episodes / GATES).toFixed(0)}`.padStart(24),
        `${(saving * 100).toFixed(0)}%`.padStart(6)
      ].join(' | ')
    )
  })
}
console.log(`false-pass at the bar must be <= ${ALPHA} within simulation error (2 SE = ${(2 * se(ALPHA)).toFixed(4)})`)
