// PostgreSQL's copy of the data model, derived from prisma/schema.prisma so the
// two cannot disagree on a model, a field or an index. Prisma ties a schema to
// one provider, hence two files; only what follows differs:
// - the datasource provider, and the generated client's folder;
// - enum values in code-point order: PostgreSQL sorts a native enum by
//   declaration order, SQLite (which stores it as TEXT) by its text, so this
//   makes ORDER BY on an enum column agree;
// - the indexes listed in POSTGRESQL_ONLY (e.g. an index that SQLite's own
//   layout makes needless);
// - the models of SQLite's external tables (src/db/external-tables.ts: the
//   FTS5 table, which SQLite's history creates by hand) and the relation
//   fields that point to them are left out: PostgreSQL's search table,
//   which its history creates by hand, is external there too.
import { externalTables } from '../db/external-tables.js'
import { compareCodePoints } from '../text.js'

/**
 * Block attributes added to a model on PostgreSQL only, e.g.
 * `Agreement: ['@@index([searchText(ops: raw("gin_trgm_ops"))], type: Gin, map: "Agreement_searchText_trgm_idx")']`.
 * Give every index a `map` name: the drift check compares by name.
 */
export const POSTGRESQL_ONLY: Record<string, string[]> = {
  // `q` (src/db/sql/search-postgresql.ts) reads its own table and its trigram
  // index, which PostgreSQL's history creates (src/db/external-tables.ts).
  Agreement: [
    // A filter on one of Agreement's own columns is the ids it matches
    // (src/db/sql/agreement-set.ts). SQLite's index on a column holds the
    // rowid, which is the id; PostgreSQL's holds a row's address, so it read
    // the ids from the table, or from a whole wide index. With the id in the
    // index they are read from the index alone. The ids of 100,035 agreements'
    // filters, median of 7 (sum(id) of the set, psql, one machine): `kind=mou`
    // 21.0 → 9.4 ms, `identified=false` 14.0 → 3.9, `session=unknown`
    // 4.6 → 1.5, `disputed=true` 3.3 → 1.0, two years of `signedAt` 2.5 → 1.4.
    '@@index([kind, id], map: "Agreement_kind_id_idx")',
    '@@index([identified, id], map: "Agreement_identified_id_idx")',
    '@@index([sessionId, id], map: "Agreement_sessionId_id_idx")',
    '@@index([disputed, id], map: "Agreement_disputed_id_idx")',
    '@@index([signedAt, id], map: "Agreement_signedAt_id_idx")']
}

/** Models that are SQLite's external tables: not on PostgreSQL. */
const SQLITE_ONLY_MODELS = externalTables

export const HEADER = '// Derived from ../schema.prisma by `npm run db:migrate -- create <name>` (src/setup/postgresql-schema.ts): do not edit.\n' +
  '// Edit ../schema.prisma, then run that command: it rewrites this file and adds a migration to both histories.\n\n'

export function derivePostgresqlSchema (sqlite: string, extra: Record<string, string[]> = POSTGRESQL_ONLY): string {
  let text = sqlite
    .replace(/(datasource\s+\w+\s*\{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"')
    .replace(/(generator\s+client\s*\{[^}]*output\s*=\s*)"[^"]*"/, '$1"../../src/generated/prisma-postgresql"')
  for (const model of SQLITE_ONLY_MODELS) {
    // The model with the doc comments above it, then every field of its type.
    text = text.replace(new RegExp(`(^///.*\\n)*^model\\s+${model}\\s*\\{\\n[\\s\\S]*?^\\}\\n\\n?`, 'm'), '')
      .replace(new RegExp(`^[ \\t]+\\w+[ \\t]+${model}(\\?|\\[\\])?([ \\t].*)?\\n`, 'gm'), '')
  }
  text = text.replace(/^(enum\s+\w+\s*\{\n)([\s\S]*?)(^\})/gm, (_, open: string, body: string, close: string) =>
    open + sortEnumBody(body) + close)
  for (const [model, lines] of Object.entries(extra)) {
    const pattern = new RegExp(`^(model\\s+${model}\\s*\\{\\n[\\s\\S]*?)(^\\})`, 'm')
    if (!pattern.test(text)) throw new Error(`POSTGRESQL_ONLY names model ${model}, which schema.prisma does not have`)
    text = text.replace(pattern, (_, body: string, close: string) => `${body}\n  // PostgreSQL only (src/setup/postgresql-schema.ts)\n${lines.map(line => `  ${line}\n`).join('')}${close}`)
  }
  return HEADER + text
}

/** An enum's entries (a value with the comment lines above it), sorted by the value the database stores. */
function sortEnumBody (body: string): string {
  const entries: Array<{ value: string, lines: string[] }> = []
  let pending: string[] = []
  for (const line of body.split('\n').slice(0, -1)) {
    const trimmed = line.trim()
    if (trimmed === '' || trimmed.startsWith('//') || trimmed.startsWith('@@')) {
      pending.push(line)
      continue
    }
    const stored = /@map\("([^"]*)"\)/.exec(trimmed)?.[1] ?? trimmed.split(/\s/)[0] ?? ''
    entries.push({ value: stored, lines: [...pending, line] })
    pending = []
  }
  entries.sort((a, b) => compareCodePoints(a.value, b.value))
  return [...entries.flatMap(entry => entry.lines), ...pending].map(line => `${line}\n`).join('')
}
