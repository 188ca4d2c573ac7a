// npm run db:migrate -- create <name>   writes a migration for the changes in prisma/schema.prisma
// npm run db:migrate -- deploy          applies pending migrations to DATABASE_URL
// npm run db:migrate -- status          lists pending migrations and checks for drift
// All three work offline, through the WebAssembly schema engine.
import { spawnSync } from 'node:child_process'
import { parseConfig } from '../config.js'
import { pendingMigrations } from '../db/pending-migrations.js'
import { generateScriptPath } from '../paths.js'
import { applyMigrations, createMigration, diffHistoryToSchema } from '../setup/migrations.js'

const [command, name] = process.argv.slice(2)

async function run (): Promise<number> {
  if (command === 'create') {
    if (name === undefined || !/[a-z0-9]/i.test(name)) {
      console.error('usage: npm run db:migrate -- create <name>, e.g. create add_agreement_status')
      return 2
    }
    const folder = await createMigration(name)
    if (folder === undefined) {
      console.log('schema.prisma matches the migrations: nothing to create.')
      return 0
    }
    console.log(`created prisma/migrations/${folder}/migration.sql; regenerating the Prisma client`)
    // The client must follow the schema; generate.mjs works offline too.
    return spawnSync(process.execPath, [generateScriptPath], { stdio: 'inherit' }).status ?? 1
  }
  const { databasePath } = parseConfig(process.env)
  if (command === 'deploy') {
    const applied = await applyMigrations(databasePath)
    console.log(applied.length === 0 ? `${databasePath}: up to date` : `${databasePath}: applied ${applied.join(', ')}`)
    return 0
  }
  if (command === 'status') {
    const pending = await pendingMigrations(databasePath)
    const drift = await diffHistoryToSchema()
    console.log(pending.length === 0 ? `${databasePath}: every migration applied` : `${databasePath}: pending ${pending.join(', ')}`)
    console.log(drift === '' ? 'schema.prisma matches the migrations' : `schema.prisma has changes no migration holds:\n${drift}`)
    return pending.length === 0 && drift === '' ? 0 : 1
  }
  console.error('usage: npm run db:migrate -- <create NAME | deploy | status>')
  return 2
}

process.exitCode = await run()
