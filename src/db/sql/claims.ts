// The claims of some records of one type, each with its source, in one
// statement. Prisma's `include` reads the sources in a second statement, and
// each statement it builds costs more than SQLite takes to run this one: every
// detail route reads claims, so this is the same on both databases and plain.
import type { PrismaClient } from '../client.js'
import { Prisma } from '../../generated/prisma/client.js'
import type { Basis, Rank, SourceKind } from '../../generated/prisma/enums.js'
import { readRows } from '../direct-reads.js'

export interface ClaimRow {
  id: number
  subjectKey: string
  field: string
  value: string | null
  rank: Rank
  basis: Basis
  note: string | null
  quote: string | null
  locator: string | null
  source: { slug: string, title: string, kind: SourceKind, publisher: string, url: string | null }
}

export async function claimRows (db: PrismaClient, subjectType: string, subjectKeys: string[]): Promise<ClaimRow[]> {
  if (subjectKeys.length === 0) return []
  const rows = await readRows<Record<string, unknown>>(db, Prisma.sql`
    SELECT c."id", c."subjectKey", c."field", c."value", c."rank", c."basis", c."note", c."quote", c."locator",
      s."slug", s."title", s."kind", s."publisher", s."url"
    FROM "Claim" c JOIN "Source" s ON s."id" = c."sourceId"
    WHERE c."subjectType" = ${subjectType} AND c."subjectKey" IN (${Prisma.join(subjectKeys)})`)
  return rows.map(row => ({
    id: Number(row.id),
    subjectKey: row.subjectKey as string,
    field: row.field as string,
    value: row.value as string | null,
    rank: row.rank as Rank,
    basis: row.basis as Basis,
    note: row.note as string | null,
    quote: row.quote as string | null,
    locator: row.locator as string | null,
    source: { slug: row.slug as string, title: row.title as string, kind: row.kind as SourceKind, publisher: row.publisher as string, url: row.url as string | null }
  }))
}
