// Short-lived node-postgres connections, for what runs beside Prisma's pool:
// start-up's checks, the set-up lock, the change listener. Loaded only on
// PostgreSQL, so a SQLite server never loads the driver.
import type pg from 'pg'

export async function connect (url: string, options: pg.ClientConfig = {}): Promise<pg.Client> {
  const { default: { Client } } = await import('pg')
  const client = new Client({ connectionString: url, ...options })
  await client.connect()
  return client
}

/** Runs `work` on a connection of its own, closed afterwards. */
export async function withConnection<T> (url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = await connect(url)
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** Whether a table exists in the connection's search path. */
export async function hasTable (client: pg.Client, name: string): Promise<boolean> {
  return (await client.query('SELECT to_regclass($1) IS NOT NULL AS found', [`"${name}"`])).rows[0]?.found === true
}
