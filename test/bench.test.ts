// The benchmark's smoke run: it runs end to end, from source (a fresh clone
// has no dist/), and reports every endpoint, start-up, memory, the access-log
// check and what each feature costs. It checks no figure: speed is measured
// by `npm run bench`, never in a timed test.
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { resolve } from 'node:path'
import t from 'tap'

const paths = [
  '/',
  '/mous?sector=critical-minerals',
  '/mous/lithium-exploration-mou',
  '/summits/korea-kazakhstan-2024',
  '/mous?sector=critical-minerals&group_by=party',
  '/stats',
  '/mous?format=csv'
]

t.test('the smoke run of the benchmark exits 0 with a row per endpoint, start-up, memory, the log check and the per-feature costs', async t => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/bench/run.ts', '--smoke'], {
    cwd: resolve(import.meta.dirname, '..'),
    // Not tap's environment: its loaders would follow the driver into the servers.
    env: { PATH: process.env.PATH ?? '' }
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString() })
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
  const [code] = await once(child, 'close')
  t.equal(code, 0, stderr)

  const lines = stdout.split('\n')
  for (const path of paths) {
    t.ok(lines.some(line => line.startsWith('| ') && line.includes(` \`${path}\` |`)), `a row for ${path}`)
  }
  t.ok(lines.some(line => line.startsWith('- first answered API request after spawn, existing database')), 'the first answer after a restart')
  t.ok(lines.some(line => line.startsWith('- first 200 on /ready')), '/ready after a restart')
  t.ok(lines.some(line => line.startsWith('- first run')), 'the first answer of a first run')
  t.ok(lines.some(line => line.startsWith('- idle RSS')), 'idle RSS')
  t.ok(lines.some(line => line.startsWith('- peak RSS')), 'peak RSS')
  // The scale section, at 35 agreements in the smoke run.
  t.ok(lines.includes('### Scale'), 'a scale section')
  for (const operation of ['detail', 'three filters, ≤ 1/10 matching', 'deep page by cursor', 'group_by=party (every party)', '/stats', '/party-pairs', '/summits, a page of 500', '/sources, a page of 500']) {
    t.ok(lines.some(line => line.startsWith(`| ${operation} |`)), `a scale row for ${operation}`)
  }
  // Beside each baseline, the API's own statements timed alike (a time and its ratio), and the two floors.
  t.match(lines.find(line => line.startsWith('| detail |') && line.includes('| p99 ≤ 50 ms |')) ?? '', /\| [\d.]+ \([\d.]+×\) \| -?[\d.]+ \| (MISSED|MET)/, 'the detail\'s own SQL and the rest of its request')
  // The baseline answered over HTTP (raw-sql-server.ts), and the ratio to it beside the ratio to the baseline in process.
  t.match(lines.find(line => line.startsWith('| detail |') && line.includes('| p99 ≤ 50 ms |')) ?? '', /\| [\d.]+ \/ [\d.]+ \| [\d.]+ \/ [\d.]+ \| [\d.]+× \([\d.]+×\) \|/, 'the detail\'s raw SQL over HTTP and both ratios')
  for (const floor of ['floor: the API, no statement', 'floor: bare node:http, a detail\'s bytes']) {
    t.match(lines.find(line => line.startsWith(`| ${floor} |`)) ?? '', /\| [\d.]+ \/ [\d.]+ \|/, `a measured row for ${floor}`)
  }
  t.ok(lines.some(line => /full CSV export of 35 rows \(status 200\)/.test(line)), 'the export, streamed whole')
  const lists = lines.find(line => line.startsWith('- 35 agreements: every other list exported whole as CSV')) ?? ''
  for (const path of ['/summits', '/sessions', '/parties', '/sources', '/party-pairs', '/party-pairs?country=KR']) t.match(lists, `\`${path}\` 200, `, `${path} exported whole`)
  t.match(lists, /every one 200 with all its rows: MET\); the server's peak RSS after them \d+ MB$/, 'every list exported, none cut short')
  t.ok(lines.some(line => /^- access log, production defaults: \d+ lines in its file for \d+ answers counted; none lost/.test(line)), 'no access-log line lost')
  t.ok(lines.some(line => line.startsWith('| access log line |')), 'the profile\'s share of the access log')
  for (const feature of ['access log line (LOG_LEVEL=warn)', 'rate limit (RATE_LIMIT_MAX=0)']) {
    t.ok(lines.some(line => line.startsWith(`| ${feature} |`)), `a measured delta for ${feature}`)
  }
})
