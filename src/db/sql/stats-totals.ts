// Two of the statements /stats reads, beside its summits (summit-lines.ts)
// and its tiles (agreement-groups.ts): the totals the loader stores on each
// summit, and every sector's coverage. Prisma's query API can express both,
// but at 100,035 agreements its aggregate took 0.73 ms where this statement,
// read directly, takes 0.36, and the sectors with their coverage (four
// statements) 0.54 ms where this one takes 0.04 (medians, side by side in one
// process): in a request the benchmark holds to twice its raw SQL. The same
// SQL on both databases.
import { Prisma } from '../../generated/prisma/client.js'
import type { Basis } from '../../generated/prisma/enums.js'
import type { PrismaClient } from '../client.js'
import { readRows } from '../direct-reads.js'

export interface SummitSums {
  summits: number
  /** null when no summit has a reported count. */
  reported: number | null
  recorded: number
  identified: number
  recordedWithoutSession: number
}

/** The sums of what the loader stores on each summit (every agreement is recorded at one). */
export async function summitSums (db: PrismaClient): Promise<SummitSums> {
  const [row = {}] = await readRows(db, Prisma.sql`
    SELECT count(*) AS "summits", count("reportedAgreementCount") AS "withReported", sum("reportedAgreementCount") AS "reported",
      sum("recordedAgreements") AS "recorded", sum("identifiedAgreements") AS "identified", sum("recordedWithoutSession") AS "withoutSession"
    FROM "Summit"`)
  return {
    summits: Number(row.summits ?? 0),
    reported: Number(row.withReported ?? 0) === 0 ? null : Number(row.reported ?? 0),
    recorded: Number(row.recorded ?? 0),
    identified: Number(row.identified ?? 0),
    recordedWithoutSession: Number(row.withoutSession ?? 0)
  }
}

export interface CoverageRow { sector: string, summit: string, session: string | null, count: number | null, basis: Basis }

/** Every sector's coverage (how many of a summit's or session's agreements a source puts in it), in the order the loader wrote them. */
export async function coverageRows (db: PrismaClient): Promise<CoverageRow[]> {
  const rows = await readRows(db, Prisma.sql`
    SELECT se."slug" AS "sector", su."slug" AS "summit", ss."slug" AS "session", x."reportedCount" AS "count", x."basis" AS "basis"
    FROM "SectorCoverage" x JOIN "Sector" se ON se."id" = x."sectorId" JOIN "Summit" su ON su."id" = x."summitId"
      LEFT JOIN "Session" ss ON ss."id" = x."sessionId"
    ORDER BY x."id"`)
  return rows.map(row => ({
    sector: String(row.sector),
    summit: String(row.summit),
    session: row.session === null ? null : String(row.session),
    count: row.count === null ? null : Number(row.count),
    basis: row.basis as Basis
  }))
}
