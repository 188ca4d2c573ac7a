// The TypeScript types of the API, generated from its OpenAPI document with
// openapi-typescript, as a client's author would (`npx openapi-typescript
// http://127.0.0.1:3000/openapi.json -o accords.d.ts`). The committed
// ./openapi.d.ts is what test/client/dashboard.ts is written against; its first
// lines record the API version and a hash of the contract, so a contract
// change without a new version fails (test/typed-client.test.ts).
import { createHash } from 'node:crypto'
import openapiTS, { astToString } from 'openapi-typescript'

type Json = Record<string, unknown>

/** Words for people, not for programs: a change to these alone is not a contract change. */
const annotations = new Set(['description', 'summary', 'example', 'examples', 'tags', 'info', 'servers', 'externalDocs'])

function shape (node: unknown, inProperties = false): unknown {
  if (Array.isArray(node)) return node.map(item => shape(item))
  if (typeof node !== 'object' || node === null) return node
  // Inside `properties`, keys are field names (a field may be called `description`).
  return Object.fromEntries(Object.entries(node as Json)
    .filter(([key]) => inProperties || !annotations.has(key))
    .sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)
    .map(([key, value]) => [key, inProperties ? shape(value) : shape(value, key === 'properties')]))
}

export interface Contract { version: string, sha256: string }

/** The API version, and a hash of what a client relies on: paths, parameters, schemas, statuses, media types. */
export function contractOf (document: Json): Contract {
  return {
    version: String((document.info as Json).version),
    sha256: createHash('sha256').update(JSON.stringify(shape(document))).digest('hex')
  }
}

const header = ({ version, sha256 }: Contract): string =>
  `// The Accords API ${version}, as TypeScript types: generated from /openapi.json by \`npm run openapi:types\`\n` +
  `// (openapi-typescript). Contract sha256 ${sha256}.\n`

/** The contract recorded in a generated file's first lines. */
export function recordedContract (text: string): Contract | undefined {
  const match = /^\/\/ The Accords API (\S+), .*\n\/\/ .* Contract sha256 ([0-9a-f]{64})\./.exec(text)
  return match === null ? undefined : { version: match[1] ?? '', sha256: match[2] ?? '' }
}

export async function typesOf (document: Json): Promise<string> {
  return header(contractOf(document)) + astToString(await openapiTS(document as never))
}
