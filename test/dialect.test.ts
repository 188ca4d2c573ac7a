// The raw-SQL seam: a client, or a transaction's, says which database it is on.
import t from 'tap'
import { forDatabase, providerOf } from '../src/db/dialect.js'
import { prismaOn, seededDatabase, testProvider } from './helper.js'

t.test('providerOf and forDatabase follow the client, inside a transaction too', async t => {
  const prisma = await prismaOn(t, await seededDatabase(t))
  t.equal(providerOf(prisma), testProvider())
  await prisma.$transaction(async tx => { t.equal(providerOf(tx), testProvider()) })
  t.equal(forDatabase(prisma, { sqlite: 'S', postgresql: 'P' }), testProvider() === 'sqlite' ? 'S' : 'P')
})
