// The only file that listens. It parses the configuration, prepares the
// database (migrate, and seed when empty) and starts the app.
import Fastify from 'fastify'
import app from './app.js'
import { ConfigError, parseConfig } from './config.js'
import { prepareDatabase } from './db/prepare.js'
import { serverOptions } from './server-options.js'

async function main (): Promise<void> {
  const config = parseConfig(process.env)
  const server = Fastify(serverOptions(config))
  const prepared = await prepareDatabase(config.databasePath)
  server.log.info({ databasePath: config.databasePath, ...prepared }, 'database ready')
  await server.register(app, { config })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      server.log.info({ signal }, 'shutting down')
      server.close().then(() => process.exit(0), () => process.exit(1))
    })
  }
  await server.listen({ port: config.port, host: config.host })
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message)
  else console.error(error)
  process.exit(1)
})
