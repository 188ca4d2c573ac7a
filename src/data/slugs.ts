// Checks the slugs a filter names against what exists, so that a typo is a
// 400 that suggests the closest slugs rather than an empty result. The values
// sent are looked up; the table's slugs are read only to suggest, when one is unknown.
import { distance } from 'fastest-levenshtein'
import { InvalidParametersError } from '../http/errors.js'
import { details } from '../http/problems.js'

/** Past this many unknown values in one parameter, the rest are named without suggestions. */
const SUGGESTED_VALUES = 10

/**
 * The candidates closest to `value`, best first: those within a few edits (or
 * containing it), else the nearest few, so there is always something to try.
 * A candidate's length difference is a lower bound of its distance, so once
 * `count` candidates are scored, those that cannot beat them are skipped.
 */
export function closest (value: string, candidates: string[], count = 3): string[] {
  const order = (a: Ranking, b: Ranking): number => a.score - b.score || a.candidate.localeCompare(b.candidate)
  const bounded = candidates.map(candidate => ({ candidate, bound: candidate.includes(value) ? 0 : Math.abs(candidate.length - value.length) }))
    .sort((a, b) => a.bound - b.bound)
  const top: Ranking[] = []
  for (const { candidate, bound } of bounded) {
    const worst = top[count - 1]
    if (worst !== undefined && bound > worst.score) break
    const ranking = { candidate, score: bound === 0 && candidate.includes(value) ? 0 : distance(value, candidate) }
    if (worst !== undefined && order(ranking, worst) >= 0) continue
    top.push(ranking)
    top.sort(order)
    top.length = Math.min(top.length, count)
  }
  const near = top.filter(ranking => ranking.score <= Math.max(2, Math.floor(value.length / 3)))
  return (near.length > 0 ? near : top).map(ranking => ranking.candidate)
}

interface Ranking { candidate: string, score: number }

/**
 * Throws a 400 naming `parameter` when some of `values` are not in `found`;
 * `candidates` (every slug, read only then) gives the suggestions. `what`
 * names the kind of record ("sector"), `listedAt` where they are all listed.
 */
export async function assertFound (parameter: string, what: string, listedAt: string, values: string[], found: Iterable<string>,
  candidates: () => Promise<string[]>): Promise<void> {
  const known = new Set(found)
  const unknown = values.filter(value => !known.has(value))
  if (unknown.length === 0) return
  const existing = await candidates()
  throw new InvalidParametersError(unknown.map((value, index) => {
    const suggestions = index < SUGGESTED_VALUES ? closest(value, existing) : []
    return {
      in: 'query' as const,
      name: parameter,
      value,
      detail: suggestions.length > 0 ? details.unknownValue(what, value, suggestions, listedAt) : details.unknownValueListed(what, value, listedAt),
      ...(suggestions.length > 0 ? { suggestions } : {})
    }
  }))
}
