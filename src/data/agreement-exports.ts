// Full exports of agreement lists (CSV, NDJSON), read in batches of lines
// the database writes (db/sql/agreement-lines.ts) and sent as they come.
import type { PrismaClient } from '../db/client.js'
import { type Dialect, forDatabase } from '../db/dialect.js'
import { agreementLines, type AgreementLines, type LineFormat } from '../db/sql/agreement-lines.js'
import { type KeyValue, pageEnds } from '../db/sql/agreement-rows.js'
import type { Condition } from '../db/sql/conditions.js'
import type { SortKey } from '../schemas/agreements.js'
import { type CursorRequest, dataVersion, orderOf } from './agreements.js'
import { decodeCursor, FIRST } from './cursor.js'

/**
 * Rows of an export at a time, each batch one string. Large enough that the
 * statement's own cost is shared by many rows, small enough that the first
 * bytes leave at once and a batch is a few hundred kilobytes.
 */
const BATCH = 500

/**
 * Batches read at the same time. PostgreSQL writes each on a connection and
 * in a process of its own, so two of them use both cores of this machine: at
 * 100,035 agreements, a CSV export's batch statement took 27 ms read one
 * after another, 16 two at a time, and the whole export about two thirds of
 * the time (side by side). SQLite reads in this process, one statement after
 * another. An export holds up to two of the pool's connections.
 */
const atOnce: Dialect<number> = { sqlite: 1, postgresql: 2 }

/** Batches whose starts are read ahead in one statement (their keys only: db/sql/agreement-rows.ts, pageEnds). */
const PLANNED = 16

/**
 * A full export: how many rows, the data's version (for its ETag), and the
 * lines in `format` (JSON objects: NDJSON), a batch at a time, each line
 * ended (CRLF in CSV, LF in NDJSON), from `offset` or after a cursor's
 * position; the first batch is read before it answers.
 */
export async function exportAgreements (prisma: PrismaClient, conditions: Condition[], sort: SortKey[] | undefined, offset: number,
  format: LineFormat, byCursor?: CursorRequest): Promise<{ total: number, version: string, batches: AsyncGenerator<string> }> {
  const order = orderOf(sort)
  const version = await dataVersion(prisma)
  const keys = byCursor === undefined || byCursor.cursor === FIRST
    ? undefined
    : decodeCursor(byCursor.cursor, { ...byCursor.context, version }, order.length).keys
  const end = format === 'csv' ? '\r\n' : '\n'
  const first = await agreementLines(prisma, conditions, order, { limit: BATCH, offset: keys === undefined ? offset : 0, after: keys }, format)
  const matching = first.matching
  const batchAfter = (after: KeyValue[]): Promise<AgreementLines> => agreementLines(prisma, conditions, order, { limit: BATCH, offset: 0, after, matching }, format)
  const text = (page: AgreementLines): string => `${page.lines.join(end)}${end}`

  async function * batches (): AsyncGenerator<string> {
    if (first.lines.length === 0) return
    yield text(first)
    let last = first.keysAt(first.lines.length - 1)
    if (first.lines.length < BATCH) return
    while (last !== undefined) {
      // Where the next batches start: after the last row sent, then after every BATCH-th row beyond it.
      const ends = await pageEnds(prisma, conditions, order, { limit: BATCH * PLANNED, offset: 0, after: last, matching }, BATCH)
      const starts = [last, ...ends]
      // All PLANNED batches are full: the one after the last end is the next group's.
      const count = ends.length === PLANNED ? PLANNED : starts.length
      const reads: Array<Promise<AgreementLines>> = []
      let started = 0
      const startNext = (): void => {
        const read = batchAfter(starts[started++] as KeyValue[])
        // When the client leaves, the batches read ahead are dropped, and so are their failures, if they fail.
        read.catch(() => {})
        reads.push(read)
      }
      while (started < Math.min(count, forDatabase(prisma, atOnce))) startNext()
      for (let i = 0; i < count; i++) {
        const page = await (reads.shift() as Promise<AgreementLines>)
        if (started < count) startNext()
        if (page.lines.length > 0) yield text(page)
      }
      last = count === PLANNED ? ends[PLANNED - 1] : undefined
    }
  }
  return { total: matching, version, batches: batches() }
}
