// The counts over all agreements the loader stores (see prisma/schema.prisma):
// - GroupCount: per value of sector, mineral, country and party kind, how many
//   agreements have it, and per dimension (parties too) how many have none;
// - PartyPairCount: per pair of parties, how many agreements they signed together.
// Counted by the database from the link tables once they are written, as the
// loader does (insertDerivedTables) and as the migrations that added the
// tables did for databases loaded before them: both run this SQL, which means
// the same on SQLite and PostgreSQL (a test holds the migrations to it).
import type { Transaction } from '../client.js'

/** [dimension, the link table `x` holding an agreement's values, the value's key, the join to the value's table where the key is there]. */
const counted: Array<[string, string, string, string]> = [
  ['sector', 'AgreementSector', 's."slug"', 'JOIN "Sector" s ON s."id" = x."sectorId"'],
  ['mineral', 'AgreementMineral', 'm."slug"', 'JOIN "Mineral" m ON m."id" = x."mineralId"'],
  ['country', 'AgreementCountry', 'x."countryCode"', ''],
  ['party_kind', 'AgreementPartyKind', 'CAST(x."kind" AS TEXT)', '']
]
/** Where an agreement's values are, for the dimensions whose `unknown` is stored (parties' own counts are on Party). */
const linked: Array<[string, string]> = [...counted.map(([dimension, link]): [string, string] => [dimension, link]), ['party', 'AgreementParty']]

const perValue = counted.map(([dimension, link, key, join]) =>
  `SELECT '${dimension}', ${key}, count(*) FROM "${link}" x${join === '' ? '' : ` ${join}`} GROUP BY ${key}`)
const unknown = linked.map(([dimension, link]) =>
  `SELECT '${dimension}', '', count(*) FROM "Agreement" a WHERE NOT EXISTS (SELECT 1 FROM "${link}" x WHERE x."agreementId" = a."id")`)

/** The statement that fills GroupCount (empty) from the agreements and their links. */
export const GROUP_COUNTS_SQL = `INSERT INTO "GroupCount" ("dimension", "value", "count")
${[...perValue, ...unknown].join('\nUNION ALL ')};`

/** The statement that fills PartyPairCount (empty) from the agreements' pairs of parties. */
export const PAIR_COUNTS_SQL = `INSERT INTO "PartyPairCount" ("partyARank", "partyBRank", "count")
SELECT x."partyARank", x."partyBRank", count(*) FROM "AgreementPartyPair" x GROUP BY x."partyARank", x."partyBRank";`

/** Replaces the stored counts with those of the agreements now stored. */
export async function storeCounts (tx: Transaction): Promise<void> {
  for (const [table, fill] of [['GroupCount', GROUP_COUNTS_SQL], ['PartyPairCount', PAIR_COUNTS_SQL]] as const) {
    await tx.$executeRawUnsafe(`DELETE FROM "${table}"`)
    await tx.$executeRawUnsafe(fill.slice(0, -1))
  }
}
