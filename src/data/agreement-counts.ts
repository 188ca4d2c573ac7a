// What each source reports of how many agreements a summit or a session saw,
// from the claims on `reported_agreement_count`. (Recorded and identified
// counts are stored on Summit and Session when the data is loaded.)
import type { PrismaClient } from '../db/client.js'
import type { Prisma } from '../generated/prisma/client.js'
import type { ReportedCount } from '../schemas/summits.js'

/** The rows counts are asked for: summits and sessions by slug. */
interface Counting { slug: string }

/**
 * Only what a reported count shows. Every column of the claims and their
 * sources (quotes, locators, addresses) made /stats' counts take a third
 * longer at 100,000 agreements.
 */
const claimColumns = {
  id: true, subjectType: true, subjectKey: true, value: true, rank: true, basis: true, source: { select: { slug: true, title: true, kind: true } }
} satisfies Prisma.ClaimSelect

const rankOrder = { preferred: 0, normal: 1, deprecated: 2 } as const

const BATCH = 500
function * chunks<T> (items: T[]): Generator<T[]> {
  for (let start = 0; start < items.length; start += BATCH) yield items.slice(start, start + BATCH)
}

/**
 * Every source's reported count for the given summits' and sessions' slugs,
 * best rank first: one entry per source and value (stated when any of that
 * source's citations states it).
 */
async function reportedBySource (prisma: PrismaClient, keys: { summit: string[], session: string[] }): Promise<Map<string, ReportedCount[]>> {
  // In batches: an export lists every summit, more slugs than one statement may bind. Summits and
  // sessions share a batch: one statement (and its sources') for a page, where there were two each.
  const keyed = [...keys.summit.map(key => ['summit', key] as const), ...keys.session.map(key => ['session', key] as const)]
  const found = await Promise.all([...chunks(keyed)].map(async batch => await prisma.claim.findMany({
    where: {
      field: 'reported_agreement_count',
      OR: (['summit', 'session'] as const).map(type => ({ subjectType: type, subjectKey: { in: batch.filter(([of]) => of === type).map(([, key]) => key) } }))
    },
    select: claimColumns
  })))
  const rows = found.flat().sort((a, b) => a.id - b.id)
  const out = new Map<string, Map<string, ReportedCount>>()
  for (const row of rows) {
    const key = `${row.subjectType} ${row.subjectKey}`
    const counts = out.get(key) ?? new Map<string, ReportedCount>()
    const claim = `${row.source.slug} ${row.value ?? ''} ${row.rank}`
    const seen = counts.get(claim)
    if (seen === undefined) {
      counts.set(claim, { count: Number(row.value), rank: row.rank, basis: row.basis, source: { slug: row.source.slug, title: row.source.title, kind: row.source.kind } })
    } else if (row.basis === 'stated') seen.basis = 'stated'
    out.set(key, counts)
  }
  return new Map([...out].map(([key, counts]) => [key, [...counts.values()].sort((a, b) => rankOrder[a.rank] - rankOrder[b.rank])]))
}

export interface Counted { reported: Map<string, ReportedCount[]> }

/** Reported counts for the given summits (with their sessions) and any other sessions: one query, bounded by the page. */
export async function countsFor (prisma: PrismaClient, rows: Array<Counting & { sessions: Counting[] }>, extraSessions: Counting[] = []): Promise<Counted> {
  const sessions = [...rows.flatMap(row => row.sessions), ...extraSessions]
  return { reported: await reportedBySource(prisma, { summit: rows.map(row => row.slug), session: sessions.map(session => session.slug) }) }
}
