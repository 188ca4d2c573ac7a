// How the seed files give the sources of their facts. A record's `cite` map
// supports the values the record holds, keyed by field ("" for the record's
// existence); each relation item (a party, a sector…) carries its own `cite`;
// a `claims` map adds what sources say otherwise, each with its value and rank.
//
// A citation quotes a source whose text the project ships, verbatim (a plain
// string quotes the article), or cites another source by reference, with a
// short locator in our own words. Either may be marked `inferred`, with the
// reasoning from what the source says to the fact.
import { z } from 'zod'
import { type Basis, Rank } from '../../generated/prisma/enums.js'
import { encodeSet } from '../../provenance/claims.js'

export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug: lowercase letters, digits and single hyphens')
const text = z.string().min(1)

/** Where a source cited by reference states a fact, in our words: short, so no sentence of the page fits in it. */
export const locator = z.string().min(3).max(160, 'a locator is a short pointer in our own words (at most 160 characters), not a passage')

const reference = z.strictObject({
  quote: text.optional(),
  locator: locator.optional(),
  source: slug.optional(),
  inferred: text.optional()
}).refine(ref => (ref.quote === undefined) !== (ref.locator === undefined),
  'a citation gives either `quote` (verbatim, from a text the project ships) or `locator` (our words, for a source cited by reference)')
  .refine(ref => ref.locator === undefined || ref.source !== undefined, 'a citation with a locator names its `source`')

/** One citation, or several that together support the fact. */
export const cite = z.union([z.union([text, reference]), z.array(z.union([text, reference])).min(1)])
export type Cite = z.infer<typeof cite>
export const citeMap = z.record(z.string(), cite)

/** Another source's value for a fact, and how it ranks: `normal` (a disagreement kept) or `deprecated` (kept, known wrong). */
const alternative = z.strictObject({
  value: z.union([text, z.int(), z.array(slug).min(1), z.null()]),
  rank: z.enum(Rank),
  cite
})
export type Alternative = z.infer<typeof alternative>
export const claimsMap = z.record(z.string(), z.array(alternative).min(1)).default({})

export interface Claim {
  subjectType: string
  subjectKey: string
  field: string
  /** The value claimed, as text; a set as a JSON array of sorted slugs; null for existence and bare membership. */
  value: string | null
  rank: Rank
  source: string | undefined // undefined: the dataset's default source, the article
  quote: string | null
  locator: string | null
  basis: Basis
  note: string | null
}

/** A value as a claim holds it. */
export function valueText (value: unknown): string | null {
  if (value === undefined || value === null) return null
  if (Array.isArray(value)) return encodeSet(value.map(String))
  return String(value)
}

export function toClaims (subjectType: string, subjectKey: string, field: string, value: string | null, rank: Rank, given: Cite): Claim[] {
  return (Array.isArray(given) ? given : [given]).map(ref => typeof ref === 'string'
    ? { subjectType, subjectKey, field, value, rank, source: undefined, quote: ref, locator: null, basis: 'stated', note: null }
    : {
        subjectType,
        subjectKey,
        field,
        value,
        rank,
        source: ref.source,
        quote: ref.quote ?? null,
        locator: ref.locator ?? null,
        basis: ref.inferred === undefined ? 'stated' : 'inferred',
        note: ref.inferred ?? null
      })
}

/** The basis of a fact: stated as soon as one of its citations states it. */
export function basisOf (value: Cite): Basis {
  return toClaims('', '', '', null, 'normal', value).some(claim => claim.basis === 'stated') ? 'stated' : 'inferred'
}

/**
 * Refuses a record whose fact fields lack a citation, whose `cite` map names a
 * field the record does not have, or whose `claims` map names a field that is
 * not one of its facts. `facts` lists the fields that are facts; `always` those
 * that need a citation even when the record has no such field (the record's
 * existence, ""); `allowed` those it may cite besides; `members` the set-valued
 * relations, whose members ("parties/x") and whole sets ("parties") may be claimed.
 */
export function requireCitations<T extends { cite: Record<string, Cite>, claims?: Record<string, Alternative[]> }> (
  facts: Array<keyof T & string>, always: string[] = [], allowed: string[] = [], members: string[] = []) {
  return (record: T, ctx: z.RefinementCtx): void => {
    const present = facts.filter(field => record[field] !== undefined && record[field] !== null)
    for (const field of [...always, ...present]) {
      if (!(field in record.cite)) ctx.addIssue({ code: 'custom', path: ['cite', field], message: `"${field}" is a fact and needs a citation` })
    }
    for (const field of Object.keys(record.cite)) {
      if (!always.includes(field) && !allowed.includes(field) && !present.includes(field as keyof T & string)) {
        ctx.addIssue({ code: 'custom', path: ['cite', field], message: `cites "${field}", which this record does not state` })
      }
    }
    const claimable = (field: string): boolean => (facts as string[]).includes(field) || allowed.includes(field) ||
      members.some(set => field === set || field.startsWith(`${set}/`))
    for (const field of Object.keys(record.claims ?? {})) {
      if (!claimable(field)) ctx.addIssue({ code: 'custom', path: ['claims', field], message: `"${field}" is not a fact of this record that sources can disagree on` })
    }
  }
}
