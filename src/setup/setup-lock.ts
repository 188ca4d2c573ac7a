// Set-up (migrate, seed) on a shared PostgreSQL database runs one process at a
// time: replicas starting together, a deploy and a re-seed. Each takes a
// session-level advisory lock on a connection of its own (through a pool, lock
// and unlock could land on different connections) and waits for it; when the
// holder dies, the server drops its session and the lock with it. The key is
// a pair of 32-bit integers, a space apart from the single 64-bit key Prisma
// Migrate takes around applyMigrations (72707369), which must stay free: the
// engine waits for it on its own connection.
// A SQLite file needs none: a re-seed is one transaction, and replicas cannot
// share a file.
import { connect } from '../db/postgresql.js'
import type { DatabaseTarget } from '../db/target.js'

/** 'AcCd' and 1: Accords' set-up. */
export const SETUP_LOCK = [0x41634364, 1] as const
/** How long a process waits for another's set-up before giving up (a first seed takes seconds). */
const WAIT_MS = 5 * 60_000

export async function withSetupLock<T> (target: DatabaseTarget, work: () => Promise<T>): Promise<T> {
  if (target.provider === 'sqlite') return work()
  const client = await connect(target.url, { application_name: 'accords set-up lock' })
  try {
    await client.query(`SET lock_timeout = ${WAIT_MS}`)
    await client.query('SELECT pg_advisory_lock($1, $2)', [...SETUP_LOCK])
    try {
      return await work()
    } finally {
      await client.query('SELECT pg_advisory_unlock($1, $2)', [...SETUP_LOCK])
    }
  } finally {
    await client.end()
  }
}
