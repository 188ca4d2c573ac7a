// Schema pieces shared by every resource. Each zod schema here is, at once,
// the validator, the serializer, the TypeScript type and (through .meta({ id }))
// a named OpenAPI component.
import { z } from 'zod'

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

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
export const basis = z.enum(['stated', 'inferred'])
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

/** A comma-separated list parameter (`a,b` means a OR b); a repeated parameter counts as one list. */
export function slugList (description: string, example: string) {
  return z.preprocess(
    value => Array.isArray(value) ? value.join(',') : value,
    z.string().max(2000)
      .transform(v => [...new Set(v.split(',').map(s => s.trim().toLowerCase()).filter(s => s !== ''))])
      .pipe(z.array(z.string()).min(1, 'must name at least one value'))
  ).optional().describe(description).meta({ example })
}

/** Like slugList, for a fixed set of values. */
export function enumList (values: readonly string[], description: string, example: string) {
  return z.preprocess(
    value => Array.isArray(value) ? value.join(',') : value,
    z.string().max(2000)
      .transform(v => [...new Set(v.split(',').map(s => s.trim().toLowerCase()).filter(s => s !== ''))])
      .pipe(z.array(z.enum(values as [string, ...string[]], { error: `must be one of ${values.join(', ')}` }))
        .min(1, 'must name at least one value'))
  ).optional().describe(description).meta({ example })
}

// Compact references, embedded in list items so a client rarely needs a second request.
export const CountryRef = z.object({ code: countryCode, name: z.string() }).meta({ id: 'CountryRef' })
export const SectorRef = z.object({ slug: z.string(), name: z.string() }).meta({ id: 'SectorRef' })
export const MineralRef = z.object({ slug: z.string(), name: z.string(), symbol: z.string().nullable() }).meta({ id: 'MineralRef' })
export const SummitRef = z.object({ slug: z.string(), name: z.string(), date: isoDate }).meta({ id: 'SummitRef' })
export const SessionRef = z.object({ slug: z.string(), name: z.string(), kind: z.string(), date: isoDate }).meta({ id: 'SessionRef' })
export const SourceRef = z.object({ slug: z.string(), title: z.string() }).meta({ id: 'SourceRef' })
export const PartyRef = z.object({ slug: z.string(), name: z.string(), kind: z.string(), country: countryCode })
  .meta({ id: 'PartyRef' })

export const Citation = z.object({
  field: z.string().describe('The fact it supports: `""` for the record\'s existence, a field name, or a relation such as `sectors/critical-minerals`.'),
  quote: z.string().describe('Verbatim from the source.'),
  basis,
  note: z.string().nullable().describe('For an inference, the reasoning from the quote to the fact.'),
  source: SourceRef
}).meta({ id: 'Citation' })
