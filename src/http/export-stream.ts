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
import { csvParts } from './exports.js'
import { sendProblem } from './problems.js'

/** Seconds a client refused for too many exports should wait. */
export const EXPORT_RETRY_AFTER = 5

export interface StreamedRows {
  /** How many rows the export holds, for X-Total-Count. */
  total: number
  /** The version of the data, for the ETag. */
  version: string
  batches: AsyncIterable<object[]>
}

/** Answers a full export: `open` counts and prepares it once an export slot is free. */
export async function sendExportStream (request: FastifyRequest, reply: FastifyReply, name: string, schema: z.core.$ZodType,
  open: () => Promise<StreamedRows>): Promise<FastifyReply> {
  const slots = request.server.exportSlots
  if (!slots.tryAcquire()) {
    reply.header('Retry-After', String(EXPORT_RETRY_AFTER))
    return sendProblem(request, reply, 503, `${slots.max} exports are running, the most this server runs at once. Retry in ${EXPORT_RETRY_AFTER} s (see Retry-After).`)
  }
  let streaming = false
  try {
    const { total, version, batches } = await open()
    const csv = request.format === 'csv'
    const etag = `W/"${createHash('sha1').update(`${version}\n${request.url}\n${request.headers.accept ?? ''}`).digest('base64url')}"`
    reply.header('ETag', etag).header('X-Total-Count', String(total))
      .type(csv ? 'text/csv; charset=utf-8; header=present' : 'application/x-ndjson; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="${name}.${csv ? 'csv' : 'ndjson'}"`)
    if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send()
    if (request.method === 'HEAD') return reply.send()
    const parts = csvParts(schema)
    const lines = async function * (): AsyncGenerator<string> {
      if (csv) yield parts.header
      for await (const items of batches) {
        yield csv ? parts.rows(items) : items.map(item => JSON.stringify(item) + '\n').join('')
      }
    }
    const stream = Readable.from(lines(), { objectMode: false })
    stream.once('close', () => slots.release())
    streaming = true
    return reply.send(stream)
  } finally {
    if (!streaming) slots.release()
  }
}
