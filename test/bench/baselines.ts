// The fastest raw SQL we could write for each answer the scale section
// measures, run with better-sqlite3 on the same file (no HTTP, no Prisma, no
// JSON of the answer): what the API's time is compared with. Each baseline is
// the statements that compute the whole answer (a page with its relations and
// the total; all groups; …), written here by hand.
import type Database from 'better-sqlite3'

export interface Statement { sql: string, params: unknown[] }

/** The relations of the agreements of `page` (a CTE of ids, in order) as JSON: what a list item embeds. */
const withRelations = (order: string): string => `
SELECT a."slug", a."kind", a."title", a."summary", a."identified", a."signedAt", a."sessionBasis", a."disputed", a."sourceCount",
  su."slug", su."name", su."date", se."slug", se."name", se."kind", se."date",
  (SELECT json_group_array(json_array(k."sourceKind", k."n") ORDER BY k."sourceKind") FROM (SELECT x."sourceKind", count(*) AS "n"
    FROM "AgreementSource" x WHERE x."agreementId" = a."id" GROUP BY x."sourceKind") k),
  (SELECT json_group_array(json_array(p."slug", p."name", p."kind", p."countryCode", c."name", x."role", x."basis") ORDER BY p."slug")
    FROM "AgreementParty" x JOIN "Party" p ON p."id" = x."partyId" JOIN "Country" c ON c."code" = p."countryCode" WHERE x."agreementId" = a."id"),
  (SELECT json_group_array(json_array(s."slug", s."name", x."basis") ORDER BY s."slug")
    FROM "AgreementSector" x JOIN "Sector" s ON s."id" = x."sectorId" WHERE x."agreementId" = a."id"),
  (SELECT json_group_array(json_array(m."slug", m."name", m."symbol", x."basis") ORDER BY m."slug")
    FROM "AgreementMineral" x JOIN "Mineral" m ON m."id" = x."mineralId" WHERE x."agreementId" = a."id")
FROM page JOIN "Agreement" a ON a."id" = page."id" JOIN "Summit" su ON su."id" = a."summitId" LEFT JOIN "Session" se ON se."id" = a."sessionId"
ORDER BY ${order}`

/** A page of a filtered list and its total: the ids matching each filter, intersected; the page read in the order's index. */
export function filteredList (idLists: Statement[], limit: number, offset: number): Statement[] {
  const ids = idLists.map(list => list.sql).join(' INTERSECT ')
  const params = idLists.flatMap(list => list.params)
  return [
    { sql: `SELECT count(*) FROM (${ids})`, params },
    {
      sql: `WITH page AS MATERIALIZED (SELECT a."id", a."listRank" FROM "Agreement" a WHERE +a."id" IN (${ids}) ORDER BY a."listRank" LIMIT ? OFFSET ?)` +
        withRelations('page."listRank"'),
      params: [...params, limit, offset]
    }
  ]
}

/** A page of a small filtered set: the matching rows looked up and sorted (not the order's whole index read). */
export function smallList (idLists: Statement[], limit: number): Statement[] {
  const ids = idLists.map(list => list.sql).join(' INTERSECT ')
  const params = idLists.flatMap(list => list.params)
  return [
    { sql: `SELECT count(*) FROM (${ids})`, params },
    {
      sql: `WITH page AS MATERIALIZED (SELECT a."id", a."listRank" FROM "Agreement" a INDEXED BY "Agreement_keys_idx" WHERE a."id" IN (${ids}) ORDER BY a."listRank" LIMIT ?)` +
        withRelations('page."listRank"'),
      params: [...params, limit]
    }
  ]
}

export const link = (table: string, column: string, values: unknown[]): Statement =>
  ({ sql: `SELECT "agreementId" FROM "${table}" WHERE "${column}" IN (${values.map(() => '?').join(', ')})`, params: values })
export const column = (name: string, values: unknown[]): Statement =>
  ({ sql: `SELECT "id" FROM "Agreement" WHERE "${name}" IN (${values.map(() => '?').join(', ')})`, params: values })
