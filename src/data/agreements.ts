// Data access for agreements: filters to a Prisma `where`, rows to API shapes.
import type { PrismaClient } from '../db/client.js'
import type { Prisma } from '../generated/prisma/client.js'
import type { SourceKind } from '../generated/prisma/enums.js'
import { NotFoundError } from '../http/errors.js'
import { disputedFields } from '../provenance/claims.js'
import type { Agreement, AgreementDetail, AgreementFilters, SortKey } from '../schemas/agreements.js'
import type { Page, PageWindow } from '../schemas/pages.js'
import { assertKnown, assertKnownCountries } from './slugs.js'
import { provenanceOf } from './claims.js'

const include = {
  summit: true,
  session: true,
  parties: { include: { party: { include: { country: true } } }, orderBy: { party: { slug: 'asc' } } },
  sectors: { include: { sector: true }, orderBy: { sector: { slug: 'asc' } } },
  minerals: { include: { mineral: true }, orderBy: { mineral: { slug: 'asc' } } }
} satisfies Prisma.AgreementInclude
type Row = Prisma.AgreementGetPayload<{ include: typeof include }>

const onlySlugs = { select: { slug: true } } as const
const slugsOf = (rows: Array<{ slug: string }>): string[] => rows.map(row => row.slug)

/** Checks every slug the filters name, then builds the where clause. */
export async function agreementWhere (prisma: PrismaClient, filters: AgreementFilters): Promise<Prisma.AgreementWhereInput> {
  await Promise.all([
    filters.sector && prisma.sector.findMany(onlySlugs).then(rows => assertKnown('sector', 'sector', filters.sector ?? [], slugsOf(rows))),
    filters.mineral && prisma.mineral.findMany(onlySlugs).then(rows => assertKnown('mineral', 'mineral', filters.mineral ?? [], slugsOf(rows))),
    filters.party && prisma.party.findMany(onlySlugs).then(rows => assertKnown('party', 'party', filters.party ?? [], slugsOf(rows))),
    filters.country && assertKnownCountries(prisma, filters.country),
    filters.summit && prisma.summit.findMany(onlySlugs).then(rows => assertKnown('summit', 'summit', filters.summit ?? [], slugsOf(rows))),
    filters.session && prisma.session.findMany(onlySlugs).then(rows => assertKnown('session', 'session', filters.session ?? [], slugsOf(rows)))
  ])
  const and: Prisma.AgreementWhereInput[] = []
  if (filters.sector) and.push({ sectors: { some: { sector: { slug: { in: filters.sector } } } } })
  if (filters.mineral) and.push({ minerals: { some: { mineral: { slug: { in: filters.mineral } } } } })
  if (filters.party) and.push({ parties: { some: { party: { slug: { in: filters.party } } } } })
  if (filters.country) and.push({ parties: { some: { party: { countryCode: { in: filters.country } } } } })
  if (filters.summit) and.push({ summit: { slug: { in: filters.summit } } })
  if (filters.session) and.push({ session: { slug: { in: filters.session } } })
  if (filters.kind) {
    const kinds = filters.kind.filter(kind => kind !== 'unknown')
    and.push({ OR: [{ kind: { in: kinds } }, ...(filters.kind.includes('unknown') ? [{ kind: null }] : [])] })
  }
  if (filters.identified !== undefined) and.push({ identified: filters.identified })
  if (filters.signed_from) and.push({ signedAt: { gte: filters.signed_from } })
  if (filters.signed_to) and.push({ signedAt: { lte: filters.signed_to } })
  if (filters.q) and.push({ id: { in: await searchIds(prisma, filters.q) } })
  return { AND: and }
}

/**
 * Ids of agreements whose title, summary or a party's name contains `q`, in
 * any letter case. Done here rather than with SQL LIKE, which would treat % and
 * _ as wildcards and fold only ASCII letters.
 */
async function searchIds (prisma: PrismaClient, q: string): Promise<number[]> {
  const needle = q.toLocaleLowerCase()
  const rows = await prisma.agreement.findMany({
    select: { id: true, title: true, summary: true, parties: { select: { party: { select: { name: true } } } } }
  })
  return rows
    .filter(row => [row.title, row.summary, ...row.parties.map(link => link.party.name)].some(text => text?.toLocaleLowerCase().includes(needle)))
    .map(row => row.id)
}

