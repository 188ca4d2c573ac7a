// What makes a fact disputed, and how a claim's value is written as text.
// Shared by the seed loader, which stores each agreement's `disputed` flag,
// and the API, which names the disputed facts on a detail response; it
// imports nothing, so both can use it.
import type { Rank } from '../generated/prisma/enums.js'

/**
 * Facts whose value is a set. A claim on one member ("parties/kazmunaygas")
 * says the source names that member; a claim on the field itself ("parties")
 * says the source lists the whole set, and its value is that list.
 */
export const setFields: readonly string[] = ['parties', 'sectors', 'minerals']

/** A set claim's value: the members' slugs, sorted, as a JSON array. */
export function encodeSet (slugs: readonly string[]): string {
  return JSON.stringify([...slugs].sort())
}

/** A claim's value for the API: a set as its list of slugs, anything else as text. */
export function decodeValue (field: string, value: string | null): string | string[] | null {
  return value !== null && setFields.includes(field) ? JSON.parse(value) as string[] : value
}

export interface RankedValue { field: string, value: string | null, rank: Rank }

/**
 * The disputed facts among `claims` (of one record): those with at least two
 * non-deprecated claims whose values differ. For a set, only whole-set claims
 * can disagree: a source that names one member does not deny the others.
 */
export function disputedFields (claims: readonly RankedValue[]): string[] {
  const values = new Map<string, Set<string | null>>()
  for (const claim of claims) {
    if (claim.rank === 'deprecated') continue
    const seen = values.get(claim.field) ?? new Set()
    seen.add(claim.value)
    values.set(claim.field, seen)
  }
  return [...values].filter(([, seen]) => seen.size > 1).map(([field]) => field).sort()
}
