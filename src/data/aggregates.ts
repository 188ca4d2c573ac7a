// Aggregates over agreements: counts by dimension, dashboard totals, and the
// pairs of parties that signed together. They run on the agreements a filter
// matches, with only the relations a dimension needs.
import type { PrismaClient } from '../db/client.js'
import type { Prisma } from '../generated/prisma/client.js'
import { type AgreementKind, PartyKind } from '../generated/prisma/enums.js'
import { type Dimension, type GroupCounts, type PartyPair, singleValued, type Stats, type StatsRow } from '../schemas/aggregates.js'
import type { Page, PageWindow } from '../schemas/pages.js'
import { addUp, summitTotals } from './summits.js'

const select = {
  slug: true,
  kind: true,
  identified: true,
  session: { select: { slug: true, name: true, summit: { select: { slug: true, name: true } } } },
  parties: { select: { party: { select: { slug: true, name: true, kind: true, countryCode: true, country: { select: { code: true, name: true } } } } } },
  sectors: { select: { sector: { select: { slug: true, name: true } } } },
  minerals: { select: { mineral: { select: { slug: true, name: true } } } }
} satisfies Prisma.AgreementSelect
type Row = Prisma.AgreementGetPayload<{ select: typeof select }>

interface Value { key: string, name: string }

const labels = (values: readonly string[]): Value[] =>
  values.map(key => ({ key, name: key[0]?.toUpperCase() + key.slice(1).replaceAll('_', ' ') }))
const kindNames: Record<AgreementKind, string> = { mou: 'MOU', agreement: 'Agreement' }
const kindValues: Value[] = Object.entries(kindNames).map(([key, name]) => ({ key, name }))
const identifiedValues: Value[] = [{ key: 'true', name: 'Identified by the source' }, { key: 'false', name: 'Only counted by the source' }]
const UNKNOWN: Value = { key: 'unknown', name: 'Unknown: the source does not say' }

/** The values one agreement has for a dimension (none: it is counted as unknown). */
function valuesOf (row: Row, dimension: Dimension): Value[] {
  const unique = (values: Value[]): Value[] => [...new Map(values.map(value => [value.key, value])).values()]
  switch (dimension) {
    case 'sector': return row.sectors.map(({ sector }) => ({ key: sector.slug, name: sector.name }))
    case 'mineral': return row.minerals.map(({ mineral }) => ({ key: mineral.slug, name: mineral.name }))
    case 'party': return row.parties.map(({ party }) => ({ key: party.slug, name: party.name }))
    case 'party_kind': return unique(labels(row.parties.map(({ party }) => party.kind)))
    case 'country': return unique(row.parties.map(({ party }) => ({ key: party.country.code, name: party.country.name })))
    case 'summit': return [{ key: row.session.summit.slug, name: row.session.summit.name }]
    case 'session': return [{ key: row.session.slug, name: row.session.name }]
    case 'kind': return kindValues.filter(kind => kind.key === row.kind)
    case 'identified': return identifiedValues.filter(value => value.key === String(row.identified))
  }
}

/** Every value a dimension can take, so that values no agreement has still show, with 0. */
async function allValues (prisma: PrismaClient, dimension: Dimension): Promise<Value[]> {
  const bySlug = (rows: Array<{ slug: string, name: string }>): Value[] => rows.map(row => ({ key: row.slug, name: row.name }))
  switch (dimension) {
    case 'sector': return bySlug(await prisma.sector.findMany({ orderBy: { id: 'asc' } }))
    case 'mineral': return bySlug(await prisma.mineral.findMany({ orderBy: { id: 'asc' } }))
    case 'party': return bySlug(await prisma.party.findMany({ orderBy: { slug: 'asc' } }))
    case 'party_kind': return labels(Object.values(PartyKind))
    case 'country': return (await prisma.country.findMany({ orderBy: { code: 'asc' } })).map(country => ({ key: country.code, name: country.name }))
    case 'summit': return bySlug(await prisma.summit.findMany({ orderBy: { date: 'asc' } }))
    case 'session': return bySlug(await prisma.session.findMany({ orderBy: [{ date: 'asc' }, { ordinal: 'asc' }] }))
    case 'kind': return kindValues
    case 'identified': return identifiedValues
  }
}

