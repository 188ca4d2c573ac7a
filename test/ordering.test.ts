// Orderings that the two databases would answer differently if left to their
// defaults, answered alike: text by code point (SQLite's BINARY; PostgreSQL's
// columns are COLLATE "C"), enums by their text (PostgreSQL would sort a native
// enum by declaration order; its schema declares the values sorted), nulls
// where the API says. test/postgresql/ordering.test.ts runs it on PostgreSQL.
import t from 'tap'
import { sortKey } from '../src/db/sort-key.js'
import { compareCodePoints } from '../src/text.js'
import { seedDir } from '../src/paths.js'
import { loadDataset } from '../src/setup/seed/load.js'
import { type Dataset, readDataset } from '../src/setup/seed/read.js'
import { buildAppWithDatabase } from './helper.js'

const { app, prisma } = await buildAppWithDatabase(t)

// Titles that a linguistic collation (en_US, ICU) would order differently.
const titles = ['alpha', 'Alpha', 'ALPHA', 'Zeta', 'Ärzte', 'arzte', 'İstanbul', '_under', '10 accords', '9 accords', 'éclair', 'ﬁnance', '😀 emoji', 'Ωmega', 'a b', 'ab']

// The shipped dataset with these titles given to its first agreements, loaded as the
// loader loads any dataset: the orders it stores are computed from them. (A value
// needs a claim of that value: each agreement's title and kind claims say the new
// one; one that had none borrows another's, with its value.)
const dataset = await readDataset(seedDir)
const renamed = dataset.agreements.slice(0, titles.length)
type Claim = Dataset['claims'][number]
const claimOf = (field: string): Claim | undefined =>
  dataset.claims.find(claim => claim.subjectType === 'agreement' && claim.field === field && claim.rank !== 'deprecated')
const [titleClaim, kindClaim] = [claimOf('title'), claimOf('kind')]
if (renamed.length < titles.length || titleClaim === undefined || kindClaim === undefined) throw new Error('the shipped dataset has changed: adapt this test')
/** The agreement's claims on `field` now all say `value`. */
function claim (slug: string, field: string, value: string, model: Claim): void {
  dataset.claims = dataset.claims.filter(claim => !(claim.subjectType === 'agreement' && claim.subjectKey === slug && claim.field === field))
  dataset.claims.push({ ...model, subjectKey: slug, value, rank: 'normal' })
}
renamed.forEach((agreement, index) => {
  agreement.title = titles[index]
  claim(agreement.slug, 'title', agreement.title ?? '', titleClaim)
  // Both kinds (the shipped data has mostly MOUs); the others keep theirs, unknown included.
  if (index % 3 === 2) return
  agreement.kind = index % 3 === 0 ? 'agreement' : 'mou'
  claim(agreement.slug, 'kind', agreement.kind, kindClaim)
})
const ordering = new Set(renamed.map(agreement => agreement.slug))
await loadDataset(prisma, { ...dataset, sha256: 'ordering test' })

async function slugsOf (url: string): Promise<Array<{ slug: string, title: string | null, kind: string | null }>> {
  const res = await app.inject(url)
  t.equal(res.statusCode, 200, url)
  return (res.json() as { data: Array<{ slug: string, title: string | null, kind: string | null }> }).data
}

t.test('sort=title orders by code point, whatever the database\'s collation', async t => {
  const sorted = (await slugsOf('/mous?sort=title&limit=200')).filter(a => ordering.has(a.slug)).map(a => a.title ?? '')
  t.same(sorted, [...titles].sort(compareCodePoints))
  const descending = (await slugsOf('/mous?sort=-title&limit=200')).filter(a => ordering.has(a.slug)).map(a => a.title ?? '')
  t.same(descending, [...titles].sort(compareCodePoints).reverse())
})

t.test('sort=kind orders agreement before mou (their text), unknown last, either way', async t => {
  const kinds = (await slugsOf('/mous?sort=kind&limit=200')).map(a => a.kind)
  t.ok(kinds.includes('agreement') && kinds.includes('mou') && kinds.includes(null), 'the data has every kind, and unknown')
  const firstMou = kinds.indexOf('mou')
  t.ok(kinds.lastIndexOf('agreement') < firstMou, 'every agreement before the first mou')
  t.ok(kinds.lastIndexOf('mou') < kinds.indexOf(null), 'unknown after every mou')
  const descending = (await slugsOf('/mous?sort=-kind&limit=200')).map(a => a.kind)
  t.ok(descending.lastIndexOf('mou') < descending.indexOf('agreement'), 'descending: mou first')
  t.ok(descending.lastIndexOf('agreement') < descending.indexOf(null), 'descending: unknown still last')
})

t.test('/parties sorts names by their stored sort key (letter case and accents aside), compared by code point', async t => {
  const res = await app.inject('/parties?sort=name&limit=100')
  const names = (res.json() as { data: Array<{ name: string }> }).data.map(p => p.name)
  t.same(names, [...names].sort((a, b) => compareCodePoints(sortKey(a), sortKey(b))))
})
