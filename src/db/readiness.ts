// Readiness: the database answers a query and has every committed migration.
import type { PrismaClient } from './client.js'
import { pendingMigrationsThrough } from './pending-migrations.js'
import type { Provider } from './target.js'

/** Why the database cannot serve yet, or undefined when it can. */
export async function notReadyReason (prisma: PrismaClient, provider: Provider): Promise<string | undefined> {
  try {
    await prisma.$queryRawUnsafe('SELECT 1')
  } catch {
    return 'The database does not answer.'
  }
  let pending: string[]
  try {
    pending = await pendingMigrationsThrough(prisma, provider)
  } catch {
    return 'The database\'s migration history cannot be read.'
  }
  if (pending.length > 0) {
    return `The database lacks ${pending.length} migration${pending.length === 1 ? '' : 's'}: ${pending.join(', ')}. ` +
      'Restart the server or run `npm run db:migrate -- deploy`.'
  }
  return undefined
}
