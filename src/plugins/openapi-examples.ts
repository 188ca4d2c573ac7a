// Where the OpenAPI document puts examples, so that Swagger UI's first
// "Execute" works and generated clients get real types.
//
// Swagger UI pre-fills a parameter's `example` into its form (whatever
// `tryItOutEnabled` says), and pre-filled query values combine into requests
// the API refuses (`group_by` with `sort`) or answers as a download
// (`format=csv`). So a query parameter's example goes into its schema's
// `examples` (machine-readable; Swagger UI neither pre-fills nor shows it) and
// into its description, where Swagger UI shows it. A path parameter keeps
// `example`: pre-filling a slug that exists makes a detail's first Execute
// answer 200.

type Json = Record<string, any>

const shown = (example: unknown): string =>
  (Array.isArray(example) ? example : [example]).map(value => `\`${String(value)}\``).join(', ')

export function placeParameterExamples (operation: Json): void {
  for (const parameter of operation.parameters ?? []) {
    const example = parameter.schema?.example
    if (example === undefined) continue
    delete parameter.schema.example
    if (parameter.in === 'path') {
      parameter.example ??= example
      continue
    }
    parameter.schema.examples ??= [example]
    parameter.description = `${String(parameter.description ?? '')} Example: ${shown(example)}.`.trim()
  }
}

/** The date every `format: date` schema shows as its example: one the dataset has. */
export const exampleDate = '2024-06-12'

/**
 * A date is `format: date`. zod also writes its validation regex as `pattern`,
 * which Swagger UI samples into examples such as "0630-25-79" or "3200-02-29";
 * the server still validates with the regex, the document keeps the format.
 */
export function describeDates (node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) describeDates(item)
    return
  }
  if (typeof node !== 'object' || node === null) return
  const schema = node as Json
  if (schema.format === 'date' && typeof schema.type === 'string') {
    delete schema.pattern
    if (schema.example === undefined) schema.examples ??= [exampleDate]
  }
  for (const value of Object.values(schema)) describeDates(value)
}
