// Data access for agreements: filters to a Prisma `where`, rows to API shapes.
import type { PrismaClient } from '../db/client.js'
import type { Prisma } from '../generated/prisma/client.js'
import { NotFoundError } from '../http/errors.js'
import type { Agreement, AgreementDetail, AgreementFilters, SortKey } from '../schemas/agreements.js'
import type { Page, PageWindow } from '../schemas/pages.js'
import { assertKnownValues } from './slugs.js'
import { citationsOf } from './citations.js'

const include = {
  session: { include: { summit: true } },
  parties: { include: { party: { include: { country: true } } }, orderBy: { party: { slug: 'asc' } } },
  sectors: { include: { sector: true }, orderBy: { sector: { slug: 'asc' } } },
  minerals: { include: { mineral: true }, orderBy: { mineral: { slug: 'asc' } } }
} satisfies Prisma.AgreementInclude
type Row = Prisma.AgreementGetPayload<{ include: typeof include }>

/** Checks every slug the filters name, then builds the where clause. */
export async function agreementWhere (prisma: PrismaClient, filters: AgreementFilters): Promise<Prisma.AgreementWhereInput> {
  await assertKnownValues(prisma, filters)
  const and: Prisma.AgreementWhereInput[] = []
  if (filters.sector) and.push({ sectors: { some: { sector: { slug: { in: filters.sector } } } } })
  if (filters.mineral) and.push({ minerals: { some: { mineral: { slug: { in: filters.mineral } } } } })
  if (filters.party) and.push({ parties: { some: { party: { slug: { in: filters.party } } } } })
  if (filters.country) and.push({ parties: { some: { party: { countryCode: { in: filters.country } } } } })
  if (filters.summit) and.push({ session: { summit: { slug: { in: filters.summit } } } })
  if (filters.session) and.push({ session: { slug: { in: filters.session } } })
  if (filters.kind) {
    const kinds = filters.kind.filter(kind => kind !== 'unknown')
    and.push({ OR: [{ kind: { in: kinds } }, ...(filters.kind.includes('unknown') ? [{ kind: null }] : [])] })
  }
  if (filters.identified !== undefined) and.push({ identified: filters.identified })
  if (filters.signed_from) and.push({ session: { date: { gte: filters.signed_from } } })
  if (filters.signed_to) and.push({ session: { date: { lte: filters.signed_to } } })
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

/** Source order: by date, then as the source lists sessions and agreements. */
const sourceOrder: Prisma.AgreementOrderByWithRelationInput[] = [
  { session: { date: 'asc' } }, { session: { ordinal: 'asc' } }, { ordinal: 'asc' }
]

const sortKeys: Record<SortKey['field'], (direction: 'asc' | 'desc') => Prisma.AgreementOrderByWithRelationInput> = {
  signed_at: direction => ({ session: { date: direction } }),
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
  const row = await prisma.agreement.findUnique({ where: { slug }, include })
  if (row === null) throw new NotFoundError('agreement', slug)
  const citations = await citationsOf(prisma, 'agreement', slug)
  const agreement = toAgreement(row)
  const { session } = row
  const { summit } = session
  return {
    ...agreement,
    session: { ...agreement.session, city: session.city, venue: session.venue },
    summit: { ...agreement.summit, city: summit.city, venue: summit.venue },
    citations
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
    signed_at: row.session.date,
    summit: { slug: row.session.summit.slug, name: row.session.summit.name, date: row.session.summit.date },
    session: { slug: row.session.slug, name: row.session.name, kind: row.session.kind, date: row.session.date },
    session_basis: row.sessionBasis,
    parties: row.parties.map(({ party, role, basis }) => ({
      slug: party.slug, name: party.name, kind: party.kind, country: party.countryCode, role, basis
    })),
    countries: [...countries].sort(([a], [b]) => a.localeCompare(b)).map(([code, name]) => ({ code, name })),
    sectors: row.sectors.map(({ sector, basis }) => ({ slug: sector.slug, name: sector.name, basis })),
    minerals: row.minerals.map(({ mineral, basis }) => ({ slug: mineral.slug, name: mineral.name, symbol: mineral.symbol, basis }))
  }
}
