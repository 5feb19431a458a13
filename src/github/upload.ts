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

/** Where the workflow run's artifacts live: `${server}/${owner}/${repo}/actions/runs/${runId}`. */
export interface RunLocation {
  serverUrl: string
  owner: string
  repo: string
  runId: number
}

/** Where and how long an upload is kept: the run it belongs to, its name, and its retention. */
export interface ArtifactTarget {
  name: string
  run: RunLocation
  /** Days the artifact is kept; undefined keeps the repository's default. */
  retentionDays: number | undefined
}

/** The uploaded artifact: its id and the address it downloads from. */
export interface Uploaded {
  id: number
  url: string
}

interface UploadOptions {
  skipArchive?: true
  retentionDays?: number
}

/** The artifact client's upload; a parameter so that tests see what would be sent. */
type Upload = (name: string, files: string[], root: string, options: UploadOptions) => Promise<{ id?: number; size?: number }>

async function artifactUpload(...args: Parameters<Upload>): ReturnType<Upload> {
  const { DefaultArtifactClient } = await import('@actions/artifact')
  return new DefaultArtifactClient().uploadArtifact(...args)
}

function retention(to: ArtifactTarget): UploadOptions {
  return to.retentionDays === undefined ? {} : { retentionDays: to.retentionDays }
}

function artifactUrl(run: RunLocation, id: number): string {
  return `${run.serverUrl}/${run.owner}/${run.repo}/actions/runs/${run.runId}/artifacts/${id}`
}

/** Artifact names are unique per workflow run, so each shard and the merge get their own by default. */
export function artifactName(inputs: ActionInputs): string {
  if (inputs.artifactName) return inputs.artifactName
  if (inputs.shard) return `scheming-gate-shard-${formatShard(inputs.shard).replace('/', '-of-')}`
  return inputs.mode === 'merge' ? 'scheming-gate-merged' : 'scheming-gate-evidence'
}

export async function uploadEvidence(dir: string, to: ArtifactTarget, upload: Upload = artifactUpload): Promise<Uploaded | undefined> {
  try {
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .map((rel) => join(dir, rel))
      .filter((path) => statSync(path).isFile())
    const { id, size } = await upload(to.name, files, dir, retention(to))
    core.info(`Uploaded ${files.length} files from ${dir} as artifact \`${to.name}\` (id ${id}, ${size} bytes)`)
    return id === undefined ? undefined : { id, url: artifactUrl(to.run, id) }
  } catch (e) {
    core.warning(`scheming-gate: the out folder was not uploaded as artifact \`${to.name}\`: ${e instanceof Error ? e.message : String(e)}`)
    return undefined
  }
}

/**
 * Uploads report.html on its own, unzipped, so its link opens the page in the browser (GitHub
 * serves a single-file artifact as the file). Such an artifact is named after its file, and names
 * are unique per run: the copy is named after the evidence artifact (`scheming-gate-evidence.html`).
 * Returns the artifact's URL, or undefined (with a warning) when it could not be uploaded.
 */
export async function uploadReport(out: string, to: ArtifactTarget, upload: Upload = artifactUpload): Promise<string | undefined> {
  const report = join(out, 'report.html')
  if (!existsSync(report)) return undefined
  const name = `${to.name}.html`
  try {
    const dir = mkdtempSync(join(tmpdir(), 'sg-report-'))
    const file = join(dir, name)
    copyFileSync(report, file)
    const { id } = await upload(name, [file], dir, { skipArchive: true, ...retention(to) })
    if (id === undefined) throw new Error('the artifact service returned no id')
    return artifactUrl(to.run, id)
  } catch (e) {
    core.warning(`scheming-gate: report.html was not uploaded as artifact \`${name}\`: ${e instanceof Error ? e.message : String(e)}`)
    return undefined
  }
}
