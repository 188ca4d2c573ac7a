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
    'korea-kazakhstan-2024-business-forum': 24, 'korea-kazakhstan-2024-signing-ceremony': 11, unknown: 0
  })
  t.same(counts(await groups('/mous?group_by=kind')), { mou: 11, agreement: 0, unknown: 24 })
  t.same(counts(await groups('/mous?group_by=identified')), { false: 30, true: 5, unknown: 0 })
})

t.test('multi-valued dimensions say so, give the distinct total, and count agreements without a value as unknown', async t => {
  const bySector = await groups('/mous?group_by=sector')
  t.match(bySector.meta, { group_by: 'sector', total: 35, multi_valued: true, counted: 35 })
  t.same(counts(bySector), { 'critical-minerals': 3, energy: 2, finance: 0, infrastructure: 0, 'new-industries': 0, trade: 0, unknown: 30 })
  t.equal(bySector.data.at(-1)?.key, 'unknown', 'unknown comes last')
  t.same(bySector.data.slice(0, 2).map(g => g.key), ['critical-minerals', 'energy'], 'largest first')

  const byCountry = await groups('/mous?group_by=country')
  t.same(counts(byCountry), { KR: 3, KZ: 3, unknown: 32 })
  t.ok(byCountry.meta.counted > byCountry.meta.total, 'an agreement between two countries counts in both')

  t.same(counts(await groups('/mous?group_by=party_kind&identified=true')), {
    company: 2, government_body: 1, research_institute: 1, state: 1, state_owned_enterprise: 1, unknown: 2
  })
  t.same(counts(await groups('/mous?group_by=mineral&sector=critical-minerals')), {
    lithium: 1, 'rare-metals': 1, chromium: 0, 'rare-earth-metals': 0, titanium: 0, uranium: 0, unknown: 1
  })
})

t.test('group_by honours the same filters as the list', async t => {
  const g = await groups('/mous?sector=critical-minerals&group_by=party')
  t.equal(g.meta.total, (await app.inject('/mous?sector=critical-minerals')).json().meta.total)
  t.same(counts(g), {
    'kazakh-authorities': 1,
    kazakhstan: 1,
    korea: 1,
    'korea-institute-of-geoscience-and-mineral-resources': 1,
    'sk-ecoplant': 1,
    'hyundai-engineering': 0,
    kazmunaygas: 0,
    unknown: 1
  })
  t.same(counts(await groups('/parties/kazmunaygas/mous?group_by=sector')).energy, 1, 'nested lists too')
  const bad = await app.inject('/mous?group_by=colour')
  t.equal(bad.statusCode, 400)
  t.match(bad.json().errors[0], { name: 'group_by', detail: /must be one of sector, mineral, party, party_kind, country/ })
  const withSort = await app.inject('/mous?group_by=kind&sort=title')
  t.match(withSort.json().errors[0], { name: 'sort', detail: /does not apply with group_by/ })
})

t.test('/stats: reported vs. recorded vs. identified, and the tiles', async t => {
  const res = await app.inject('/stats')
  t.equal(res.statusCode, 200)
  const stats = res.json()
  t.same(stats.agreements, { reported: 35, recorded: 35, identified: 5 })
  t.same(stats.summits[0].sessions.map((s: { agreements: object }) => s.agreements), [
    { reported: 11, recorded: 11, identified: 5 }, { reported: 24, recorded: 24, identified: 0 }
  ])
  t.same(counts({ data: stats.sectors } as Groups), counts(await groups('/mous?group_by=sector')))
  t.same(counts({ data: stats.countries } as Groups), { KR: 3, KZ: 3, unknown: 32 })
  t.match(stats.dataset.sha256, /^[0-9a-f]{64}$/)
})

t.test('/party-pairs: who signed with whom, filterable like /mous', async t => {
  const all = (await app.inject('/party-pairs')).json()
  t.equal(all.meta.total, 5, 'one pair for each two-party MOU, three for the three-party one')
  t.same(all.data.map((p: { party_a: { slug: string }, party_b: { slug: string } }) => `${p.party_a.slug}+${p.party_b.slug}`), [
    'hyundai-engineering+kazmunaygas',
    'kazakh-authorities+korea-institute-of-geoscience-and-mineral-resources',
    'kazakh-authorities+sk-ecoplant',
    'kazakhstan+korea',
    'korea-institute-of-geoscience-and-mineral-resources+sk-ecoplant'
  ])
  const energy = (await app.inject('/party-pairs?sector=energy')).json()
  t.same(energy.data.map((p: { agreements: string[], count: number }) => [p.agreements, p.count]), [[['hyundai-engineering-kazmunaygas-mou'], 1]])
  t.equal((await app.inject('/party-pairs?limit=2')).json().data.length, 2)
  t.equal((await app.inject('/party-pairs?sector=energi')).statusCode, 400)
})
