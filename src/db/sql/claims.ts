// The claims of some records of one type, each with its source, in one
// statement. Prisma's `include` reads the sources in a second statement, and
// each statement it builds costs more than SQLite takes to run this one: every
// detail route reads claims, so this is the same on both databases and plain.
import type { PrismaClient } from '../client.js'
import { Prisma } from '../../generated/prisma/client.js'
import type { Basis, Rank, SourceKind } from '../../generated/prisma/enums.js'
import { readRows, readWith } from '../direct-reads.js'
import { setFields } from '../../provenance/claims.js'
import { open, sqlOf, statementOnce } from './sql-dialect.js'

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

/** A claim as the database writes it: what orders it and tells whether it is disputed, then its JSON. */
export interface WrittenClaimRow {
  id: number
  field: string
  rank: Rank
  /** As stored: a set's members as a JSON array. */
  value: string | null
  /** The claim's JSON object, as the API shows it (toClaim in data/claims.ts). */
  claim: string
  /** Its citation's JSON object (toCitations in data/claims.ts) when it quotes a text; else null. */
  citation: string | null
}

/** The claims of one record, each written as JSON by the database (in no order). */
export async function writtenClaimRows (db: PrismaClient, subjectType: string, subjectKey: string): Promise<WrittenClaimRow[]> {
  const rows = await readWith<Record<string, unknown>>(db, writtenStatementOf(sqlOf(db)), [subjectType, subjectKey])
  return rows.map(row => ({
    id: Number(row.id),
    field: row.field as string,
    rank: row.rank as Rank,
    value: row.value as string | null,
    claim: row.claim as string,
    citation: row.citation as string | null
  }))
}

/** The statement. */
const writtenStatementOf = statementOnce(({ jsonObject, json, jsonString }) => {
  const column = (name: string): Prisma.Sql => Prisma.raw(name)
  // A set's value is its JSON array; any other value a string.
  const value = json(Prisma.sql`CASE WHEN c."field" IN (${Prisma.join(setFields.map(field => Prisma.raw(`'${field}'`)))}) THEN c."value" ELSE ${jsonString(column('c."value"'))} END`)
  const claim = jsonObject([['field', column('c."field"')], ['value', value], ['rank', column('c."rank"')], ['basis', column('c."basis"')],
    ['note', column('c."note"')], ['quote', column('c."quote"')], ['locator', column('c."locator"')],
    ['source', jsonObject([['slug', column('s."slug"')], ['title', column('s."title"')], ['kind', column('s."kind"')],
      ['publisher', column('s."publisher"')], ['url', column('s."url"')]])]])
  const citation = jsonObject([['field', column('c."field"')], ['quote', column('c."quote"')], ['basis', column('c."basis"')],
    ['note', column('c."note"')], ['source', jsonObject([['slug', column('s."slug"')], ['title', column('s."title"')]])]])
  // CAST: PostgreSQL's driver would parse a json value; each is read as its text.
  return Prisma.sql`
    SELECT c."id", c."field", c."rank", c."value", CAST(${claim} AS TEXT) AS "claim",
      CASE WHEN c."quote" IS NULL THEN NULL ELSE CAST(${citation} AS TEXT) END AS "citation"
    FROM "Claim" c JOIN "Source" s ON s."id" = c."sourceId"
    WHERE c."subjectType" = ${open} AND c."subjectKey" = ${open}`
})
