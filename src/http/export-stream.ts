// A full export of an agreement list (CSV or NDJSON with no `limit`), written
// as it is read: the header first, then a batch of rows at a time, so the
// first bytes leave at once and memory stays flat however many rows there
// are. Such an answer is never kept by the response cache; its ETag is weak,
// made from the version of the data and the request. Exports run at most a
// few at a time (plugins/export-slots.ts); beyond that, a 503 with Retry-After.
import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { z } from 'zod'
import { matchesEtag } from './etags.js'
import { csvHeader } from './exports.js'
import { sendProblem } from './problems.js'

/** Seconds a client refused for too many exports should wait. */
export const EXPORT_RETRY_AFTER = 5

export interface StreamedRows {
  /** How many rows the export holds, for X-Total-Count. */
  total: number
  /** The version of the data, for the ETag. */
  version: string
  /** The rows, a batch of lines at a time, in the request's format (CSV without its header). */
  batches: AsyncIterable<string>
}

/**
 * Answers a full export: `open` counts and prepares it, in the request's
 * format, once an export slot is free. The CSV header is made from the item's
 * `schema`, as for a page.
 */
export async function sendExportStream (request: FastifyRequest, reply: FastifyReply, name: string, schema: z.core.$ZodType,
  open: (format: 'csv' | 'ndjson') => Promise<StreamedRows>): Promise<FastifyReply> {
  const slots = request.server.exportSlots
  if (!slots.tryAcquire()) {
    reply.header('Retry-After', String(EXPORT_RETRY_AFTER))
    return sendProblem(request, reply, 503, `${slots.max} exports are running, the most this server runs at once. Retry in ${EXPORT_RETRY_AFTER} s (see Retry-After).`)
  }
  let streaming = false
  try {
    const csv = request.format === 'csv'
    const { total, version, batches } = await open(csv ? 'csv' : 'ndjson')
    const etag = `W/"${createHash('sha1').update(`${version}\n${request.url}\n${request.headers.accept ?? ''}`).digest('base64url')}"`
    reply.header('ETag', etag).header('X-Total-Count', String(total))
      .type(csv ? 'text/csv; charset=utf-8; header=present' : 'application/x-ndjson; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="${name}.${csv ? 'csv' : 'ndjson'}"`)
    if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send()
    if (request.method === 'HEAD') return reply.send()
    const lines = async function * (): AsyncGenerator<string> {
      if (csv) yield csvHeader(schema)
      yield * batches
    }
    const stream = Readable.from(lines(), { objectMode: false })
    stream.once('close', () => slots.release())
    streaming = true
    return reply.send(stream)
  } finally {
    if (!streaming) slots.release()
  }
}
