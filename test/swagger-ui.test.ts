// Swagger UI at /docs in headless Chromium, as a newcomer uses it: the first
// "Execute" of an operation, with nothing or one field filled in, answers 2xx
// and shows the JSON. One browser for the whole file.
//
// Chromium: Debian's `chromium` package (.ci/run installs it), or CHROMIUM=<path>.
import { existsSync } from 'node:fs'
import t from 'tap'
import { chromium, type Page } from 'playwright-core'
import { buildApp, tempDir } from './helper.js'

const executablePath = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
  .find(path => path !== undefined && existsSync(path))
if (executablePath === undefined) {
  t.fail('no Chromium found: apt-get install -y chromium (Debian), or set CHROMIUM to a Chromium or Chrome executable')
} else {
  const app = await buildApp(t)
  const base = await app.listen({ port: 0, host: '127.0.0.1' })
  const browser = await chromium.launchPersistentContext(tempDir(t), {
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
  t.teardown(() => browser.close())
  const page = browser.pages()[0] ?? await browser.newPage()
  const policyViolations: string[] = []
  page.on('console', message => { if (message.text().includes('Content Security Policy')) policyViolations.push(message.text()) })
  await page.goto(`${base}/docs/`)

  interface Executed { status: number, body: any, url: string }
  /** Opens an operation, clicks "Try it out", fills in at most one field, presses Execute: what Swagger UI shows. */
  async function execute (page: Page, operationId: string, field?: { name: string, value: string }): Promise<Executed> {
    const operation = page.locator(`.opblock[id$="-${operationId}"]`)
    await operation.locator('.opblock-summary-control').click()
    const tryItOut = operation.locator('button.try-out__btn', { hasText: 'Try it out' })
    if (await tryItOut.count() > 0) await tryItOut.click()
    if (field !== undefined) {
      const row = operation.locator(`tr[data-param-name="${field.name}"]`)
      // A list parameter starts with no item: add one.
      const addItem = row.locator('button.json-schema-form-item-add')
      if (await addItem.count() > 0) await addItem.click()
      await row.locator('input').first().fill(field.value)
    }
    await operation.locator('button.execute').click()
    const status = operation.locator('.live-responses-table tr.response .response-col_status')
    await status.waitFor()
    const body = await operation.locator('.live-responses-table .response-col_description pre').first().textContent()
    const url = await operation.locator('.request-url pre').textContent()
    return { status: Number(await status.textContent()), body: JSON.parse(body ?? 'null'), url: (url ?? '').replace(base, '') }
  }
  /** Closes an operation again: a page with every response open slows down every later step. */
  async function collapse (page: Page, operationId: string): Promise<void> {
    await page.locator(`.opblock[id$="-${operationId}"] .opblock-summary-control`).click()
  }

  t.test('GET /mous with only sector filled in: 200 and that sector\'s agreements, nothing else sent', async t => {
    const sector = page.locator('.opblock[id$="-listMous"] tr[data-param-name="sector"]')
    const { status, body, url } = await execute(page, 'listMous', { name: 'sector', value: 'critical-minerals' })
    t.equal(status, 200)
    t.match(url, /^\/mous\?sector=critical-minerals(&format=json)?$/)
    t.equal(body.kind, 'list')
    t.same(body.data.map((agreement: { slug: string }) => agreement.slug),
      ['critical-minerals-supply-chain-partnership-mou', 'lithium-exploration-mou', 'rare-metals-technology-cooperation-mou'])
    t.match(await sector.textContent(), /Example: critical-minerals, energy/, 'the example is shown as help')
    await collapse(page, 'listMous')
  })

  t.test('a detail answers 200 with its path example pre-filled; its example answer shows real dates', async t => {
    const { status, body } = await execute(page, 'getMou')
    t.equal(status, 200)
    t.equal(body.slug, 'lithium-exploration-mou')
    const example = await page.locator('.opblock[id$="-getMou"] .responses-table tr.response[data-code="200"] pre').first().textContent()
    t.match(example, /"signed_at": "2024-06-12"/, 'not a date sampled from a regex, such as 0630-25-79')
    await collapse(page, 'getMou')
  })

  t.test('/stats answers JSON, not a download; exports are one choice away', async t => {
    const { status, body, url } = await execute(page, 'getStats')
    t.equal(status, 200)
    t.match(url, /^\/stats(\?format=json)?$/)
    t.equal(body.agreements.recorded, 35)
    const formats = await page.locator('.opblock[id$="-getStats"] tr[data-param-name="format"] select option').allTextContents()
    t.ok(formats.includes('csv') && formats.includes('ndjson'), `format offers ${formats.join(', ')}`)
    await collapse(page, 'getStats')
  })

  t.test('no Content-Security-Policy violation', async t => {
    t.same(policyViolations, [])
  })
}
