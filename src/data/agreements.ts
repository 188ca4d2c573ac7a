// Data access for agreements: filters to a Prisma `where`, rows to API shapes.
import type { PrismaClient } from '../db/client.js'
import type { Prisma } from '../generated/prisma/client.js'
import { NotFoundError } from '../http/errors.js'
import type { Mou, MouDetail, MouFilters, SortKey } from '../schemas/agreements.js'
import type { Page, PageWindow } from '../schemas/pages.js'
import { assertKnown, assertKnownCountries } from './slugs.js'
import { citationsOf } from './citations.js'

const include = {
  session: { include: { summit: true } },
  parties: { include: { party: { include: { country: true } } }, orderBy: { party: { slug: 'asc' } } },
  sectors: { include: { sector: true }, orderBy: { sector: { slug: 'asc' } } },
  minerals: { include: { mineral: true }, orderBy: { mineral: { slug: 'asc' } } }
} satisfies Prisma.AgreementInclude
type Row = Prisma.AgreementGetPayload<{ include: typeof include }>

/** Checks every slug the filters name, then builds the where clause. */
export async function mouWhere (prisma: PrismaClient, f: MouFilters): Promise<Prisma.AgreementWhereInput> {
  await Promise.all([
    f.sector && prisma.sector.findMany({ select: { slug: true } }).then(r => assertKnown('sector', 'sector', f.sector ?? [], r.map(x => x.slug))),
    f.mineral && prisma.mineral.findMany({ select: { slug: true } }).then(r => assertKnown('mineral', 'mineral', f.mineral ?? [], r.map(x => x.slug))),
    f.party && prisma.party.findMany({ select: { slug: true } }).then(r => assertKnown('party', 'party', f.party ?? [], r.map(x => x.slug))),
    f.country && assertKnownCountries(prisma, f.country),
    f.summit && prisma.summit.findMany({ select: { slug: true } }).then(r => assertKnown('summit', 'summit', f.summit ?? [], r.map(x => x.slug))),
    f.session && prisma.session.findMany({ select: { slug: true } }).then(r => assertKnown('session', 'session', f.session ?? [], r.map(x => x.slug)))
  ])
  const and: Prisma.AgreementWhereInput[] = []
  if (f.sector) and.push({ sectors: { some: { sector: { slug: { in: f.sector } } } } })
  if (f.mineral) and.push({ minerals: { some: { mineral: { slug: { in: f.mineral } } } } })
  if (f.party) and.push({ parties: { some: { party: { slug: { in: f.party } } } } })
  if (f.country) and.push({ parties: { some: { party: { countryCode: { in: f.country } } } } })
  if (f.summit) and.push({ session: { summit: { slug: { in: f.summit } } } })
  if (f.session) and.push({ session: { slug: { in: f.session } } })
  if (f.kind) {
    const kinds = f.kind.filter(k => k !== 'unknown')
    and.push({ OR: [{ kind: { in: kinds } }, ...(f.kind.includes('unknown') ? [{ kind: null }] : [])] })
  }
  if (f.identified !== undefined) and.push({ identified: f.identified })
  if (f.signed_from) and.push({ session: { date: { gte: f.signed_from } } })
  if (f.signed_to) and.push({ session: { date: { lte: f.signed_to } } })
  if (f.q) and.push({ id: { in: await searchIds(prisma, f.q) } })
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
    .filter(r => [r.title, r.summary, ...r.parties.map(p => p.party.name)].some(text => text?.toLocaleLowerCase().includes(needle)))
    .map(r => r.id)
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

export async function listMous (prisma: PrismaClient, where: Prisma.AgreementWhereInput, sort: SortKey[] | undefined, window: PageWindow): Promise<Page<Mou>> {
  const [rows, total] = await Promise.all([
    prisma.agreement.findMany({ where, include, orderBy: orderBy(sort), take: window.limit, skip: window.offset }),
    prisma.agreement.count({ where })
  ])
  return { data: rows.map(toMou), total }
}

export async function getMou (prisma: PrismaClient, slug: string): Promise<MouDetail> {
  const row = await prisma.agreement.findUnique({ where: { slug }, include })
  if (row === null) throw new NotFoundError('agreement', slug)
  const citations = await citationsOf(prisma, 'agreement', slug)
  const mou = toMou(row)
  const { session } = row
  const { summit } = session
  return {
    ...mou,
    session: { ...mou.session, city: session.city, venue: session.venue },
    summit: { ...mou.summit, city: summit.city, venue: summit.venue },
    citations
  }
}

function toMou (row: Row): Mou {
  const countries = new Map(row.parties.map(p => [p.party.country.code, p.party.country.name]))
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
    parties: row.parties.map(p => ({
      slug: p.party.slug, name: p.party.name, kind: p.party.kind, country: p.party.countryCode, role: p.role, basis: p.basis
    })),
    countries: [...countries].sort(([a], [b]) => a.localeCompare(b)).map(([code, name]) => ({ code, name })),
    sectors: row.sectors.map(s => ({ slug: s.sector.slug, name: s.sector.name, basis: s.basis })),
    minerals: row.minerals.map(m => ({ slug: m.mineral.slug, name: m.mineral.name, symbol: m.mineral.symbol, basis: m.basis }))
  }
}
