// Why the server could not listen, in one line that names the setting to
// change, instead of Node's stack trace.

/** The line to print for an error from `listen`, or undefined when it is not one of these. */
export function listenErrorLine (error: unknown): string | undefined {
  const { code, address, port } = (error ?? {}) as { code?: string, address?: string, port?: number }
  switch (code) {
    case 'EADDRINUSE':
      return `PORT=${String(port)}: ${String(address)}:${String(port)} is already in use; stop what listens there, or set PORT to a free port.`
    case 'EACCES':
      return `PORT=${String(port)}: not allowed to listen on ${String(address)}:${String(port)}; use a port above 1023, or run with the privileges it needs.`
    case 'EADDRNOTAVAIL':
      return `HOST=${String(address)}: no such address on this machine; use 127.0.0.1, 0.0.0.0 or one of its interfaces.`
    default:
      return undefined
  }
}
