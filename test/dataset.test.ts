// The dataset's promises: 35 agreements that add up to the reported total,
// every fact supported by a claim whose source is the article quoted verbatim
// or another source cited by reference, and every disagreement kept, ranked.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { projectRoot } from '../src/paths.js'
import { disputedFields } from '../src/provenance/claims.js'
import { findUncitedFacts } from '../src/setup/seed/provenance.js'
import { prismaOn, seededDatabase } from './helper.js'

const prisma = await prismaOn(t, await seededDatabase(t))

const ceremony = 'korea-kazakhstan-2024-signing-ceremony'
const forum = 'korea-kazakhstan-2024-business-forum'

t.test('35 agreements, as reported: 11 at the signing ceremony, 23 of the forum\'s 24, and one whose session is unknown', async t => {
  t.equal(await prisma.agreement.count(), 35)
  const summit = await prisma.summit.findUniqueOrThrow({ where: { slug: 'korea-kazakhstan-2024' }, include: { _count: { select: { agreements: true } } } })
  t.same([summit.reportedAgreementCount, summit._count.agreements], [35, 35], 'the summit\'s records are its preferred reported total')
  const sessions = await prisma.session.findMany({ include: { _count: { select: { agreements: true } } }, orderBy: { ordinal: 'asc' } })
  t.same(sessions.map(s => [s.kind, s.reportedAgreementCount, s._count.agreements]), [
    ['signing_ceremony', 11, 11],
    ['business_forum', 24, 23]
  ])
  t.same((await prisma.agreement.findMany({ where: { sessionId: null } })).map(a => a.slug), ['eximbank-dbk-on-lending-mou'])
})

