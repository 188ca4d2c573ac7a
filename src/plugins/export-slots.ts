// How many full exports (streamed CSV or NDJSON of an agreement list) may run
// at once: each reads the database for seconds, so beyond `max` an export is
// refused with a 503 and Retry-After rather than slowing every other request.
import fp from 'fastify-plugin'

export interface ExportSlots {
  readonly max: number
  readonly running: number
  /** Takes a slot if one is free. */
  tryAcquire: () => boolean
  release: () => void
}

declare module 'fastify' {
  interface FastifyInstance {
    exportSlots: ExportSlots
  }
}

export default fp<{ max: number }>(async (app, { max }) => {
  let running = 0
  app.decorate('exportSlots', {
    max,
    get running () { return running },
    tryAcquire: () => {
      if (running >= max) return false
      running++
      return true
    },
    release: () => { running = Math.max(0, running - 1) }
  })
}, { name: 'export-slots' })
