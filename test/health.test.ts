// Liveness and readiness: /health answers while the process is up; /ready
// answers 200 only when the database answers and has every migration.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { serializerCompiler, validatorCompiler } from '@fastify/type-provider-zod'
import Fastify, { type RouteOptions } from 'fastify'
import t, { type Test } from 'tap'
import app from '../src/app.js'
import type { Config } from '../src/config.js'
import { isCached, isRateLimited } from '../src/http/route-kinds.js'
import { migrationsDir, postgresqlMigrationsDir } from '../src/paths.js'
import health from '../src/routes/health.js'
import { committedMigrations } from '../src/db/pending-migrations.js'
import { serverOptions } from '../src/server-options.js'
import { freePort } from './fixtures/server-process.js'
import type { DatabaseTarget } from '../src/db/target.js'
import { buildApp, emptyDatabase, execute, rowsOf, seededDatabase, tempDir, testConfig, testProvider } from './helper.js'

/** The app on a database the test prepares itself (buildApp always gets a good one). */
async function appOn (t: Test, database: DatabaseTarget, overrides: Partial<Config> = {}) {
  const config = testConfig(database, overrides)
  const server = Fastify(serverOptions(config))
  await server.register(app, { config })
  t.teardown(() => server.close())
  return server
}

t.test('GET /health answers 200 with status ok', async t => {
  const app = await buildApp(t)
  const res = await app.inject({ method: 'GET', url: '/health' })
  t.equal(res.statusCode, 200)
  t.same(res.json(), { status: 'ok' })
})

t.test('GET /ready answers 200 when the database answers and every migration is applied', async t => {
  const app = await buildApp(t)
  const res = await app.inject('/ready')
  t.equal(res.statusCode, 200)
  t.same(res.json(), { status: 'ready' })
})

t.test('an unmigrated database is not ready: 503 problem naming the missing migrations', async t => {
  const app = await appOn(t, await emptyDatabase(t))
  const res = await app.inject('/ready')
  t.equal(res.statusCode, 503)
  t.match(res.headers['content-type'], 'application/problem+json')
  const names = await committedMigrations(testProvider() === 'sqlite' ? migrationsDir : postgresqlMigrationsDir)
  t.match(names[0], /^\d+_init$/)
  t.same(res.json(), {
    type: 'about:blank',
    status: 503,
    title: 'Service unavailable',
    detail: `The database lacks ${names.length} migration${names.length === 1 ? '' : 's'}: ${names.join(', ')}. Restart the server or run \`npm run db:migrate -- deploy\`.`,
    instance: '/ready'
  })
  t.equal((await app.inject('/health')).statusCode, 200, 'while the process is still alive')
})

t.test('a migration recorded as unfinished or rolled back counts as missing', async t => {
  for (const column of ['finished_at', 'rolled_back_at']) {
    const database = await seededDatabase(t)
    const [{ name: last } = { name: '' }] = await rowsOf(database, 'SELECT MAX(migration_name) AS name FROM _prisma_migrations') as Array<{ name: string }>
    await execute(database, `UPDATE _prisma_migrations SET ${column} = ${column === 'finished_at' ? 'NULL' : 'CURRENT_TIMESTAMP'} WHERE migration_name = '${last}'`)
    const res = await (await appOn(t, database)).inject('/ready')
    t.equal(res.statusCode, 503, column)
    t.match(res.json().detail, `lacks 1 migration: ${last}.`)
  }
})

t.test('a file that is not a SQLite database, or a server that does not answer, is not ready', async t => {
  let database: DatabaseTarget
  if (testProvider() === 'sqlite') {
    const path = join(tempDir(t), 'accords.db')
    writeFileSync(path, 'not a database, '.repeat(512))
    database = { provider: 'sqlite', path }
  } else {
    database = { provider: 'postgresql', url: `postgresql://nobody:none@127.0.0.1:${await freePort()}/accords` }
  }
  const res = await (await appOn(t, database)).inject('/ready')
  t.equal(res.statusCode, 503)
  t.match(res.json(), { status: 503, detail: /^The database('s migration history cannot be read| does not answer)\.$/ })
})

t.test('probes are never rate limited, and only answer GET and HEAD', async t => {
  const app = await buildApp(t, { rateLimitMax: 1 })
  for (let i = 0; i < 5; i++) {
    for (const url of ['/health', '/ready']) {
      const res = await app.inject(url)
      t.equal(res.statusCode, 200, `${url} #${i + 1}`)
      t.notOk(res.headers['ratelimit-limit'], 'no rate-limit headers')
    }
  }
  t.equal((await app.inject('/sectors')).statusCode, 200)
  t.equal((await app.inject('/sectors')).statusCode, 429, 'while other routes are limited')
  t.equal((await app.inject({ method: 'HEAD', url: '/ready' })).statusCode, 200)
  t.equal((await (await buildApp(t)).inject({ method: 'DELETE', url: '/ready' })).statusCode, 405)
})

t.test('probes opt out of the response cache and info-level logs', async t => {
  const routes: RouteOptions[] = []
  const bare = Fastify()
  bare.setValidatorCompiler(validatorCompiler)
  bare.setSerializerCompiler(serializerCompiler)
  bare.addHook('onRoute', route => { routes.push(route) })
  await bare.register(health, { provider: 'sqlite' })
  await bare.ready()
  t.teardown(() => bare.close())
  const probes = routes.filter(r => r.method === 'GET')
  t.same(probes.map(r => r.url), ['/health', '/ready'])
  for (const route of probes) {
    t.match(route, { config: { kind: 'probe' }, logLevel: 'warn' }, route.url)
    t.notOk(isCached(route.config?.kind), `${route.url} is not cached`)
    t.notOk(isRateLimited(route.config?.kind), `${route.url} is not rate limited`)
  }
})
