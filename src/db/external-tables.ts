// Tables that exist in the database but that Prisma's schema engine must
// leave alone: each database's search table of agreements (created by a
// migration, filled by triggers), on SQLite an FTS5 index and the shadow
// tables SQLite keeps for it. The project's
// drift check and migrations pass this list to the engine, and prisma.config.ts
// gives it to the native Prisma CLI, so neither sees drift nor drops them.
export const SEARCH_TABLE = 'AgreementSearch'

export const externalTables: string[] = [SEARCH_TABLE, ...['config', 'data', 'docsize', 'idx'].map(part => `${SEARCH_TABLE}_${part}`)]

/**
 * PostgreSQL's: a narrow copy of each agreement's search text with its own
 * trigram index, created by a migration and kept by a trigger
 * (src/db/sql/search-postgresql.ts says why). Qualified, as the engine
 * names PostgreSQL's tables.
 */
export const postgresqlExternalTables: string[] = [`public.${SEARCH_TABLE}`]
