// Lists: the query parameters every list takes (page window and
// representation), the JSON body of a page, and the types data access and
// the list responder (src/http/pagination.ts) share.
import { z } from 'zod'

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
      'Overrides the `Accept` header (`application/json`, `text/csv`, `application/x-ndjson`). ' +
      'CSV and NDJSON come as a download (`Content-Disposition: attachment`) holding every match unless `limit` is given.')
    // `default` documents the server's choice without applying it (a zod default would override `Accept`).
    .meta({ example: 'csv', default: 'json' })
}
export interface PaginationParams { limit?: number | undefined, offset?: number | undefined, format?: Format | undefined }
/** A list query without its pagination parameters: the filters (and sort) data access applies. */
export type Filters<Query> = Omit<Query, keyof PaginationParams>

export const PageQuery = z.strictObject({ ...pagination })
export type PageQuery = z.infer<typeof PageQuery>

export const ListMeta = z.object({
  total: z.int().describe('How many records match the filters, over all pages.'),
  limit: z.int(),
  offset: z.int(),
  next_cursor: z.string().nullable().optional()
    .describe('With `cursor`: the cursor of the next page, or `null` on the last (the Link header\'s `rel="next"` has it too).')
}).meta({ id: 'ListMeta' })
export type ListMeta = z.infer<typeof ListMeta>

/** Tells a list from the other bodies an operation can answer (`groups`, with `group_by`). */
export const listKind = z.literal('list').describe('`list`: a page of records.')

/** The JSON body of a list: one page of items, and where it stands among all matches. */
export function listOf<T extends z.ZodType> (item: T, id: string) {
  return z.object({ kind: listKind, data: z.array(item), meta: ListMeta }).meta({ id })
}
export interface ListBody<T> { kind: 'list', data: T[], meta: ListMeta }

/** Which matches a request asks for; no `limit`: all of them (an export). */
export interface PageWindow { limit: number | undefined, offset: number }

/** What data access answers for a list: the matches in the window, and how many match in all. */
export interface Page<T> { data: T[], total: number }
/** The same, each match written by the database as a line in the request's format (db/sql/agreement-lines.ts). */
export interface WrittenPage { lines: string[], total: number }