export const unknownSession: Statement = { sql: 'SELECT "id" FROM "Agreement" WHERE "sessionId" IS NULL', params: [] }
export const phrase = (needle: string): Statement =>
  ({ sql: 'SELECT "rowid" FROM "AgreementSearch" WHERE "AgreementSearch" MATCH ?', params: [`"${needle.replaceAll('"', '""')}"`] })

/** Everything, in the default order: the order's index read from `offset`. */
export function unfilteredList (limit: number, offset: number): Statement[] {
  return [
    { sql: 'SELECT count(*) FROM "Agreement"', params: [] },
    { sql: 'WITH page AS MATERIALIZED (SELECT "id", "listRank" FROM "Agreement" ORDER BY "listRank" LIMIT ? OFFSET ?)' + withRelations('page."listRank"'), params: [limit, offset] }
  ]
}

/** A keyset page: the rows after a position in the default order. */
export function keysetPage (limit: number, listRank: number): Statement[] {
  return [
    { sql: 'SELECT count(*) FROM "Agreement"', params: [] },
    { sql: 'WITH page AS MATERIALIZED (SELECT "id", "listRank" FROM "Agreement" WHERE "listRank" > ? ORDER BY "listRank" LIMIT ?)' + withRelations('page."listRank"'), params: [listRank, limit] }
  ]
}

export function detail (slug: string): Statement[] {
  return [
    {
      sql: 'WITH page AS (SELECT "id" FROM "Agreement" WHERE "slug" = ?)' + withRelations('a."id"').replace('a."sessionBasis",', 'a."sessionBasis", su."city", su."venue", se."city", se."venue",'),
      params: [slug]
    },
    {
      sql: 'SELECT c."field", c."value", c."rank", c."quote", c."locator", c."basis", c."note", s."slug", s."title", s."kind", s."publisher", s."url" ' +
        'FROM "Claim" c JOIN "Source" s ON s."id" = c."sourceId" WHERE c."subjectType" = \'agreement\' AND c."subjectKey" = ? ORDER BY c."field", c."id"',
      params: [slug]
    },
    {
      sql: 'SELECT s."slug", s."title", s."kind" FROM "AgreementSource" x JOIN "Source" s ON s."id" = x."sourceId" ' +
        'WHERE x."agreementId" = (SELECT "id" FROM "Agreement" WHERE "slug" = ?) ORDER BY s."id"',
      params: [slug]
    }
  ]
}

/** Every value of a dimension with its count among all agreements as the loader stores them (GroupCount), largest first, and how many have none. */
export function storedGroups (table: string, key: string, dimension: string): Statement[] {
  return [{
    sql: `SELECT t."${key}", t."name", coalesce(d."count", 0) AS n FROM "${table}" t LEFT JOIN "GroupCount" d ON d."dimension" = ? AND d."value" = t."${key}" ORDER BY n DESC, t."${key}"`,
    params: [dimension]
  }, unknownOf(dimension)]
}

/** How many agreements have no value for a dimension, as the loader stores it. */
const unknownOf = (dimension: string): Statement => ({ sql: 'SELECT "count" FROM "GroupCount" WHERE "dimension" = ? AND "value" = \'\'', params: [dimension] })

/** Every party with its count among all agreements, as the loader stores it (Party.agreementCount), largest first; how many have none. */
export function storedPartyGroups (): Statement[] {
  return [
    { sql: 'SELECT "slug", "name", "agreementCount" FROM "Party" ORDER BY "agreementCount" DESC, "slug"', params: [] },
    { sql: 'SELECT (SELECT sum("recordedAgreements") FROM "Summit"), (SELECT "count" FROM "GroupCount" WHERE "dimension" = \'party\' AND "value" = \'\'), (SELECT sum("agreementCount") FROM "Party")', params: [] }
  ]
}

/**
 * The same, among the agreements a filter matches: one seek of an index, which
 * is faster read twice than kept in a table (src/db/sql/agreement-set.ts: keptSet).
 */
