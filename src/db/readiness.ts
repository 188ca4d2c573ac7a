// Readiness: the database answers a query and has every committed migration.
import type { PrismaClient } from './client.js'
import { pendingMigrations } from './pending-migrations.js'

/** Why the database cannot serve yet, or undefined when it can. */
export async function notReadyReason (prisma: PrismaClient, databasePath: string): Promise<string | undefined> {
  try {
    await prisma.$queryRawUnsafe('SELECT 1')
  } catch {
    return 'The database does not answer.'
  }
  let pending: string[]
  try {
    pending = await pendingMigrations(databasePath)
  } catch {
    return 'The database\'s migration history cannot be read.'
  }
  if (pending.length > 0) {
    return `The database lacks ${pending.length} migration${pending.length === 1 ? '' : 's'}: ${pending.join(', ')}. ` +
      'Restart the server or run `npm run db:migrate -- deploy`.'
  }
  return undefined
}
