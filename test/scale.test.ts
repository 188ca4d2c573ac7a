// The agreement lists at scale, against a naive oracle: a database of the
// shipped dataset and 20,000 synthetic agreements (the test template), and the
// same records regenerated here and queried in plain JavaScript
// (fixtures/oracle.ts). Every filter alone and in combination, every sort,
// `q`, every group_by, cursor walks, pairs, /stats and exports must give the
// same totals, the same order and the same groups.
import { parse } from 'csv-parse/sync'
import t, { type Test } from 'tap'
import { serializerCompiler } from '../src/http/serializer.js'
import { Groups } from '../src/schemas/aggregates.js'
import { AgreementList } from '../src/schemas/agreements.js'
import { syntheticDataset } from '../src/setup/synthetic/build.js'
import { compareCodePoints } from '../src/text.js'
import { groupsOf, Oracle, pairsOf, type Dimension, type Query, type Record, type SortKey } from './fixtures/oracle.js'
import { SYNTHETIC_OPTIONS } from './fixtures/template.js'
import { buildApp, eventually, execute, syntheticDatabase } from './helper.js'

const oracle = new Oracle(await syntheticDataset(SYNTHETIC_OPTIONS))
const database = await syntheticDatabase(t)
const app = await buildApp(t, { database, rateLimitMax: 0 })
const bySlug = new Map(oracle.records.map(r => [r.slug, r]))

