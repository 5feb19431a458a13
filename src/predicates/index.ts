export * from './args.js'
export * from './world.js'
