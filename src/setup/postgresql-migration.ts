// What the project adds to every migration the engine writes for PostgreSQL,
// so that a regenerated history keeps these properties without hand edits
// (test/migrations-postgresql.test.ts checks each on a migrated database):
// - text columns are COLLATE "C": they order by code point, exactly as
//   SQLite's BINARY does, whatever the server's default collation (en_US on
//   most managed servers would sort `Zeta` after `alpha`). The engine neither
//   writes nor compares column collations, so this causes no drift;
// - a value added to an enum goes where code-point order puts it (the derived
//   schema declares them so; see postgresql-schema.ts), not at the end;
// - every table notifies `accords_data_changed` when a transaction changes it,
//   which is how each replica's response cache learns of a change (see
//   src/db/data-version-postgresql.ts). The engine ignores triggers too;
// - a trigram index brings its extension (the engine writes the index only);
// - the whole migration is one transaction: the engine runs a script
//   statement by statement, so a failure half-way would otherwise leave half
//   a migration applied.
import { CHANGE_CHANNEL } from '../db/data-version-postgresql.js'
import { compareCodePoints } from '../text.js'

const NOTIFY_FUNCTION = 'accords_notify_data_changed'

const notifyFunction = `-- Each replica's response cache listens on ${CHANGE_CHANNEL} (src/db/data-version-postgresql.ts).
CREATE OR REPLACE FUNCTION "${NOTIFY_FUNCTION}"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('${CHANGE_CHANNEL}', '');
  RETURN NULL;
END;
$$;
`

const notifyTrigger = (table: string): string =>
  `CREATE TRIGGER "${table}_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" ` +
  `FOR EACH STATEMENT EXECUTE FUNCTION "${NOTIFY_FUNCTION}"();\n`

/** The enums of a (derived, PostgreSQL) schema and their values in declaration order. */
export function enumsOf (schema: string): Map<string, string[]> {
  const enums = new Map<string, string[]>()
  for (const [, name = '', body = ''] of schema.matchAll(/^enum\s+(\w+)\s*\{\n([\s\S]*?)^\}/gm)) {
    const mapped = /@@map\("([^"]+)"\)/.exec(body)?.[1] ?? name
    enums.set(mapped, body.split('\n').map(line => line.trim())
      .filter(line => line !== '' && !line.startsWith('//') && !line.startsWith('@@'))
      .map(line => /@map\("([^"]*)"\)/.exec(line)?.[1] ?? line.split(/\s/)[0] ?? ''))
  }
  return enums
}

/** `sql` as the engine wrote it for `schema` (the derived PostgreSQL schema), made ready to commit. */
export function adaptPostgresqlMigration (sql: string, schema: string): string {
  const enums = enumsOf(schema)
  let body = sql
    // The engine wraps enum rewrites in their own transaction; the whole file is one.
    .replace(/^(BEGIN|COMMIT);\n/gm, '')
    .replace(/^(\s+"[^"]+" TEXT)(?=[ ,\n])/gm, '$1 COLLATE "C"')
    .replace(/^(ALTER TABLE "[^"]+" ADD COLUMN\s+"[^"]+"\s+TEXT)(?=[ ,;])/gm, '$1 COLLATE "C"')
    .replace(/^(ALTER TABLE "[^"]+" ALTER COLUMN\s+"[^"]+"\s+SET DATA TYPE TEXT)(?=[ ,;])/gm, '$1 COLLATE "C"')
    .replace(/^ALTER TYPE "([^"]+)" ADD VALUE '([^']+)';$/gm, (line, name: string, value: string) => {
      const values = [...enums.get(name) ?? []].sort(compareCodePoints)
      const next = values[values.indexOf(value) + 1]
      return next === undefined ? line : `ALTER TYPE "${name}" ADD VALUE '${value}' BEFORE '${next}';`
    })
  // Added in descending order, each value can be placed before one already there.
  body = sortAddedValues(body)
  const tables = [...body.matchAll(/^CREATE TABLE "([^"]+)"/gm)].map(match => match[1] ?? '')
  if (tables.length > 0) body += `\n-- Notify the replicas' response caches of changes\n${notifyFunction}${tables.map(notifyTrigger).join('')}`
  if (/gin_trgm_ops/.test(body) && !/CREATE EXTENSION IF NOT EXISTS "?pg_trgm"?/.test(body)) {
    body = `-- The trigram operator class of the indexes below\nCREATE EXTENSION IF NOT EXISTS pg_trgm;\n\n${body}`
  }
  return `-- One transaction: a failed migration leaves nothing behind (src/setup/postgresql-migration.ts)\nBEGIN;\n\n${body.trim()}\n\nCOMMIT;\n`
}

/** Consecutive `ADD VALUE … BEFORE` lines of one enum, largest value first. */
function sortAddedValues (sql: string): string {
  return sql.replace(/(?:^ALTER TYPE "[^"]+" ADD VALUE '[^']+'(?: BEFORE '[^']+')?;\n)+/gm, block => {
    const lines = block.split('\n').filter(line => line !== '')
    const valueOf = (line: string): string => /ADD VALUE '([^']+)'/.exec(line)?.[1] ?? ''
    return lines.sort((a, b) => compareCodePoints(valueOf(b), valueOf(a))).map(line => `${line}\n`).join('')
  })
}
