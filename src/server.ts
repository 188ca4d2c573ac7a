// The only file that listens. It parses the configuration, prepares the
// database (migrate, and seed when empty), starts the app, and on SIGTERM or
// SIGINT closes it gracefully: stop accepting connections, finish in-flight
// requests, close the database, exit 0; exit 1 past SHUTDOWN_TIMEOUT_MS.
import type { Logger } from 'pino'
import { ConfigError, parseConfig } from './config.js'
import { describeTarget } from './db/target.js'
import { listenErrorLine } from './listen-errors.js'
import { needsPreparation, prepareInChildProcess } from './setup/prepare.js'

async function main (): Promise<void> {
  const config = parseConfig(process.env)
  // A first run migrates and seeds in a child process while this one loads the app.
  const preparing = needsPreparation(config.database).then(needed =>
    needed ? prepareInChildProcess(config.database) : { migrated: [], seeded: false })
  const [prepared, { default: closeWithGrace }, { default: Fastify }, { default: app }, { default: drain, stopAccepting }, { serverOptions }] =
    await Promise.all([preparing, import('close-with-grace'), import('fastify'), import('./app.js'), import('./plugins/drain.js'), import('./server-options.js'),
      import('./db/client.js').then(async client => { await client.loadPrismaClient(config.database.provider) })])
  const server = Fastify(serverOptions(config))
  server.log.info({ database: describeTarget(config.database), ...prepared }, 'database ready')
  await server.register(drain, { idleMs: Math.min(1000, config.shutdownTimeoutMs / 4) })
  await server.register(app, { config })
  closeWithGrace({
    delay: config.shutdownTimeoutMs,
    logger: server.log,
    onTimeout: delay => { server.log.error({ delay }, 'requests still running at the shutdown deadline; exiting 1') }
  }, async ({ signal, err }) => {
    if (err !== undefined) server.log.error({ err }, 'uncaught error; shutting down')
    else server.log.info({ signal }, 'shutting down')
    stopAccepting(server.server)
    await server.close()
    server.log.info('closed')
    // Every request is answered: write out the lines still buffered (logging.ts).
    await new Promise<void>(resolve => { (server.log as unknown as Logger).flush(() => { resolve() }) })
  })
  await server.listen({ port: config.port, host: config.host })
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message)
  else console.error(listenErrorLine(error) ?? error)
  process.exit(1)
})