t.test('unidentified agreements carry no invented detail', async t => {
  const unidentified = await prisma.agreement.findMany({
    where: { identified: false },
    include: { parties: true, sectors: true, minerals: true, session: true }
  })
  t.equal(unidentified.length, 16)
  for (const a of unidentified) {
    t.same([a.title, a.summary, a.parties.length, a.sectors.length, a.minerals.length], [null, null, 0, 0, 0], a.slug)
    // The forum's count is "MOUs and agreements": which is which is unknown.
    t.same([a.session?.kind, a.kind], ['business_forum', null], `${a.slug}: a forum record of unknown kind`)
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

t.test('every quote occurs verbatim in a text the project ships, whose text is the committed copy', async t => {
  const sources = await prisma.source.findMany({ include: { claims: true } })
  t.ok(sources.some(s => s.kind === 'article'))
  for (const source of sources.filter(s => s.textPath !== null)) {
    const text = readFileSync(join(projectRoot, source.textPath ?? ''), 'utf8')
    t.equal(createHash('sha256').update(text).digest('hex'), source.textSha256, `${source.slug} text unchanged`)
    const missing = source.claims.filter(c => c.quote === null || !text.includes(c.quote))
    t.same(missing.map(c => c.quote), [], `${source.slug}: ${source.claims.length} quotes found verbatim`)
  }
})

t.test('every other source is cited by reference: complete, and never quoted', async t => {
  const cited = await prisma.source.findMany({ where: { textPath: null }, include: { claims: true } })
  t.ok(cited.length >= 25, `${cited.length} sources cited by reference`)
  for (const source of cited) {
    t.ok(['official_release', 'wire', 'newspaper', 'registry'].includes(source.kind), `${source.slug} is a ${source.kind}`)
    t.ok(source.url !== null && source.title !== '' && source.publisher !== '' && source.language !== '', `${source.slug}: address, title, publisher, language`)
    t.match(source.publishedOn, /^(\d{4}-\d{2}-\d{2}|unknown)$/, `${source.slug}: a publication date, or "unknown"`)
    t.match(source.retrievedOn, /^\d{4}-\d{2}-\d{2}$/, `${source.slug}: when it was read`)
    t.ok(source.claims.length > 0, `${source.slug} supports at least one claim`)
    t.same(source.claims.filter(c => c.quote !== null || c.locator === null || c.locator.length > 160).map(c => c.id), [],
      `${source.slug}: every claim has a short locator and no quote`)
  }
})

t.test('every record, field and relation has a claim supporting the value it holds', async t => {
  t.same(await findUncitedFacts(prisma), [])
})

t.test('a fact without a claim, or whose claims support another value, is found', async t => {
  const claim = await prisma.claim.findFirstOrThrow({ where: { subjectType: 'agreement', subjectKey: 'lithium-exploration-mou', field: 'minerals/lithium' } })
  await prisma.claim.delete({ where: { id: claim.id } })
  t.same(await findUncitedFacts(prisma), [{ type: 'agreement', key: 'lithium-exploration-mou', field: 'minerals/lithium', value: null }])
  await prisma.claim.create({ data: claim })
  // The GHG MOU's date: its preferred claims say 11 June. Holding 12 June, which only normal claims give, is still supported;
  // holding a date no claim gives is not.
  const ghg = { where: { slug: 'greenhouse-gas-reduction-projects-mou' } }
  await prisma.agreement.update({ ...ghg, data: { signedAt: '2024-06-13' } })
  t.same(await findUncitedFacts(prisma), [{ type: 'agreement', key: 'greenhouse-gas-reduction-projects-mou', field: 'signed_at', value: '2024-06-13' }])
  await prisma.agreement.update({ ...ghg, data: { signedAt: '2024-06-11' } })
  t.same(await findUncitedFacts(prisma), [])
})

t.test('no agreement is placed at a session by inference from the article alone', async t => {
  const placed = await prisma.agreement.findMany({ where: { identified: true, sessionId: { not: null } } })
  t.equal(placed.length, 18)
  for (const a of placed) {
    const stated = await prisma.claim.count({ where: { subjectType: 'agreement', subjectKey: a.slug, field: 'session', rank: { not: 'deprecated' }, basis: 'stated' } })
    t.ok(stated > 0, `${a.slug}: a source states its session`)
    t.equal(a.sessionBasis, 'stated', `${a.slug}: session basis`)
  }
  // The article's five were first placed at the ceremony by inference. Two of them were signed at the forum: the old
  // placement is kept, deprecated, with the reasoning.
  for (const slug of ['lithium-exploration-mou', 'rare-metals-technology-cooperation-mou']) {
    const [held, former] = await Promise.all([
      prisma.agreement.findUniqueOrThrow({ where: { slug }, include: { session: true } }),
      prisma.claim.findMany({ where: { subjectType: 'agreement', subjectKey: slug, field: 'session', value: ceremony } })
    ])
    t.equal(held.session?.slug, forum, `${slug} is at the forum`)
    t.same(former.map(c => [c.rank, c.basis]), [['deprecated', 'inferred']], `${slug}: the former placement, deprecated`)
  }
  const inferred = await prisma.claim.findMany({ where: { basis: 'inferred' } })
  t.ok(inferred.length > 0)
  t.ok(inferred.every(c => (c.note ?? '').length > 20), 'every inference says why')
})

t.test('every disagreement is kept as ranked claims, and flagged where it counts', async t => {
  const claimsOf = async (subjectType: string, subjectKey: string) =>
    prisma.claim.findMany({ where: { subjectType, subjectKey }, include: { source: true }, orderBy: { id: 'asc' } })
  const values = async (subjectType: string, subjectKey: string, field: string): Promise<Record<string, string[]>> => {
    const byValue: Record<string, Set<string>> = {}
    for (const c of (await claimsOf(subjectType, subjectKey)).filter(c => c.field === field)) (byValue[`${c.value ?? ''} ${c.rank}`] ??= new Set()).add(c.source.slug)
    return Object.fromEntries(Object.entries(byValue).map(([key, slugs]) => [key, [...slugs].sort()]))
  }
  t.match(await values('summit', 'korea-kazakhstan-2024', 'reported_agreement_count'), {
    '35 preferred': ['asia-economy-35-mous', 'joongang-2024-06-12-korea-kazakhstan-critical-minerals', 'shin-a-ilbo-forum-24-mous', 'yonhap-via-myanmar-news-gazette'],
    '37 normal': ['kukmin-ilbo-37-documents'],
    '33 deprecated': ['asia-economy-35-mous']
  })
  t.match(await values('session', forum, 'reported_agreement_count'), { '24 preferred': Array, '22 deprecated': ['asia-economy-35-mous'] })
  t.match(await values('agreement', 'hyundai-engineering-kazmunaygas-mou', 'kind'), {
    'agreement preferred': ['maeil-ilbo-hyundai-engineering', 'money-s-hyundai-engineering', 'news-az-minerals-oil-gas'],
    'mou normal': ['dailian-summit-mous', 'joongang-2024-06-12-korea-kazakhstan-critical-minerals', 'korea-herald-print-2024-06-13']
  })
  t.match(await values('agreement', 'greenhouse-gas-reduction-projects-mou', 'signed_at'), { '2024-06-11 preferred': ['kotra-mou-registry-1661'], '2024-06-12 normal': Array })
  t.match(await values('agreement', 'lithium-exploration-mou', 'parties'), {
    '["kazakhstan-ministry-of-industry-and-construction","korea-institute-of-geoscience-and-mineral-resources","sk-ecoplant"] preferred': Array,
    '["kazakhstan-ministry-of-industry-and-construction","korea-institute-of-geoscience-and-mineral-resources","sk-ecoplant","tau-ken-samruk"] normal': ['metalswire-lithium-exploration']
  })
  t.match(await values('party', 'kazakhstan-ministry-of-industry-and-construction', 'name'), { 'Ministry of Industry and Infrastructure Development deprecated': ['yonhap-via-myanmar-news-gazette'] })
  t.match(await values('party', 'kazakhstan-national-center-for-technology-forecasting', 'name'), { 'National Center of Science and Technology Evaluation deprecated': ['yonhap-via-myanmar-news-gazette'] })

  // Stored per agreement at load: exactly the agreements with two non-deprecated claims of different values.
  const agreements = await prisma.agreement.findMany({ orderBy: { ordinal: 'asc' } })
  const disputed: Record<string, string[]> = {}
  for (const a of agreements) {
    const fields = disputedFields(await claimsOf('agreement', a.slug))
    t.equal(a.disputed, fields.length > 0, `${a.slug}: disputed flag`)
    if (fields.length > 0) disputed[a.slug] = fields
  }
  t.same(disputed, {
    'doosan-enerbility-samruk-kazyna-cooperation-agreement': ['kind'],
    'hyundai-engineering-kazmunaygas-mou': ['kind'],
    'greenhouse-gas-reduction-projects-mou': ['signed_at'],
    'lithium-exploration-mou': ['parties'],
    'rare-metals-technology-cooperation-mou': ['title'],
    'kazakhstan-elevator-rnd-park': ['kind']
  })
  t.same(disputedFields(await claimsOf('session', forum)), ['witnesses'])
  t.same(disputedFields(await claimsOf('summit', 'korea-kazakhstan-2024')), ['reported_agreement_count'], 'the 33 is deprecated and does not count')
})

t.test('per agreement, the sources that support it and their kinds are stored at load', async t => {
  const agreements = await prisma.agreement.findMany({ include: { sources: { include: { source: true } } } })
  for (const a of agreements) {
    const claims = await prisma.claim.findMany({ where: { subjectType: 'agreement', subjectKey: a.slug, rank: { not: 'deprecated' } }, include: { source: true } })
    const expected = [...new Set(claims.map(c => c.source.slug))].sort()
    t.same(a.sources.map(s => s.source.slug).sort(), expected, `${a.slug}: supporting sources`)
    t.equal(a.sourceCount, expected.length, `${a.slug}: source count`)
    t.equal(a.sourceKinds, [...new Set(claims.map(c => c.source.kind))].sort().join(','), `${a.slug}: source kinds`)
    t.ok(a.sources.every(s => s.sourceKind === s.source.kind), `${a.slug}: kinds copied`)
  }
  const critical = agreements.find(a => a.slug === 'critical-minerals-supply-chain-partnership-mou')
  t.same([critical?.sourceCount, critical?.sourceKinds], [8, 'article,newspaper'])
})
