// Schema pieces shared by every resource. Each zod schema here is, at once,
// the validator, the serializer, the TypeScript type and (through .meta({ id }))
// a named OpenAPI component.
import { z } from 'zod'
import { Basis, PartyKind, SessionKind } from '../generated/prisma/enums.js'

/** The `{slug}` path parameter, with an example that exists in the dataset. */
export function slugParams (example: string) {
  return z.strictObject({
    slug: z.string().max(200).describe('The resource\'s slug: lowercase letters, digits and hyphens.').meta({ example })
  })
}

/** For operations that take no query parameters: any one sent is a 400 that says so. */
export const NoQuery = z.strictObject({})

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
export const countryCode = z.string().regex(/^[A-Z]{2}$/)
export const basis = z.enum(Basis)
  .describe('`stated`: the source says it; `inferred`: the source implies it (the citation\'s note says how).')
  .meta({ id: 'Basis' })

export const ListMeta = z.object({
  total: z.int().describe('How many records match the filters, over all pages.'),
  limit: z.int(),
  offset: z.int()
}).meta({ id: 'ListMeta' })

export function listOf<T extends z.ZodType> (item: T, id: string) {
  return z.object({ data: z.array(item), meta: ListMeta }).meta({ id })
}

/** A non-negative integer query parameter: digits only, so `1e2`, `0x10` or an empty value are refused, not guessed. */
export function intParam (min: number, max: number, description: string, example: number) {
  const message = `must be an integer from ${min} to ${max}`
  return z.preprocess(
    value => typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : value,
    z.int({ error: message }).min(min, message).max(max, message)
  ).optional().describe(description).meta({ example })
}

export const formats = ['json', 'csv', 'ndjson'] as const
export type Format = typeof formats[number]

/** List and aggregate operations: pages, and the representation. */
export const pagination = {
  limit: intParam(1, 500, 'Page size, 1 to 500. Default 50 for JSON; CSV and NDJSON exports hold every match unless a limit is given.', 50),
  offset: intParam(0, 1_000_000, 'How many records to skip. Default 0.', 0),
  format: z.enum(formats, { error: `must be one of ${formats.join(', ')}` }).optional()
    .describe('`json` (default), `csv` (RFC 4180, with a header row) or `ndjson` (one JSON object per line). ' +
      'Overrides the `Accept` header (`application/json`, `text/csv`, `application/x-ndjson`).')
    .meta({ example: 'csv' })
}

/**
 * A comma-separated list parameter (`a,b` means a OR b); a repeated parameter
 * counts as one list. Each value is trimmed, then read by `value` (which
 * normalises its letter case, and may restrict it to a set); duplicates count once.
 */
export function commaList<T> (value: z.ZodType<T, string>, description: string, example: string) {
  return z.preprocess(
    sent => Array.isArray(sent) ? sent.join(',') : sent,
    z.string().max(2000)
      .transform(text => text.split(',').map(item => item.trim()).filter(item => item !== ''))
      .pipe(z.array(value).min(1, 'must name at least one value'))
      .transform(values => [...new Set(values)])
  ).optional().describe(description).meta({ example })
}

/** A slug in a list: slugs are lowercase, so any letter case finds one. */
export const slugValue = z.string().toLowerCase()
/** An ISO 3166-1 alpha-2 code, in any letter case: codes are uppercase. */
export const countryCodeValue = z.string().toUpperCase()
/** One of a vocabulary's values (a Prisma enum), in any letter case. */
export function enumValue<const T extends Readonly<Record<string, string>>> (values: T) {
  return z.string().toLowerCase().pipe(z.enum(values, { error: `must be one of ${Object.values(values).join(', ')}` }))
}

// Compact references, embedded in list items so a client rarely needs a second request.
export const CountryRef = z.object({ code: countryCode, name: z.string() }).meta({ id: 'CountryRef' })
export const SectorRef = z.object({ slug: z.string(), name: z.string() }).meta({ id: 'SectorRef' })
export const MineralRef = z.object({ slug: z.string(), name: z.string(), symbol: z.string().nullable() }).meta({ id: 'MineralRef' })
export const SummitRef = z.object({ slug: z.string(), name: z.string(), date: isoDate }).meta({ id: 'SummitRef' })
export const SessionRef = z.object({ slug: z.string(), name: z.string(), kind: z.enum(SessionKind), date: isoDate }).meta({ id: 'SessionRef' })
export const SourceRef = z.object({ slug: z.string(), title: z.string() }).meta({ id: 'SourceRef' })
export const PartyRef = z.object({ slug: z.string(), name: z.string(), kind: z.enum(PartyKind), country: countryCode })
  .meta({ id: 'PartyRef' })

export const Citation = z.object({
  field: z.string().describe('The fact it supports: `""` for the record\'s existence, a field name, or a relation such as `sectors/critical-minerals`.'),
  quote: z.string().describe('Verbatim from the source.'),
  basis,
  note: z.string().nullable().describe('For an inference, the reasoning from the quote to the fact.'),
  source: SourceRef
}).meta({ id: 'Citation' })
