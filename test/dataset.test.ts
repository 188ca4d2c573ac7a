// The dataset's promises: 35 agreements that add up per session, every fact
// cited with a quote that occurs verbatim in the project's copy of its source.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { projectRoot } from '../src/paths.js'
import { findUncitedFacts } from '../src/setup/seed/provenance.js'
import { prismaOn, seededDatabase } from './helper.js'

const prisma = await prismaOn(t, await seededDatabase(t))

t.test('35 agreements: 11 at the signing ceremony and 24 at the business forum, as reported', async t => {
  t.equal(await prisma.agreement.count(), 35)
  const sessions = await prisma.session.findMany({ include: { _count: { select: { agreements: true } } }, orderBy: { ordinal: 'asc' } })
  t.same(sessions.map(s => [s.kind, s.reportedAgreementCount, s._count.agreements]), [
    ['signing_ceremony', 11, 11],
    ['business_forum', 24, 24]
  ])
})

t.test('unidentified agreements carry no invented detail', async t => {
  const unidentified = await prisma.agreement.findMany({
    where: { identified: false },
    include: { parties: true, sectors: true, minerals: true, session: true }
  })
  t.equal(unidentified.length, 30)
  for (const a of unidentified) {
    t.same([a.title, a.summary, a.parties.length, a.sectors.length, a.minerals.length], [null, null, 0, 0, 0], a.slug)
    // The forum's count is "MOUs and agreements": which is which is unknown.
    t.equal(a.kind, a.session.kind === 'business_forum' ? null : 'mou', `${a.slug} kind`)
  }
})

t.test('the critical-minerals sector holds the three mineral MOUs the article names', async t => {
  const tagged = await prisma.agreement.findMany({ where: { sectors: { some: { sector: { slug: 'critical-minerals' } } } }, orderBy: { ordinal: 'asc' } })
  t.same(tagged.map(a => a.slug), [
    'critical-minerals-supply-chain-partnership-mou',
    'lithium-exploration-mou',
    'rare-metals-technology-cooperation-mou'
  ])
})

t.test('every citation quote occurs verbatim in its source, whose text is the committed copy', async t => {
  const sources = await prisma.source.findMany({ include: { citations: true } })
  t.ok(sources.some(s => s.kind === 'article'))
  for (const source of sources) {
    const text = readFileSync(join(projectRoot, source.textPath), 'utf8')
    t.equal(createHash('sha256').update(text).digest('hex'), source.textSha256, `${source.slug} text unchanged`)
    const missing = source.citations.filter(c => !text.includes(c.quote))
    t.same(missing.map(c => c.quote), [], `${source.slug}: ${source.citations.length} quotes found verbatim`)
  }
})

t.test('every record, field and relation has a citation', async t => {
  t.same(await findUncitedFacts(prisma), [])
})

t.test('a fact without a citation is found', async t => {
  const citation = await prisma.citation.findFirstOrThrow({ where: { subjectType: 'agreement', subjectKey: 'lithium-exploration-mou', field: 'minerals/lithium' } })
  await prisma.citation.delete({ where: { id: citation.id } })
  t.teardown(() => prisma.citation.create({ data: citation }))
  t.same(await findUncitedFacts(prisma), [{ type: 'agreement', key: 'lithium-exploration-mou', field: 'minerals/lithium' }])
})

t.test('placements the article does not state are marked inferred, with the reasoning', async t => {
  const named = await prisma.agreement.findMany({ where: { identified: true } })
  t.equal(named.length, 5)
  for (const a of named) t.equal(a.sessionBasis, 'inferred', `${a.slug}: the article never says at which session`)
  const inferred = await prisma.citation.findMany({ where: { basis: 'inferred' } })
  t.ok(inferred.length > 0)
  t.ok(inferred.every(c => (c.note ?? '').length > 20), 'every inference says why')
})
