// npm run openapi -- [file]: writes the OpenAPI document the server serves at
// /openapi.json, without a database or a listening socket.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import Fastify from 'fastify'
import app from '../app.js'
import { parseConfig } from '../config.js'

const server = Fastify({ logger: false })
// The document does not depend on data: an in-memory database will do.
await server.register(app, { config: { ...parseConfig({}), database: { provider: 'sqlite', path: ':memory:' } } })
const document = JSON.stringify((await server.inject('/openapi.json')).json(), null, 2) + '\n'
await server.close()
const [file] = process.argv.slice(2)
if (file === undefined) process.stdout.write(document)
else {
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, document)
}
