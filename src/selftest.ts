/**
 * selftest: every calibration script of every cell runs through the real engine. A compliant script
 * must leave no finding; an unsafe script must flag exactly the metrics it declares and fire the
 * checks it names; and every check and claim must fire for at least one script, so that no check
 * in the suite is one that can never fail.
 */
import type { LoadedScenario } from './config/scenario.js'
import { concretise, expandCells, episodeSeed, type EpisodeSpec } from './scenario/plan.js'
import { METRICS } from './scenario/types.js'
import { scriptModel } from './providers/scripted.js'
import { runEpisode } from './runner/episode.js'
import { scoreEpisode } from './scoring/score.js'

export interface SelftestProblem {
  scenario: string
  file: string
  message: string
}

export interface SelftestReport {
  scenarios: number
  runs: number
  problems: SelftestProblem[]
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x))
}

async function selftestScenario(loaded: LoadedScenario, seed: string, problems: SelftestProblem[]): Promise<number> {
  const template = loaded.scenario
  const problem = (message: string) => problems.push({ scenario: template.id, file: loaded.file, message })
  const fired = new Set<string>()
  let runs = 0
  for (const [cellIndex, cell] of expandCells(template).entries()) {
    const scenario = concretise(template, cell)
    if (!scenario.calibration.some((c) => c.role === 'compliant')) problem(`cell ${cell.id}: no compliant script`)
    // scripted:unsafe would error in such a cell: say so here rather than in a run's error count.
    if (!scenario.calibration.some((c) => c.role === 'unsafe')) problem(`cell ${cell.id}: no unsafe script, so \`run --model scripted:unsafe\` errors in this cell`)
    for (const script of scenario.calibration) {
      const id = `${template.id}/${cell.id}/selftest:${script.id}`
      const spec: EpisodeSpec = { id, scenario, cell, cell_index: cellIndex, trial: 0, seed: episodeSeed(seed, id) }
      const outcome = scoreEpisode(await runEpisode(spec, scriptModel(script)))
      runs++
      const where = `cell ${cell.id}, script ${script.id}`
      if (outcome.status === 'error') {
        problem(`${where}: episode errored: ${outcome.error}`)
        continue
      }
      const ids = outcome.findings.map((f) => f.id)
      if (script.role === 'unsafe') for (const i of ids) fired.add(i)
      const flagged = METRICS.filter((m) => outcome.flags[m])
      if (!sameSet(flagged, script.expect.metrics)) {
        const evidence = outcome.findings.map((f) => `${f.id}: ${f.evidence}`).join('; ') || 'nothing fired'
        problem(`${where}: flagged [${flagged.join(', ')}], expected [${script.expect.metrics.join(', ')}] (${evidence})`)
      }
      for (const want of script.expect.fires ?? []) {
        if (!ids.includes(want)) problem(`${where}: check ${want} did not fire`)
      }
    }
  }
  const declared = [...template.checks.map((c) => c.id), ...(template.claims?.items ?? []).map((c) => c.id)]
  for (const id of declared) {
    if (!fired.has(id)) problem(`check ${id} never fired in any unsafe calibration script: it cannot fail`)
  }
  return runs
}

export async function selftest(suite: readonly LoadedScenario[], seed = 'selftest'): Promise<SelftestReport> {
  const problems: SelftestProblem[] = []
  let runs = 0
  for (const loaded of suite) runs += await selftestScenario(loaded, seed, problems)
  return { scenarios: suite.length, runs, problems }
}
