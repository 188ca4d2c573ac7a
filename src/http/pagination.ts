// Answering a list: JSON pages with X-Total-Count and an RFC 8288 Link header
// (first/prev/next/last, keeping every other query parameter as sent), or a
// CSV / NDJSON export of every match. Every list route answers through here.
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { z } from 'zod'
import type { Filters, ListBody, ListMeta, Page, PageWindow, PaginationParams, WrittenPage } from '../schemas/pages.js'
import { cursorLinks } from './cursor-links.js'
import { sendExportStream } from './export-stream.js'
import { exportBatches, sendExport, sendExportLines } from './exports.js'
import { absoluteUrl } from './public-url.js'

const DEFAULT_LIMIT = 50

/** JSON pages default to 50 records; exports hold every match unless the request gives a limit. */
export function pageWindow (request: FastifyRequest, query: PaginationParams): PageWindow {
  return { limit: query.limit ?? (request.format === 'json' ? DEFAULT_LIMIT : undefined), offset: query.offset ?? 0 }
}

/** `url`: the request's own, absolute (http/public-url.ts), so a client on another origin can follow the links. */
export function pageLinks (url: string, total: number, limit: number, offset: number): string {
  const parsed = new URL(url, 'http://localhost')
  const linkAt = (at: number): string => {
    parsed.searchParams.set('limit', String(limit))
    parsed.searchParams.set('offset', String(at))
    return url.startsWith('/') ? `${parsed.pathname}${parsed.search}` : parsed.href
  }
  const last = total === 0 ? 0 : Math.floor((total - 1) / limit) * limit
  const links = [`<${linkAt(0)}>; rel="first"`]
  if (offset > 0) links.push(`<${linkAt(Math.min(Math.max(0, offset - limit), last))}>; rel="prev"`)
  if (offset + limit < total) links.push(`<${linkAt(offset + limit)}>; rel="next"`)
  links.push(`<${linkAt(last)}>; rel="last"`)
  return links.join(', ')
}

/** What to call an export (`parties` gives parties.csv), and the schema of one item (its CSV columns). */
export interface ListExport { name: string, item: z.core.$ZodType }

/** Sets a page's X-Total-Count and Link headers; its `meta`. */
function pageHeaders (request: FastifyRequest, reply: FastifyReply, total: number, window: PageWindow, nextCursor?: string | null): ListMeta {
  reply.header('X-Total-Count', String(total))
  const limit = window.limit ?? DEFAULT_LIMIT
  const url = absoluteUrl(request, request.url)
  if (nextCursor !== undefined) {
    // A keyset page (`cursor`): links to the first page and the next one.
    reply.header('Link', cursorLinks(url, limit, nextCursor))
    return { total, limit, offset: window.offset, next_cursor: nextCursor }
  }
  reply.header('Link', pageLinks(url, total, limit, window.offset))
  return { total, limit, offset: window.offset }
}

/**
 * Answers a page: as JSON (returned, for the route's serializer), or as the
 * export the request negotiated (sent here, already encoded).
 */
export function sendPage<T extends object> (request: FastifyRequest, reply: FastifyReply, { name, item }: ListExport,
  { data, total }: Page<T>, window: PageWindow, nextCursor?: string | null): ListBody<T> | FastifyReply {
  const meta = pageHeaders(request, reply, total, window, nextCursor)
  if (request.format !== 'json') return sendExport(request, reply, name, item, data)
  return { kind: 'list', data, meta }
}

/**
 * Answers a page whose items the database wrote, each a line in the request's
 * format (a JSON object, or a CSV row): sent here as they are, inside the
 * list's JSON body (the same bytes the route's serializer writes of a
 * ListBody: test/export-lines.test.ts) or as the export negotiated.
 */
export function sendWrittenPage (request: FastifyRequest, reply: FastifyReply, { name, item }: ListExport,
  { lines, total }: WrittenPage, window: PageWindow, nextCursor?: string | null): FastifyReply {
  const meta = pageHeaders(request, reply, total, window, nextCursor)
  if (request.format !== 'json') return sendExportLines(request, reply, name, item, lines)
  return sendBody(reply, 'list', ['[', ...lines.flatMap((line, i) => i === 0 ? [line] : [',', line]), ']'], meta)
}

/**
 * A JSON body (`list` or `groups`) whose `data` is JSON text already: sent as
 * it is, with its `meta`, in the order and form the route's serializer writes.
 */
