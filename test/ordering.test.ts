// Orderings that the two databases would answer differently if left to their
// defaults, answered alike: text by code point (SQLite's BINARY; PostgreSQL's
// columns are COLLATE "C"), enums by their text (PostgreSQL would sort a native
// enum by declaration order; its schema declares the values sorted), nulls
// where the API says. test/postgresql/ordering.test.ts runs it on PostgreSQL.
import t from 'tap'
import { compareCodePoints } from '../src/db/text-order.js'
import { buildAppWithDatabase } from './helper.js'

const { app, prisma } = await buildAppWithDatabase(t)

// Titles that a linguistic collation (en_US, ICU) would order differently.
const titles = ['alpha', 'Alpha', 'ALPHA', 'Zeta', 'Ärzte', 'arzte', 'İstanbul', '_under', '10 accords', '9 accords', 'éclair', 'ﬁnance', '😀 emoji', 'Ωmega', 'a b', 'ab']

const session = await prisma.session.findFirstOrThrow({ where: { kind: 'signing_ceremony' } })
await prisma.agreement.createMany({
  data: titles.map((title, index) => ({
    slug: `ordering-${String(index).padStart(2, '0')}`,
    sessionId: session.id,
    sessionBasis: 'stated' as const,
    ordinal: 100 + index,
    kind: index % 3 === 0 ? 'agreement' as const : index % 3 === 1 ? 'mou' as const : null,
    title,
    summary: null,
    identified: true
  }))
})

async function slugsOf (url: string): Promise<Array<{ slug: string, title: string | null, kind: string | null }>> {
  const res = await app.inject(url)
  t.equal(res.statusCode, 200, url)
  return (res.json() as { data: Array<{ slug: string, title: string | null, kind: string | null }> }).data
}

t.test('sort=title orders by code point, whatever the database\'s collation', async t => {
  const sorted = (await slugsOf('/mous?sort=title&limit=200')).filter(a => a.slug.startsWith('ordering-')).map(a => a.title ?? '')
  t.same(sorted, [...titles].sort(compareCodePoints))
  const descending = (await slugsOf('/mous?sort=-title&limit=200')).filter(a => a.slug.startsWith('ordering-')).map(a => a.title ?? '')
  t.same(descending, [...titles].sort(compareCodePoints).reverse())
})

t.test('sort=kind orders agreement before mou (their text), unknown last, either way', async t => {
  const kinds = (await slugsOf('/mous?sort=kind&limit=200')).map(a => a.kind)
  const firstMou = kinds.indexOf('mou')
  t.ok(kinds.lastIndexOf('agreement') < firstMou, 'every agreement before the first mou')
  t.ok(kinds.lastIndexOf('mou') < kinds.indexOf(null), 'unknown after every mou')
  const descending = (await slugsOf('/mous?sort=-kind&limit=200')).map(a => a.kind)
  t.ok(descending.lastIndexOf('mou') < descending.indexOf('agreement'), 'descending: mou first')
  t.ok(descending.lastIndexOf('agreement') < descending.indexOf(null), 'descending: unknown still last')
})

t.test('/parties sorts names by code point', async t => {
  const res = await app.inject('/parties?sort=name&limit=100')
  const names = (res.json() as { data: Array<{ name: string }> }).data.map(p => p.name)
  t.same(names, [...names].sort(compareCodePoints))
})
