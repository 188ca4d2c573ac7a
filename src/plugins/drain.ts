// Closing without resetting a request a client has already sent.
//
// Node's server.close() destroys every keep-alive socket that looks idle, and
// a socket looks idle from the moment a response is written until the next
// request on it is parsed: a client that has just sent that request gets a
// reset. So, before Fastify closes the server, this stops accepting
// connections but leaves the open ones alone. Meanwhile Fastify answers every
// request with `Connection: close`, so a busy connection ends after its next
// response; only sockets that stay silent for `idleMs` are left for Fastify
// to close as idle, and Fastify then waits for requests still running.
import { Server } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import fp from 'fastify-plugin'

/**
 * Stops accepting connections and leaves open ones alone (net.Server's close,
 * not http.Server's). Call it before fastify.close(): once Fastify answers with
 * `Connection: close`, clients reconnect, and a connection still waiting in the
 * listen queue when the listener closes is reset with its request in it.
 */
export function stopAccepting (server: Server): void {
  if (server.listening) Server.prototype.close.call(server)
}

async function connections (server: Server): Promise<number> {
  return await new Promise((resolve, reject) => {
    server.getConnections((error, count) => { error ? reject(error) : resolve(count) })
  })
}

export default fp<{ idleMs: number }>(async (app, { idleMs }) => {
  app.addHook('preClose', async () => {
    stopAccepting(app.server)
    const deadline = Date.now() + idleMs
    while (Date.now() < deadline && await connections(app.server) > 0) await sleep(10)
  })
}, { name: 'drain' })