export function filteredGroups (idList: Statement, table: string, key: string, linkTable: string, linkColumn: string): Statement[] {
  return [{
    sql: `WITH m AS NOT MATERIALIZED (${idList.sql}), c AS MATERIALIZED (SELECT "${linkColumn}" AS v, count(*) AS n FROM "${linkTable}" WHERE "agreementId" IN (SELECT * FROM m) GROUP BY "${linkColumn}")
      SELECT t."${key}", t."name", coalesce(c.n, 0) AS n, (SELECT count(*) FROM m), (SELECT count(DISTINCT "agreementId") FROM "${linkTable}" WHERE "agreementId" IN (SELECT * FROM m))
      FROM "${table}" t LEFT JOIN c ON c.v = t."${key === 'code' ? 'code' : 'id'}" ORDER BY n DESC, t."${key}"`,
    params: idList.params
  }]
}

/** /stats: totals, the oldest summits with their sessions' counts, and four tiles. */
export function stats (): Statement[] {
  return [
    // The totals as the loader stores them on each summit (every agreement is recorded at one).
    {
      sql: 'SELECT sum("recordedAgreements"), sum("identifiedAgreements"), sum("reportedAgreementCount"), count("reportedAgreementCount"), sum("recordedWithoutSession") FROM "Summit"',
      params: []
    },
    // Counts per summit and session as the loader stores them (two statements: joined in one, they took a fifth longer).
    {
      sql: `SELECT "id", "slug", "name", "date", "reportedAgreementCount", "recordedAgreements", "identifiedAgreements", "recordedWithoutSession"
        FROM "Summit" ORDER BY "date", "slug" LIMIT 50`,
      params: []
    },
    {
      sql: `SELECT se."summitId", se."slug", se."name", se."kind", se."date", se."reportedAgreementCount", se."recordedAgreements", se."identifiedAgreements"
        FROM "Session" se WHERE se."summitId" IN (SELECT "id" FROM "Summit" ORDER BY "date", "slug" LIMIT 50) ORDER BY se."summitId", se."ordinal"`,
      params: []
    },
    // What each source reports, from the claims.
    {
      sql: `WITH s AS MATERIALIZED (SELECT "id", "slug" FROM "Summit" ORDER BY "date", "slug" LIMIT 50)
        SELECT c."subjectType", c."subjectKey", c."value", c."rank", c."basis", so."slug", so."title", so."kind" FROM "Claim" c JOIN "Source" so ON so."id" = c."sourceId"
        WHERE c."field" = 'reported_agreement_count' AND ((c."subjectType" = 'summit' AND c."subjectKey" IN (SELECT "slug" FROM s))
          OR (c."subjectType" = 'session' AND c."subjectKey" IN (SELECT se."slug" FROM "Session" se WHERE se."summitId" IN (SELECT "id" FROM s))))`,
      params: []
    },
    { sql: 'SELECT x."sectorId", x."summitId", x."sessionId", x."reportedCount", x."basis" FROM "SectorCoverage" x', params: [] },
    { sql: 'SELECT count(*) FROM "Summit"', params: [] },
    // The tiles: the counts the loader stores (GroupCount).
    ...storedGroups('Sector', 'slug', 'sector'),
    ...storedGroups('Mineral', 'slug', 'mineral'),
    ...storedGroups('Country', 'code', 'country'),
    { sql: 'SELECT "value", "count" FROM "GroupCount" WHERE "dimension" = \'party_kind\'', params: [] }
  ]
}

/** /party-pairs: the first page of pairs by count as the loader stores them (PartyPairCount), and how many pairs there are. */
export function partyPairs (limit: number): Statement[] {
  return [{
    sql: `WITH p AS MATERIALIZED (SELECT "partyARank" a, "partyBRank" b, "count" n FROM "PartyPairCount" ORDER BY "count" DESC, "partyARank", "partyBRank" LIMIT ?)
      SELECT (SELECT count(*) FROM "PartyPairCount"), p.n, pa."slug", pa."name", pb."slug", pb."name",
        (SELECT json_group_array(slug) FROM (SELECT ag."slug" FROM "AgreementPartyPair" x JOIN "Agreement" ag ON ag."id" = x."agreementId"
          WHERE x."partyARank" = p.a AND x."partyBRank" = p.b ORDER BY ag."slug" LIMIT 20))
      FROM p JOIN "Party" pa ON pa."slugRank" = p.a JOIN "Party" pb ON pb."slugRank" = p.b ORDER BY p.n DESC, p.a, p.b`,
    params: [limit]
  }]
}

