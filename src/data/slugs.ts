// Checks the slugs a filter names against what exists, so that a typo is a
// 400 that suggests the closest slugs rather than an empty result. The values
// sent are looked up; the table's slugs are read only to suggest, when one is
// unknown. Every unknown value of every filter is reported at once (lookups.ts).
import { distance } from 'fastest-levenshtein'
import { InvalidParametersError } from '../http/errors.js'
import { details } from '../http/problems.js'
import type { ParameterProblem } from '../schemas/problems.js'

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

/** A value that can be suggested: a slug, or another text (a party's other name) that stands for `slug`. */
export type Candidate = string | { slug: string, candidate?: string | undefined }

/**
 * The problems of the `values` of `parameter` that are not in `found`, one
 * each; `candidates` (every slug, read only then) gives the suggestions: a
 * value close to a candidate suggests the slug it stands for. `what` names the
 * kind of record ("sector"), `listedAt` where they are all listed.
 */
export async function unknownAmong (parameter: string, what: string, listedAt: string, values: string[], found: Iterable<string>,
  candidates: () => Promise<Candidate[]>): Promise<ParameterProblem[]> {
  const known = new Set(found)
  const unknown = values.filter(value => !known.has(value))
  if (unknown.length === 0) return []
  const standsFor = new Map<string, string>()
  for (const entry of await candidates()) {
    const [text, slug] = typeof entry === 'string' ? [entry, entry] : [entry.candidate ?? entry.slug, entry.slug]
    if (!standsFor.has(text)) standsFor.set(text, slug)
  }
  const existing = [...standsFor.keys()]
  return unknown.map((value, index) => {
    const suggestions = index < SUGGESTED_VALUES ? [...new Set(closest(value, existing).map(text => standsFor.get(text) ?? text))] : []
    return {
      in: 'query' as const,
      name: parameter,
      value,
      detail: suggestions.length > 0 ? details.unknownValue(what, value, suggestions, listedAt) : details.unknownValueListed(what, value, listedAt),
      ...(suggestions.length > 0 ? { suggestions } : {})
    }
  })
}

/** As unknownAmong, thrown as a 400 when there is any. */
export async function assertFound (parameter: string, what: string, listedAt: string, values: string[], found: Iterable<string>,
  candidates: () => Promise<Candidate[]>): Promise<void> {
  const problems = await unknownAmong(parameter, what, listedAt, values, found, candidates)
  if (problems.length > 0) throw new InvalidParametersError(problems)
}
