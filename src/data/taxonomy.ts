// Data access for countries, sectors and minerals.
import type { PrismaClient } from '../db/client.js'
import type { Prisma } from '../generated/prisma/client.js'
import { NotFoundError } from '../http/errors.js'
import type { Filters, Page, PageWindow } from '../schemas/pages.js'
import type { Country, CountryDetail, Mineral, MineralDetail, MineralQuery, Sector, SectorDetail } from '../schemas/taxonomy.js'
import { provenanceOf, provenanceOfMany } from './claims.js'
import { knownCountries } from './lookups.js'

function toCountry (row: { code: string, name: string, _count: { parties: number, agreements: number } }): Country {
  return { code: row.code, name: row.name, party_count: row._count.parties, agreement_count: row._count.agreements }
}

// `agreements`: the derived table of each agreement's countries, once per agreement.
const countryInclude = { _count: { select: { parties: true, agreements: true } } } satisfies Prisma.CountryInclude

export async function listCountries (prisma: PrismaClient, window: PageWindow): Promise<Page<Country>> {
  const [rows, total] = await Promise.all([
    prisma.country.findMany({ include: countryInclude, orderBy: { code: 'asc' }, take: window.limit, skip: window.offset }),
    prisma.country.count()
  ])
  return { data: rows.map(toCountry), total }
}

export async function getCountry (prisma: PrismaClient, code: string): Promise<CountryDetail> {
  const row = await prisma.country.findUnique({
    where: { code },
    include: { ...countryInclude, parties: { orderBy: { slug: 'asc' } }, background: { orderBy: { ordinal: 'asc' } } }
  })
  if (row === null) throw new NotFoundError('country', code)
  const background = await provenanceOfMany(prisma, 'background', row.background.map(item => item.slug))
  return {
    ...toCountry(row),
    parties: row.parties.map(party => ({ slug: party.slug, name: party.name, kind: party.kind, country: party.countryCode })),
    background: row.background.map(item => ({
      slug: item.slug, subject: item.subject, statement: item.statement, ...background.get(item.slug) ?? { citations: [], claims: [] }
    })),
    ...await provenanceOf(prisma, 'country', row.code)
  }
}

const withAgreementCount = { _count: { select: { agreements: true } } } as const

const coverageInclude = {
  coverage: { include: { summit: { select: { slug: true } }, session: { select: { slug: true } } }, orderBy: { id: 'asc' } }
} satisfies Prisma.SectorInclude
const sectorInclude = { ...withAgreementCount, ...coverageInclude } satisfies Prisma.SectorInclude
type SectorRow = Prisma.SectorGetPayload<{ include: typeof sectorInclude }>

const coverageOf = (row: Prisma.SectorGetPayload<{ include: typeof coverageInclude }>): Sector['coverage'] =>
  row.coverage.map(scope => ({ summit: scope.summit.slug, session: scope.session?.slug ?? null, count: scope.reportedCount, basis: scope.basis }))

function toSector (row: SectorRow): Sector {
  return { slug: row.slug, name: row.name, agreement_count: row._count.agreements, coverage: coverageOf(row) }
}

export async function listSectors (prisma: PrismaClient, window: PageWindow): Promise<Page<Sector>> {
  const [rows, total] = await Promise.all([
    prisma.sector.findMany({ include: sectorInclude, orderBy: { id: 'asc' }, take: window.limit, skip: window.offset }),
    prisma.sector.count()
  ])
  return { data: rows.map(toSector), total }
}

export async function getSector (prisma: PrismaClient, slug: string): Promise<SectorDetail> {
  const row = await prisma.sector.findUnique({ where: { slug }, include: sectorInclude })
  if (row === null) throw new NotFoundError('sector', slug)
  return { ...toSector(row), ...await provenanceOf(prisma, 'sector', slug) }
}

const mineralInclude = {
  ...withAgreementCount,
  resources: { include: { country: true }, orderBy: { countryCode: 'asc' } },
  needs: { include: { country: true }, orderBy: { countryCode: 'asc' } }
} satisfies Prisma.MineralInclude
type MineralRow = Prisma.MineralGetPayload<{ include: typeof mineralInclude }>

function toMineral (row: MineralRow): Mineral {
  return {
    slug: row.slug,
    name: row.name,
    symbol: row.symbol,
    form: row.form,
    resource_countries: row.resources.map(({ country }) => ({ code: country.code, name: country.name })),
    agreement_count: row._count.agreements,
    needed_by: row.needs.map(({ country, industries }) => ({ code: country.code, name: country.name, industries }))
  }
}

export async function listMinerals (prisma: PrismaClient, filters: Filters<MineralQuery>, window: PageWindow): Promise<Page<Mineral>> {
  if (filters.country) await knownCountries(prisma, 'country', filters.country)
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
  return { ...toMineral(row), ...await provenanceOf(prisma, 'mineral', slug) }
}
