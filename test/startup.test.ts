// Start-up: a fresh database is created, migrated and seeded; an existing one
// is never seeded over; the server process serves and stops cleanly.
import { join } from 'node:path'
import t from 'tap'
import { committedMigrations } from '../src/db/pending-migrations.js'
import { migrationsDir } from '../src/paths.js'
import { prepareDatabase } from '../src/setup/prepare.js'
import { freePort, startServer, waitFor200 } from './fixtures/server-process.js'
import { prismaOn, tempDir } from './helper.js'

t.test('an empty location gets a migrated, seeded database; a second start changes nothing', async t => {
  const database = { provider: 'sqlite' as const, path: join(tempDir(t), 'nested', 'accords.db') }
  const first = await prepareDatabase(database)
  t.same(first.migrated, await committedMigrations(migrationsDir), 'every committed migration, in order')
  t.equal(first.seeded, true)
  t.same(await prepareDatabase(database), { migrated: [], seeded: false })
})

t.test('start-up never seeds over existing data', async t => {
  const database = { provider: 'sqlite' as const, path: join(tempDir(t), 'accords.db') }
  await prepareDatabase(database)
  const prisma = await prismaOn(t, database)
  await prisma.sector.update({ where: { slug: 'trade' }, data: { name: 'Edited by an operator' } })
  await prepareDatabase(database)
  t.equal((await prisma.sector.findUniqueOrThrow({ where: { slug: 'trade' } })).name, 'Edited by an operator')
})

t.test('the server process creates its database, serves /health and exits 0 on SIGTERM', async t => {
  const port = await freePort()
  const server = startServer({ PORT: String(port), DATABASE_URL: `file:${join(tempDir(t), 'db', 'accords.db')}` })
  t.teardown(() => { server.child.kill('SIGKILL') })
  // A first start migrates and seeds before it serves; this proves it gets there, not how fast (npm run bench
  // measures that). On a machine other test suites load (load average 12 on 2 cores) it took 14–17 s, so 20 s is too close.
  await waitFor200(`http://127.0.0.1:${port}/health`, 60_000)
  server.child.kill('SIGTERM')
  t.equal(await server.exited, 0, server.output())
})

t.test('an invalid setting stops the process with a message naming the variable', async t => {
  const server = startServer({ PORT: 'eighty' })
  t.equal(await server.exited, 1)
  t.match(server.output(), /PORT="eighty": .*\(accepts an integer from 0 to 65535\)/)
})
