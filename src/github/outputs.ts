/** Step outputs: the verdict and the three primary rates, so later steps can branch on them. */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import * as core from '@actions/core'
import { MANIFEST_FILE } from '../evidence/manifest.js'
import type { RunReport } from '../pipeline.js'
import type { ShardReport } from '../merge.js'
import { SHARD_FILE } from '../report/shard.js'
import type { Uploaded } from './upload.js'
import { PRIMARY_METRICS } from '../scenario/types.js'
import { Tally } from '../stats/aggregate.js'
import { folded, where } from '../group-in-order.js'

/** `skipped` (no credentials), `error` (configuration or internal) and `partial` (one shard) are verdicts too: never empty. */
export type ActionVerdict = RunReport['verdict']['status'] | 'partial' | 'skipped' | 'error'

const rateOutput = (metric: string) => `${metric.replace(/_/g, '-')}-rate`

/** What the outputs show: a gate's cells and counts, or a shard's counts alone (no cells: a shard decides nothing). */
interface Shown {
  cells: RunReport['verdict']['cells']
  episodes: number
  errors: number
  resultsPath: string
}

function write(verdict: ActionVerdict, shown?: Shown): void {
  core.setOutput('verdict', verdict)
  for (const metric of PRIMARY_METRICS) {
    const cell = shown?.cells.find((c) => c.scope === 'overall' && c.metric === metric)
    // Four decimals: as exact as the counts behind any realistic run, and readable in a workflow log.
    core.setOutput(rateOutput(metric), cell?.rate === null || cell?.rate === undefined ? '' : Number(cell.rate.toFixed(4)))
  }
  core.setOutput('episodes', shown?.episodes ?? 0)
  core.setOutput('errors', shown?.errors ?? 0)
  core.setOutput('results-path', shown?.resultsPath ?? '')
  core.setOutput('summary-path', shown ? join(dirname(shown.resultsPath), 'summary.md') : '')
}

export function setOutputs(verdict: ActionVerdict, report?: RunReport): void {
  write(verdict, report && { ...report.verdict, resultsPath: `${report.out}/results.json` })
  core.setOutput('junit-path', report ? `${report.out}/junit.xml` : '')
  // Only a run that executed its episodes has its traces at hand to seal in a manifest.
  const manifest = report && join(report.out, MANIFEST_FILE)
  core.setOutput('manifest-path', manifest && existsSync(manifest) ? manifest : '')
  setDigest(report?.digest)
}

/** The sealed manifest's digest: what to keep or attest outside the folder. */
function setDigest(digest: string | undefined): void {
  core.setOutput('manifest-digest', digest === undefined ? '' : `sha256:${digest}`)
}

/** A shard's outputs: verdict `partial`, no rates, its counts as a gate counts them (treatment episodes), its shard.json. */
export function setShardOutputs(report: ShardReport): void {
  const treatment = folded(where(report.record.episodes, (o) => o.control === undefined), new Tally())
  write('partial', { cells: [], episodes: treatment.scored + treatment.errors, errors: treatment.errors, resultsPath: `${report.out}/${SHARD_FILE}` })
  setDigest(report.digest)
}

/** The sticky comment's address, once it was written. */
export function setCommentOutput(url: string): void {
  core.setOutput('comment-url', url)
}

/** The evidence viewer's address, once report.html was uploaded on its own. */
export function setReportOutput(url: string): void {
  core.setOutput('report-url', url)
}

/** The evidence artifact, once uploaded: its id, and its download page inside a workflow run. */
export function setArtifactOutputs(artifact: Uploaded): void {
  core.setOutput('artifact-id', artifact.id)
  core.setOutput('artifact-url', artifact.url)
}
