// Data access for parties. How many agreements a party signed is stored when
// the data is loaded (src/setup/seed/derived.ts), so sorting by it reads no
// other table; `q` matches the folded name (src/db/sql/search.ts).
import type { PrismaClient } from '../db/client.js'
import { partySearch } from '../db/sql/search.js'
import type { Prisma } from '../generated/prisma/client.js'
import { NotFoundError } from '../http/errors.js'
import type { Filters, Page, PageWindow } from '../schemas/pages.js'
import type { Party, PartyDetail, PartyQuery } from '../schemas/parties.js'
import { provenanceOf } from './claims.js'
import { knownCountries } from './lookups.js'

const include = { country: true } satisfies Prisma.PartyInclude
type Row = Prisma.PartyGetPayload<{ include: typeof include }>

function toParty (row: Row): Party {
  return {
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    country: { code: row.country.code, name: row.country.name },
    agreement_count: row.agreementCount
  }
}

function orderBy (sort: string): Prisma.PartyOrderByWithRelationInput[] {
  const direction = sort.startsWith('-') ? 'desc' : 'asc'
  const field = sort.replace(/^-/, '')
  // Names in any letter case, alike on every database (src/db/sort-key.ts).
  const column = field === 'agreement_count' ? 'agreementCount' : field === 'name' ? 'nameSortKey' : field
  return [{ [column]: direction }, { slug: 'asc' }]
}

export async function listParties (prisma: PrismaClient, { kind, country, q, sort }: Filters<PartyQuery>, window: PageWindow): Promise<Page<Party>> {
  if (country) await knownCountries(prisma, 'country', country)
  const where: Prisma.PartyWhereInput = {
    ...(kind ? { kind: { in: kind } } : {}),
    ...(country ? { countryCode: { in: country } } : {}),
    ...(q ? partySearch(q) : {})
  }
  const [rows, total] = await Promise.all([
    prisma.party.findMany({ where, include, orderBy: orderBy(sort), take: window.limit, skip: window.offset }),
    prisma.party.count({ where })
  ])
  return { data: rows.map(toParty), total }
}

/** How many of its agreements a party's answer embeds; `agreements_list` links to them all. */
const EMBEDDED_AGREEMENTS = 50

export async function getParty (prisma: PrismaClient, slug: string): Promise<PartyDetail> {
  const row = await prisma.party.findUnique({
    where: { slug },
    include: {
      ...include,
      aliases: { orderBy: { id: 'asc' } },
      agreements: { include: { agreement: true }, orderBy: { agreement: { listRank: 'asc' } }, take: EMBEDDED_AGREEMENTS }
    }
  })
  if (row === null) throw new NotFoundError('party', slug)
  const { citations, claims } = await provenanceOf(prisma, 'party', slug)
  const sourcesOf = (name: string): PartyDetail['aliases'][number]['sources'] => [
    ...new Map(claims.filter(claim => claim.field === `aliases/${name}` && claim.rank !== 'deprecated')
      .map(({ source }) => [source.slug, { slug: source.slug, title: source.title, kind: source.kind }])).values()
  ]
  return {
    ...toParty(row),
    aliases: row.aliases.map(alias => ({ name: alias.name, sources: sourcesOf(alias.name) })),
    agreements: row.agreements.map(({ agreement: a }) => ({ slug: a.slug, title: a.title, kind: a.kind })),
    agreements_list: { total: row.agreementCount, listed: row.agreements.length, href: `/parties/${slug}/mous` },
    citations,
    claims
  }
}
