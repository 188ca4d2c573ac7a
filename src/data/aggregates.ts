// Aggregates over agreements: counts by dimension, dashboard totals, and the
// pairs of parties that signed together, for the agreements a set of
// conditions matches (agreement-filters.ts). The counting is done in SQL
// (src/db/sql/agreement-groups.ts, party-pairs.ts); here are the labels, the
// `unknown` group and the pages.
import type { PrismaClient } from '../db/client.js'
import { summitTotalLines } from '../db/sql/summit-lines.js'
import { tableGroups, type TableDimension, valueCounts, type ValueDimension } from '../db/sql/agreement-groups.js'
import type { Condition } from '../db/sql/conditions.js'
import { pairRowBatches, partyPairPage, type PairRow } from '../db/sql/party-pairs.js'
import { coverageRows, summitSums } from '../db/sql/stats-totals.js'
import { type AgreementKind, PartyKind } from '../generated/prisma/enums.js'
import { type Dimension, type Group, type GroupCounts, type PartyPair, singleValued, Stats, type StatsRow } from '../schemas/aggregates.js'
import type { Page } from '../schemas/pages.js'
import type { Sector } from '../schemas/taxonomy.js'
import { compareCodePoints } from '../text.js'
import type { LoadedDataset } from './agreements.js'

interface Value { key: string, name: string }

const labels = (values: readonly string[]): Value[] =>
  values.map(key => ({ key, name: key[0]?.toUpperCase() + key.slice(1).replaceAll('_', ' ') }))
const kindNames: Record<AgreementKind, string> = { mou: 'MOU', agreement: 'Agreement', record_of_discussion: 'Record of discussion' }
const vocabularies: Record<ValueDimension, Value[]> = {
  party_kind: labels(Object.values(PartyKind)),
  kind: Object.entries(kindNames).map(([key, name]) => ({ key, name })),
  identified: [{ key: 'true', name: 'Identified by the source' }, { key: 'false', name: 'Only counted by the source' }]
}
const UNKNOWN: Value = { key: 'unknown', name: 'Unknown: the source does not say' }

const isTable = (dimension: Dimension): dimension is TableDimension => !(dimension in vocabularies)

/** Groups as pages: which groups to answer; no limit: every one from `offset`. */
export interface GroupWindow { limit: number | undefined, offset: number, paged: boolean }

/** Groups as a JSON answer holds them: `data`, the JSON array of the groups (text), and `meta`. */
export interface WrittenGroups { data: string, meta: GroupCounts['meta'] }

/**
 * The matching agreements counted by `dimension`: every value (0 included),
 * largest first, `unknown` last; the groups of a table dimension as the
 * database writes them (db/sql/agreement-groups.ts), the few of a vocabulary
 * written here.
 */
export async function writtenGroups (prisma: PrismaClient, conditions: Condition[], dimension: Dimension,
  window: GroupWindow = { limit: undefined, offset: 0, paged: false }, storedTotalRead?: number): Promise<WrittenGroups> {
  let data: string
  let tally: { total: number, unknown: number, counted: number }
  let groups: number
  const end = window.limit === undefined ? Infinity : window.offset + window.limit
  if (isTable(dimension)) {
    const result = await tableGroups(prisma, conditions, dimension, { limit: window.limit ?? null, offset: window.offset }, storedTotalRead)
    tally = result
    groups = result.values + 1
    data = result.groups
    // `unknown` comes after every value: on the page that reaches it, as the JSON array's last item.
    if (window.offset <= result.values && result.values < end) {
      const unknown = JSON.stringify({ ...UNKNOWN, count: result.unknown })
      data = data === '[]' ? `[${unknown}]` : `${data.slice(0, -1)},${unknown}]`
    }
  } else {
    const { counts, ...rest } = await valueCounts(prisma, conditions, dimension, storedTotalRead)
    tally = rest
    const all = vocabularies[dimension].map(value => ({ ...value, count: counts.get(value.key) ?? 0 }))
      .sort((a, b) => b.count - a.count || compareCodePoints(a.key, b.key))
    all.push({ ...UNKNOWN, count: rest.unknown })
    groups = all.length
    data = JSON.stringify(all.slice(window.offset, end))
  }
  return {
    data,
    meta: {
      group_by: dimension,
      total: tally.total,
      multi_valued: !singleValued.includes(dimension),
      counted: tally.counted + tally.unknown,
      groups,
      ...(window.paged ? { limit: window.limit ?? groups, offset: window.offset } : {})
    }
  }
}

