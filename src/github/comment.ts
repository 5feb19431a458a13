/**
 * Creates or updates the sticky PR comment. The comment is found by its marker and must have been
 * written by a bot (the GITHUB_TOKEN's github-actions[bot]): a person who pastes the marker into
 * their own comment does not get it overwritten.
 */
import { httpStatus, type GitHubApi } from './api.js'

export type CommentResult =
  | { status: 'created' | 'updated'; id: number; url: string }
  /** The token may not write (a fork PR's read-only token, or no `pull-requests: write`). */
  | { status: 'forbidden' }
  | { status: 'failed'; message: string }

export async function upsertComment(api: GitHubApi, issue: number, marker: string, body: string): Promise<CommentResult> {
  try {
    const existing = (await api.listComments(issue)).find((c) => c.authorType === 'Bot' && c.body.startsWith(marker))
    if (existing) return { status: 'updated', ...(await api.updateComment(existing.id, body)) }
    return { status: 'created', ...(await api.createComment(issue, body)) }
  } catch (e) {
    // A read-only token answers 403 ("Resource not accessible by integration"); that is expected on forks.
    if (httpStatus(e) === 403) return { status: 'forbidden' }
    return { status: 'failed', message: e instanceof Error ? e.message : String(e) }
  }
}
