// group_by, /stats and /party-pairs, checked against the dataset.
import t from 'tap'
import { buildApp } from './helper.js'

const app = await buildApp(t)
interface Group { key: string, name: string, count: number }
interface Groups { data: Group[], meta: { group_by: string, total: number, multi_valued: boolean, counted: number } }
const groups = async (url: string): Promise<Groups> => {
  const res = await app.inject(url)
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`)
  return res.json()
}
const counts = (g: Groups): Record<string, number> => Object.fromEntries(g.data.map(x => [x.key, x.count]))

t.test('single-valued dimensions add up to the filtered total', async t => {
  for (const dimension of ['summit', 'session', 'kind', 'identified']) {
    for (const filter of ['', 'sector=critical-minerals,energy&', 'country=KR&']) {
      const g = await groups(`/mous?${filter}group_by=${dimension}`)
      t.equal(g.meta.multi_valued, false, dimension)
      t.equal(g.meta.counted, g.meta.total, `${filter}${dimension}: groups add up`)
    }
  }
  t.same(counts(await groups('/mous?group_by=session')), {
    'korea-kazakhstan-2024-business-forum': 23, 'korea-kazakhstan-2024-signing-ceremony': 11, unknown: 1
  }, 'the agreement whose session no source gives counts as unknown')
  t.same(counts(await groups('/mous?group_by=summit')), { 'korea-kazakhstan-2024': 35, unknown: 0 }, 'every agreement\'s summit is known')
  t.same(counts(await groups('/mous?group_by=kind')), { mou: 16, agreement: 2, record_of_discussion: 0, unknown: 17 })
  t.same(counts(await groups('/mous?group_by=identified')), { false: 16, true: 19, unknown: 0 })
})

t.test('multi-valued dimensions say so, give the distinct total, and count agreements without a value as unknown', async t => {
  const bySector = await groups('/mous?group_by=sector')
  t.match(bySector.meta, { group_by: 'sector', total: 35, multi_valued: true, counted: 36 })
  t.same(counts(bySector), {
    energy: 4,
    'critical-minerals': 3,
    finance: 2,
    industry: 2,
    'science-and-technology': 2,
    trade: 2,
    'civil-service': 1,
    'emissions-reduction': 1,
    'employment-and-labour': 1,
    forestry: 1,
    'knowledge-sharing': 1,
    infrastructure: 0,
    'new-industries': 0,
    unknown: 16
  })
  t.equal(bySector.data.at(-1)?.key, 'unknown', 'unknown comes last')
  t.same(bySector.data.slice(0, 2).map(g => g.key), ['energy', 'critical-minerals'], 'largest first')

  const byCountry = await groups('/mous?group_by=country')
  t.same(counts(byCountry), { KR: 15, KZ: 15, unknown: 20 })
  t.ok(byCountry.meta.counted > byCountry.meta.total, 'an agreement between two countries counts in both')

  t.same(counts(await groups('/mous?group_by=party_kind&identified=true')), {
    government_body: 10, company: 4, state_owned_enterprise: 4, association: 1, bank: 1, research_institute: 1, state: 1, unknown: 4
  })
  const byMineral = counts(await groups('/mous?group_by=mineral&sector=critical-minerals'))
  t.match(byMineral, { lithium: 3, titanium: 2, tungsten: 2, 'rare-metals': 1, uranium: 1, unknown: 0 })
})

t.test('group_by honours the same filters as the list', async t => {
  const g = await groups('/mous?sector=critical-minerals&group_by=party')
  t.equal(g.meta.total, (await app.inject('/mous?sector=critical-minerals')).json().meta.total)
  t.match(counts(g), {
    'kazakhstan-ministry-of-industry-and-construction': 2,
    'kazakhstan-national-center-for-technology-forecasting': 1,
    'korea-institute-for-advancement-of-technology': 1,
    'korea-institute-of-geoscience-and-mineral-resources': 1,
    'ministry-of-trade-industry-and-energy': 1,
    'sk-ecoplant': 1,
    'hyundai-engineering': 0,
    'tau-ken-samruk': 0,
    korea: 0,
    unknown: 0
  })
  t.equal(g.data.length, 27, 'every party, and unknown')
  t.same(counts(await groups('/parties/kazmunaygas/mous?group_by=sector')).energy, 1, 'nested lists too')
  const bad = await app.inject('/mous?group_by=colour')
  t.equal(bad.statusCode, 400)
  t.match(bad.json().errors[0], { name: 'group_by', detail: /must be one of sector, mineral, party, party_kind, country/ })
  const withSort = await app.inject('/mous?group_by=kind&sort=title')
  t.match(withSort.json().errors[0], { name: 'sort', detail: /does not apply with group_by/ })
})

t.test('/stats: reported (per source) vs. recorded (with and without a session) vs. identified, and the tiles', async t => {
  const res = await app.inject('/stats')
  t.equal(res.statusCode, 200)
  const stats = res.json()
  t.same(stats.agreements, { reported: 35, recorded: 35, identified: 19, recorded_with_session: 34, recorded_without_session: 1 })
  const [summit] = stats.summits
  t.match(summit.agreements, { reported: 35, recorded: 35, identified: 19, recorded_with_session: 34, recorded_without_session: 1 })
  const bySource = (counted: Array<{ count: number, rank: string, source: { slug: string } }>): string[] =>
    counted.map(report => `${report.count} ${report.rank} ${report.source.slug}`)
  t.same(bySource(summit.agreements.reported_by_source), [
    '35 preferred joongang-2024-06-12-korea-kazakhstan-critical-minerals',
    '35 preferred asia-economy-35-mous',
    '35 preferred shin-a-ilbo-forum-24-mous',
    '35 preferred yonhap-via-myanmar-news-gazette',
    '37 normal kukmin-ilbo-37-documents',
    '33 deprecated asia-economy-35-mous'
  ], 'each source\'s total once, best rank first')
  t.same(summit.sessions.map((s: { agreements: { reported: number, recorded: number, identified: number } }) =>
    [s.agreements.reported, s.agreements.recorded, s.agreements.identified]), [[11, 11, 11], [24, 23, 7]])
  t.same(bySource(summit.sessions[1].agreements.reported_by_source).at(-1), '22 deprecated asia-economy-35-mous')
  t.same(counts({ data: stats.sectors } as Groups), counts(await groups('/mous?group_by=sector')))
  t.same(counts({ data: stats.countries } as Groups), { KR: 15, KZ: 15, unknown: 20 })
  t.match(stats.dataset.sha256, /^[0-9a-f]{64}$/)
})

t.test('/stats shows, beside each sector\'s count, what sources say of it without naming agreements', async t => {
  const stats = (await app.inject('/stats')).json()
  const sector = (slug: string): { count: number, coverage: object[] } => stats.sectors.find((s: { key: string }) => s.key === slug)
  t.match(sector('trade'), { count: 2, coverage: [{ summit: 'korea-kazakhstan-2024', session: null, count: null, basis: 'inferred' }] })
  t.match(sector('infrastructure'), { count: 0, coverage: [{ summit: 'korea-kazakhstan-2024', session: null, basis: 'inferred' }] },
    'the article says the deals covered infrastructure; no agreement is known to')
  t.match(sector('energy'), { count: 4, coverage: [{ session: null }, { session: 'korea-kazakhstan-2024-business-forum', count: 5, basis: 'stated' }] })
  t.same(sector('forestry').coverage, [])
})

t.test('/party-pairs: who signed with whom, filterable like /mous', async t => {
  const all = (await app.inject('/party-pairs')).json()
  t.equal(all.meta.total, 18, 'one pair for each two-party agreement, three for each three-party one, once per pair')
  t.same(all.data.slice(0, 3).map((p: { party_a: { slug: string }, party_b: { slug: string }, count: number }) => `${p.party_a.slug}+${p.party_b.slug} ${p.count}`), [
    'kazakhstan-national-center-for-technology-forecasting+korea-institute-for-advancement-of-technology 2',
    'development-bank-of-kazakhstan+export-import-bank-of-korea 1',
    'doosan-enerbility+kepco-kps 1'
  ], 'most frequent first, then by slug')
  const energy = (await app.inject('/party-pairs?sector=energy&country=KZ&party=kazmunaygas')).json()
  t.same(energy.data.map((p: { agreements: string[], count: number }) => [p.agreements, p.count]), [[['hyundai-engineering-kazmunaygas-mou'], 1]])
  t.equal((await app.inject('/party-pairs?limit=2')).json().data.length, 2)
  t.equal((await app.inject('/party-pairs?sector=energi')).statusCode, 400)
})