/** Every group over all agreements, as the database wrote them: a /stats tile. `total`: the number of agreements, as /stats read it. */
async function tile (prisma: PrismaClient, dimension: Dimension, total: number): Promise<string> {
  return (await writtenGroups(prisma, [], dimension, undefined, total)).data
}

/** How many agreements a pair lists; `agreements_list` links to them all. */
const AGREEMENTS_PER_PAIR = 20

/**
 * Pairs of parties that signed matching agreements together, most frequent first.
 * `listOf(a, b)` is where all of a pair's agreements are listed (with the request's filters).
 */
export async function partyPairs (prisma: PrismaClient, conditions: Condition[], window: { limit: number | undefined, offset: number },
  listOf: PairList): Promise<Page<PartyPair>> {
  const { pairs, total } = await partyPairPage(prisma, conditions, { limit: window.limit ?? null, offset: window.offset }, AGREEMENTS_PER_PAIR)
  return { total, data: pairs.map(pair => partyPair(pair, listOf)) }
}

/** Every pair from `offset` on, a batch at a time, as partyPairs pages them: for a full export. */
export async function * partyPairBatches (prisma: PrismaClient, conditions: Condition[], offset: number,
  listOf: PairList): AsyncGenerator<PartyPair[]> {
  for await (const pairs of pairRowBatches(prisma, conditions, offset, AGREEMENTS_PER_PAIR)) yield pairs.map(pair => partyPair(pair, listOf))
}

type PairList = (partyA: string, partyB: string) => string

const partyPair = (pair: PairRow, listOf: PairList): PartyPair => ({
  party_a: { ...pair.partyA, kind: pair.partyA.kind as PartyKind },
  party_b: { ...pair.partyB, kind: pair.partyB.kind as PartyKind },
  count: pair.count,
  agreements: pair.agreements,
  agreements_list: { total: pair.count, listed: pair.agreements.length, href: listOf(pair.partyA.slug, pair.partyB.slug) }
})

/** How many summits /stats lists; `summits_list` links to them all. */
const STATS_SUMMITS = 50

/**
 * /stats in parts: its summits and its tiles as the database wrote them
 * (JSON text: an object a summit, an array a tile), the rest as values.
 * Written as JSON (statsJson), the database's text goes out as it is; parsed
 * (statsOf), it gives the CSV and NDJSON rows.
 */
export interface StatsParts {
  dataset: Stats['dataset']
  agreements: Stats['agreements']
  summits: string[]
  summitsList: Stats['summits_list']
  sectors: Stats['sectors']
  minerals: string
  partyKinds: string
  countries: string
}

