// Start-up: a fresh database is created, migrated and seeded; an existing one
// is never seeded over; the server process serves and stops cleanly.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { createPrismaClient } from '../src/db/client.js'
import { migrationsDir } from '../src/paths.js'
import { prepareDatabase } from '../src/setup/prepare.js'
import { freePort, startServer, waitFor200 } from './fixtures/server-process.js'
import { tempDir } from './helper.js'

t.test('an empty location gets a migrated, seeded database; a second start changes nothing', async t => {
  const path = join(tempDir(t), 'nested', 'accords.db')
  const first = await prepareDatabase(path)
  t.equal(first.migrated.length, readdirSync(migrationsDir).filter(name => /^\d+_/.test(name)).length, 'every migration')
  t.equal(first.seeded, true)
  t.same(await prepareDatabase(path), { migrated: [], seeded: false })
})

t.test('start-up never seeds over existing data', async t => {
  const path = join(tempDir(t), 'accords.db')
  await prepareDatabase(path)
  const prisma = createPrismaClient(path)
  t.teardown(() => prisma.$disconnect())
  await prisma.sector.update({ where: { slug: 'trade' }, data: { name: 'Edited by an operator' } })
  await prepareDatabase(path)
  t.equal((await prisma.sector.findUniqueOrThrow({ where: { slug: 'trade' } })).name, 'Edited by an operator')
})

t.test('the server process creates its database, serves /health and exits 0 on SIGTERM', async t => {
  const port = await freePort()
  const server = startServer({ PORT: String(port), DATABASE_URL: `file:${join(tempDir(t), 'db', 'accords.db')}` })
  t.teardown(() => { server.child.kill('SIGKILL') })
  await waitFor200(`http://127.0.0.1:${port}/health`)
  server.child.kill('SIGTERM')
  t.equal(await server.exited, 0, server.output())
})

t.test('an invalid setting stops the process with a message naming the variable', async t => {
  const server = startServer({ PORT: 'eighty' })
  t.equal(await server.exited, 1)
  t.match(server.output(), /PORT="eighty": .*\(accepts an integer from 0 to 65535\)/)
})
