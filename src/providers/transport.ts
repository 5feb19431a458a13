/**
 * The HTTP transport both SDKs use (their `fetch` option): node:http(s) over keep-alive agents,
 * reading each reply whole before handing the SDK a `Response`.
 *
 * Why not Node's built-in fetch: undici keeps enough of every request alive across young-generation
 * GCs that V8 keeps growing its new space with the length of a run. A bare fetch loop against the
 * loopback server peaks at 98 MB RSS for 400 calls and 225 MB for 4,000 (Node 24); this transport
 * stays near 72 and 93 MB. A gate waits for a whole reply anyway, so buffering costs nothing; the
 * SDKs still parse a streamed (SSE) reply from the buffered body.
 */
import type http from 'node:http'
import type https from 'node:https'
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib'

export type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>

/** Statuses whose Response must not carry a body (the Response constructor rejects one). */
const NULL_BODY = new Set([101, 103, 204, 205, 304])

function requestBody(body: RequestInit['body']): Buffer | undefined {
  if (body === undefined || body === null) return undefined
  if (typeof body === 'string') return Buffer.from(body)
  if (body instanceof ArrayBuffer) return Buffer.from(body)
  if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength)
  // The SDK calls this gate makes send JSON text; a stream or form body would be a new kind of call.
  throw new TypeError(`scheming-gate's HTTP transport sends text or bytes, not ${Object.prototype.toString.call(body)}`)
}

function decode(bytes: Buffer, encoding: string | undefined): Buffer {
  switch (encoding?.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return gunzipSync(bytes)
    case 'deflate':
      return inflateSync(bytes)
    case 'br':
      return brotliDecompressSync(bytes)
    default:
      return bytes
  }
}

/** Pairs from a raw header list, as the Headers constructor takes them. */
function headerPairs(raw: string[]): Array<[string, string]> {
  const pairs: Array<[string, string]> = []
  for (let i = 0; i + 1 < raw.length; i += 2) pairs.push([raw[i]!, raw[i + 1]!])
  return pairs
}

/**
 * A fetch for the SDKs. Proxies from HTTP(S)_PROXY / NO_PROXY are used when Node is told to use
 * them (NODE_USE_ENV_PROXY=1 or --use-env-proxy), as Node's own fetch does.
 */
export function createTransport(): Fetch {
  // Taken here, not imported: an ESM import of node:http reads every export it has, and one of them
  // loads undici (40 ms), in every command that loads the providers, scripted runs and rescore too.
  const http = process.getBuiltinModule('node:http')
  const https = process.getBuiltinModule('node:https')
  const proxyEnv = process.env.NODE_USE_ENV_PROXY === '1' || process.execArgv.includes('--use-env-proxy') ? process.env : undefined
  const agents = {
    'http:': new http.Agent({ keepAlive: true, proxyEnv } as http.AgentOptions),
    'https:': new https.Agent({ keepAlive: true, proxyEnv } as https.AgentOptions)
  }
  return (input, init = {}) =>
    new Promise<Response>((resolve, reject) => {
      if (input instanceof Request) throw new TypeError("scheming-gate's HTTP transport takes a URL, not a Request")
      const url = new URL(input)
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`unsupported protocol ${url.protocol} in ${url.origin}`)
      const signal = init.signal ?? undefined
      signal?.throwIfAborted()
      const body = requestBody(init.body)
      const headers: Record<string, string> = Object.fromEntries(new Headers(init.headers))
      if (body !== undefined) headers['content-length'] = String(body.byteLength)
      const request = (url.protocol === 'https:' ? https : http).request(url, { method: init.method ?? 'GET', headers, agent: agents[url.protocol] })
      const fail = (e: unknown) => {
        signal?.removeEventListener('abort', abort)
        request.destroy()
        reject(e)
      }
      // Settles at once on abort: a hung server must not hold the retry layer's timeout hostage.
      const abort = () => fail(signal?.reason)
      signal?.addEventListener('abort', abort, { once: true })
      // The system error (ECONNREFUSED, ENOTFOUND…) rides along as the cause: the SDKs keep an error's
      // cause, but rebuild one from another realm (a VM, as under jest) without its `code`.
      request.on('error', (e) => fail(new Error(e.message, { cause: e })))
      request.on('response', (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('error', fail) // includes a connection closed before the reply was complete
        res.on('end', () => {
          signal?.removeEventListener('abort', abort)
          const status = res.statusCode ?? 0
          try {
            const bytes = NULL_BODY.has(status) ? null : decode(Buffer.concat(chunks), res.headers['content-encoding'])
            // No statusText: a server's odd reason phrase would make the Response constructor throw.
            const response = new Response(bytes, { status, headers: headerPairs(res.rawHeaders) })
            // The SDKs name the URL in their error logs; a constructed Response has none.
            Object.defineProperty(response, 'url', { value: url.href })
            resolve(response)
          } catch (e) {
            reject(e)
          }
        })
      })
      request.end(body)
    })
}
