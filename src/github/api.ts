/**
 * The GitHub REST calls the action makes, behind a small interface so the policy and comment logic
 * never see Octokit. `getOctokit` honours GITHUB_API_URL, which is how tests point it at a fake.
 */
import { getOctokit } from '@actions/github'

export interface IssueComment {
  id: number
  body: string
  /** `Bot` for GITHUB_TOKEN (github-actions[bot]) and app tokens. */
  authorType: string
}

export interface GitHubApi {
  /** A file's text at a commit, or null when the file does not exist there. */
  readFile(path: string, ref: string): Promise<string | null>
  listComments(issue: number): Promise<IssueComment[]>
  createComment(issue: number, body: string): Promise<WrittenComment>
  updateComment(id: number, body: string): Promise<WrittenComment>
}

/** A comment as written: its id and the address of its page. */
export interface WrittenComment {
  id: number
  url: string
}

/** The HTTP status of an Octokit RequestError, if it is one. */
export function httpStatus(e: unknown): number | undefined {
  const status = (e as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

export function gitHubApi(token: string, owner: string, repo: string): GitHubApi {
  const octokit = getOctokit(token)
  return {
    async readFile(path, ref) {
      try {
        const { data } = await octokit.rest.repos.getContent({ owner, repo, path, ref })
        if (Array.isArray(data) || data.type !== 'file' || !('content' in data) || data.encoding !== 'base64') {
          throw new Error(`${path} at ${ref} is not a regular file the contents API can return`)
        }
        return Buffer.from(data.content, 'base64').toString('utf8')
      } catch (e) {
        if (httpStatus(e) === 404) return null
        throw e
      }
    },
    async listComments(issue) {
      const all = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issue, per_page: 100 })
      return all.map((c) => ({ id: c.id, body: c.body ?? '', authorType: c.user?.type ?? '' }))
    },
    async createComment(issue, body) {
      const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body })
      return { id: data.id, url: data.html_url }
    },
    async updateComment(id, body) {
      const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body })
      return { id: data.id, url: data.html_url }
    }
  }
}
