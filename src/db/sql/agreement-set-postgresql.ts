// The agreements a request's filters match, as SQL, on PostgreSQL: the same
// statements as SQLite's (agreement-set.ts), each filter the ids it matches
// and a set their INTERSECT, with PostgreSQL's own two parts: the flags
// read from the table (its planner picks the index), and `q` by trigrams.
import { Prisma } from '../../generated/prisma/client.js'
import { matchedIdsIn, type SetDialect } from './agreement-set.js'
import type { Condition } from './conditions.js'
import { searchIds } from './search-postgresql.js'

const postgresql: SetDialect = {
  flagIds: (column, flags) => Prisma.sql`SELECT "id" FROM "Agreement" WHERE ${Prisma.raw(`"${column}"`)} IN (${flags})`,
  searchIds
}

export function matchedIds (conditions: Condition[]): Prisma.Sql | undefined {
  return matchedIdsIn(postgresql, conditions)
}
