export * from './args.js'
export * from './world.js'
export * from './trace.js'
export * from './safe-regex.js'
