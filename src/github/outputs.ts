/** Step outputs: the verdict and the three primary rates, so later steps can branch on them. */
import * as core from '@actions/core'
import type { RunReport } from '../pipeline.js'
import { PRIMARY_METRICS } from '../scenario/types.js'

/** `skipped` (no credentials) and `error` (configuration or internal) are verdicts too: never empty. */
export type ActionVerdict = RunReport['verdict']['status'] | 'skipped' | 'error'

const rateOutput = (metric: string) => `${metric.replace(/_/g, '-')}-rate`

export function setOutputs(verdict: ActionVerdict, report?: RunReport): void {
  core.setOutput('verdict', verdict)
  for (const metric of PRIMARY_METRICS) {
    const cell = report?.verdict.cells.find((c) => c.scope === 'overall' && c.metric === metric)
    core.setOutput(rateOutput(metric), cell?.rate ?? '')
  }
  core.setOutput('episodes', report?.verdict.episodes ?? 0)
  core.setOutput('errors', report?.verdict.errors ?? 0)
  core.setOutput('results-path', report ? `${report.out}/results.json` : '')
}
