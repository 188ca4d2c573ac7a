// Data access for agreements. A list is a set of conditions (the request's
// filters, checked: agreement-filters.ts) read through the set and line
// modules of src/db/sql (counts and pages in SQL, every order a stored rank,
// each agreement a line of JSON or CSV the database writes); one agreement in
// full is written by the database too. toAgreement shapes an agreement's row
// (its relations as JSON) in JavaScript: the reference that tests hold the
// database's lines and details to.
import type { PrismaClient } from '../db/client.js'
import { type AgreementRow, type OrderKey, totalOrder } from '../db/sql/agreement-rows.js'
import { writtenDetail } from '../db/sql/agreement-detail.js'
import { agreementLines, type LineFormat } from '../db/sql/agreement-lines.js'
import type { Condition } from '../db/sql/conditions.js'
import type { SourceKind } from '../generated/prisma/enums.js'
import { NotFoundError } from '../http/errors.js'
import type { Agreement, SortKey } from '../schemas/agreements.js'
import type { PageWindow, WrittenPage } from '../schemas/pages.js'
import { compareCodePoints } from '../text.js'
import { writtenProvenanceOf } from './claims.js'
import { type CursorContext, decodeCursor, encodeCursor, FIRST } from './cursor.js'

const rankColumns: Record<SortKey['field'], [OrderKey['column'], OrderKey['column']]> = {
  signed_at: ['sortSignedAt', 'sortSignedAtDesc'],
  title: ['sortTitle', 'sortTitleDesc'],
  kind: ['sortKind', 'sortKindDesc'],
  identified: ['sortIdentified', 'sortIdentifiedDesc'],
  slug: ['slug', 'slug']
}

/** The stored columns a sort reads: ranks ascending (one per direction), slug either way; then the default order. */
export function orderOf (sort: SortKey[] | undefined): OrderKey[] {
  return totalOrder((sort ?? []).map(({ field, descending }) => {
    const [ascending, descendingColumn] = rankColumns[field]
    return field === 'slug' ? { column: 'slug', descending } : { column: descending ? descendingColumn : ascending, descending: false }
  }))
}

/** `-signed_at,title`: a sort as text, which a cursor records. */
export const sortText = (sort: SortKey[] | undefined): string =>
  (sort ?? []).map(({ field, descending }) => `${descending ? '-' : ''}${field}`).join(',')

/** The dataset loaded: its seed's hash and when it was loaded (empty before a load). */
export interface LoadedDataset { sha256: string, loadedAt: string }

export async function loadedDataset (prisma: PrismaClient): Promise<LoadedDataset> {
  const row = await prisma.datasetVersion.findUnique({ where: { id: 1 }, select: { sha256: true, loadedAt: true } })
  return { sha256: row?.sha256 ?? '', loadedAt: row?.loadedAt ?? '' }
}

/** The version of the data loaded, which a cursor records and an export's ETag is made from. */
export const versionOf = ({ sha256, loadedAt }: LoadedDataset): string => `${sha256} ${loadedAt}`

/**
 * A page by cursor: the request's cursor (or `*` for the first page), and what
 * it must have been made for (the query, its order and the data's version).
 */
export interface CursorRequest { cursor: string, context: CursorContext }

/** A page of agreements, each written by the database as a line: its JSON object, or its CSV row. */
export interface AgreementList extends WrittenPage {
  /** Where the page starts among all matches (for a cursor, as it recorded). */
  offset: number
  /** In cursor mode: the cursor of the next page, or null on the last. */
  nextCursor?: string | null
}

export async function listAgreements (prisma: PrismaClient, conditions: Condition[], sort: SortKey[] | undefined, window: PageWindow,
  format: LineFormat, byCursor?: CursorRequest): Promise<AgreementList> {
  const order = orderOf(sort)
  const limit = window.limit ?? Number.MAX_SAFE_INTEGER
  if (byCursor === undefined) {
    const page = await agreementLines(prisma, conditions, order, { limit, offset: window.offset }, format)
    return { lines: page.lines, total: page.matching, offset: window.offset }
  }
  const { context } = byCursor
  const position = byCursor.cursor === FIRST ? { offset: 0, keys: undefined } : decodeCursor(byCursor.cursor, context, order.length)
  // One more row than the page: whether there is a next one.
  const { matching, lines, keysAt } = await agreementLines(prisma, conditions, order, { limit: limit + 1, offset: 0, after: position.keys }, format)
  const last = keysAt(limit - 1)
  const nextCursor = lines.length > limit && last !== undefined ? encodeCursor(context, { offset: position.offset + limit, keys: last }) : null
  return { lines: lines.slice(0, limit), total: matching, offset: position.offset, nextCursor }
}

/** An agreement as lists show it. */
export function toAgreement (row: AgreementRow): Agreement {
  const countries = new Map(row.parties.map(party => [party.country, party.countryName]))
  return {
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    identified: row.identified,
    signed_at: row.signedAt,
    summit: row.summit,
    session: row.session as Agreement['session'],
    session_basis: row.sessionBasis,
    parties: row.parties.map(({ slug, name, kind, country, role, basis }) => ({ slug, name, kind, country, role, basis }) as Agreement['parties'][number]),
    countries: [...countries].sort(([a], [b]) => compareCodePoints(a, b)).map(([code, name]) => ({ code, name })),
    sectors: row.sectors as Agreement['sectors'],
    minerals: row.minerals as Agreement['minerals'],
    disputed: row.disputed,
    source_count: row.sourceCount,
    source_kinds: row.sourceKinds.map(([kind, count]) => ({ kind: kind as SourceKind, count }))
  }
}

/**
 * One agreement in full (AgreementDetail) as JSON pieces: what lists show,
 * with its places, then its disputed facts, sources, citations and claims,
 * each written by the database (db/sql/agreement-detail.ts, db/sql/claims.ts).
 */
export async function writtenAgreement (prisma: PrismaClient, slug: string): Promise<string[]> {
  const [detail, { disputed, citations, claims }] = await Promise.all([writtenDetail(prisma, slug), writtenProvenanceOf(prisma, 'agreement', slug)])
  if (detail === undefined) throw new NotFoundError('agreement', slug)
  return [detail.head.slice(0, -1), ',"disputed_facts":', JSON.stringify(disputed), ',"sources":', detail.sources,
    ',"citations":[', citations.join(','), '],"claims":[', claims.join(','), ']}']
}
