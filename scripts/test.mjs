// Runs jest under a Node the provider SDKs support (see node-for-sdks.mjs).
// SG_HOST_NODE keeps the Node that `npm test` started with, so a test can check the bundle on it.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { nodeForSdks } from './node-for-sdks.mjs'

const jest = fileURLToPath(new URL('../node_modules/jest/bin/jest.js', import.meta.url))
const r = spawnSync(nodeForSdks(), ['--experimental-vm-modules', jest, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, NODE_NO_WARNINGS: '1', SG_HOST_NODE: process.env.SG_HOST_NODE ?? process.execPath }
})
process.exit(r.status ?? 1)
