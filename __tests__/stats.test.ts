import { describe, expect, it } from '@jest/globals'
import { binomCdf } from '../src/stats/binomial.js'
import { bounds } from '../src/stats/intervals.js'
import { holm } from '../src/stats/multiplicity.js'
import { newcombe } from '../src/stats/newcombe.js'
import { normalQuantile } from '../src/stats/normal.js'
import { decideAtLook, operatingPoint, planLooks, sequentialDesign } from '../src/stats/sequential.js'
import { balancedOrder } from '../src/stats/balanced-order.js'

describe('C.10 test vectors: one-sided 95 %, tau = 0.05', () => {
  // x, n, CP upper, Wilson upper, Jeffreys upper, CP lower, P(X <= x | n, 0.05)
  const vectors: Array<[number, number, number, number, number, number, number]> = [
    [0, 59, 0.049508, 0.043846, 0.031897, 0, 0.048495],
    [0, 60, 0.048703, 0.043147, 0.031376, 0, 0.04607],
    [1, 93, 0.049994, 0.046764, 0.041253, 0.000551, 0.049976],
    [1, 100, 0.04656, 0.043582, 0.038415, 0.000513, 0.037081],
    [2, 124, 0.0499, 0.04757, 0.043919, 0.002873, 0.04953],
    [4, 200, 0.04518, 0.043803, 0.041775, 0.00686, 0.026447],
    [8, 300, 0.0476, 0.046705, 0.045497, 0.013337, 0.034066],
    [3, 50, 0.147837, 0.140942, 0.134416, 0.016552, 0.760408]
  ]
  it.each(vectors)('x = %i, n = %i', (x, n, cp, wilson, jeffreys, cpLower, cdf) => {
    expect(bounds('clopper-pearson', x, n, 0.05).upper).toBeCloseTo(cp, 5)
    expect(bounds('wilson', x, n, 0.05).upper).toBeCloseTo(wilson, 5)
    expect(bounds('jeffreys', x, n, 0.05).upper).toBeCloseTo(jeffreys, 5)
    expect(bounds('clopper-pearson', x, n, 0.05).lower).toBeCloseTo(cpLower, 5)
    expect(binomCdf(x, n, 0.05)).toBeCloseTo(cdf, 5)
  })
})

describe('C.10 test vectors: two-sided 95 %', () => {
  const vectors: Array<[number, number, [number, number], [number, number], [number, number]]> = [
    [0, 100, [0, 0.03622], [0, 0.03699], [0, 0.02475]],
    [3, 100, [0.00623, 0.08518], [0.01025, 0.08452], [0.00852, 0.07789]],
    [10, 200, [0.02423, 0.09003], [0.02738, 0.08958], [0.02599, 0.08688]]
  ]
  it.each(vectors)('x = %i, n = %i', (x, n, cp, wilson, jeffreys) => {
    const methods = [['clopper-pearson', cp], ['wilson', wilson], ['jeffreys', jeffreys]] as const
    for (const [method, [lower, upper]] of methods) {
      const b = bounds(method, x, n, 0.025)
      expect(b.lower).toBeCloseTo(lower, 5)
      expect(b.upper).toBeCloseTo(upper, 5)
    }
  })

  it('takes z from an accurate normal quantile', () => {
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536269514722, 12)
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12)
    expect(normalQuantile(1e-6)).toBeCloseTo(-4.753424308822899, 9)
  })

  it('gives [0, 1] with nothing observed', () => {
    expect(bounds('clopper-pearson', 0, 0, 0.05)).toEqual({ lower: 0, upper: 1 })
  })
})

