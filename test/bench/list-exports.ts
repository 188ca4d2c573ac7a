// Every list the API documents, exported whole (CSV, no limit), once per
// size. An export reads every record of its list, and a statement that binds
// a parameter per record is refused past the database's limit: the summits'
// export answered 500 from 1,000 summits, and no timed operation asked for it
// (CHANGELOG, Fixed). The agreements' own export is measured on its own
// (scale.ts: measureExport).
import { get } from 'node:http'

export interface ListExport { path: string, status: number, rows: number, seconds: number }

/** The lists in the API's OpenAPI document: GET operations without path parameters that take `limit` and `format`. */
async function listPaths (baseUrl: string): Promise<string[]> {
  const doc = await (await fetch(`${baseUrl}/openapi.json`)).json() as {
    paths: Record<string, { get?: { parameters?: Array<{ name: string, in: string }> } }>
  }
  return Object.entries(doc.paths)
    .filter(([path, item]) => !path.includes('{') && ['limit', 'format'].every(name => item.get?.parameters?.some(p => p.in === 'query' && p.name === name)))
    .map(([path]) => path)
}

/** One export read to its end: its status, its rows (lines less the header) and how long it took. */
async function exportOf (baseUrl: string, path: string): Promise<ListExport> {
  const started = performance.now()
  return await new Promise(resolve => {
    get(`${baseUrl}${path}?format=csv`, { agent: false }, res => {
      let lines = 0
      res.on('data', (chunk: Buffer) => {
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++
      })
      res.on('end', () => resolve({ path, status: res.statusCode ?? 0, rows: Math.max(0, lines - 1), seconds: (performance.now() - started) / 1000 }))
    }).on('error', () => resolve({ path, status: 0, rows: 0, seconds: NaN }))
  })
}

/** Every documented list but `skip` (measured elsewhere), exported whole, one after another. */
export async function exportEveryList (baseUrl: string, skip: string[]): Promise<ListExport[]> {
  const exports: ListExport[] = []
  for (const path of await listPaths(baseUrl)) if (!skip.includes(path)) exports.push(await exportOf(baseUrl, path))
  return exports
}

/** The report's line: each list's export, whether every one answered 200, and the server's peak RSS after them all. */
export function listExportsLine (agreements: number, exports: ListExport[], peakRssMb: number | null): string {
  const failed = exports.filter(e => e.status !== 200)
  const each = exports.map(e => `\`${e.path}\` ${e.status}, ${e.rows.toLocaleString('en')} rows, ${e.seconds.toFixed(2)} s`).join('; ')
  return `- ${agreements.toLocaleString('en')} agreements: every other list exported whole as CSV, after the mixed load: ${each} ` +
    `(target: every one 200: ${exports.length > 0 && failed.length === 0 ? 'MET' : `MISSED${failed.length > 0 ? `: ${failed.map(e => e.path).join(', ')}` : ': no list found'}`}); ` +
    `the server's peak RSS after them ${peakRssMb === null ? 'n/a' : `${peakRssMb.toFixed(0)} MB`}`
}
