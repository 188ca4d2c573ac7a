// Agreement counts for summits and sessions: recorded and identified from one
// grouped count per request, whatever the number of agreements; what each
// source reports from the claims on `reported_agreement_count`.
import type { PrismaClient } from '../db/client.js'
import type { ReportedCount } from '../schemas/summits.js'

/** The rows counts are asked for: summits and sessions by id and slug. */
interface Counting { id: number, slug: string }

interface Tally { recorded: number, identified: number }
interface Tallies { sessions: Map<number, Tally>, summits: Map<number, Tally & { withoutSession: number }> }

/** Recorded and identified agreements per session and per summit, in one grouped count. */
async function tallies (prisma: PrismaClient, summitIds: number[]): Promise<Tallies> {
  const groups = await prisma.agreement.groupBy({
    by: ['summitId', 'sessionId', 'identified'], where: { summitId: { in: summitIds } }, _count: { _all: true }
  })
  const sessions = new Map<number, Tally>()
  const summits = new Map<number, Tally & { withoutSession: number }>()
  for (const { summitId, sessionId, identified, _count: { _all: count } } of groups) {
    const summit = summits.get(summitId) ?? { recorded: 0, identified: 0, withoutSession: 0 }
    summit.recorded += count
    if (identified) summit.identified += count
    if (sessionId === null) summit.withoutSession += count
    summits.set(summitId, summit)
    if (sessionId === null) continue
    const session = sessions.get(sessionId) ?? { recorded: 0, identified: 0 }
    session.recorded += count
    if (identified) session.identified += count
    sessions.set(sessionId, session)
  }
  return { sessions, summits }
}

const rankOrder = { preferred: 0, normal: 1, deprecated: 2 } as const

/**
 * Every source's reported count for the given summits' and sessions' slugs,
 * best rank first: one entry per source and value (stated when any of that
 * source's citations states it).
 */
async function reportedBySource (prisma: PrismaClient, keys: { summit: string[], session: string[] }): Promise<Map<string, ReportedCount[]>> {
  const rows = await prisma.claim.findMany({
    where: {
      field: 'reported_agreement_count',
      OR: [{ subjectType: 'summit', subjectKey: { in: keys.summit } }, { subjectType: 'session', subjectKey: { in: keys.session } }]
    },
    include: { source: true },
    orderBy: { id: 'asc' }
  })
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

export interface Counted { tallies: Tallies, reported: Map<string, ReportedCount[]> }

/** Counts for the given summits (with their sessions) and any other sessions. */
export async function countsFor (prisma: PrismaClient, rows: Array<Counting & { sessions: Array<Counting & { summitId: number }> }>, extraSessions: Array<Counting & { summitId: number }> = []): Promise<Counted> {
  const sessions = [...rows.flatMap(row => row.sessions), ...extraSessions]
  const [counted, reported] = await Promise.all([
    tallies(prisma, [...new Set([...rows.map(row => row.id), ...sessions.map(session => session.summitId)])]),
    reportedBySource(prisma, { summit: rows.map(row => row.slug), session: sessions.map(session => session.slug) })
  ])
  return { tallies: counted, reported }
}
