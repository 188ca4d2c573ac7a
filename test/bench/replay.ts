// The floor under a kept answer: bare node:http sending the API's answer to
// the filtered list (its body and headers, captured by run.ts from the API
// server) and doing nothing else — no routing, no logging, no limits. What
// the API spends beyond this is what its features cost; what this spends
// beyond the hello-world is what the answer's bytes and headers cost.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'

const { headers, body } = JSON.parse(readFileSync(process.env.REPLAY_FILE ?? '', 'utf8')) as { headers: string[], body: string }
const bytes = Buffer.from(body, 'base64')
createServer((request, response) => {
  response.writeHead(200, headers)
  response.end(request.method === 'HEAD' ? undefined : bytes)
}).listen(Number(process.env.PORT ?? 3000), '127.0.0.1')
