// Checks the values a filter names (slugs, country codes) against what exists,
// so that a typo is a 400 that suggests the closest ones rather than an empty
// result. Every unknown value of every filter is reported at once.
import { distance } from 'fastest-levenshtein'
import type { PrismaClient } from '../db/client.js'
import { InvalidParametersError } from '../http/errors.js'
import { details } from '../http/problems.js'
import type { ParameterProblem } from '../schemas/problems.js'

/** The list filters whose values name records; each list route uses the same names. */
export const namedFilters = ['sector', 'mineral', 'party', 'country', 'summit', 'session'] as const
export type NamedFilter = typeof namedFilters[number]
export type NamedValues = Partial<Record<NamedFilter, string[] | undefined>>

const slugs = (rows: Array<{ slug: string }>): string[] => rows.map(row => row.slug)
const slugIn = (values: string[] | undefined) => values === undefined ? {} : { slug: { in: values } }

/** The keys among `values` that exist (all keys when `values` is undefined): a lookup, not a table scan. */
const existing: Record<NamedFilter, (prisma: PrismaClient, values?: string[]) => Promise<string[]>> = {
  sector: async (prisma, values) => slugs(await prisma.sector.findMany({ where: slugIn(values), select: { slug: true } })),
  mineral: async (prisma, values) => slugs(await prisma.mineral.findMany({ where: slugIn(values), select: { slug: true } })),
  party: async (prisma, values) => slugs(await prisma.party.findMany({ where: slugIn(values), select: { slug: true } })),
  summit: async (prisma, values) => slugs(await prisma.summit.findMany({ where: slugIn(values), select: { slug: true } })),
  session: async (prisma, values) => slugs(await prisma.session.findMany({ where: slugIn(values), select: { slug: true } })),
  country: async (prisma, values) => (await prisma.country.findMany({
    where: values === undefined ? {} : { code: { in: values } }, select: { code: true }
  })).map(country => country.code)
}

/** Where a client lists every value of a filter. */
const listedAt = (name: NamedFilter): string => `/${name === 'country' ? 'countries' : `${name}s`}`

/**
 * The candidates closest to `value`, best first: those within a few edits (or
 * containing it), else the nearest few, so there is always something to try.
 */
export function closest (value: string, candidates: string[], count = 3): string[] {
  const ranked = candidates
    .map(candidate => ({ candidate, score: candidate.includes(value) ? 0 : distance(value, candidate) }))
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
  const near = ranked.filter(ranking => ranking.score <= Math.max(2, Math.floor(value.length / 3)))
  return (near.length > 0 ? near : ranked).slice(0, count).map(ranking => ranking.candidate)
}

/** One problem per value, of any filter, that names nothing: with the closest that exist. */
export async function unknownValues (prisma: PrismaClient, filters: NamedValues): Promise<ParameterProblem[]> {
  const problems = await Promise.all(namedFilters.map(async name => {
    const values = filters[name]
    if (values === undefined || values.length === 0) return []
    const found = new Set(await existing[name](prisma, values))
    const unknown = values.filter(value => !found.has(value))
    if (unknown.length === 0) return []
    const candidates = await existing[name](prisma)
    return unknown.map((value): ParameterProblem => {
      const suggestions = closest(value, candidates)
      return { in: 'query', name, value, detail: details.unknownValue(name, value, suggestions, listedAt(name)), suggestions }
    })
  }))
  return problems.flat()
}

/** Throws a 400 naming every unknown value of every filter. */
export async function assertKnownValues (prisma: PrismaClient, filters: NamedValues): Promise<void> {
  const problems = await unknownValues(prisma, filters)
  if (problems.length > 0) throw new InvalidParametersError(problems)
}
