// Data access for countries, sectors and minerals.
import type { PrismaClient } from '../db/client.js'
import type { Prisma } from '../generated/prisma/client.js'
import { NotFoundError } from '../http/errors.js'
import type { Filters, Page, PageWindow } from '../schemas/pages.js'
import type { Country, CountryDetail, Mineral, MineralDetail, MineralQuery, Sector, SectorDetail } from '../schemas/taxonomy.js'
import { citationsOf } from './citations.js'
import { assertKnownValues } from './slugs.js'

async function toCountry (prisma: PrismaClient, row: { code: string, name: string, _count: { parties: number } }): Promise<Country> {
  const agreements = await prisma.agreement.count({ where: { parties: { some: { party: { countryCode: row.code } } } } })
  return { code: row.code, name: row.name, party_count: row._count.parties, agreement_count: agreements }
}

const countryInclude = { _count: { select: { parties: true } } } satisfies Prisma.CountryInclude

export async function listCountries (prisma: PrismaClient, window: PageWindow): Promise<Page<Country>> {
  const [rows, total] = await Promise.all([
    prisma.country.findMany({ include: countryInclude, orderBy: { code: 'asc' }, take: window.limit, skip: window.offset }),
    prisma.country.count()
  ])
  return { data: await Promise.all(rows.map(row => toCountry(prisma, row))), total }
}

export async function getCountry (prisma: PrismaClient, code: string): Promise<CountryDetail> {
  const row = await prisma.country.findUnique({ where: { code }, include: { ...countryInclude, parties: { orderBy: { slug: 'asc' } } } })
  if (row === null) throw new NotFoundError('country', code)
  return {
    ...await toCountry(prisma, row),
    parties: row.parties.map(party => ({ slug: party.slug, name: party.name, kind: party.kind, country: party.countryCode })),
    citations: await citationsOf(prisma, 'country', row.code)
  }
}

const withAgreementCount = { _count: { select: { agreements: true } } } as const

export async function listSectors (prisma: PrismaClient, window: PageWindow): Promise<Page<Sector>> {
  const [rows, total] = await Promise.all([
    prisma.sector.findMany({ include: withAgreementCount, orderBy: { id: 'asc' }, take: window.limit, skip: window.offset }),
    prisma.sector.count()
  ])
  return { data: rows.map(row => ({ slug: row.slug, name: row.name, agreement_count: row._count.agreements })), total }
}

export async function getSector (prisma: PrismaClient, slug: string): Promise<SectorDetail> {
  const row = await prisma.sector.findUnique({ where: { slug }, include: withAgreementCount })
  if (row === null) throw new NotFoundError('sector', slug)
  return { slug: row.slug, name: row.name, agreement_count: row._count.agreements, citations: await citationsOf(prisma, 'sector', slug) }
}

const mineralInclude = { ...withAgreementCount, resources: { include: { country: true }, orderBy: { countryCode: 'asc' } } } satisfies Prisma.MineralInclude
type MineralRow = Prisma.MineralGetPayload<{ include: typeof mineralInclude }>

function toMineral (row: MineralRow): Mineral {
  return {
    slug: row.slug,
    name: row.name,
    symbol: row.symbol,
    form: row.form,
    resource_countries: row.resources.map(({ country }) => ({ code: country.code, name: country.name })),
    agreement_count: row._count.agreements
  }
}

export async function listMinerals (prisma: PrismaClient, filters: Filters<MineralQuery>, window: PageWindow): Promise<Page<Mineral>> {
  await assertKnownValues(prisma, { country: filters.country })
  const where: Prisma.MineralWhereInput = {
    ...(filters.form ? { form: { in: filters.form } } : {}),
    ...(filters.country ? { resources: { some: { countryCode: { in: filters.country } } } } : {})
  }
  const [rows, total] = await Promise.all([
    prisma.mineral.findMany({ where, include: mineralInclude, orderBy: { id: 'asc' }, take: window.limit, skip: window.offset }),
    prisma.mineral.count({ where })
  ])
  return { data: rows.map(toMineral), total }
}

export async function getMineral (prisma: PrismaClient, slug: string): Promise<MineralDetail> {
  const row = await prisma.mineral.findUnique({ where: { slug }, include: mineralInclude })
  if (row === null) throw new NotFoundError('mineral', slug)
  return { ...toMineral(row), citations: await citationsOf(prisma, 'mineral', slug) }
}
