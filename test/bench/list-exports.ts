// Every list the API documents, exported whole (CSV, no limit), once per
// size. An export reads every record of its list, and a statement that binds
// a parameter per record is refused past the database's limit: the summits'
// export answered 500 from 1,000 summits, and no timed operation asked for it
// (CHANGELOG, Fixed). The pairs of parties are exported filtered too: each
// batch grouped the matching agreements' pairs again, and one country's cut at
// the handler timeout on PostgreSQL, as a 200 with fewer rows than its
// X-Total-Count, so every export's rows are counted against it. The
// agreements' own export is measured on its own (scale.ts: measureExport).
import { get } from 'node:http'

export interface ListExport { path: string, status: number, rows: number, total: number, seconds: number }

/** Exported besides every list: the pairs of parties of one country's agreements (a quarter of them at 100,000). */
const FILTERED = ['/party-pairs?country=KR']

/** The lists in the API's OpenAPI document: GET operations without path parameters that take `limit` and `format`. */
async function listPaths (baseUrl: string): Promise<string[]> {
  const doc = await (await fetch(`${baseUrl}/openapi.json`)).json() as {
    paths: Record<string, { get?: { parameters?: Array<{ name: string, in: string }> } }>
  }
  return Object.entries(doc.paths)
    .filter(([path, item]) => !path.includes('{') && ['limit', 'format'].every(name => item.get?.parameters?.some(p => p.in === 'query' && p.name === name)))
    .map(([path]) => path)
}

/** One export read to its end: its status, its rows (records less the header), its X-Total-Count and how long it took. */
async function exportOf (baseUrl: string, path: string): Promise<ListExport> {
  const started = performance.now()
  return await new Promise(resolve => {
    get(`${baseUrl}${path}${path.includes('?') ? '&' : '?'}format=csv`, { agent: false }, res => {
      // Records end at a line feed outside quotes: a field may hold one (RFC 4180).
      let lines = 0
      let quoted = false
      res.on('data', (chunk: Buffer) => {
        for (const byte of chunk) {
          if (byte === 34) quoted = !quoted
          else if (byte === 10 && !quoted) lines++
        }
      })
      const total = Number(res.headers['x-total-count'] ?? NaN)
      res.on('end', () => resolve({ path, status: res.statusCode ?? 0, rows: Math.max(0, lines - 1), total, seconds: (performance.now() - started) / 1000 }))
    }).on('error', () => resolve({ path, status: 0, rows: 0, total: NaN, seconds: NaN }))
  })
}

/** Every documented list but `skip` (measured elsewhere), and the filtered ones, exported whole, one after another. */
export async function exportEveryList (baseUrl: string, skip: string[]): Promise<ListExport[]> {
  const exports: ListExport[] = []
  for (const path of [...await listPaths(baseUrl), ...FILTERED]) if (!skip.includes(path)) exports.push(await exportOf(baseUrl, path))
  return exports
}

/** The report's line: each list's export, whether every one answered 200 with all its rows, and the server's peak RSS after them all. */
export function listExportsLine (agreements: number, exports: ListExport[], peakRssMb: number | null): string {
  const failed = exports.filter(e => e.status !== 200 || e.rows !== e.total)
  const each = exports.map(e => `\`${e.path}\` ${e.status}, ${e.rows.toLocaleString('en')} rows${e.rows === e.total ? '' : ` of ${e.total.toLocaleString('en')}`}, ${e.seconds.toFixed(2)} s`).join('; ')
  return `- ${agreements.toLocaleString('en')} agreements: every other list exported whole as CSV, after the mixed load: ${each} ` +
    `(target: every one 200 with all its rows: ${exports.length > 0 && failed.length === 0 ? 'MET' : `MISSED${failed.length > 0 ? `: ${failed.map(e => e.path).join(', ')}` : ': no list found'}`}); ` +
    `the server's peak RSS after them ${peakRssMb === null ? 'n/a' : `${peakRssMb.toFixed(0)} MB`}`
}
