// Checks the slugs a filter names against what exists, so that a typo is a
// 400 that suggests the closest slugs rather than an empty result.
import { distance } from 'fastest-levenshtein'
import type { PrismaClient } from '../db/client.js'
import { InvalidParametersError } from '../http/errors.js'
import { details } from '../http/problems.js'

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

/**
 * Throws a 400 naming `parameter` when some of `values` are not in `existing`.
 * `what` names the kind of record, e.g. "sector".
 */
export function assertKnown (parameter: string, what: string, values: string[], existing: string[]): void {
  const known = new Set(existing)
  const unknown = values.filter(value => !known.has(value))
  if (unknown.length === 0) return
  throw new InvalidParametersError(unknown.map(value => {
    const suggestions = closest(value, existing)
    return {
      in: 'query' as const,
      name: parameter,
      value,
      detail: details.unknownValue(what, value, suggestions, `/${what === 'country' ? 'countries' : `${what}s`}`),
      suggestions
    }
  }))
}

/** The `country` filter every list shares: ISO codes checked against the countries that exist. */
export async function assertKnownCountries (prisma: PrismaClient, codes: string[]): Promise<void> {
  assertKnown('country', 'country', codes, (await prisma.country.findMany({ select: { code: true } })).map(country => country.code))
}
