import t from 'tap'
import { buildApp } from './helper.js'

t.test('GET /health answers 200 with status ok', async t => {
  const app = await buildApp(t)
  const res = await app.inject({ method: 'GET', url: '/health' })
  t.equal(res.statusCode, 200)
  t.same(res.json(), { status: 'ok' })
})
