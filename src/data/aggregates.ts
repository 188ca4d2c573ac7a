// Aggregates over agreements: counts by dimension, dashboard totals, and the
// pairs of parties that signed together. They run on the agreements a filter
// matches, with only the relations a dimension needs.
import type { PrismaClient } from '../db/client.js'
import type { Prisma } from '../generated/prisma/client.js'
import { type AgreementKind, PartyKind } from '../generated/prisma/enums.js'
import { type Dimension, type Groups, type PartyPair, singleValued, type Stats, type StatsRow } from '../schemas/aggregates.js'
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
  const unique = (values: Value[]): Value[] => [...new Map(values.map(v => [v.key, v])).values()]
  switch (dimension) {
    case 'sector': return row.sectors.map(s => ({ key: s.sector.slug, name: s.sector.name }))
    case 'mineral': return row.minerals.map(m => ({ key: m.mineral.slug, name: m.mineral.name }))
    case 'party': return row.parties.map(p => ({ key: p.party.slug, name: p.party.name }))
    case 'party_kind': return unique(labels(row.parties.map(p => p.party.kind)))
    case 'country': return unique(row.parties.map(p => ({ key: p.party.country.code, name: p.party.country.name })))
    case 'summit': return [{ key: row.session.summit.slug, name: row.session.summit.name }]
    case 'session': return [{ key: row.session.slug, name: row.session.name }]
    case 'kind': return kindValues.filter(k => k.key === row.kind)
    case 'identified': return identifiedValues.filter(v => v.key === String(row.identified))
  }
}

/** Every value a dimension can take, so that values no agreement has still show, with 0. */
async function allValues (prisma: PrismaClient, dimension: Dimension): Promise<Value[]> {
  const bySlug = (rows: Array<{ slug: string, name: string }>): Value[] => rows.map(r => ({ key: r.slug, name: r.name }))
  switch (dimension) {
    case 'sector': return bySlug(await prisma.sector.findMany({ orderBy: { id: 'asc' } }))
    case 'mineral': return bySlug(await prisma.mineral.findMany({ orderBy: { id: 'asc' } }))
    case 'party': return bySlug(await prisma.party.findMany({ orderBy: { slug: 'asc' } }))
    case 'party_kind': return labels(Object.values(PartyKind))
    case 'country': return (await prisma.country.findMany({ orderBy: { code: 'asc' } })).map(c => ({ key: c.code, name: c.name }))
    case 'summit': return bySlug(await prisma.summit.findMany({ orderBy: { date: 'asc' } }))
    case 'session': return bySlug(await prisma.session.findMany({ orderBy: [{ date: 'asc' }, { ordinal: 'asc' }] }))
    case 'kind': return kindValues
    case 'identified': return identifiedValues
  }
}

function count (rows: Row[], dimension: Dimension, values: Value[]): Groups {
  const counts = new Map(values.map(v => [v.key, { ...v, count: 0 }]))
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
      counted: data.reduce((sum, g) => sum + g.count, 0)
    }
  }
}

export async function groupMous (prisma: PrismaClient, where: Prisma.AgreementWhereInput, dimension: Dimension): Promise<Groups> {
  const [rows, values] = await Promise.all([prisma.agreement.findMany({ where, select }), allValues(prisma, dimension)])
  return count(rows, dimension, values)
}

export async function partyPairs (prisma: PrismaClient, where: Prisma.AgreementWhereInput, window: PageWindow): Promise<Page<PartyPair>> {
  const rows = await prisma.agreement.findMany({ where, select, orderBy: { slug: 'asc' } })
  const pairs = new Map<string, PartyPair>()
  for (const row of rows) {
    const parties = row.parties.map(p => p.party).sort((a, b) => a.slug.localeCompare(b.slug))
    parties.forEach((a, i) => {
      for (const b of parties.slice(i + 1)) {
        const key = `${a.slug} ${b.slug}`
        const pair = pairs.get(key) ?? {
          party_a: { slug: a.slug, name: a.name, kind: a.kind, country: a.countryCode },
          party_b: { slug: b.slug, name: b.name, kind: b.kind, country: b.countryCode },
          count: 0,
          agreements: []
        }
        pair.count++
        pair.agreements.push(row.slug)
        pairs.set(key, pair)
      }
    })
  }
  const all = [...pairs.values()].sort((x, y) => y.count - x.count || x.party_a.slug.localeCompare(y.party_a.slug) || x.party_b.slug.localeCompare(y.party_b.slug))
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
    agreements: addUp(summits.map(s => s.agreements)),
    summits,
    sectors: count(rows, 'sector', sectors).data,
    minerals: count(rows, 'mineral', minerals).data,
    party_kinds: count(rows, 'party_kind', partyKindValues).data,
    countries: count(rows, 'country', countries).data
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
