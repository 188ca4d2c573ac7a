// Filter values checked by lookup: the slugs (or codes) a request names are
// looked up, never a whole table; an unknown one is a 400 that names it and
// suggests the closest (the only time a table's slugs are read).
import type { PrismaClient } from '../db/client.js'
import { existingCountryCodes, recordsBySlug, type SluggedTable } from '../db/sql/lookups.js'
import { slugify } from '../text.js'
import { InvalidParametersError } from '../http/errors.js'
import type { ParameterProblem } from '../schemas/problems.js'
import { assertFound } from './slugs.js'

export type Keyed = 'sector' | 'mineral' | 'party' | 'summit' | 'session' | 'source'

interface Table {
  /** Where its records are found by slug. */
  table: SluggedTable
  /** Every slug, for suggestions; for parties, also every other name (as a slug) with the slug it stands for. */
  slugs: (prisma: PrismaClient) => Promise<Array<{ slug: string, candidate?: string }>>
  /** Where they are listed. */
  listedAt: string
}

const slugOnly = { slug: true } as const

const tables: Record<Keyed, Table> = {
  sector: { table: 'Sector', slugs: prisma => prisma.sector.findMany({ select: slugOnly }), listedAt: '/sectors' },
  mineral: { table: 'Mineral', slugs: prisma => prisma.mineral.findMany({ select: slugOnly }), listedAt: '/minerals' },
  party: { table: 'Party', slugs: partyNames, listedAt: '/parties' },
  summit: { table: 'Summit', slugs: prisma => prisma.summit.findMany({ select: slugOnly }), listedAt: '/summits' },
  session: { table: 'Session', slugs: prisma => prisma.session.findMany({ select: slugOnly }), listedAt: '/sessions' },
  source: { table: 'Source', slugs: prisma => prisma.source.findMany({ select: slugOnly }), listedAt: '/sources' }
}

/** Party slugs, and each party's other names written as slugs (`kigam`), so a name finds its party. */
async function partyNames (prisma: PrismaClient): Promise<Array<{ slug: string, candidate?: string }>> {
  const [parties, aliases] = await Promise.all([
    prisma.party.findMany({ select: slugOnly }),
    prisma.partyAlias.findMany({ select: { name: true, party: { select: slugOnly } } })
  ])
  return [...parties, ...aliases.map(alias => ({ slug: alias.party.slug, candidate: slugify(alias.name) })).filter(alias => alias.candidate !== '')]
}

/** The ids of the records `slugs` name, in `parameter`; a 400 for any that does not exist. */
export async function idsOf (prisma: PrismaClient, what: Keyed, parameter: string, slugs: string[]): Promise<number[]> {
  const table = tables[what]
  const rows = await recordsBySlug(prisma, table.table, slugs)
  await assertFound(parameter, what, table.listedAt, slugs, rows.map(row => row.slug), async () => await table.slugs(prisma))
  return rows.map(row => row.id)
}

/** The id of the record `slug` names, or undefined: for a path, where an unknown one is a 404. */
export async function idOf (prisma: PrismaClient, what: Keyed, slug: string): Promise<number | undefined> {
  return (await recordsBySlug(prisma, tables[what].table, [slug]))[0]?.id
}

/** `codes` checked against the countries that exist, in `parameter`; a 400 for any that does not. */
export async function knownCountries (prisma: PrismaClient, parameter: string, codes: string[]): Promise<string[]> {
  const found = await existingCountryCodes(prisma, codes)
  await assertFound(parameter, 'country', '/countries', codes, found,
    async () => (await prisma.country.findMany({ select: { code: true } })).map(row => row.code))
  return codes
}

/** The session filter's value for agreements no source places at a session: not a slug to look up. */
export const UNKNOWN_SESSION = 'unknown'

/** The list filters whose values name records; each list route uses the same names. */
export const namedFilters = ['sector', 'mineral', 'party', 'country', 'summit', 'session', 'source'] as const
export type NamedFilter = typeof namedFilters[number]
export type NamedValues = Partial<Record<NamedFilter, string[] | undefined>>

/** One problem per value, of any of these filters, that names nothing: with the closest that exist. */
export async function unknownValues (prisma: PrismaClient, filters: NamedValues): Promise<ParameterProblem[]> {
  const problems = await Promise.all(namedFilters.map(async (name): Promise<ParameterProblem[]> => {
    const values = filters[name]?.filter(value => name !== 'session' || value !== UNKNOWN_SESSION)
    if (values === undefined || values.length === 0) return []
    try {
      if (name === 'country') await knownCountries(prisma, name, values)
      else await idsOf(prisma, name, name, values)
      return []
    } catch (err) {
      if (err instanceof InvalidParametersError) return err.errors
      throw err
    }
  }))
  return problems.flat()
}
