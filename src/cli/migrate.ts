// npm run db:migrate -- create <name>   writes a migration for the changes in prisma/schema.prisma,
//                                       to SQLite's history and PostgreSQL's (see setup/create-migrations.ts)
// npm run db:migrate -- deploy          applies pending migrations to DATABASE_URL
// npm run db:migrate -- status          lists pending migrations and checks for drift
// All three work offline, through the WebAssembly schema engine.
import { spawnSync } from 'node:child_process'
import { relative } from 'node:path'
import { parseConfig } from '../config.js'
import { pendingMigrations } from '../db/pending-migrations.js'
import { describeTarget } from '../db/target.js'
import { generateScriptPath, projectRoot } from '../paths.js'
import { createMigrations, shadowServer } from '../setup/create-migrations.js'
import { applyMigrations, diffProviderHistory, historyDir } from '../setup/migrations.js'
import { withSetupLock } from '../setup/setup-lock.js'

const [command, name] = process.argv.slice(2)

async function run (): Promise<number> {
  if (command === 'create') {
    if (name === undefined || !/[a-z0-9]/i.test(name)) {
      console.error('usage: npm run db:migrate -- create <name>, e.g. create add_agreement_status')
      return 2
    }
    const created = await createMigrations(name)
    if (created.length === 0) {
      console.log('the schema matches both migration histories: nothing to create.')
      return 0
    }
    for (const { provider, folder } of created) console.log(`created ${relative(projectRoot, historyDir(provider))}/${folder}/migration.sql`)
    console.log('regenerating the Prisma clients')
    // The clients must follow the schema; generate.mjs works offline too.
    return spawnSync(process.execPath, [generateScriptPath], { stdio: 'inherit' }).status ?? 1
  }
  const { database } = parseConfig(process.env)
  const where = describeTarget(database)
  if (command === 'deploy') {
    const applied = await withSetupLock(database, () => applyMigrations(database))
    console.log(applied.length === 0 ? `${where}: up to date` : `${where}: applied ${applied.join(', ')}`)
    return 0
  }
  if (command === 'status') {
    const pending = await pendingMigrations(database)
    const server = database.provider === 'postgresql' ? await shadowServer(process.env.SHADOW_DATABASE_URL ?? database.url) : undefined
    let drift: string
    try {
      drift = await diffProviderHistory(database.provider, { server: server?.url })
    } finally {
      await server?.stop()
    }
    console.log(pending.length === 0 ? `${where}: every migration applied` : `${where}: pending ${pending.join(', ')}`)
    console.log(drift === '' ? 'the schema matches the migrations' : `the schema has changes no migration holds:\n${drift}`)
    return pending.length === 0 && drift === '' ? 0 : 1
  }
  console.error('usage: npm run db:migrate -- <create NAME | deploy | status>')
  return 2
}

process.exitCode = await run()
