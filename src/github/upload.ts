/**
 * Optional upload of the out folder (results, summary, traces) as a workflow artifact. The artifact
 * client is loaded on demand: most runs do not upload, and it is the bulk of the bundle. A failed
 * upload is a warning, not a failure: the gate's decision does not depend on where its evidence is
 * kept, and the workflow can still upload the folder with actions/upload-artifact.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import type { ActionInputs } from './inputs.js'
import { formatShard } from '../scenario/shard.js'

/** Artifact names are unique per workflow run, so each shard and the merge get their own by default. */
export function artifactName(inputs: ActionInputs): string {
  if (inputs.artifactName) return inputs.artifactName
  if (inputs.shard) return `scheming-gate-shard-${formatShard(inputs.shard).replace('/', '-of-')}`
  return inputs.mode === 'merge' ? 'scheming-gate-merged' : 'scheming-gate-evidence'
}

/** The uploaded artifact: its id and the address it downloads from. */
export interface Uploaded {
  id: number
  url: string
}

export async function uploadEvidence(dir: string, name: string, run: RunLocation): Promise<Uploaded | undefined> {
  try {
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .map((rel) => join(dir, rel))
      .filter((path) => statSync(path).isFile())
    const { DefaultArtifactClient } = await import('@actions/artifact')
    const { id, size } = await new DefaultArtifactClient().uploadArtifact(name, files, dir)
    core.info(`Uploaded ${files.length} files from ${dir} as artifact \`${name}\` (id ${id}, ${size} bytes)`)
    return id === undefined ? undefined : { id, url: artifactUrl(run, id) }
  } catch (e) {
    core.warning(`scheming-gate: the out folder was not uploaded as artifact \`${name}\`: ${e instanceof Error ? e.message : String(e)}`)
    return undefined
  }
}

/** Where the workflow run's artifacts live: `${server}/${owner}/${repo}/actions/runs/${runId}`. */
export interface RunLocation {
  serverUrl: string
  owner: string
  repo: string
  runId: number
}

function artifactUrl(run: RunLocation, id: number): string {
  return `${run.serverUrl}/${run.owner}/${run.repo}/actions/runs/${run.runId}/artifacts/${id}`
}

type Upload = (name: string, files: string[], root: string, options: { skipArchive: true }) => Promise<{ id?: number }>

async function artifactUpload(...args: Parameters<Upload>): ReturnType<Upload> {
  const { DefaultArtifactClient } = await import('@actions/artifact')
  return new DefaultArtifactClient().uploadArtifact(...args)
}

/**
 * Uploads report.html on its own, unzipped, so its link opens the page in the browser (GitHub
 * serves a single-file artifact as the file). Such an artifact is named after its file, and names
 * are unique per run: the copy is named after the evidence artifact (`scheming-gate-evidence.html`).
 * Returns the artifact's URL, or undefined (with a warning) when it could not be uploaded.
 */
export async function uploadReport(out: string, name: string, run: RunLocation, upload: Upload = artifactUpload): Promise<string | undefined> {
  const report = join(out, 'report.html')
  if (!existsSync(report)) return undefined
  try {
    const dir = mkdtempSync(join(tmpdir(), 'sg-report-'))
    const file = join(dir, `${name}.html`)
    copyFileSync(report, file)
    const { id } = await upload(`${name}.html`, [file], dir, { skipArchive: true })
    if (id === undefined) throw new Error('the artifact service returned no id')
    return artifactUrl(run, id)
  } catch (e) {
    core.warning(`scheming-gate: report.html was not uploaded as artifact \`${name}.html\`: ${e instanceof Error ? e.message : String(e)}`)
    return undefined
  }
}
