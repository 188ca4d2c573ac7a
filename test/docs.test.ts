// Swagger UI at /docs works offline: the page and every asset it loads are
// served by this app, and it points at this app's own OpenAPI document.
import t from 'tap'
import { buildApp } from './helper.js'

t.test('Swagger UI and all its assets are served locally', async t => {
  const app = await buildApp(t)
  const page = await app.inject('/docs/')
  t.equal(page.statusCode, 200)
  t.match(page.headers['content-type'], 'text/html')
  const assets = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map(m => m[1] ?? '')
  t.ok(assets.length >= 3, `${assets.length} assets`)
  t.same(assets.filter(a => /^(https?:)?\/\//.test(a)), [], 'nothing is fetched from another host')
  for (const asset of assets) {
    const res = await app.inject(new URL(asset, 'http://localhost/docs/').pathname)
    t.equal(res.statusCode, 200, asset)
  }
  const json = await app.inject('/docs/json')
  t.same(json.json(), (await app.inject('/openapi.json')).json(), '/docs/json is the same document as /openapi.json')
})
