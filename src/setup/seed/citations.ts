// How the seed files cite their facts. A citation is a verbatim quote from a
// source; it may be marked `inferred`, with the reasoning that gets from the
// quote to the fact. A record's `cite` map is keyed by the field it supports
// ("" for the record's existence), and a relation item carries its own `cite`.
import { z } from 'zod'
import type { Basis } from '../../generated/prisma/enums.js'

export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug: lowercase letters, digits and single hyphens')

const quoteRef = z.union([
  z.string().min(1),
  z.strictObject({
    quote: z.string().min(1),
    source: slug.optional(),
    inferred: z.string().min(1).optional()
  })
])

/** One quote, or several that together support the fact. */
export const cite = z.union([quoteRef, z.array(quoteRef).min(1)])
export type Cite = z.infer<typeof cite>

export const citeMap = z.record(z.string(), cite)

export interface Citation {
  subjectType: string
  subjectKey: string
  field: string
  source: string | undefined // undefined: the dataset's default source, the article
  quote: string
  basis: Basis
  note: string | null
}

export function toCitations (subjectType: string, subjectKey: string, field: string, value: Cite): Citation[] {
  return (Array.isArray(value) ? value : [value]).map(ref => typeof ref === 'string'
    ? { subjectType, subjectKey, field, source: undefined, quote: ref, basis: 'stated', note: null }
    : { subjectType, subjectKey, field, source: ref.source, quote: ref.quote, basis: ref.inferred === undefined ? 'stated' : 'inferred', note: ref.inferred ?? null })
}

/** The basis of a relation: inferred as soon as one of its quotes is. */
export function basisOf (value: Cite): Basis {
  return toCitations('', '', '', value).some(citation => citation.basis === 'inferred') ? 'inferred' : 'stated'
}

/**
 * Refuses a record whose fact fields lack a citation, or whose `cite` map names
 * a field the record does not have. `facts` lists the fields that are facts;
 * `always` those that need a citation even when the record has no such field
 * (the record's existence, ""); `allowed` those it may cite besides.
 */
export function requireCitations<T extends { cite: Record<string, Cite> }> (facts: Array<keyof T & string>, always: string[] = [], allowed: string[] = []) {
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
  }
}
