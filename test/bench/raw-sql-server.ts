// The fastest raw SQL for an answer, answered over HTTP: bare node:http that
// runs one request's baseline statements (baselines.ts) with better-sqlite3 on
// the same file and sends their rows as JSON, doing nothing else (no routing,
// validation, Prisma, logs, cache or compression). The scale section's ratio
// divides the API's time by this one's: both carried the same way, to the
// same load generator, from the same core, after the same idle moments.
//
// RAW_SQL_FILE holds { path, requests }: the database file and every
// request's statements; GET /<n> runs requests[n].
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import Database from 'better-sqlite3'
import type { Statement } from './baselines.js'

const { path, requests } = JSON.parse(readFileSync(process.env.RAW_SQL_FILE ?? '', 'utf8')) as { path: string, requests: Statement[][] }
const db = new Database(path, { readonly: true })
// Each statement prepared once, as the API keeps its own (src/db/statement-cache.ts).
const prepared = new Map<string, Database.Statement>()
const statementOf = (sql: string): Database.Statement => {
  let statement = prepared.get(sql)
  if (statement === undefined) prepared.set(sql, statement = db.prepare(sql).raw(true))
  return statement
}

createServer((request, response) => {
  const statements = requests[Number((request.url ?? '').slice(1))]
  if (statements === undefined) {
    response.writeHead(404).end()
    return
  }
  // Rows as arrays: every column, even those two tables name alike.
  const body = JSON.stringify(statements.map(({ sql, params }) => statementOf(sql).all(...params)))
  response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) })
  response.end(body)
}).listen(Number(process.env.PORT ?? 3000), '127.0.0.1')