/** Source order: by date of signing (unknown last), then as the dataset lists them (by session, then as the sources list them). */
const sourceOrder: Prisma.AgreementOrderByWithRelationInput[] = [
  { signedAt: { sort: 'asc', nulls: 'last' } }, { ordinal: 'asc' }
]

const sortKeys: Record<SortKey['field'], (direction: 'asc' | 'desc') => Prisma.AgreementOrderByWithRelationInput> = {
  signed_at: direction => ({ signedAt: { sort: direction, nulls: 'last' } }),
  title: direction => ({ title: { sort: direction, nulls: 'last' } }),
  kind: direction => ({ kind: { sort: direction, nulls: 'last' } }),
  identified: direction => ({ identified: direction }),
  slug: direction => ({ slug: direction })
}

function orderBy (sort: SortKey[] | undefined): Prisma.AgreementOrderByWithRelationInput[] {
  return [...(sort ?? []).map(({ field, descending }) => sortKeys[field](descending ? 'desc' : 'asc')), ...sourceOrder]
}

export async function listAgreements (prisma: PrismaClient, where: Prisma.AgreementWhereInput, sort: SortKey[] | undefined, window: PageWindow): Promise<Page<Agreement>> {
  const [rows, total] = await Promise.all([
    prisma.agreement.findMany({ where, include, orderBy: orderBy(sort), take: window.limit, skip: window.offset }),
    prisma.agreement.count({ where })
  ])
  return { data: rows.map(toAgreement), total }
}

export async function getAgreement (prisma: PrismaClient, slug: string): Promise<AgreementDetail> {
  const row = await prisma.agreement.findUnique({
    where: { slug },
    include: { ...include, sources: { include: { source: true }, orderBy: { source: { id: 'asc' } } } }
  })
  if (row === null) throw new NotFoundError('agreement', slug)
  const { citations, claims } = await provenanceOf(prisma, 'agreement', slug)
  const agreement = toAgreement(row)
  const { session, summit } = row
  const kinds = new Map<SourceKind, number>()
  for (const { sourceKind } of row.sources) kinds.set(sourceKind, (kinds.get(sourceKind) ?? 0) + 1)
  const disputed = disputedFields(claims.map(claim => ({ ...claim, value: Array.isArray(claim.value) ? JSON.stringify(claim.value) : claim.value })))
  return {
    ...agreement,
    session: session === null || agreement.session === null ? null : { ...agreement.session, city: session.city, venue: session.venue },
    summit: { ...agreement.summit, city: summit.city, venue: summit.venue },
    place: row.place,
    disputed: row.disputed,
    disputed_facts: disputed,
    source_count: row.sourceCount,
    source_kinds: [...kinds].sort(([a], [b]) => a.localeCompare(b)).map(([kind, count]) => ({ kind, count })),
    sources: row.sources.map(({ source }) => ({ slug: source.slug, title: source.title, kind: source.kind })),
    citations,
    claims
  }
}

function toAgreement (row: Row): Agreement {
  const countries = new Map(row.parties.map(({ party }) => [party.country.code, party.country.name]))
  return {
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    identified: row.identified,
    signed_at: row.signedAt,
    summit: { slug: row.summit.slug, name: row.summit.name, date: row.summit.date },
    session: row.session === null ? null : { slug: row.session.slug, name: row.session.name, kind: row.session.kind, date: row.session.date },
    session_basis: row.sessionBasis,
    parties: row.parties.map(({ party, role, basis }) => ({
      slug: party.slug, name: party.name, kind: party.kind, country: party.countryCode, role, basis
    })),
    countries: [...countries].sort(([a], [b]) => a.localeCompare(b)).map(([code, name]) => ({ code, name })),
    sectors: row.sectors.map(({ sector, basis }) => ({ slug: sector.slug, name: sector.name, basis })),
    minerals: row.minerals.map(({ mineral, basis }) => ({ slug: mineral.slug, name: mineral.name, symbol: mineral.symbol, basis }))
  }
}
