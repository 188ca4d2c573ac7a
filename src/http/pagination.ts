// Page headers for every list: X-Total-Count and an RFC 8288 Link header with
// first/prev/next/last, keeping every other query parameter as sent.
import type { FastifyReply, FastifyRequest } from 'fastify'

export interface Page { limit: number, offset: number }

export function pageLinks (url: string, total: number, { limit, offset }: Page): string {
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

/** Sets the page headers and returns the list envelope. */
export function page<T> (request: FastifyRequest, reply: FastifyReply, data: T[], total: number, p: Page): { data: T[], meta: { total: number, limit: number, offset: number } } {
  reply.header('X-Total-Count', String(total))
  reply.header('Link', pageLinks(request.url, total, p))
  return { data, meta: { total, limit: p.limit, offset: p.offset } }
}
