// Sending a list: JSON pages with X-Total-Count and an RFC 8288 Link header
// (first/prev/next/last, keeping every other query parameter as sent), or a
// CSV / NDJSON export of every match.
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { z } from 'zod'
import { sendExport } from './exports.js'

export interface Page { limit: number | undefined, offset: number }

const DEFAULT_LIMIT = 50

/** JSON pages default to 50 records; exports hold every match unless the request gives a limit. */
export function pageOf (request: FastifyRequest, query: { limit?: number | undefined, offset?: number | undefined }): Page {
  return { limit: query.limit ?? (request.format === 'json' ? DEFAULT_LIMIT : undefined), offset: query.offset ?? 0 }
}

export function pageLinks (url: string, total: number, limit: number, offset: number): string {
  const parsed = new URL(url, 'http://localhost')
  const at = (o: number): string => {
    parsed.searchParams.set('limit', String(limit))
    parsed.searchParams.set('offset', String(o))
    return `${parsed.pathname}${parsed.search}`
  }
  const last = total === 0 ? 0 : Math.floor((total - 1) / limit) * limit
  const links = [`<${at(0)}>; rel="first"`]
  if (offset > 0) links.push(`<${at(Math.min(Math.max(0, offset - limit), last))}>; rel="prev"`)
  if (offset + limit < total) links.push(`<${at(offset + limit)}>; rel="next"`)
  links.push(`<${at(last)}>; rel="last"`)
  return links.join(', ')
}

export interface Envelope<T> { data: T[], meta: { total: number, limit: number, offset: number } }

/**
 * Answers with the page as JSON (returned, for the route's serializer), or as
 * the export the request negotiated (sent here, already encoded).
 */
export function sendList<T extends object> (request: FastifyRequest, reply: FastifyReply, name: string, item: z.core.$ZodType, data: T[], total: number, page: Page): Envelope<T> | FastifyReply {
  reply.header('X-Total-Count', String(total))
  if (request.format !== 'json') return sendExport(request, reply, name, item, data)
  const limit = page.limit ?? DEFAULT_LIMIT
  reply.header('Link', pageLinks(request.url, total, limit, page.offset))
  return { data, meta: { total, limit, offset: page.offset } }
}
