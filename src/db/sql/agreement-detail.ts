// An agreement's detail as the database writes it: the JSON of what lists show
// (agreement-lines.ts: lineEntries), with its summit's and session's city and
// venue and its place, and the JSON array of its supporting sources; the
// claims are written by claims.ts (writtenClaimRows). data/agreements.ts puts
// the pieces together, and test/written-detail.test.ts holds them to what the
// route's serializer writes of the same agreement shaped in JavaScript.
//
// Why: a detail's rows, made into objects, checked by zod and written again by
// JSON.stringify, took the server more time than its statements took (README,
// "Large datasets").
import { Prisma } from '../../generated/prisma/client.js'
import type { PrismaClient } from '../client.js'
import { readWith } from '../direct-reads.js'
import { lineEntries, perAgreement } from './agreement-lines.js'
import { open, sqlOf, statementOnce } from './sql-dialect.js'

export interface WrittenDetail {
  /** The agreement's JSON object, as far as its `place`. */
  head: string
  /** The JSON array of its supporting sources (slug, title, kind), in the order they were added; `[]` when none. */
  sources: string
}

export async function writtenDetail (db: PrismaClient, slug: string): Promise<WrittenDetail | undefined> {
  return (await readWith<WrittenDetail>(db, statementOf(sqlOf(db)), [slug]))[0]
}

/** The statement (built for each request, its pieces took 7% of a detail's CPU). */
const statementOf = statementOnce(dialect => {
  const { jsonObject, jsonObjectAgg } = dialect
  const head = jsonObject([
    ...lineEntries(dialect, perAgreement(), { summit: [['city', 'su."city"'], ['venue', 'su."venue"']], session: [['city', 'se."city"'], ['venue', 'se."venue"']] }),
    ['place', Prisma.raw('a."place"')]
  ])
  const source = jsonObject([['slug', Prisma.raw('s."slug"')], ['title', Prisma.raw('s."title"')], ['kind', Prisma.raw('s."kind"')]])
  // CAST: PostgreSQL's driver would parse a json value; each is sent as its text.
  return Prisma.sql`
    SELECT CAST(${head} AS TEXT) AS "head",
      CAST((SELECT ${jsonObjectAgg(source, Prisma.raw('s."id"'))} FROM "AgreementSource" x JOIN "Source" s ON s."id" = x."sourceId"
        WHERE x."agreementId" = a."id") AS TEXT) AS "sources"
    FROM "Agreement" a JOIN "Summit" su ON su."id" = a."summitId" LEFT JOIN "Session" se ON se."id" = a."sessionId"
    WHERE a."slug" = ${open}`
})
