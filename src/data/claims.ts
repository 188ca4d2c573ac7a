// Claims as the API shows them: every claim of a record, with its source; and
// the subset that quotes a text the project ships, kept as `citations`.
import type { PrismaClient } from '../db/client.js'
import { type ClaimRow as Row, claimRows } from '../db/sql/claims.js'
import { decodeValue } from '../provenance/claims.js'
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
  const preferred = new Set(rows.filter(row => row.rank === 'preferred').map(row => row.field))
  const first = (row: Row): boolean => row.rank === 'preferred' || (row.rank === 'normal' && !preferred.has(row.field))
  return rows.filter(row => row.quote !== null && first(row)).map(row => ({
    field: row.field,
    quote: row.quote ?? '',
    basis: row.basis,
    note: row.note,
    source: { slug: row.source.slug, title: row.source.title }
  }))
}

export interface Provenance { citations: Citation[], claims: Claim[] }

/** Claims in a stable order: by field, best rank first, then as the seed gives them. */
const ordered = (rows: Row[]): Row[] =>
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
