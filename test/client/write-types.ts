// npm run openapi:types: regenerates test/client/openapi.d.ts from the
// document the server serves. Refuses when the contract changed but the API
// version did not: bump `version` in package.json and add a CHANGELOG entry first.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import Fastify from 'fastify'
import app from '../../src/app.js'
import { parseConfig } from '../../src/config.js'
import { contractOf, recordedContract, typesOf } from './types.js'

const file = new URL('openapi.d.ts', import.meta.url)
const server = Fastify({ logger: false })
// The document does not depend on data: an in-memory database will do.
await server.register(app, { config: { ...parseConfig({}), database: { provider: 'sqlite', path: ':memory:' } } })
const document = (await server.inject('/openapi.json')).json()
await server.close()

const current = contractOf(document)
const recorded = existsSync(file) ? recordedContract(readFileSync(file, 'utf8')) : undefined
if (recorded !== undefined && recorded.version === current.version && recorded.sha256 !== current.sha256 && !process.argv.includes('--force')) {
  console.error(`The API contract changed, but its version is still ${current.version}: bump "version" in package.json ` +
    '(it is the OpenAPI info.version), add a CHANGELOG.md entry, then run npm run openapi:types again.')
  process.exit(1)
}
writeFileSync(file, await typesOf(document))
console.log(`test/client/openapi.d.ts: the Accords API ${current.version}, contract sha256 ${current.sha256.slice(0, 12)}…`)
