// Data access for parties.
import type { PrismaClient } from '../db/client.js'
import type { Prisma } from '../generated/prisma/client.js'
import { NotFoundError } from '../http/errors.js'
import type { Filters, Page, PageWindow } from '../schemas/pages.js'
import type { Party, PartyDetail, PartyQuery } from '../schemas/parties.js'
import { citationsOf } from './citations.js'
import { assertKnownValues } from './slugs.js'

const include = { country: true, _count: { select: { agreements: true } } } satisfies Prisma.PartyInclude
type Row = Prisma.PartyGetPayload<{ include: typeof include }>

function toParty (row: Row): Party {
  return {
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    country: { code: row.country.code, name: row.country.name },
    agreement_count: row._count.agreements
  }
}

function orderBy (sort: string): Prisma.PartyOrderByWithRelationInput[] {
  const direction = sort.startsWith('-') ? 'desc' : 'asc'
  const field = sort.replace(/^-/, '')
  const key: Prisma.PartyOrderByWithRelationInput = field === 'agreement_count'
    ? { agreements: { _count: direction } }
    // Names in any letter case, alike on every database (src/db/sort-key.ts).
    : field === 'name' ? { nameSortKey: direction } : { [field]: direction }
  return [key, { slug: 'asc' }]
}

export async function listParties (prisma: PrismaClient, { kind, country, q, sort }: Filters<PartyQuery>, window: PageWindow): Promise<Page<Party>> {
  await assertKnownValues(prisma, { country })
  const where: Prisma.PartyWhereInput = {
    ...(kind ? { kind: { in: kind } } : {}),
    ...(country ? { countryCode: { in: country } } : {}),
    ...(q ? { name: { contains: q } } : {})
  }
  const [rows, total] = await Promise.all([
    prisma.party.findMany({ where, include, orderBy: orderBy(sort), take: window.limit, skip: window.offset }),
    prisma.party.count({ where })
  ])
  return { data: rows.map(toParty), total }
}

export async function getParty (prisma: PrismaClient, slug: string): Promise<PartyDetail> {
  const row = await prisma.party.findUnique({
    where: { slug },
    include: { ...include, agreements: { include: { agreement: true }, orderBy: { agreement: { ordinal: 'asc' } } } }
  })
  if (row === null) throw new NotFoundError('party', slug)
  return {
    ...toParty(row),
    agreements: row.agreements.map(({ agreement: a }) => ({ slug: a.slug, title: a.title, kind: a.kind })),
    citations: await citationsOf(prisma, 'party', slug)
  }
}
