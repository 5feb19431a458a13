/**
 * The SDKs' HTTP transport against a real loopback server: what goes out, what comes back, and
 * how it ends when the server misbehaves (hangs, drops the connection, compresses).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { createTransport } from '../src/providers/transport.js'

interface Seen {
  method: string
  url: string
  headers: http.IncomingHttpHeaders
  body: string
}

let base = ''
let seen: Seen[] = []
const server = http.createServer((req, res) => {
  const chunks: Buffer[] = []
  req.on('data', (c: Buffer) => chunks.push(c))
  req.on('end', () => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString() })
    switch (req.url) {
      case '/json':
        res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'req_1' }).end('{"ok":true}')
        return
      case '/gzip':
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(gzipSync('{"zipped":true}'))
        return
      case '/empty':
        res.writeHead(204).end()
        return
      case '/429':
        res.writeHead(429, { 'retry-after-ms': '5' }).end('{"error":{"message":"slow down"}}')
        return
      case '/cut':
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' }).write('{"partial":')
        setTimeout(() => res.socket?.destroy(), 20)
        return
      case '/hang':
        return // never answers
    }
  })
})

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

describe('the HTTP transport', () => {
  const fetch = createTransport()

  it('sends the method, headers and body, and returns status, headers, body and URL', async () => {
    seen = []
    const res = await fetch(`${base}/json`, { method: 'POST', headers: new Headers({ authorization: 'Bearer k', 'content-type': 'application/json' }), body: '{"q":1}' })
    expect(res.status).toBe(200)
    expect(res.ok).toBe(true)
    expect(res.headers.get('x-request-id')).toBe('req_1')
    expect(res.url).toBe(`${base}/json`)
    expect(await res.json()).toEqual({ ok: true })
    expect(seen).toEqual([
      expect.objectContaining({ method: 'POST', url: '/json', body: '{"q":1}', headers: expect.objectContaining({ authorization: 'Bearer k', 'content-length': '7' }) })
    ])
  })

  it('sends byte bodies as they are', async () => {
    seen = []
    await fetch(`${base}/json`, { method: 'POST', body: new TextEncoder().encode('bytes') })
    expect(seen[0]?.body).toBe('bytes')
  })

  it('decompresses a gzip reply', async () => {
    expect(await (await fetch(`${base}/gzip`)).json()).toEqual({ zipped: true })
  })

  it('gives a 204 no body', async () => {
    const res = await fetch(`${base}/empty`)
    expect(res.status).toBe(204)
    expect(res.body).toBeNull()
  })

  it('passes an error status and its headers through for the retry layer', async () => {
    const res = await fetch(`${base}/429`)
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after-ms')).toBe('5')
  })

  it('settles with the signal reason when a hung request is aborted', async () => {
    // The server never answers /hang: settling at all shows the abort does not wait for it.
    const controller = new AbortController()
    setTimeout(() => controller.abort(new Error('timed out')), 50)
    await expect(fetch(`${base}/hang`, { signal: controller.signal })).rejects.toThrow('timed out')
  })

  it('rejects an already aborted signal without sending', async () => {
    seen = []
    await expect(fetch(`${base}/json`, { signal: AbortSignal.abort(new Error('too late')) })).rejects.toThrow('too late')
    expect(seen).toEqual([])
  })

  it('rejects when the server drops the connection mid-reply', async () => {
    await expect(fetch(`${base}/cut`)).rejects.toThrow()
  })

  it('rejects a connection refused', async () => {
    const closed = http.createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow(/ECONNREFUSED/)
  })

  it('refuses bodies and URLs it does not carry, naming them', async () => {
    await expect(fetch(`${base}/json`, { method: 'POST', body: new ReadableStream() })).rejects.toThrow(/text or bytes, not \[object ReadableStream\]/)
    await expect(fetch('ftp://example.invalid/x')).rejects.toThrow(/unsupported protocol ftp:/)
  })

  const nodeMajor = Number(process.versions.node.split('.')[0])
  ;(nodeMajor >= 24 ? it : it.skip)('goes through HTTP_PROXY when Node is told to use the environment proxy, as fetch does', async () => {
    const proxied: string[] = []
    const proxy = http.createServer((req, res) => {
      proxied.push(`${req.method} ${req.url}`)
      res.end('{"via":"proxy"}')
    })
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
    const saved = { ...process.env }
    Object.assign(process.env, { NODE_USE_ENV_PROXY: '1', HTTP_PROXY: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}` })
    try {
      const viaProxy = createTransport()
      expect(await (await viaProxy('http://upstream.invalid/v1/models')).json()).toEqual({ via: 'proxy' })
      expect(proxied).toEqual(['GET http://upstream.invalid/v1/models'])
    } finally {
      process.env = saved
      proxy.closeAllConnections()
      await new Promise((resolve) => proxy.close(resolve))
    }
  })
})
