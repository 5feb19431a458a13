/**
 * Optional upload of the out folder (results, summary, traces) as a workflow artifact. The artifact
 * client is loaded on demand: most runs do not upload, and it is the bulk of the bundle. A failed
 * upload is a warning, not a failure: the gate's decision does not depend on where its evidence is
 * kept, and the workflow can still upload the folder with actions/upload-artifact.
 */
import { readdirSync, statSync } from 'node:fs'
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

/** The uploaded artifact: its id and, inside a workflow run, the address it downloads from. */
export interface Uploaded {
  id: number
  url: string
}

export async function uploadEvidence(dir: string, name: string): Promise<Uploaded | undefined> {
  try {
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .map((rel) => join(dir, rel))
      .filter((path) => statSync(path).isFile())
    const { DefaultArtifactClient } = await import('@actions/artifact')
    const { id, size } = await new DefaultArtifactClient().uploadArtifact(name, files, dir)
    core.info(`Uploaded ${files.length} files from ${dir} as artifact \`${name}\` (id ${id}, ${size} bytes)`)
    if (id === undefined) return undefined
    const { GITHUB_SERVER_URL: server = 'https://github.com', GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = process.env
    return { id, url: repo && run ? `${server}/${repo}/actions/runs/${run}/artifacts/${id}` : '' }
  } catch (e) {
    core.warning(`scheming-gate: the out folder was not uploaded as artifact \`${name}\`: ${e instanceof Error ? e.message : String(e)}`)
    return undefined
  }
}
