// Full exports of agreement lists (CSV, NDJSON), read in batches of lines
// the database writes (db/sql/agreement-lines.ts) and sent as they come.
import type { PrismaClient } from '../db/client.js'
import { type Dialect, forDatabase } from '../db/dialect.js'
import { agreementLines, type AgreementLines, type LineFormat } from '../db/sql/agreement-lines.js'
import { type KeyValue, pageEnds } from '../db/sql/agreement-rows.js'
import type { Condition } from '../db/sql/conditions.js'
import type { SortKey } from '../schemas/agreements.js'
import { type CursorRequest, orderOf } from './agreements.js'
import { decodeCursor, FIRST } from './cursor.js'

/**
 * Rows of an export at a time, each batch one string. Large enough that the
 * statement's own cost is shared by many rows, small enough that the first
 * bytes leave at once and a batch is a few hundred kilobytes.
 */
const BATCH = 500

/** How an export's later batches are read: the batch after a row's keys, and where batches end after them. */
interface Reads {
  after: (keys: KeyValue[]) => Promise<AgreementLines>
  /** The keys of every BATCH-th row after these, for PLANNED batches (db/sql/agreement-rows.ts, pageEnds). */
  endsAfter: (keys: KeyValue[]) => Promise<KeyValue[][]>
}

/**
 * SQLite: each batch after the last, one statement after another. Its
 * statements run in this process, and a statement run before a batch is sent
 * holds it back (reading ahead, the first bytes of an export left 45 ms later).
 */
async function * inTurn (last: KeyValue[] | undefined, { after }: Reads): AsyncGenerator<AgreementLines> {
  while (last !== undefined) {
    const page = await after(last)
    if (page.lines.length > 0) yield page
    last = page.lines.length < BATCH ? undefined : page.keysAt(page.lines.length - 1)
  }
}

/** Batches whose starts are read ahead in one statement. */
const PLANNED = 16

/**
 * PostgreSQL: two batches at once. It writes each on a connection and in a
 * process of its own, so that two use both cores of this machine, or one
 * while this process sends the last: at 100,035 agreements, a CSV export's
 * batch statement took 27 ms one after another, 16 two at a time, and the
 * whole export about two thirds of the time (side by side). An export holds up to two
 * of the pool's connections.
 */
async function * twoAtOnce (last: KeyValue[] | undefined, { after, endsAfter }: Reads): AsyncGenerator<AgreementLines> {
  while (last !== undefined) {
    // Where the next batches start: after the last row sent, then after every BATCH-th row beyond it.
    const ends = await endsAfter(last)
    const starts = [last, ...ends]
    // All PLANNED batches are full: the one after the last end is the next group's.
    const count = ends.length === PLANNED ? PLANNED : starts.length
    const reads: Array<Promise<AgreementLines>> = []
    let done = 0
    const start = (): void => {
      const read = after(starts[reads.length + done] as KeyValue[])
      // When the client leaves, the batches read ahead are dropped, and so are their failures, if they fail.
      read.catch(() => {})
      reads.push(read)
    }
    while (reads.length < Math.min(2, count)) start()
    while (done < count) {
      const page = await (reads.shift() as Promise<AgreementLines>)
      done++
      if (reads.length + done < count) start()
      if (page.lines.length > 0) yield page
    }
    last = count === PLANNED ? ends[PLANNED - 1] : undefined
  }
}

const laterBatches: Dialect<typeof inTurn> = { sqlite: inTurn, postgresql: twoAtOnce }

/**
 * A full export: how many rows, the data's `version` (for its ETag), and the
 * lines in `format` (JSON objects: NDJSON), a batch at a time, each line
 * ended (CRLF in CSV, LF in NDJSON), from `offset` or after a cursor's
 * position; the first batch is read before it answers.
 */
export async function exportAgreements (prisma: PrismaClient, conditions: Condition[], sort: SortKey[] | undefined, offset: number,
  format: LineFormat, version: string, byCursor?: CursorRequest): Promise<{ total: number, version: string, batches: AsyncGenerator<string> }> {
  const order = orderOf(sort)
  const keys = byCursor === undefined || byCursor.cursor === FIRST
    ? undefined
    : decodeCursor(byCursor.cursor, byCursor.context, order.length).keys
  const end = format === 'csv' ? '\r\n' : '\n'
  const first = await agreementLines(prisma, conditions, order, { limit: BATCH, offset: keys === undefined ? offset : 0, after: keys }, format)
  const matching = first.matching
  const reads: Reads = {
    after: keys => agreementLines(prisma, conditions, order, { limit: BATCH, offset: 0, after: keys, matching }, format),
    endsAfter: keys => pageEnds(prisma, conditions, order, { limit: BATCH * PLANNED, offset: 0, after: keys, matching }, BATCH)
  }
  const text = (page: AgreementLines): string => `${page.lines.join(end)}${end}`

  async function * batches (): AsyncGenerator<string> {
    if (first.lines.length === 0) return
    yield text(first)
    if (first.lines.length < BATCH) return
    for await (const page of forDatabase(prisma, laterBatches)(first.keysAt(first.lines.length - 1), reads)) yield text(page)
  }
  return { total: matching, version, batches: batches() }
}
