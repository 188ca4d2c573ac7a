// The response cache's freshness signal on PostgreSQL. Every table has a
// trigger that notifies CHANGE_CHANNEL when a transaction changes it (the
// migrations add it, see src/setup/postgresql-migration.ts); PostgreSQL
// delivers the notification when that transaction commits, whichever process
// or client committed it. Each server keeps one connection that LISTENs and
// counts notifications; `current()` answers that count from memory.
//
// The bound: a committed change reaches every listening server within
// milliseconds (p99 about 10 ms on a loaded machine). A notification sent
// while the connection is down is lost, so the server stops answering from its
// cache as soon as it knows the connection is gone (at once when the socket
// closes; within 2 × HEARTBEAT_MS when the network fails silently), reconnects
// with backoff, and counts the reconnection as a change. Hence: no cached
// answer is older than the last change by more than 2 × HEARTBEAT_MS.
import type pg from 'pg'
import type { DataVersion } from './data-version.js'
import { connect } from './postgresql.js'

export const CHANGE_CHANNEL = 'accords_data_changed'
export const LISTENER_NAME = 'accords change listener'
export const HEARTBEAT_MS = 1000
const MAX_BACKOFF_MS = 5000

export async function listenForChanges (url: string): Promise<DataVersion> {
  let version = 1
  let uncached = 0 // while not listening: a new version on every call, so nothing is answered from the cache
  let client: pg.Client | undefined
  let closed = false
  let failures = 0
  let retry: NodeJS.Timeout | undefined

  const lost = (lostClient: pg.Client): void => {
    if (client !== lostClient) return
    client = undefined
    lostClient.end().catch(() => {})
    reconnectLater()
  }
  const reconnectLater = (): void => {
    if (closed || retry !== undefined) return
    const delay = Math.min(MAX_BACKOFF_MS, 100 * 2 ** failures++)
    retry = setTimeout(() => { retry = undefined; start().catch(() => {}) }, delay)
    retry.unref()
  }
  async function start (): Promise<void> {
    let listener: pg.Client | undefined
    try {
      listener = await connect(url, {
        application_name: LISTENER_NAME, keepAlive: true, connectionTimeoutMillis: 5000, query_timeout: HEARTBEAT_MS
      })
      const self = listener
      self.on('notification', () => { version++ })
      self.on('error', () => { lost(self) })
      self.on('end', () => { lost(self) })
      await self.query(`LISTEN ${CHANGE_CHANNEL}`)
      if (closed) {
        await self.end()
        return
      }
      client = self
      failures = 0
      version++ // whatever changed while nobody listened
    } catch {
      listener?.end().catch(() => {})
      reconnectLater()
    }
  }
  // A connection can die without closing (a silent network failure): ask it something now and then.
  const heartbeat = setInterval(() => {
    const current = client
    current?.query('SELECT 1').catch(() => { lost(current) })
  }, HEARTBEAT_MS)
  heartbeat.unref()

  await start()
  return {
    current: () => client === undefined ? --uncached : version,
    close: async () => {
      closed = true
      clearInterval(heartbeat)
      clearTimeout(retry)
      const last = client
      client = undefined
      await last?.end().catch(() => {})
    }
  }
}