describe('group-sequential designs (C.5(b), tau = 5 %, alpha = 0.05, n_max = 200)', () => {
  const cases = [
    { spending: 'obrien-fleming', looks: 4, pass: [-1, -1, 2, 4], falsePass: 0.034, at1: [0.952, 158] },
    { spending: 'pocock', looks: 4, pass: [-1, 0, 2, 4], falsePass: 0.036, at1: [0.953, 140] },
    { spending: 'pocock', looks: 8, pass: [-1, -1, 0, 0, 1, 2, 3, 3], falsePass: 0.045, at1: [0.916, 110] }
  ] as const
  it.each(cases)('$spending, $looks looks: boundaries and operating characteristics', (c) => {
    const design = sequentialDesign({ bar: 0.05, alpha: 0.05, maxEpisodes: 200, looks: c.looks, spending: c.spending })
    expect(design.pass).toEqual(c.pass)
    expect(operatingPoint(design, 0.05, 'pass-if-confidently-below').pass).toBeCloseTo(c.falsePass, 3)
    const good = operatingPoint(design, 0.01, 'pass-if-confidently-below')
    expect(good.pass).toBeCloseTo(c.at1[0], 3)
    expect(Math.round(good.expected_episodes)).toBe(c.at1[1])
  })

  it('plans evenly spaced looks', () => {
    expect(planLooks(200, 8)).toEqual([25, 50, 75, 100, 125, 150, 175, 200])
    expect(planLooks(10, 4)).toEqual([3, 5, 8, 10])
  })

  it('decides at a look: boundaries, unreachable outcomes, and the last look by mode', () => {
    const d = sequentialDesign({ bar: 0.05, alpha: 0.05, maxEpisodes: 200, looks: 8, spending: 'pocock' })
    expect(d.fail).toEqual([5, 7, 9, 11, 13, 14, 16, 17])
    expect(decideAtLook(d, 2, 0, 'pass-if-confidently-below')).toEqual({ outcome: 'pass', rule: 'pass_boundary' })
    expect(decideAtLook(d, 0, 5, 'pass-if-confidently-below')).toEqual({ outcome: 'fail', rule: 'fail_boundary' })
    expect(decideAtLook(d, 3, 4, 'pass-if-confidently-below')).toEqual({ outcome: 'inconclusive', rule: 'pass_unreachable' })
    expect(decideAtLook(d, 1, 1, 'pass-if-confidently-below')).toEqual({ outcome: 'continue' })
    expect(decideAtLook(d, 7, 5, 'pass-if-confidently-below')).toEqual({ outcome: 'inconclusive', rule: 'last_look' })
    expect(decideAtLook(d, 7, 5, 'fail-if-confidently-above')).toEqual({ outcome: 'pass', rule: 'last_look' })
    expect(decideAtLook(d, 6, 0, 'fail-if-confidently-above')).toEqual({ outcome: 'pass', rule: 'pass_boundary' })
  })

  it('never spends more than alpha on false fails at the bar', () => {
    const d = sequentialDesign({ bar: 0.05, alpha: 0.05, maxEpisodes: 200, looks: 8, spending: 'pocock' })
    expect(operatingPoint(d, 0.05, 'fail-if-confidently-above').fail).toBeLessThanOrEqual(0.05)
  })
})

describe('Newcombe hybrid score interval (C.6)', () => {
  const cases: Array<[number, number, number, number, number, number, number]> = [
    // cand x/n, base x/n, two-sided lower/upper (pp), one-sided upper (pp)
    [6, 100, 1, 100, -0.5, 11.5, 10.2],
    [12, 200, 4, 200, 0.05, 8.4, 7.6],
    [3, 100, 1, 100, -2.9, 7.5, 6.3],
    [0, 100, 0, 100, -3.7, 3.7, 2.6]
  ]
  it.each(cases)('%i/%i vs %i/%i', (x1, n1, x2, n2, lower, upper, oneSided) => {
    const two = newcombe(x1, n1, x2, n2, 0.025)
    expect(two.lower * 100).toBeCloseTo(lower, lower === 0.05 ? 2 : 1)
    expect(two.upper * 100).toBeCloseTo(upper, 1)
    expect(newcombe(x1, n1, x2, n2, 0.05).upper * 100).toBeCloseTo(oneSided, 1)
  })
})

describe('Holm', () => {
  it('adjusts step-down and keeps the input order', () => {
    const adjusted = holm([0.01, 0.04, 0.03, 0.005])
    expect(adjusted.map((p) => Number(p.toFixed(6)))).toEqual([0.03, 0.06, 0.06, 0.02])
  })
})

describe('balancedOrder', () => {
  it('runs trial by trial, round-robin over templates, so every prefix is balanced', () => {
    const e = (id: string, cells: number, trials: number) =>
      Array.from({ length: trials }, (_, t) => Array.from({ length: cells }, (_, c) => ({ trial: t, scenario: { id }, name: `${id}${c}.${t}` }))).flat()
    // The plan is template-major, trial-minor within a cell.
    const plan = [...e('A', 2, 2), ...e('B', 1, 2)].sort((a, b) => a.scenario.id.localeCompare(b.scenario.id))
    expect(balancedOrder(plan).map((x) => x.name)).toEqual(['A0.0', 'B0.0', 'A1.0', 'A0.1', 'B0.1', 'A1.1'])
  })
})
