/** Entry point of the CLI bundle. */
import { main } from './cli.js'
import { knownSecrets, scrub } from './report/secrets.js'

// Whatever the CLI prints (reports, diagnostics, errors) leaves through here, without a known secret.
const secrets = knownSecrets()
for (const stream of [process.stdout, process.stderr]) {
  const write = stream.write.bind(stream) as (chunk: string | Uint8Array) => boolean
  stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => write(typeof chunk === 'string' ? scrub(chunk, secrets) : chunk, ...(rest as []))) as typeof stream.write
}

process.exitCode = await main(process.argv.slice(2))
