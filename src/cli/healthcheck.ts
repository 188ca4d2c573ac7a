// The container's health check (Dockerfile HEALTHCHECK, docker-compose.yml):
// asks this server's /ready and exits 0 only on a 200. Node rather than curl,
// which the slim image does not have. It reads the same environment as the
// server, so it finds the server wherever PORT and HOST put it.
import { parseConfig } from '../config.js'

const { host, port } = parseConfig(process.env)
// A server listening on every interface is reached on loopback.
const address = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host
const url = `http://${address.includes(':') ? `[${address}]` : address}:${port}/ready`

try {
  const response = await fetch(url, { signal: AbortSignal.timeout(4000) })
  const body = await response.text()
  console.log(`${url}: ${response.status} ${body}`)
  process.exit(response.status === 200 ? 0 : 1)
} catch (error) {
  console.log(`${url}: ${(error as Error).message}`)
  process.exit(1)
}
