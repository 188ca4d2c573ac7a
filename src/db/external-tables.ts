// Tables that exist in the database but that Prisma's schema engine must
// leave alone: the FTS5 full-text index of agreements (created by a migration,
// filled by triggers) and the shadow tables SQLite keeps for it. The project's
// drift check and migrations pass this list to the engine, and prisma.config.ts
// gives it to the native Prisma CLI, so neither sees drift nor drops them.
export const SEARCH_TABLE = 'AgreementSearch'

export const externalTables: string[] = [SEARCH_TABLE, ...['config', 'data', 'docsize', 'idx'].map(part => `${SEARCH_TABLE}_${part}`)]
