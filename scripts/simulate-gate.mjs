// Runs scripts/simulate-gate.ts with plain `node` on a fresh clone (after `npm ci`): esbuild, a dev
// dependency, bundles it with the statistics code from src/ into memory, and Node imports the result.
import { build } from 'esbuild'

const out = await build({
  entryPoints: ['scripts/simulate-gate.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  write: false,
  logLevel: 'warning'
})
const code = out.outputFiles[0]?.text ?? ''
await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)
