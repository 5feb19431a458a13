/**
 * A loopback fake of the few GitHub REST endpoints the action calls: file contents at a ref, and
 * listing, creating and updating issue comments. It records every request so tests can assert on
 * what the action did, and can play a read-only token (a fork PR) that gets 403 on writes.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Call {
  method: string
  path: string
  body?: unknown
}

export interface FakeComment {
  id: number
  body: string
  user: { login: string; type: string }
  html_url?: string
}

export interface FakeGitHub {
  url: string
  calls: Call[]
  comments: Map<number, FakeComment[]>
  /** `ref:path` -> file text. */
  files: Map<string, string>
  readOnly: boolean
  close(): Promise<void>
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(body))
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  return text ? JSON.parse(text) : undefined
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  let nextId = 1000
  const fake: Omit<FakeGitHub, 'url' | 'close'> = { calls: [], comments: new Map(), files: new Map(), readOnly: false }
  const forbidden = { message: 'Resource not accessible by integration', status: '403' }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://fake')
      const body = await readBody(req)
      fake.calls.push({ method: req.method ?? '', path: url.pathname, ...(body === undefined ? {} : { body }) })
      const contents = /^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/.exec(url.pathname)
      const issueComments = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname)
      const comment = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname)
      if (contents && req.method === 'GET') {
        const path = decodeURIComponent(contents[1])
        const text = fake.files.get(`${url.searchParams.get('ref')}:${path}`)
        if (text === undefined) return send(res, 404, { message: 'Not Found', status: '404' })
        return send(res, 200, { type: 'file', path, encoding: 'base64', content: Buffer.from(text).toString('base64') })
      }
      if (issueComments) {
        const issue = Number(issueComments[1])
        const list = fake.comments.get(issue) ?? []
        if (req.method === 'GET') return send(res, 200, list)
        if (req.method === 'POST') {
          if (fake.readOnly) return send(res, 403, forbidden)
          const id = nextId++
          const created = { id, body: (body as { body: string }).body, user: { login: 'github-actions[bot]', type: 'Bot' }, html_url: `https://github.com/octo/gate/pull/${issue}#issuecomment-${id}` }
          fake.comments.set(issue, [...list, created])
          return send(res, 201, created)
        }
      }
      if (comment && req.method === 'PATCH') {
        if (fake.readOnly) return send(res, 403, forbidden)
        const found = [...fake.comments.values()].flat().find((c) => c.id === Number(comment[1]))
        if (!found) return send(res, 404, { message: 'Not Found' })
        found.body = (body as { body: string }).body
        return send(res, 200, found)
      }
      send(res, 404, { message: `fake GitHub: no route for ${req.method} ${url.pathname}` })
    })()
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const { port } = server.address() as AddressInfo
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok()))
  })
}