/** Counts `rows` under each of `values` (and under unknown those with none): largest first, unknown last. */
function countGroups (rows: Row[], dimension: Dimension, values: Value[]): GroupCounts {
  const counts = new Map(values.map(value => [value.key, { ...value, count: 0 }]))
  const unknown = { ...UNKNOWN, count: 0 }
  for (const row of rows) {
    const found = valuesOf(row, dimension)
    if (found.length === 0) unknown.count++
    for (const value of found) {
      const group = counts.get(value.key) ?? { ...value, count: 0 }
      group.count++
      counts.set(value.key, group)
    }
  }
  const data = [...counts.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
  data.push(unknown)
  return {
    data,
    meta: {
      group_by: dimension,
      total: rows.length,
      multi_valued: !singleValued.includes(dimension),
      counted: data.reduce((sum, group) => sum + group.count, 0)
    }
  }
}

export async function groupAgreements (prisma: PrismaClient, where: Prisma.AgreementWhereInput, dimension: Dimension): Promise<GroupCounts> {
  const [rows, values] = await Promise.all([prisma.agreement.findMany({ where, select }), allValues(prisma, dimension)])
  return countGroups(rows, dimension, values)
}

export async function partyPairs (prisma: PrismaClient, where: Prisma.AgreementWhereInput, window: PageWindow): Promise<Page<PartyPair>> {
  const rows = await prisma.agreement.findMany({ where, select, orderBy: { slug: 'asc' } })
  const pairs = new Map<string, PartyPair>()
  for (const row of rows) {
    const parties = row.parties.map(({ party }) => party).sort((a, b) => a.slug.localeCompare(b.slug))
    parties.forEach((partyA, index) => {
      for (const partyB of parties.slice(index + 1)) {
        const key = `${partyA.slug} ${partyB.slug}`
        const pair = pairs.get(key) ?? {
          party_a: { slug: partyA.slug, name: partyA.name, kind: partyA.kind, country: partyA.countryCode },
          party_b: { slug: partyB.slug, name: partyB.name, kind: partyB.kind, country: partyB.countryCode },
          count: 0,
          agreements: []
        }
        pair.count++
        pair.agreements.push(row.slug)
        pairs.set(key, pair)
      }
    })
  }
  const mostFrequentFirst = (one: PartyPair, other: PartyPair): number =>
    other.count - one.count || one.party_a.slug.localeCompare(other.party_a.slug) || one.party_b.slug.localeCompare(other.party_b.slug)
  const all = [...pairs.values()].sort(mostFrequentFirst)
  const end = window.limit === undefined ? undefined : window.offset + window.limit
  return { data: all.slice(window.offset, end), total: all.length }
}

export async function stats (prisma: PrismaClient): Promise<Stats> {
  const [rows, version, summits, sectors, minerals, partyKindValues, countries] = await Promise.all([
    prisma.agreement.findMany({ select }),
    prisma.datasetVersion.findUnique({ where: { id: 1 } }),
    summitTotals(prisma),
    allValues(prisma, 'sector'), allValues(prisma, 'mineral'), allValues(prisma, 'party_kind'), allValues(prisma, 'country')
  ])
  return {
    dataset: { sha256: version?.sha256 ?? '', loaded_at: version?.loadedAt ?? '' },
    agreements: addUp(summits.map(summit => summit.agreements)),
    summits,
    sectors: countGroups(rows, 'sector', sectors).data,
    minerals: countGroups(rows, 'mineral', minerals).data,
    party_kinds: countGroups(rows, 'party_kind', partyKindValues).data,
    countries: countGroups(rows, 'country', countries).data
  }
}

/** /stats as one row per value, for CSV and NDJSON. */
export function statsRows (stats: Stats): StatsRow[] {
  const tile = (section: string, groups: Stats['sectors']): StatsRow[] =>
    groups.map(group => ({ section, key: group.key, name: group.name, count: group.count, reported: null, recorded: null, identified: null }))
  return [
    ...stats.summits.flatMap(summit => [
      { section: 'summit', key: summit.slug, name: summit.name, count: null, ...summit.agreements },
      ...summit.sessions.map(session => ({ section: 'session', key: session.slug, name: session.name, count: null, ...session.agreements }))
    ]),
    ...tile('sector', stats.sectors), ...tile('mineral', stats.minerals), ...tile('party_kind', stats.party_kinds), ...tile('country', stats.countries)
  ]
}
