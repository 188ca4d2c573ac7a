// Full exports of agreement lists are streamed: the first bytes come before
// the rows are all read, memory stays flat, and only EXPORT_CONCURRENCY run
// at once; another is a 503 with Retry-After. On the synthetic database, so
// that an export lasts long enough to be caught running.
import { once } from 'node:events'
import { get, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import t from 'tap'
import { setTimeout as sleep } from 'node:timers/promises'
import { buildApp, eventually, syntheticDatabase } from './helper.js'

const database = await syntheticDatabase(t)
const app = await buildApp(t, { database, exportConcurrency: 1, rateLimitMax: 0 })
await app.listen({ port: 0, host: '127.0.0.1' })
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`

async function open (path: string): Promise<IncomingMessage> {
  const request = get(`${base}${path}`)
  const [response] = await once(request, 'response') as [IncomingMessage]
  return response
}
async function body (response: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of response) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString()
}

t.test('beyond EXPORT_CONCURRENCY, an export is a 503 with Retry-After; once one ends, the next runs', async t => {
  const running = await open('/mous?format=csv')
  t.equal(running.statusCode, 200)
  const first = await new Promise<Buffer>(resolve => running.once('data', chunk => {
    running.pause() // a slow client: the export waits on it, holding its slot
    resolve(chunk as Buffer)
  }))
  t.ok(first.toString().startsWith('slug,kind,title'), 'the header row comes first')

  const refused = await open('/mous?format=ndjson&sector=trade')
  t.equal(refused.statusCode, 503)
  t.equal(refused.headers['retry-after'], '5')
  t.equal(refused.headers['content-type'], 'application/problem+json')
  t.match(JSON.parse(await body(refused)), { status: 503, detail: /1 exports are running/ })
  const page = await open('/mous?format=csv&limit=10')
  t.equal(page.statusCode, 200, 'an export with a limit is a page, not a stream, and is not refused')
  await body(page)
  t.equal((await open('/mous?sector=trade')).statusCode, 200, 'nor is a JSON list')

  running.resume()
  const rest = await body(running)
  t.equal((first.toString() + rest).trimEnd().split('\r\n').length, 20_036, 'the whole export: a header and every agreement')
  await new Promise(resolve => setTimeout(resolve, 50))
  const next = await open('/mous?format=ndjson&sector=trade')
  t.equal(next.statusCode, 200, 'the slot is free again')
  t.ok((await body(next)).split('\n').length > 1000)
})

t.test('a client that goes away frees the slot', async t => {
  const request = get(`${base}/mous?format=csv`)
  const [response] = await once(request, 'response') as [IncomingMessage]
  t.equal(response.statusCode, 200)
  request.destroy()
  await new Promise(resolve => setTimeout(resolve, 200))
  const after = await open('/mous?format=csv&country=KZ')
  t.equal(after.statusCode, 200)
  await body(after)
})

t.test('HEAD on an export sends its headers and no rows', async t => {
  const res = await app.inject({ method: 'HEAD', url: '/mous?format=csv' })
  t.equal(res.statusCode, 200)
  t.equal(res.body, '')
  t.equal(res.headers['x-total-count'], '20035')
  t.match(res.headers.etag, /^W\//)
})

t.test('/party-pairs exported whole is streamed too: every pair in its pages\' order, a weak ETag, and one of the EXPORT_CONCURRENCY', async t => {
  const head = await app.inject({ method: 'HEAD', url: '/party-pairs?format=ndjson' })
  t.equal(head.statusCode, 200)
  t.match(head.headers.etag, /^W\//)
  const total = (await app.inject('/party-pairs?limit=1')).json().meta.total
  t.ok(total > 2000, `${total} pairs: more than a few batches of 500`)
  t.equal(head.headers['x-total-count'], String(total))

  const lines = (await body(await open('/party-pairs?format=ndjson'))).trimEnd().split('\n').map(line => JSON.parse(line) as unknown)
  t.equal(lines.length, total, 'every pair once')
  for (const offset of [0, 900, total - 100]) {
    t.same(lines.slice(offset, offset + 200), (await app.inject(`/party-pairs?limit=200&offset=${offset}`)).json().data, `as the page at ${offset} lists them`)
  }

  // NDJSON: the larger, so that it outlasts what the sockets' buffers hold (the CSV, 7 MB here, can fit).
  const running = await open('/party-pairs?format=ndjson')
  const first = await new Promise<Buffer>(resolve => running.once('data', chunk => {
    running.pause()
    resolve(chunk as Buffer)
  }))
  t.equal((await open('/mous?format=csv')).statusCode, 503, 'it holds the export slot while it runs')
  running.resume()
  t.equal((first.toString() + await body(running)).trimEnd().split('\n').length, total, 'every pair')
})

t.test('/party-pairs exported whole with filters: every pair in its pages\' order, grouped once however many batches', async t => {
  for (const [query, filters] of [['country=KR', 1], ['kind=mou&identified=true', 2]] as const) {
    const offset = 321
    const total = (await app.inject(`/party-pairs?limit=1&${query}`)).json().meta.total
    t.ok(total > offset + 500 + 2000, `${query}: ${total} pairs, the first batch and more than one of the later ones`)
    const before = app.dbStats.queries
    const lines = (await body(await open(`/party-pairs?format=ndjson&offset=${offset}&${query}`))).trimEnd().split('\n').map(line => JSON.parse(line) as unknown)
    const statements = app.dbStats.queries - before
    t.equal(lines.length, total - offset, `${query}: every pair from the offset once`)
    for (const at of [0, 400, 2100, total - offset - 150]) {
      t.same(lines.slice(at, at + 200), (await app.inject(`/party-pairs?limit=200&offset=${offset + at}&${query}`)).json().data,
        `${query}: as the page at ${offset + at} lists them`)
    }
    // The first batch of 500 is read as a page; then the pairs are grouped
    // once, and read 2,000 at a time; besides, the data's version, and each
    // filter checked twice (for the page, for the rest). Read a page at a
    // time, each batch grouped the matches again: on PostgreSQL, one
    // country's pairs outlasted the handler timeout at 100,000 agreements.
    const later = Math.ceil((total - offset - 500) / 2000)
    t.ok(statements <= 1 + 1 + later + 1 + 2 * filters, `${query}: ${statements} statements, for ${later} batches after the first`)
  }
})

t.test('any list exported whole is streamed once it holds more than a batch of 500; one batch or less is answered whole, and kept', async t => {
  const sessions = await app.inject({ method: 'HEAD', url: '/sessions?format=csv' })
  t.ok(Number(sessions.headers['x-total-count']) > 500, `${String(sessions.headers['x-total-count'])} sessions`)
  t.match(sessions.headers.etag, /^W\//, 'sessions: streamed, a weak ETag')
  const sectors = await app.inject({ method: 'HEAD', url: '/sectors?format=csv' })
  t.ok(Number(sectors.headers['x-total-count']) <= 500)
  t.match(sectors.headers.etag, /^"/, 'sectors: whole, a strong ETag')
})

t.test('HANDLER_TIMEOUT_MS ends an export that stops, not one that moves', async t => {
  const timed = await buildApp(t, { database, exportConcurrency: 1, rateLimitMax: 0, handlerTimeoutMs: 1500 })
  await timed.listen({ port: 0, host: '127.0.0.1' })
  const url = `http://127.0.0.1:${(timed.server.address() as AddressInfo).port}/mous?format=ndjson`
  const opened = async (): Promise<IncomingMessage> => (await once(get(url), 'response') as [IncomingMessage])[0]

  // A reader that stops for 300 ms at every 20th chunk: the export lasts well
  // over the timeout, each wait well under it (a batch read besides, some tens
  // of ms). NDJSON: more than the sockets' buffers hold, so the server waits
  // on the reader.
  const slow = await opened()
  t.equal(slow.statusCode, 200)
  let lines = 0
  let chunks = 0
  const started = Date.now()
  for await (const chunk of slow) {
    for (const byte of chunk as Buffer) if (byte === 10) lines++
    if (++chunks % 20 === 0) await sleep(300)
  }
  t.ok(Date.now() - started > 3000, `it took ${Date.now() - started} ms, twice the timeout`)
  t.equal(lines, 20_035, 'every agreement: the export was not ended')

  // A reader that stops: the export ends, and frees its slot.
  const stopped = await opened()
  t.equal(stopped.statusCode, 200)
  stopped.pause()
  let next: IncomingMessage | undefined
  t.ok(await eventually(async () => {
    const res = await opened()
    if (res.statusCode === 200) next = res
    else res.resume()
    return next !== undefined
  }, 15_000), 'the slot is freed: another export runs')
  next?.resume()
  if (next !== undefined) await once(next, 'end')
  // (A paused socket sees its peer's end only once it reads again.)
  let read = 0
  await new Promise(resolve => {
    stopped.on('data', (chunk: Buffer) => { for (const byte of chunk) if (byte === 10) read++ })
    stopped.once('error', resolve).once('end', resolve).resume()
  })
  t.ok(read < 20_035, `the stopped export was ended after ${read} rows`)
})
