// Claims as the API shows them: every claim of a record, with its source; and
// the subset that quotes a text the project ships, kept as `citations`.
import type { PrismaClient } from '../db/client.js'
import { type ClaimRow as Row, claimRows, writtenClaimRows } from '../db/sql/claims.js'
import type { Rank } from '../generated/prisma/enums.js'
import { decodeValue, disputedFields } from '../provenance/claims.js'
import type { Citation, Claim } from '../schemas/common.js'

const rankOrder = { preferred: 0, normal: 1, deprecated: 2 } as const

export function toClaim (row: Row): Claim {
  return {
    field: row.field,
    value: decodeValue(row.field, row.value),
    rank: row.rank,
    basis: row.basis,
    note: row.note,
    quote: row.quote,
    locator: row.locator,
    source: { slug: row.source.slug, title: row.source.title, kind: row.source.kind, publisher: row.source.publisher, url: row.source.url }
  }
}

/**
 * The verbatim quotes that support the values a record holds: claims on a
 * shipped text ranked first for their fact (preferred, or normal where no
 * claim is preferred). Other sources' values are among the claims only.
 */
function toCitations (rows: Row[]): Citation[] {
  const first = rankedFirst(rows)
  return rows.filter(row => row.quote !== null && first(row)).map(row => ({
    field: row.field,
    quote: row.quote ?? '',
    basis: row.basis,
    note: row.note,
    source: { slug: row.source.slug, title: row.source.title }
  }))
}

/** Whether a claim is ranked first for its fact: preferred, or normal where no claim of its field is preferred. */
function rankedFirst (rows: readonly Ranked[]): (row: Ranked) => boolean {
  const preferred = new Set(rows.filter(row => row.rank === 'preferred').map(row => row.field))
  return row => row.rank === 'preferred' || (row.rank === 'normal' && !preferred.has(row.field))
}

export interface Provenance { citations: Citation[], claims: Claim[] }

interface Ranked { id: number, field: string, rank: Rank }

/** Claims in a stable order: by field, best rank first, then as the seed gives them. */
const ordered = <T extends Ranked>(rows: T[]): T[] =>
  [...rows].sort((a, b) => a.field.localeCompare(b.field) || rankOrder[a.rank] - rankOrder[b.rank] || a.id - b.id)

/** The citations and claims of several records of one type, by key. */
export async function provenanceOfMany (prisma: PrismaClient, subjectType: string, subjectKeys: string[]): Promise<Map<string, Provenance>> {
  const rows = await claimRows(prisma, subjectType, subjectKeys)
  const byKey = new Map<string, Row[]>(subjectKeys.map(key => [key, []]))
  for (const row of rows) byKey.get(row.subjectKey)?.push(row)
  return new Map([...byKey].map(([key, own]) => {
    const sorted = ordered(own)
    return [key, { citations: toCitations(sorted), claims: sorted.map(toClaim) }]
  }))
}

/** Every citation and claim of one record. */
export async function provenanceOf (prisma: PrismaClient, subjectType: string, subjectKey: string): Promise<Provenance> {
  return (await provenanceOfMany(prisma, subjectType, [subjectKey])).get(subjectKey) ?? { citations: [], claims: [] }
}

/** One record's citations and claims as the database writes them (JSON objects, in provenanceOf's order), and its disputed facts. */
export interface WrittenProvenance { citations: string[], claims: string[], disputed: string[] }

export async function writtenProvenanceOf (prisma: PrismaClient, subjectType: string, subjectKey: string): Promise<WrittenProvenance> {
  const rows = ordered(await writtenClaimRows(prisma, subjectType, subjectKey))
  const first = rankedFirst(rows)
  // A set's value compared as the API shows it (its members, written again), any other as it is.
  const shown = (field: string, value: string | null): string | null => {
    const decoded = decodeValue(field, value)
    return Array.isArray(decoded) ? JSON.stringify(decoded) : decoded
  }
  return {
    citations: rows.flatMap(row => row.citation !== null && first(row) ? [row.citation] : []),
    claims: rows.map(row => row.claim),
    disputed: disputedFields(rows.map(({ field, rank, value }) => ({ field, rank, value: shown(field, value) })))
  }
}
