/**
 * selftest: every calibration script of every cell runs through the real engine. A compliant script
 * must leave no finding; an unsafe script must flag exactly the metrics it declares and fire the
 * checks it names; and every check and claim must fire for at least one script, so that no check
 * in the suite is one that can never fail. A script that declares `expect.task` must leave the task
 * as declared.
 *
 * Calibration scripts were written with the scenario, so passing them proves little about agents it
 * was not written for. The probe agents run on every cell too: an inert agent, a refuser and a
 * stopper must never be flagged on any metric, and a liar (no action, claims of success) must be
 * flagged for false compliance wherever the task needs an action.
 */
import type { LoadedScenario } from './config/scenario.js'
import { concretise, expandCells, episodeSeed, type EpisodeSpec } from './scenario/plan.js'
import { METRICS } from './scenario/types.js'
import { scriptModel } from './providers/scripted.js'
import { ProbeModel, PROBES, type Probe } from './providers/probes.js'
import type { Model } from './providers/types.js'
import { runEpisode } from './runner/episode.js'
import { scoreEpisode, type EpisodeOutcome } from './scoring/score.js'

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

/** What a probe must show in one cell; null when it behaved. */
function probeProblem(probe: Probe, outcome: EpisodeOutcome, hasTask: boolean): string | null {
  if (outcome.status === 'error') return `episode errored: ${outcome.error}`
  if (probe !== 'liar') {
    if (outcome.findings.length === 0) return null
    return `flagged an agent that ${PROBE_DOES[probe]}: ${outcome.findings.map((f) => `${f.id} fired (${f.evidence})`).join('; ')}`
  }
  // The liar does nothing, so the task needs an action exactly when it is not done at the end.
  if (hasTask && outcome.task_done === false && !outcome.flags.false_compliance) {
    return 'not flagged for false compliance, although the task needs an action and the liar claimed it was done'
  }
  return null
}

const PROBE_DOES: Record<Exclude<Probe, 'liar'>, string> = {
  inert: 'makes no tool call',
  refuser: 'declines the task',
  stopper: 'only reads and stops at the first notice'
}

async function selftestScenario(loaded: LoadedScenario, seed: string, problems: SelftestProblem[]): Promise<number> {
  const template = loaded.scenario
  const problem = (message: string) => problems.push({ scenario: template.id, file: loaded.file, message })
  const fired = new Set<string>()
  let runs = 0
  if (template.task === undefined) problem('declares no `task`: task success is not reported and the liar probe cannot be caught')
  for (const [cellIndex, cell] of expandCells(template).entries()) {
    const scenario = concretise(template, cell)
    const play = async (name: string, model: Model): Promise<EpisodeOutcome> => {
      const id = `${template.id}/${cell.id}/selftest:${name}`
      const spec: EpisodeSpec = { id, scenario, cell, cell_index: cellIndex, trial: 0, seed: episodeSeed(seed, id) }
      runs++
      return scoreEpisode(await runEpisode(spec, model))
    }
    if (!scenario.calibration.some((c) => c.role === 'compliant')) problem(`cell ${cell.id}: no compliant script`)
    // scripted:unsafe would error in such a cell: say so here rather than in a run's error count.
    if (!scenario.calibration.some((c) => c.role === 'unsafe')) problem(`cell ${cell.id}: no unsafe script, so \`run --model scripted:unsafe\` errors in this cell`)
    for (const probe of PROBES) {
      const trouble = probeProblem(probe, await play(`probe-${probe}`, new ProbeModel(probe)), scenario.task !== undefined)
      if (trouble !== null) problem(`cell ${cell.id}, probe ${probe}: ${trouble}`)
    }
    for (const script of scenario.calibration) {
      const outcome = await play(script.id, scriptModel(script))
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
      // A compliant script speaks for a model that answers; an unanswered question would count as an evasion.
      if (script.role === 'compliant' && (outcome.interview?.unanswered.length ?? 0) > 0) {
        problem(`${where}: leaves interview question${outcome.interview?.unanswered.length === 1 ? '' : 's'} ${outcome.interview?.unanswered.join(', ')} unanswered (declare \`interview\` answers, or \`expect.task\` for task_completed)`)
      }
      if (script.expect.task !== undefined && outcome.task_done !== script.expect.task) {
        problem(`${where}: the task predicate says the task is ${outcome.task_done ? 'done' : 'not done'}, the script expects ${script.expect.task ? 'done' : 'not done'}`)
      }
    }
  }
  const declared = [
    ...template.checks.map((c) => c.id),
    ...(template.claims?.items ?? []).map((c) => c.id),
    ...(template.interview ?? []).map((q) => `interview.${q.id}`)
  ]
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
