// The records a request names, found by their slugs (or a country by its
// code): every filtered or nested list, and each summit's page by country,
// looks its values up before it reads. One short statement, read directly
// (direct-reads.ts) on SQLite: through Prisma's findMany a source's lookup took
// 0.115 ms, read directly 0.020 (medians in one process at 100,035
// agreements), and a list makes one per filter and a nested list one more.
// The same SQL on both databases; the slugs are bound, the table is one of ours.
import { Prisma } from '../../generated/prisma/client.js'
import type { PrismaClient } from '../client.js'
import { readRows } from '../direct-reads.js'

/** The tables whose records a filter names by slug. */
export type SluggedTable = 'Sector' | 'Mineral' | 'Party' | 'Summit' | 'Session' | 'Source'

/** The records among `slugs` that exist: their ids and slugs, in no order. */
export async function recordsBySlug (db: PrismaClient, table: SluggedTable, slugs: string[]): Promise<Array<{ id: number, slug: string }>> {
  if (slugs.length === 0) return []
  const rows = await readRows(db, Prisma.sql`SELECT "id", "slug" FROM ${Prisma.raw(`"${table}"`)} WHERE "slug" IN (${Prisma.join(slugs)})`)
  return rows.map(row => ({ id: Number(row.id), slug: String(row.slug) }))
}

/** The country codes among `codes` that exist, in no order. */
export async function existingCountryCodes (db: PrismaClient, codes: string[]): Promise<string[]> {
  if (codes.length === 0) return []
  const rows = await readRows(db, Prisma.sql`SELECT "code" FROM "Country" WHERE "code" IN (${Prisma.join(codes)})`)
  return rows.map(row => String(row.code))
}
