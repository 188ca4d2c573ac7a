// Every route of the API, in one plugin: the app registers it to serve them,
// and the documentation (plugins/docs.ts) registers it again to describe them.
import type { FastifyInstance } from 'fastify'
import type { Provider } from '../db/target.js'
import aggregates from './aggregates.js'
import agreements from './agreements.js'
import health from './health.js'
import parties from './parties.js'
import root from './root.js'
import sources from './sources.js'
import summits from './summits.js'
import taxonomy from './taxonomy.js'

export interface RoutesOptions { provider: Provider }

export default async function routes (app: FastifyInstance, { provider }: RoutesOptions): Promise<void> {
  await app.register(health, { provider })
  await app.register(root)
  await app.register(agreements)
  await app.register(summits)
  await app.register(parties)
  await app.register(taxonomy)
  await app.register(sources)
  await app.register(aggregates)
}
