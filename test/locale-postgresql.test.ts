// On a PostgreSQL database whose LC_CTYPE is C, `q`'s trigram index cannot
// serve non-ASCII text (src/db/postgresql-locale.ts): the server says so once,
// when it starts, and says nothing on a database with a UTF-8 LC_CTYPE.
import Fastify from 'fastify'
import t from 'tap'
import app from '../src/app.js'
import { loadPrismaClient } from '../src/db/client.js'
import { serverOptions } from '../src/server-options.js'
import { adminQuery, adminUrl, seededPostgresDatabase } from './fixtures/postgres.js'
import { testConfig } from './helper.js'

type Line = Record<string, unknown>

/** The warnings a server logs while it starts on `url`. */
async function startupWarnings (url: string): Promise<Line[]> {
  const lines: Line[] = []
  const config = testConfig({ provider: 'postgresql', url }, { logLevel: 'warn' })
  await loadPrismaClient('postgresql')
  const server = Fastify(serverOptions(config, { stream: { write: line => { lines.push(JSON.parse(line) as Line) } } }))
  await server.register(app, { config })
  await server.ready()
  await server.close()
  return lines
}

t.test('a database with LC_CTYPE C: one warning at start, naming the setting and what to do', async t => {
  const name = `test_${process.pid}_ctype_c`
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE template0 LOCALE_PROVIDER builtin BUILTIN_LOCALE 'C' LC_COLLATE 'C' LC_CTYPE 'C'`)
  t.teardown(() => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))
  const url = new URL(adminUrl())
  url.pathname = `/${name}`
  const warnings = await startupWarnings(url.toString())
  t.equal(warnings.length, 1)
  t.match(warnings[0], { level: 40, lc_ctype: 'C', msg: /only ASCII characters for letters.*UTF-8 LC_CTYPE/ })
})

t.test('a database with a UTF-8 LC_CTYPE: no warning', async t => {
  t.same(await startupWarnings(await seededPostgresDatabase(t)), [])
})
