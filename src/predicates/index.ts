export * from './args.js'
export * from './world.js'
export * from './safe-regex.js'
