// On a PostgreSQL database whose LC_CTYPE is C, `q`'s trigram index cannot
// serve non-ASCII text (src/db/postgresql-locale.ts): the server says so once,
// as it starts, and says nothing on a database with a UTF-8 LC_CTYPE, nor
// when the database does not answer (the server starts all the same).
import Fastify, { type FastifyBaseLogger } from 'fastify'
import t, { type Test } from 'tap'
import app from '../src/app.js'
import { loadPrismaClient } from '../src/db/client.js'
import { warnOfAsciiLetters } from '../src/db/postgresql-locale.js'
import { serverOptions } from '../src/server-options.js'
import { freePort } from '../src/setup/local-postgres.js'
import { adminQuery, adminUrl, seededPostgresDatabase } from './fixtures/postgres.js'
import { eventually, prismaOn, testConfig } from './helper.js'

type Line = Record<string, unknown>

/** A server started on `url`, and the warnings it has logged so far. */
async function startOn (t: Test, url: string): Promise<Line[]> {
  const lines: Line[] = []
  const config = testConfig({ provider: 'postgresql', url }, { logLevel: 'warn' })
  await loadPrismaClient('postgresql')
  const server = Fastify(serverOptions(config, { stream: { write: line => { lines.push(JSON.parse(line) as Line) } } }))
  await server.register(app, { config })
  await server.ready()
  t.teardown(() => server.close())
  return lines
}

t.test('a database with LC_CTYPE C: one warning after start, naming the setting and what to do', async t => {
  const name = `test_${process.pid}_ctype_c`
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE template0 LOCALE_PROVIDER builtin BUILTIN_LOCALE 'C' LC_COLLATE 'C' LC_CTYPE 'C'`)
  t.teardown(() => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))
  const url = new URL(adminUrl())
  url.pathname = `/${name}`
  const warnings = await startOn(t, url.toString())
  t.ok(await eventually(async () => warnings.length > 0), 'the check runs beside the start, not before it')
  t.equal(warnings.length, 1)
  t.match(warnings[0], { level: 40, lc_ctype: 'C', msg: /only ASCII characters for letters.*UTF-8 LC_CTYPE/ })
})

t.test('a database with a UTF-8 LC_CTYPE: no warning', async t => {
  const logged: unknown[] = []
  const log = { warn: (...args: unknown[]) => { logged.push(args) } } as unknown as FastifyBaseLogger
  const prisma = await prismaOn(t, { provider: 'postgresql', url: await seededPostgresDatabase(t) })
  await warnOfAsciiLetters(log, prisma)
  t.same(logged, [])
})

t.test('a server that does not answer: the check says nothing, and the server still starts', async t => {
  const url = new URL(adminUrl())
  url.port = String(await freePort())
  t.same(await startOn(t, url.toString()), [])
})
