// Start-up on a shared PostgreSQL database, with real processes: replicas that
// start at once take turns (one migrates and seeds, the others wait and become
// ready); none seeds over data. (Their coherence: replicas-postgresql.test.ts.)
import { setTimeout as sleep } from 'node:timers/promises'
import t, { type Test } from 'tap'
import { prepareDatabase } from '../src/setup/prepare.js'
import { adminQuery, emptyPostgresDatabase } from './fixtures/postgres.js'
import { freePort, type ServerProcess, startServer, waitFor200 } from './fixtures/server-process.js'
import { prismaOn } from './helper.js'

async function replica (t: Test, url: string): Promise<{ server: ServerProcess, base: string }> {
  const port = await freePort()
  const server = startServer({ PORT: String(port), DATABASE_URL: url, LOG_LEVEL: 'info' })
  t.teardown(() => { server.child.kill('SIGKILL') })
  return { server, base: `http://127.0.0.1:${port}` }
}

const prepared = (server: ServerProcess): { migrated: string[], seeded: boolean } | undefined => server.output().split('\n')
  .flatMap(line => { try { return [JSON.parse(line) as { msg?: string, migrated: string[], seeded: boolean }] } catch { return [] } })
  .find(entry => entry.msg === 'database ready')

t.test('three replicas started at once on an empty database: one migrates and seeds, all become ready', async t => {
  const url = await emptyPostgresDatabase(t)
  const replicas = await Promise.all([1, 2, 3].map(async () => replica(t, url)))
  await Promise.all(replicas.map(async ({ base, server }) => waitFor200(`${base}/ready`, 90_000).catch(error => {
    throw new Error(`${(error as Error).message}:\n${server.output()}`)
  })))
  // The log is written in batches (src/logging.ts): the line may follow /ready by a moment.
  for (let waited = 0; replicas.some(({ server }) => prepared(server) === undefined) && waited < 30_000; waited += 50) await sleep(50)
  const outcomes = replicas.map(({ server }) => prepared(server))
  t.equal(outcomes.filter(o => o?.seeded === true).length, 1, 'exactly one seeded')
  t.equal(outcomes.filter(o => (o?.migrated.length ?? 0) > 0).length, 1, 'exactly one migrated')
  for (const { base } of replicas) t.equal((await (await fetch(`${base}/mous`)).json() as { meta: { total: number } }).meta.total, 35)
  const [rows] = (await adminQuery('SELECT count(*)::int AS n FROM "Agreement"', url)).rows as Array<{ n: number }>
  t.equal(rows?.n, 35, 'seeded once, not three times')
})

t.test('start-up never seeds over existing data', async t => {
  const database = { provider: 'postgresql' as const, url: await emptyPostgresDatabase(t) }
  t.match(await prepareDatabase(database), { seeded: true })
  const prisma = await prismaOn(t, database)
  await prisma.sector.update({ where: { slug: 'trade' }, data: { name: 'Edited by an operator' } })
  t.same(await prepareDatabase(database), { migrated: [], seeded: false })
  t.equal((await prisma.sector.findUniqueOrThrow({ where: { slug: 'trade' } })).name, 'Edited by an operator')
})
