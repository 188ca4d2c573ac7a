// Orderings that the two databases would answer differently if left to their
// defaults, answered alike: text by code point (SQLite's BINARY; PostgreSQL's
// columns are COLLATE "C"), enums by their text (PostgreSQL would sort a native
// enum by declaration order; its schema declares the values sorted), nulls
// where the API says. test/postgresql/ordering.test.ts runs it on PostgreSQL.
import t from 'tap'
import { compareCodePoints } from '../src/text.js'
import { seedDir } from '../src/paths.js'
import { loadDataset } from '../src/setup/seed/load.js'
import { type Dataset, readDataset } from '../src/setup/seed/read.js'
import { buildAppWithDatabase } from './helper.js'

const { app, prisma } = await buildAppWithDatabase(t)

// Titles that a linguistic collation (en_US, ICU) would order differently.
const titles = ['alpha', 'Alpha', 'ALPHA', 'Zeta', 'Ärzte', 'arzte', 'İstanbul', '_under', '10 accords', '9 accords', 'éclair', 'ﬁnance', '😀 emoji', 'Ωmega', 'a b', 'ab']

// The shipped dataset with these titles given to its first agreements, loaded as the
// loader loads any dataset: the orders it stores are computed from them. (A title
// needs a citation; an agreement that had none borrows the first title's.)
const dataset = await readDataset(seedDir)
const renamed = dataset.agreements.slice(0, titles.length)
const citationOf = (field: string): Dataset['citations'][number] | undefined =>
  dataset.citations.find(citation => citation.subjectType === 'agreement' && citation.field === field)
const [titleCitation, kindCitation] = [citationOf('title'), citationOf('kind')]
if (renamed.length < titles.length || titleCitation === undefined || kindCitation === undefined) throw new Error('the shipped dataset has changed: adapt this test')
renamed.forEach((agreement, index) => {
  if (agreement.title === undefined) dataset.citations.push({ ...titleCitation, subjectKey: agreement.slug })
  agreement.title = titles[index]
  // Both kinds (the shipped data has mostly MOUs); the others keep theirs, unknown included.
  if (index % 3 === 2) return
  if (agreement.kind === undefined || agreement.kind === null) dataset.citations.push({ ...kindCitation, subjectKey: agreement.slug })
  agreement.kind = index % 3 === 0 ? 'agreement' : 'mou'
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

t.test('/parties sorts names by code point', async t => {
  const res = await app.inject('/parties?sort=name&limit=100')
  const names = (res.json() as { data: Array<{ name: string }> }).data.map(p => p.name)
  t.same(names, [...names].sort(compareCodePoints))
})