/**
 * A page of summits, oldest first, and how many there are: each with its
 * countries, leaders and sessions, and what each source reports (one entry a
 * source, value and rank: the claims grouped), as JSON arrays.
 */
export function summitsPage (limit: number, offset: number): Statement[] {
  return [
    { sql: 'SELECT count(*) FROM "Summit"', params: [] },
    {
      sql: `WITH page AS MATERIALIZED (SELECT "id" FROM "Summit" ORDER BY "date", "slug" LIMIT ? OFFSET ?)
        SELECT s."slug", s."name", s."date", s."city", s."venue", s."occasion", s."reportedAgreementCount", s."recordedAgreements", s."identifiedAgreements", s."recordedWithoutSession",
          (SELECT json_group_array(json_array(x."countryCode", co."name", x."role") ORDER BY x."countryCode")
            FROM "SummitCountry" x JOIN "Country" co ON co."code" = x."countryCode" WHERE x."summitId" = s."id"),
          (SELECT json_group_array(json_array(l."slug", l."name", l."office", l."countryCode", co."name") ORDER BY l."id")
            FROM "Leader" l JOIN "Country" co ON co."code" = l."countryCode" WHERE l."summitId" = s."id"),
          (SELECT json_group_array(json_array(se."slug", se."name", se."kind", se."date") ORDER BY se."ordinal") FROM "Session" se WHERE se."summitId" = s."id"),
          (SELECT json_group_array(json_array(r."value", r."rank", r."basis", so."slug", so."title", so."kind") ORDER BY r."first")
            FROM (SELECT c."sourceId", c."value", c."rank", min(c."id") AS "first", max(c."basis") AS "basis" FROM "Claim" c
              WHERE c."subjectType" = 'summit' AND c."subjectKey" = s."slug" AND c."field" = 'reported_agreement_count' GROUP BY c."sourceId", c."value", c."rank") r
            JOIN "Source" so ON so."id" = r."sourceId")
        FROM page JOIN "Summit" s ON s."id" = page."id" ORDER BY s."date", s."slug"`,
      params: [limit, offset]
    }
  ]
}

/** Each file's statements, prepared once: the API keeps its own (src/db/statement-cache.ts), so the baseline does too. */
const prepared = new WeakMap<Database.Database, Map<string, Database.Statement>>()

/** Runs the statements once, each prepared beforehand: their time in ms. */
export function timeStatements (db: Database.Database, statements: Statement[]): number {
  let kept = prepared.get(db)
  if (kept === undefined) prepared.set(db, kept = new Map())
  const ready = statements.map(({ sql, params }) => {
    let statement = kept.get(sql)
    if (statement === undefined) kept.set(sql, statement = db.prepare(sql))
    return { statement, params }
  })
  const started = performance.now()
  for (const { statement, params } of ready) statement.all(...params)
  return performance.now() - started
}

/** The plans of the statements, as EXPLAIN QUERY PLAN prints them. */
export function plansOf (db: Database.Database, statements: Statement[]): string {
  return statements.map(({ sql, params }) => {
    const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ id: number, parent: number, detail: string }>
    const depth = new Map<number, number>([[0, 0]])
    const lines = rows.map(row => {
      const level = (depth.get(row.parent) ?? 0) + 1
      depth.set(row.id, level)
      return `${'  '.repeat(level)}${row.detail}`
    })
    return `${sql.replace(/\s+/g, ' ').trim()}\n${lines.join('\n')}`
  }).join('\n\n')
}
