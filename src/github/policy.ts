/**
 * Which thresholds and waivers decide. On a pull request the default is the base commit's copy: a
 * PR must not be able to loosen its own gate, so its edits to the policy are shown, not applied.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import type { EventInfo } from './context.js'
import type { GitHubApi } from './api.js'
import { lineDiff, type LineDiff } from './diff.js'
import { inlineCode } from '../report/markdown.js'
import { UserError } from '../errors.js'

export type PolicyKind = 'thresholds' | 'waivers'

export interface PolicyFile {
  kind: PolicyKind
  /** The path in the repository, as given in the input. */
  repoPath: string
  /** The file that decides, or undefined when none applies (built-in thresholds, no waivers). */
  used: string | undefined
  source: 'base' | 'head' | 'built-in'
  /** Set when the PR changes the file: how it differs from the base commit's copy. */
  change?: LineDiff
  /** One sentence for the summary when the outcome needs explaining. */
  note?: string
  /** The base commit has no such file and the built-in default decides instead (`base-policy-missing: built-in`). */
  fallback?: boolean
}

export class PolicyError extends UserError {}

/** Repository-relative, forward slashes; refuses paths that leave the workspace. */
function repoRelative(workspace: string, path: string): string {
  const rel = relative(workspace, resolve(workspace, path))
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw new PolicyError(`\`${path}\` is outside the repository; the policy must be a file in it`)
  }
  return rel.split(sep).join('/')
}

function readIfExists(file: string): string | null {
  return existsSync(file) ? readFileSync(file, 'utf8') : null
}

export interface PolicyRequest {
  kind: PolicyKind
  /** The input value; empty means the built-in default (thresholds) or none (waivers). */
  path: string
  source: 'base' | 'head'
  event: EventInfo
  workspace: string
  /** Where a base copy is written, so the run's results name the file that actually decided. */
  out: string
  api: GitHubApi | undefined
  /** What a file missing at the base commit means: an error (default), or the built-in default. */
  onMissingBase: 'error' | 'built-in'
}

export async function resolvePolicy(req: PolicyRequest): Promise<PolicyFile> {
  const { kind, path, event, workspace } = req
  if (path === '') return { kind, repoPath: '', used: undefined, source: 'built-in' }
  const repoPath = repoRelative(workspace, path)
  const headFile = join(workspace, repoPath)
  const pr = event.pullRequest
  if (req.source === 'head' || !pr) return { kind, repoPath, used: headFile, source: 'head' }
  const where = `the ${kind} file \`${repoPath}\` at the base commit ${pr.baseSha.slice(0, 12)} of pull request #${pr.number}`
  const wayOut = 'or set `policy-source: head` to use this commit\'s copy (only where PR authors are trusted: a PR could then loosen its own gate)'
  if (!req.api) throw new PolicyError(`cannot read ${where}: that needs the \`github-token\` input; set it, ${wayOut}`)
  let base: string | null
  try {
    base = await req.api.readFile(repoPath, pr.baseSha)
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e)
    throw new PolicyError(`cannot read ${where} through the GitHub API (${why}). Check \`github-token\` (it needs \`contents: read\`) and that the runner reaches ${process.env.GITHUB_API_URL ?? 'the API'}, ${wayOut}.`)
  }
  if (base === null) {
    const fallback = kind === 'thresholds' ? 'the built-in thresholds decide' : 'no waivers apply'
    // Never silent: a misspelt path or a policy the PR adds would otherwise be replaced by the default unnoticed.
    if (req.onMissingBase === 'error') {
      throw new PolicyError(
        `the ${kind} file \`${repoPath}\` does not exist at the base commit ${pr.baseSha.slice(0, 12)}, and on a pull request the base commit's ${kind} decide. ` +
          `If this PR adds it, set \`base-policy-missing: built-in\` (then ${fallback} until it is merged)`
      )
    }
    return {
      kind,
      repoPath,
      used: undefined,
      source: 'built-in',
      fallback: true,
      note: `${inlineCode(repoPath)} does not exist at the base commit (this PR adds it), so ${fallback} until it is merged.`
    }
  }
  const copy = join(req.out, 'policy-base', repoPath)
  mkdirSync(dirname(copy), { recursive: true })
  writeFileSync(copy, base)
  const head = readIfExists(headFile)
  const change = head === null ? undefined : (lineDiff(base, head) ?? undefined)
  const note = head === null ? `This PR deletes ${inlineCode(repoPath)}; the base commit's copy decided.` : undefined
  return { kind, repoPath, used: copy, source: 'base', ...(change ? { change } : {}), ...(note ? { note } : {}) }
}
