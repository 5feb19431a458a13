/**
 * What the action needs to know about the event that started the job, as plain data. Only a
 * pull_request-like event has a PR to comment on and a base commit to take the policy from.
 */

export interface PullRequestInfo {
  number: number
  baseSha: string
  headSha: string
  /** The head branch lives in another repository: secrets are withheld and the token is read-only. */
  fork: boolean
}

export interface EventInfo {
  eventName: string
  owner: string
  repo: string
  /** The job id (`GITHUB_JOB`), part of the sticky comment's identity. */
  job: string
  pullRequest?: PullRequestInfo
}

/** The subset of @actions/github's context read here (a structural type, so tests can pass plain objects). */
export interface ContextLike {
  eventName: string
  job: string
  repo: { owner: string; repo: string }
  payload: { pull_request?: Record<string, unknown> }
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target'])

function field(obj: unknown, ...path: string[]): unknown {
  let at = obj
  for (const key of path) at = at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined
  return at
}

export function eventInfo(ctx: ContextLike): EventInfo {
  const base = { eventName: ctx.eventName, owner: ctx.repo.owner, repo: ctx.repo.repo, job: ctx.job }
  const pr = ctx.payload.pull_request
  if (!PR_EVENTS.has(ctx.eventName) || !pr) return base
  const number = field(pr, 'number')
  const baseSha = field(pr, 'base', 'sha')
  const headSha = field(pr, 'head', 'sha')
  if (typeof number !== 'number' || typeof baseSha !== 'string' || typeof headSha !== 'string') return base
  const fork = field(pr, 'head', 'repo', 'full_name') !== field(pr, 'base', 'repo', 'full_name')
  return { ...base, pullRequest: { number, baseSha, headSha, fork } }
}