/** `dataset`: the dataset loaded, as the app keeps it (plugins/db.ts). */
export async function statsParts (prisma: PrismaClient, dataset: Promise<LoadedDataset>): Promise<StatsParts> {
  // The totals are the sums of what the loader stores on each summit (every
  // agreement is recorded at one): a few thousand summits read, where counting
  // 100,000 agreements twice took a sixth of the answer.
  const [version, summits, sums, coverageList] = await Promise.all([dataset, summitTotalLines(prisma, STATS_SUMMITS), summitSums(prisma), coverageRows(prisma)])
  const { recorded, identified } = sums
  // The tiles after the totals: each reads the number of agreements from them.
  const [sectors, minerals, partyKinds, countries] = await Promise.all([
    tile(prisma, 'sector', recorded), tile(prisma, 'mineral', recorded), tile(prisma, 'party_kind', recorded), tile(prisma, 'country', recorded)
  ])
  const coverage = new Map<string, Sector['coverage']>()
  for (const { sector, ...scope } of coverageList) {
    const scopes = coverage.get(sector) ?? []
    scopes.push(scope)
    coverage.set(sector, scopes)
  }
  return {
    dataset: { sha256: version.sha256, loaded_at: version.loadedAt },
    agreements: {
      reported: sums.reported,
      recorded,
      identified,
      recorded_with_session: recorded - sums.recordedWithoutSession,
      recorded_without_session: sums.recordedWithoutSession
    },
    summits,
    summitsList: { total: sums.summits, listed: summits.length, href: '/summits' },
    sectors: (JSON.parse(sectors) as Group[]).map(group => ({ ...group, coverage: coverage.get(group.key) ?? [] })),
    minerals,
    partyKinds,
    countries
  }
}

/** /stats as values. */
export function statsOf (parts: StatsParts): Stats {
  return {
    dataset: parts.dataset,
    agreements: parts.agreements,
    summits: JSON.parse(`[${parts.summits.join(',')}]`) as Stats['summits'],
    summits_list: parts.summitsList,
    sectors: parts.sectors,
    minerals: JSON.parse(parts.minerals) as Group[],
    party_kinds: JSON.parse(parts.partyKinds) as Group[],
    countries: JSON.parse(parts.countries) as Group[]
  }
}

/**
 * /stats as JSON, in pieces: byte for byte what the route's serializer writes
 * of statsOf(parts) (test/summit-lines.test.ts), without parsing, checking and
 * writing again what the database wrote. The parts written here go through
 * their schemas, as the serializer would take them.
 */
export function statsJson (parts: StatsParts): string[] {
  const { shape } = Stats
  const json = <T>(schema: { parse: (value: unknown) => T }, value: unknown): string => JSON.stringify(schema.parse(value))
  return [
    `{"dataset":${json(shape.dataset, parts.dataset)},"agreements":${json(shape.agreements, parts.agreements)},"summits":[`,
    ...parts.summits.flatMap((line, i) => i === 0 ? [line] : [',', line]),
    `],"summits_list":${json(shape.summits_list, parts.summitsList)},"sectors":${json(shape.sectors, parts.sectors)},"minerals":`,
    parts.minerals, ',"party_kinds":', parts.partyKinds, ',"countries":', parts.countries, '}'
  ]
}

/** /stats as one row per value, for CSV and NDJSON. */
export function statsRows (stats: Stats): StatsRow[] {
  const none = { count: null, reported: null, recorded: null, identified: null, recorded_without_session: null, of: null, rank: null }
  const tile = (section: string, groups: Array<{ key: string, name: string, count: number }>): StatsRow[] =>
    groups.map(group => ({ ...none, section, key: group.key, name: group.name, count: group.count }))
  const reports = (of: string, counts: Stats['summits'][number]['agreements']['reported_by_source']): StatsRow[] =>
    counts.map(report => ({ ...none, section: 'reported', key: report.source.slug, name: report.source.title, reported: report.count, of, rank: report.rank }))
  const counts = ({ reported, recorded, identified }: { reported: number | null, recorded: number, identified: number }) => ({ reported, recorded, identified })
  return [
    ...stats.summits.flatMap(summit => [
      { ...none, section: 'summit', key: summit.slug, name: summit.name, ...counts(summit.agreements), recorded_without_session: summit.agreements.recorded_without_session },
      ...reports(summit.slug, summit.agreements.reported_by_source),
      ...summit.sessions.flatMap(session => [
        { ...none, section: 'session', key: session.slug, name: session.name, ...counts(session.agreements) },
        ...reports(session.slug, session.agreements.reported_by_source)
      ])
    ]),
    ...tile('sector', stats.sectors), ...tile('mineral', stats.minerals), ...tile('party_kind', stats.party_kinds), ...tile('country', stats.countries)
  ]
}