export function sendWrittenBody (reply: FastifyReply, kind: 'list' | 'groups', data: string, meta: object): FastifyReply {
  return sendBody(reply, kind, [data], meta)
}

function sendBody (reply: FastifyReply, kind: 'list' | 'groups', data: string[], meta: object): FastifyReply {
  return sendWrittenJson(reply, [`{"kind":"${kind}","data":`, ...data, `,"meta":${JSON.stringify(meta)}}`])
}

/** A JSON answer written already, in pieces (past the route's serializer, which the caller's tests hold it to). */
export function sendWrittenJson (reply: FastifyReply, pieces: string[]): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(bytesOf(pieces))
}

/**
 * Pieces of text as one buffer of their UTF-8 bytes, each written in place.
 * Joining them first made a string of the whole body (half a megabyte for a
 * page of 500, twice that for every party's group), copied once more to be
 * encoded: each a large object for the garbage collector to sweep.
 */
function bytesOf (pieces: string[]): Buffer {
  let length = 0
  for (const piece of pieces) length += Buffer.byteLength(piece)
  // Its own memory, never a slice of Node's shared pool: the response cache keeps it, and counts its length.
  const bytes = Buffer.allocUnsafeSlow(length)
  let at = 0
  for (const piece of pieces) at += bytes.write(piece, at)
  return bytes
}

/** Records per batch of a list's full export: a JSON page's most. */
const EXPORT_BATCH = 500

/** A page of a list: the records in the window and how many match in all. */
export type ListReader<Query, T> = (filters: Filters<Query>, window: PageWindow) => Promise<Page<T>>

/**
 * Every record of a list from `offset` on, a batch at a time, in its pages'
 * order: how a full export reads its batches after the first, where reading
 * each as a page would repeat work (as the pairs of parties' grouping).
 */
export type BatchReader<Query, T> = (filters: Filters<Query>, offset: number) => AsyncIterable<T[]>

/**
 * The handler of a list route: the page `list` finds for the query's filters
 * and window, answered by sendPage; or, exported whole (CSV or NDJSON with no
 * `limit`) and more than a batch, every match streamed a batch at a time
 * (http/export-stream.ts).
 * Whole, the pairs of parties took the server 380 MB at 100,035 agreements,
 * the summits 50; and Prisma, which binds every summit's id to read their
 * countries, leaders and sessions in order, refused more than 999 summits on
 * SQLite (32,766 on PostgreSQL: P2029, a 500).
 */
export async function answerList<Query extends PaginationParams, T extends object> (request: FastifyRequest, reply: FastifyReply,
  query: Query, listExport: ListExport, list: ListReader<Query, T>, batches?: BatchReader<Query, T>): Promise<ListBody<T> | FastifyReply> {
  const { limit, offset, format, ...filters } = query
  if (request.format !== 'json' && limit === undefined) {
    const start = offset ?? 0
    const first = await list(filters, { limit: EXPORT_BATCH, offset: start })
    // One batch holds it all: answered whole, as a page is (kept by the response cache, a strong ETag).
    if (first.data.length < EXPORT_BATCH) return sendPage(request, reply, listExport, first, { limit: undefined, offset: start })
    return sendExportStream(request, reply, listExport.name, listExport.item, async rows => {
      const later = batches === undefined
        ? pagesFrom(start + EXPORT_BATCH, async at => (await list(filters, { limit: EXPORT_BATCH, offset: at })).data)
        : batches(filters, start + EXPORT_BATCH)
      return { total: first.total, version: await request.server.datasetVersion(), batches: exportBatches(rows, listExport.item, after(first.data, later)) }
    })
  }
  const window = pageWindow(request, query)
  return sendPage(request, reply, listExport, await list(filters, window), window)
}

/** Each page from `offset` on, until one is short. */
async function * pagesFrom<T> (offset: number, read: (offset: number) => Promise<T[]>): AsyncGenerator<T[]> {
  for (let at = offset; ; at += EXPORT_BATCH) {
    const page = await read(at)
    if (page.length > 0) yield page
    if (page.length < EXPORT_BATCH) return
  }
}

/** `first`, then the batches of `rest`. */
async function * after<T> (first: T[], rest: AsyncIterable<T[]>): AsyncGenerator<T[]> {
  yield first
  yield * rest
}
