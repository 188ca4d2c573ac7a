// Replicas on one PostgreSQL database stay coherent: after `npm run db:seed`
// with changed data, every replica answers with the change within the bound of
// src/db/data-version-postgresql.ts, and a lost listener connection is survived.
import { spawn } from 'node:child_process'
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { HEARTBEAT_MS, LISTENER_NAME } from '../src/db/data-version-postgresql.js'
import { projectRoot, seedDir } from '../src/paths.js'
import { adminQuery, seededPostgresDatabase } from './fixtures/postgres.js'
import { freePort, type ServerProcess, startServer, waitFor200 } from './fixtures/server-process.js'
import { runOn } from './fixtures/provider.js'
import { buildAppWithDatabase, eventually, tempDir } from './helper.js'

async function replica (t: Test, url: string): Promise<{ server: ServerProcess, base: string }> {
  const port = await freePort()
  const server = startServer({ PORT: String(port), DATABASE_URL: url, LOG_LEVEL: 'info' })
  t.teardown(() => { server.child.kill('SIGKILL') })
  return { server, base: `http://127.0.0.1:${port}` }
}

t.test('two replicas serving from cache both answer with the data of `npm run db:seed` run against them', async t => {
  const url = await seededPostgresDatabase(t)
  const replicas = await Promise.all([1, 2].map(async () => replica(t, url)))
  await Promise.all(replicas.map(async ({ base }) => waitFor200(`${base}/ready`)))
  const nameOn = async (base: string): Promise<string> => (await (await fetch(`${base}/sectors/trade`)).json() as { name: string }).name
  for (const { base } of replicas) {
    t.equal(await nameOn(base), 'Trade')
    t.equal(await nameOn(base), 'Trade', 'now from the cache')
  }
  const seed = join(tempDir(t), 'seed')
  cpSync(seedDir, seed, { recursive: true })
  writeFileSync(join(seed, 'sectors.yaml'), readFileSync(join(seed, 'sectors.yaml'), 'utf8').replace('name: Trade', 'name: Trade and commerce'))
  const reseed = spawn(process.execPath, ['--import', 'tsx', 'src/cli/seed.ts', seed], { cwd: projectRoot, env: { PATH: process.env.PATH ?? '', DATABASE_URL: url }, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  reseed.stdout.on('data', (chunk: Buffer) => { output += chunk.toString() })
  reseed.stderr.on('data', (chunk: Buffer) => { output += chunk.toString() })
  const code = await new Promise(resolve => reseed.on('exit', resolve))
  t.equal(code, 0, output)
  t.match(output, /loaded dataset/)
  const committed = Date.now()
  // The bound is milliseconds (2 × HEARTBEAT_MS with a broken listener); a loaded test machine gets more room.
  for (const { base } of replicas) {
    t.ok(await eventually(async () => await nameOn(base) === 'Trade and commerce', 10 * HEARTBEAT_MS), `${base} shows the change`)
  }
  t.comment(`both replicas showed the re-seed ${Date.now() - committed} ms after it committed`)
})

t.test('a server whose listener connection is cut stops answering from its cache, reconnects, and sees later changes', async t => {
  runOn('postgresql')
  t.teardown(() => { runOn('sqlite') })
  const { app, prisma, database } = await buildAppWithDatabase(t)
  const name = async (): Promise<string> => (await app.inject('/sectors/trade')).json().name
  t.equal(await name(), 'Trade')
  const datname = new URL(database.provider === 'postgresql' ? database.url : '').pathname.slice(1)
  const listeners = `SELECT pg_terminate_backend(pid) AS cut FROM pg_stat_activity WHERE application_name = '${LISTENER_NAME}' AND datname = '${datname}'`
  t.same((await adminQuery(listeners)).rows, [{ cut: true }], 'its one listener, cut')
  await prisma.sector.update({ where: { slug: 'trade' }, data: { name: 'Changed while nobody listened' } })
  t.ok(await eventually(async () => await name() === 'Changed while nobody listened'), 'the change is seen')
  t.ok(await eventually(async () => (await adminQuery(listeners.replace('pg_terminate_backend(pid)', 'true'))).rowCount === 1), 'it listens again')
  await prisma.sector.update({ where: { slug: 'trade' }, data: { name: 'Changed after' } })
  t.ok(await eventually(async () => await name() === 'Changed after'), 'and sees what follows')
  t.ok(await eventually(async () => {
    const queries = app.dbStats.queries
    await name()
    return app.dbStats.queries === queries
  }), 'from its cache again')
})