async function get (url: string): Promise<any> {
  const res = await app.inject(url)
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 500)}`)
  return res
}
const json = async (url: string): Promise<any> => (await get(url)).json()

/**
 * A list's or groups' body, which the database writes: it must be, byte for
 * byte, what the route's serializer (zod's check of the schema, then
 * JSON.stringify) writes of the same values, so a count written as text, a
 * missing field or a field out of order fails here.
 */
const serializers = { list: AgreementList, groups: Groups }
async function written (t: Test, url: string, kind: keyof typeof serializers): Promise<any> {
  const res = await get(url)
  const body = res.json()
  const serialize = serializerCompiler({ schema: serializers[kind], method: 'GET', url, httpStatus: '200' }) as (data: unknown) => string
  t.equal(res.body, serialize(body), `${url}: the body is what the serializer writes of it`)
  return body
}

function paramsOf (query: Query): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) params.set(name, Array.isArray(value) ? value.join(',') : String(value))
  return params.toString()
}
const sortParam = (sort: SortKey[]): string => sort.map(key => `${key.descending ? '-' : ''}${key.field}`).join(',')

/** What an item of a list must say about its agreement, by the oracle. */
function expectedItem (r: Record): object {
  const sorted = (values: string[]): string[] => [...new Set(values)].sort(compareCodePoints)
  return {
    slug: r.slug,
    kind: r.kind,
    title: r.title,
    summary: r.summary,
    identified: r.identified,
    signed_at: r.signedAt,
    summit: r.summit,
    session: r.session ?? null,
    parties: sorted(r.parties),
    countries: sorted(r.countries),
    sectors: sorted(r.sectors),
    minerals: sorted(r.minerals),
    disputed: r.disputed,
    source_count: r.sourceCount,
    source_kinds: r.sourceKinds
  }
}
const actualItem = (item: any): object => ({
  slug: item.slug,
  kind: item.kind,
  title: item.title,
  summary: item.summary,
  identified: item.identified,
  signed_at: item.signed_at,
  summit: item.summit.slug,
  session: item.session?.slug ?? null,
  parties: item.parties.map((p: any) => p.slug),
  countries: item.countries.map((c: any) => c.code),
  sectors: item.sectors.map((s: any) => s.slug),
  minerals: item.minerals.map((m: any) => m.slug),
  disputed: item.disputed,
  source_count: item.source_count,
  source_kinds: item.source_kinds
})

/** One page of /mous for `query`: the same total, the same agreements in the same order, each as the oracle has it. */
async function checkPage (t: Test, query: Query, sort: SortKey[] = [], limit = 50, offset = 0): Promise<void> {
  const expected = oracle.list(query, sort)
  const url = `/mous?${paramsOf(query)}${sort.length > 0 ? `&sort=${sortParam(sort)}` : ''}&limit=${limit}&offset=${offset}`
  const body = await written(t, url, 'list')
  t.equal(body.meta.total, expected.length, `${url}: total`)
  t.same(body.data.map(actualItem), expected.slice(offset, offset + limit).map(expectedItem), `${url}: the page`)
}

// Filter values drawn from the data: frequent, rare, shipped and synthetic.
const frequency = (values: string[]): string[] => {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || compareCodePoints(a[0], b[0])).map(([value]) => value)
}
const parties = frequency(oracle.records.flatMap(r => r.parties))
const countries = frequency(oracle.records.flatMap(r => r.countries))
const summits = frequency(oracle.records.map(r => r.summit))
const sessions = frequency(oracle.records.flatMap(r => r.session === undefined ? [] : [r.session]))
const sources = frequency(oracle.records.flatMap(r => r.sources))
const disputedSources = frequency(oracle.records.filter(r => r.disputed).flatMap(r => r.sources).filter(slug => slug.startsWith('synthetic-wire-')))
const sectors = oracle.data.sectors.map(s => s.slug)
const minerals = oracle.data.minerals.map(m => m.slug)
const middle = <T>(values: T[]): T => values[Math.floor(values.length / 2)] as T
const unicodeName = oracle.data.parties.find(p => /[İ]/.test(p.name))?.name ?? 'İleri'
/** A synthetic party's other name, and the party. */
const aliased = oracle.data.parties.find(p => p.aliases.length > 0 && !p.slug.startsWith('k') && p.aliases[0]?.name.startsWith('S')) ??
  oracle.data.parties.filter(p => p.aliases.length > 0).at(-1)
const alias = aliased?.aliases[0]?.name ?? 'KIGAM'

const singles: Query[] = [
  ...sectors.map(sector => ({ sector: [sector] })),
  { sector: ['trade', 'energy'] },
  ...minerals.map(mineral => ({ mineral: [mineral] })),
  { party: [parties[0] as string] }, { party: [middle(parties)] }, { party: [parties.at(-1) as string, 'sk-ecoplant'] },
  { country: ['KR'] }, { country: ['KZ'] }, { country: [countries.at(-1) as string] }, { country: ['KR', countries.at(-2) as string] },
  { summit: ['korea-kazakhstan-2024'] }, { summit: [summits[0] as string, middle(summits)] },
  { session: ['korea-kazakhstan-2024-business-forum'] }, { session: [middle(sessions)] },
  { kind: ['mou'] }, { kind: ['agreement'] }, { kind: ['unknown'] }, { kind: ['mou', 'unknown'] },
  { identified: true }, { identified: false },
  { disputed: true }, { disputed: false },
  { session: ['unknown'] }, { session: ['unknown', 'korea-kazakhstan-2024-signing-ceremony'] },
  { source: [sources[0] as string] }, { source: [middle(sources)] }, { source: [disputedSources[0] as string, 'korea-herald-minerals-supply-chain'] },
  { source: ['joongang-2024-06-12-korea-kazakhstan-critical-minerals'] },
  { signed_from: '2010-01-01' }, { signed_to: '1995-12-31' }, { signed_from: '2001-01-01', signed_to: '2001-12-31' },
  { signed_from: oracle.records[100]?.signedAt ?? '', signed_to: oracle.records[100]?.signedAt ?? '' }
]
const needles = ['lithium', 'LITHIUM', 'Supply Chain', 'li', 'l', 'zz', 'ﬁ', '%', '_', '50%', 'a_b', '\\',
  unicodeName.toUpperCase(), 'ILERI', alias, alias.toLowerCase(), 'KIGAM', 'ΕΛΛΗΝΙΚΉ', 'ҚАЗАҚ', 'STRASSEN', 'straßen', 'Kazakh authorities', 'ab']
const combinations: Query[] = [
  { sector: ['trade', 'energy'], country: ['KR'], kind: ['mou'] },
  { sector: ['trade'], country: ['KR'] },
  { party: [parties[0] as string], sector: ['energy'] },
  { q: 'lithium', country: ['KR'] },
  { q: 'li', sector: ['trade'], identified: true },
  { summit: [summits[0] as string], kind: ['unknown'] },
  { identified: false, session: [sessions[0] as string] },
  { signed_from: '2000-01-01', signed_to: '2009-12-31', mineral: ['lithium'] },
  { country: ['KZ'], q: 'kazakh', kind: ['mou', 'agreement'] },
  { mineral: ['uranium', 'titanium'], country: [countries[1] as string], signed_from: '1995-01-01' },
  { party: [parties[1] as string, parties[2] as string], kind: ['mou'], identified: true },
  { disputed: true, country: ['KR'] },
  { disputed: true, q: 'li', kind: ['mou'] },
  { source: [middle(sources)], identified: true },
  { session: ['unknown'], summit: [summits[0] as string, middle(summits)] },
  { session: ['unknown'], disputed: false, signed_from: '2000-01-01' }
]

t.test('every filter alone: the same total, the same first page, each agreement as generated', async t => {
  for (const query of singles) await checkPage(t, query)
})

t.test('q: a literal substring of any length, case-insensitive beyond ASCII, no wildcards', async t => {
  for (const q of needles) await checkPage(t, { q }, [], 100)
  t.ok(oracle.matches({ q: unicodeName.toUpperCase() }).length > 0, 'an upper-case needle with İ finds its party')
  t.equal(oracle.matches({ q: '%' }).length, (await json('/mous?q=%25&limit=1')).meta.total, '% matches only a %')
})

t.test('filters in combination: pairs of every kind, and more', async t => {
  const some = [{ sector: ['trade'] }, { mineral: ['lithium'] }, { party: [parties[0] as string] }, { country: ['KR'] }, { summit: [summits[0] as string] },
    { session: [sessions[0] as string] }, { kind: ['unknown'] }, { identified: true }, { signed_from: '2005-01-01' }, { signed_to: '2015-12-31' }, { q: 'power' },
    { disputed: true }, { source: [middle(sources)] }, { session: ['unknown'] }]
  for (let i = 0; i < some.length; i++) for (const other of some.slice(i + 1)) await checkPage(t, { ...some[i], ...other })
  for (const query of combinations) await checkPage(t, query)
})

const fields: Array<SortKey['field']> = ['signed_at', 'title', 'slug', 'kind', 'identified']
const sorts: SortKey[][] = [
  ...fields.flatMap(field => [[{ field, descending: false }], [{ field, descending: true }]]),
  [{ field: 'signed_at', descending: true }, { field: 'title', descending: false }],
  [{ field: 'kind', descending: false }, { field: 'title', descending: true }],
  [{ field: 'identified', descending: true }, { field: 'slug', descending: false }]
]

t.test('every sort, on everything and on a filter, near the start and deep: ties fall back to the default order', async t => {
  for (const sort of sorts) {
    await checkPage(t, {}, sort, 50, 0)
    await checkPage(t, {}, sort, 500, 19_600)
    await checkPage(t, { country: ['KR'] }, sort, 200, 1000)
  }
})

t.test('a page past the end, and the default order of everything', async t => {
  await checkPage(t, {}, [], 500, 0)
  await checkPage(t, {}, [], 50, 20_030)
  await checkPage(t, { party: [parties.at(-1) as string] }, [], 50, 100)
  // The largest offset accepted, on a filter: the page's end times the table's size passes 2^31
  // (PostgreSQL answered 500 while the statement weighed them as 32-bit integers).
  await checkPage(t, { country: ['KR'] }, [], 500, 1_000_000)
})

/** Walks a list by cursor to its end: the pages join up to the whole list, in order, with the right offsets. */
async function walk (t: Test, query: Query, sort: SortKey[], limit: number): Promise<void> {
  const expected = oracle.list(query, sort).map(r => r.slug)
  const base = `/mous?${paramsOf(query)}${sort.length > 0 ? `&sort=${sortParam(sort)}` : ''}&limit=${limit}`
  const seen: string[] = []
  const offsets: number[] = []
  let cursor: string | null = '*'
  for (let pages = 0; cursor !== null && pages < 1000; pages++) {
    const res = await get(`${base}&cursor=${encodeURIComponent(cursor)}`)
    const body = res.json()
    offsets.push(body.meta.offset)
    seen.push(...body.data.map((a: any) => a.slug))
    t.equal(body.meta.total, expected.length)
    const next = /<([^>]*)>; rel="next"/.exec(String(res.headers.link))?.[1]
    t.equal(next === undefined ? null : new URL(next, 'http://x').searchParams.get('cursor'), body.meta.next_cursor, 'Link rel="next" carries the cursor')
    cursor = body.meta.next_cursor
  }
  t.same(seen, expected, `${base}: the pages, joined, are the list`)
  t.same(offsets, offsets.map((_, i) => i * limit), 'each page says where it starts')
}

t.test('cursor walks: the whole list, under the default and every sort', async t => {
  await walk(t, {}, [], 500)
  for (const sort of sorts) await walk(t, { sector: ['trade'] }, sort, 500)
  await walk(t, { party: [parties[0] as string] }, [{ field: 'title', descending: false }], 7)
  await walk(t, { q: 'li', country: ['KZ'] }, [{ field: 'signed_at', descending: true }], 100)
  await walk(t, { party: [parties.at(-1) as string], kind: ['agreement'] }, [], 50)
})

t.test('a malformed, foreign or stale cursor is a 400 naming cursor', async t => {
  const first = await json('/mous?sector=trade&cursor=*&limit=10')
  const cursor = first.meta.next_cursor as string
  const cases: Array<[string, RegExp]> = [
    ['/mous?cursor=abc', /not a cursor/],
    ['/mous?cursor=%21%21', /not a cursor/],
    [`/mous?cursor=${Buffer.from('[1,2,3]').toString('base64url')}`, /not a cursor/],
    [`/mous?sector=energy&cursor=${cursor}`, /another query/],
    [`/mous?sector=trade&sort=title&cursor=${cursor}`, /another query/]
  ]
  for (const [url, detail] of cases) {
    const res = await app.inject(url)
    t.equal(res.statusCode, 400, url)
    t.match(res.json().errors, [{ name: 'cursor', detail }], url)
  }
  const withOffset = await app.inject(`/mous?sector=trade&cursor=${cursor}&offset=10`)
  t.match(withOffset.json().errors, [{ name: 'offset', detail: /does not apply with cursor/ }])
  t.equal((await app.inject('/mous?group_by=kind&cursor=*')).statusCode, 400)
  // The data is reloaded: a cursor made before is stale, once the app sees the change (within CACHE_FRESHNESS_MS).
  await execute(database, `UPDATE "DatasetVersion" SET "loadedAt" = '${new Date(0).toISOString()}'`)
  const staleUrl = `/mous?sector=trade&cursor=${cursor}&limit=10`
  t.ok(await eventually(async () => (await app.inject(staleUrl)).statusCode === 400), 'stale once the change is seen')
  const stale = await app.inject(staleUrl)
  t.equal(stale.statusCode, 400)
  t.match(stale.json().errors, [{ name: 'cursor', detail: /stale/ }])
  t.equal((await app.inject('/mous?sector=trade&cursor=*&limit=10')).statusCode, 200, 'a new walk starts')
})

const dimensions: Dimension[] = ['sector', 'mineral', 'party', 'party_kind', 'country', 'summit', 'session', 'kind', 'identified']

t.test('group_by on every dimension, with filters: the same groups, counts and order', async t => {
  for (const dimension of dimensions) {
    for (const query of [{}, { sector: ['trade'] }, { q: 'lithium' }, { country: ['KR'], kind: ['mou'] }, { party: [parties[0] as string] }] as Query[]) {
      const url = `/mous?${paramsOf(query)}&group_by=${dimension}`
      const expected = groupsOf(oracle, query, dimension)
      const body = await written(t, url, 'groups')
      t.same(body.meta, expected.meta, `${url}: meta`)
      t.same(body.data, expected.data, `${url}: groups`)
    }
  }
})

t.test('group_by pages: largest first, unknown last, with Link headers', async t => {
  const all = groupsOf(oracle, {}, 'party')
  for (const [limit, offset] of [[10, 0], [10, 20], [25, all.data.length - 5], [100, all.data.length + 10]] as const) {
    const body = await written(t, `/mous?group_by=party&limit=${limit}&offset=${offset}`, 'groups')
    t.same(body.data, all.data.slice(offset, offset + limit), `limit=${limit}&offset=${offset}`)
    t.same(body.meta, { ...all.meta, limit, offset })
  }
  t.match((await get('/mous?group_by=party&limit=10&offset=20')).headers.link, /rel="first"/)
  const paged = await get('/mous?group_by=country&limit=10')
  t.match(paged.headers.link, /<http:\/\/localhost\/mous\?group_by=country&limit=10&offset=10>; rel="next"/, 'absolute, as every Link')
})

t.test('/party-pairs: the same pairs, counts and order; each lists its first 20 agreements and links to them all', async t => {
  for (const query of [{}, { sector: ['energy'] }, { country: ['KR'], identified: true }] as Query[]) {
    const expected = pairsOf(oracle, query)
    for (const [limit, offset] of [[50, 0], [20, 100]] as const) {
      const body = await json(`/party-pairs?${paramsOf(query)}&limit=${limit}&offset=${offset}`)
      t.equal(body.meta.total, expected.length)
      t.same(body.data.map((p: any) => [p.party_a.slug, p.party_b.slug, p.count, p.agreements, p.agreements_list.total]),
        expected.slice(offset, offset + limit).map(p => [p.a, p.b, p.count, p.agreements.slice(0, 20), p.count]))
    }
  }
  const [top] = (await json('/party-pairs?sector=energy&limit=1')).data
  const listed = await json(top.agreements_list.href)
  t.equal(listed.meta.total, top.count, 'the link lists every agreement of the pair')
  t.same(listed.data.slice(0, top.agreements.length).map((a: any) => a.slug), top.agreements)
})

t.test('/stats: totals and tiles as the oracle counts them; the summits listed are capped, with a link', async t => {
  const stats = await json('/stats')
  t.same(stats.agreements.recorded, oracle.records.length)
  t.same(stats.agreements.identified, oracle.records.filter(r => r.identified).length)
  t.same(stats.sectors.map(({ coverage: _coverage, ...group }: any) => group), groupsOf(oracle, {}, 'sector').data, 'sector counts (coverage beside them)')
  t.same(stats.minerals, groupsOf(oracle, {}, 'mineral').data)
  t.same(stats.party_kinds, groupsOf(oracle, {}, 'party_kind').data)
  t.same(stats.countries, groupsOf(oracle, {}, 'country').data)
  const summitsInOrder = [...oracle.data.summits].sort((a, b) => compareCodePoints(a.date, b.date) || compareCodePoints(a.slug, b.slug))
  t.same(stats.summits.map((s: any) => s.slug), summitsInOrder.slice(0, 50).map(s => s.slug))
  t.same(stats.summits_list, { total: oracle.data.summits.length, listed: 50, href: '/summits' })
  const first = stats.summits[1]
  t.equal(first.agreements.recorded, oracle.records.filter(r => r.summit === first.slug).length)
  const withoutSession = oracle.records.filter(r => r.session === undefined).length
  t.ok(withoutSession > 100, 'some synthetic agreements have no session')
  t.same([stats.agreements.recorded_with_session, stats.agreements.recorded_without_session], [oracle.records.length - withoutSession, withoutSession],
    'recorded with a known session, and with none')
  t.equal(stats.agreements.reported, oracle.data.summits.reduce((sum, summit) => sum + (summit.reported_agreement_count ?? 0), 0))
})

t.test('the claims of the synthetic data: disputes, support by source, aliases, sessions unknown', async t => {
  const disputed = oracle.records.filter(r => r.disputed)
  t.ok(disputed.length > 100 && disputed.length < oracle.records.length / 10, `a few disputed agreements (${disputed.length})`)
  t.ok(oracle.data.parties.filter(p => p.aliases.length > 0).length > 50, 'parties with other names')
  const detail = await json(`/mous/${disputed[0]?.slug ?? ''}`)
  t.equal(detail.disputed, true)
  t.ok(detail.disputed_facts.length > 0)
  t.equal(detail.source_count, disputed[0]?.sourceCount)
  // A summit's counts: reported per source, recorded with and without a session.
  const summit = oracle.data.summits.find(s => s.slug !== 'korea-kazakhstan-2024' && s.claims.reported_agreement_count !== undefined)
  const body = await json(`/summits/${summit?.slug ?? ''}`)
  t.equal(body.agreements.reported_by_source.length, 2, 'the report and the wire')
  t.equal(body.agreements.recorded_without_session, oracle.records.filter(r => r.summit === summit?.slug && r.session === undefined).length)
  t.equal(body.agreements.recorded_with_session, body.sessions.reduce((sum: number, s: any) => sum + s.agreements.recorded, 0))
})

t.test('an unknown party suggests by its other names too; an unknown source is a 400 naming source', async t => {
  const slugged = alias.toLowerCase().replace(/[^a-z0-9]+/g, '-')
  const res = await app.inject(`/mous?party=${slugged}`)
  t.equal(res.statusCode, 400)
  t.match(res.json().errors, [{ name: 'party', value: slugged }])
  t.ok(res.json().errors[0].suggestions.includes(aliased?.slug), `${slugged} suggests ${aliased?.slug ?? ''}`)
  const source = await app.inject('/mous?source=korea-herald-minerals-suply-chain')
  t.equal(source.statusCode, 400)
  t.match(source.json().errors, [{ name: 'source', value: 'korea-herald-minerals-suply-chain', suggestions: ['korea-herald-minerals-supply-chain'] }])
  t.equal((await app.inject('/sources/no-such-source/mous')).statusCode, 404)
  const nested = await json(`/sources/${middle(sources)}/mous?limit=1`)
  t.equal(nested.meta.total, oracle.matches({ source: [middle(sources)] }).length)
})

t.test('/sources: each source\'s citation_count is how many claims cite it, on a page of any size and in the export', async t => {
  const ids = new Map((await app.prisma.source.findMany({ select: { id: true, slug: true } })).map(source => [source.slug, source.id]))
  const claims = new Map((await app.prisma.claim.groupBy({ by: ['sourceId'], _count: { _all: true } })).map(group => [group.sourceId, group._count._all]))
  const counts = (items: Array<{ slug: string, citation_count: number }>): Array<[string, number]> => items.map(item => [item.slug, item.citation_count])
  const expected = (items: Array<{ slug: string }>): Array<[string, number]> => items.map(item => [item.slug, claims.get(ids.get(item.slug) ?? -1) ?? 0])
  for (const url of ['/sources?limit=500&offset=100', '/sources?limit=50&offset=700', '/sources?kind=synthetic&limit=500&offset=300']) {
    const page = (await json(url)).data
    t.ok(page.length > 0, `${url}: ${page.length} sources`)
    t.same(counts(page), expected(page), url)
  }
  const lines = (await app.inject('/sources?format=ndjson')).body.trimEnd().split('\n').map(line => JSON.parse(line))
  t.equal(lines.length, ids.size, `the export: every source (${ids.size}, more than a batch of 500)`)
  t.same(counts(lines), expected(lines), 'the export')
})

t.test('a party lists its first 50 agreements, in list order, and links to them all', async t => {
  const party = parties[0] as string
  const expected = oracle.list({ party: [party] })
  const body = await json(`/parties/${party}`)
  t.same(body.agreements.map((a: any) => a.slug), expected.slice(0, 50).map(r => r.slug))
  t.same(body.agreements_list, { total: expected.length, listed: Math.min(50, expected.length), href: `/parties/${party}/mous` })
  t.equal(body.agreement_count, expected.length)
  t.equal((await json(body.agreements_list.href)).meta.total, expected.length)
})

t.test('exports stream every match, in order, CSV and NDJSON alike', async t => {
  const all = oracle.list({})
  const ndjson = (await get('/mous?format=ndjson')).body.trimEnd().split('\n').map((line: string) => JSON.parse(line))
  t.equal(ndjson.length, all.length)
  t.same(ndjson.map(actualItem), all.map(expectedItem))
  const query: Query = { country: ['KR'], sector: ['trade', 'energy'] }
  const expected = oracle.list(query, [{ field: 'title', descending: true }])
  const res = await get(`/mous?${paramsOf(query)}&sort=-title&format=csv`)
  t.equal(res.headers['x-total-count'], String(expected.length))
  const rows = parse(res.body, { columns: true }) as Array<{ slug: string }>
  t.same(rows.map(row => row.slug), expected.map(r => r.slug))
  const afterCursor = await json(`/mous?${paramsOf(query)}&sort=-title&cursor=*&limit=100`)
  const rest = (await get(`/mous?${paramsOf(query)}&sort=-title&format=ndjson&cursor=${afterCursor.meta.next_cursor as string}`)).body.trimEnd().split('\n')
  t.same(rest.map((line: string) => JSON.parse(line).slug), expected.slice(100).map(r => r.slug), 'an export can start at a cursor')
  t.ok(bySlug.size > 20_000)
})
