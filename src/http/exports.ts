// CSV (RFC 4180) and NDJSON renderings of list items, for spreadsheets and BI
// tools. The CSV columns come from the item's zod schema, so every export of a
// resource has the same header row, even when it matches nothing. Nested
// records are flattened into readable columns: a reference becomes `summit`
// (its slug or code) and `summit_name`; a list of references becomes `parties`
// and `parties_names`, joined with "; "; a nested object becomes `agreements_recorded`…
import type { FastifyReply, FastifyRequest } from 'fastify'
import { stringify } from 'csv-stringify/sync'
import type { z } from 'zod'

export const mediaTypes = { json: 'application/json', csv: 'text/csv', ndjson: 'application/x-ndjson' } as const

type Cell = string | number | boolean | null
interface Column { name: string, value: (item: any) => Cell }
type Schema = z.core.$ZodType
const ids = ['slug', 'code', 'key'] as const
const wrappers = new Set(['nullable', 'optional', 'default', 'readonly', 'nonoptional', 'catch', 'prefault'])

function unwrap (schema: Schema): Schema {
  let inner = schema
  while (wrappers.has(inner._zod.def.type)) inner = (inner._zod.def as unknown as { innerType: Schema }).innerType
  return inner
}

function shapeOf (schema: Schema): Record<string, Schema> | undefined {
  return schema._zod.def.type === 'object' ? (schema._zod.def as unknown as { shape: Record<string, Schema> }).shape : undefined
}

const cell = (value: unknown): Cell => value === undefined
  ? null
  : typeof value === 'object' && value !== null ? JSON.stringify(value) : value as Cell

/** The columns of an item schema, each with how to read its cell from an item. */
export function columnsOf (schema: Schema, prefix = '', read: (item: any) => any = item => item): Column[] {
  const shape = shapeOf(unwrap(schema)) ?? {}
  return Object.entries(shape).flatMap(([key, field]): Column[] => {
    const name = prefix + key
    const get = (item: any): any => read(item)?.[key]
    const type = unwrap(field)
    if (type._zod.def.type === 'array') {
      const element = shapeOf(unwrap((type._zod.def as unknown as { element: Schema }).element))
      const id = ids.find(key => element?.[key] !== undefined)
      // Counts by kind (a list's `source_kinds`): `newspaper:2; wire:1`.
      if (id === undefined && element?.kind !== undefined && element.count !== undefined) {
        return [{ name, value: item => (get(item) as Array<{ kind: string, count: number }> | null)?.map(v => `${v.kind}:${v.count}`).join('; ') ?? null }]
      }
      if (id === undefined) return [{ name, value: item => (get(item) as unknown[] | null)?.map(v => String(cell(v))).join('; ') ?? null }]
      const columns: Column[] = [{ name, value: item => (get(item) as Array<Record<string, unknown>> | null)?.map(v => String(v[id])).join('; ') ?? null }]
      if (element?.name !== undefined) columns.push({ name: `${name}_names`, value: item => (get(item) as Array<Record<string, unknown>> | null)?.map(v => String(v.name)).join('; ') ?? null })
      return columns
    }
    const nested = shapeOf(type)
    if (nested === undefined) return [{ name, value: item => cell(get(item)) }]
    const id = ids.find(key => nested[key] !== undefined)
    if (id === undefined) return columnsOf(type, `${name}_`, get)
    const columns: Column[] = [{ name, value: item => cell(get(item)?.[id]) }]
    if (nested.name !== undefined) columns.push({ name: `${name}_name`, value: item => cell(get(item)?.name) })
    return columns
  })
}

/**
 * Rows end in CRLF (RFC 4180). A field is quoted when it holds a quote, a
 * comma, or a line break of any kind: csv-stringify, once given a record
 * delimiter, quotes only that one (CRLF) unless `quote_record_delimiter` says
 * otherwise, and a lone LF left bare ends the row for most readers.
 */
const csvOptions = { record_delimiter: '\r\n', quote_record_delimiter: true, cast: { boolean: (value: boolean) => String(value) } }

/** The header row of a CSV of items of `schema`, for streams (whose rows the database writes: db/sql/agreement-lines.ts). */
export function csvHeader (schema: Schema): string {
  return stringify([columnsOf(schema).map(column => column.name)], csvOptions)
}

/** CSV rows of items of `schema`, without the header: a batch of a streamed export (http/export-stream.ts). */
export function csvRows (schema: Schema, items: object[]): string {
  const columns = columnsOf(schema)
  return stringify(items.map(item => columns.map(column => column.value(item))), csvOptions)
}

export function toCsv (schema: Schema, items: object[]): string {
  return `${csvHeader(schema)}${csvRows(schema, items)}`
}

export function toNdjson (items: object[]): string {
  return items.map(item => JSON.stringify(item)).join('\n') + (items.length > 0 ? '\n' : '')
}

/** Batches of items as a streamed export's text (http/export-stream.ts): CSV rows without the header, or NDJSON lines. */
export async function * exportBatches (format: 'csv' | 'ndjson', schema: Schema, batches: AsyncIterable<object[]>): AsyncGenerator<string> {
  for await (const items of batches) yield format === 'csv' ? csvRows(schema, items) : toNdjson(items)
}

/** Sends `items` in the negotiated export format, as a download named after the resource. */
export function sendExport (request: FastifyRequest, reply: FastifyReply, name: string, schema: Schema, items: object[]): FastifyReply {
  return sendExportText(request, reply, name, request.format === 'csv' ? toCsv(schema, items) : toNdjson(items))
}

/**
 * Sends lines the database wrote (db/sql/agreement-lines.ts: CSV rows, or
 * JSON objects for NDJSON) as the negotiated export, the CSV's header from `schema`.
 */
export function sendExportLines (request: FastifyRequest, reply: FastifyReply, name: string, schema: Schema, lines: string[]): FastifyReply {
  const csv = request.format === 'csv'
  const end = csv ? '\r\n' : '\n'
  const rows = lines.length === 0 ? '' : `${lines.join(end)}${end}`
  return sendExportText(request, reply, name, csv ? `${csvHeader(schema)}${rows}` : rows)
}

function sendExportText (request: FastifyRequest, reply: FastifyReply, name: string, text: string): FastifyReply {
  const csv = request.format === 'csv'
  return reply
    .type(csv ? 'text/csv; charset=utf-8; header=present' : 'application/x-ndjson; charset=utf-8')
    .header('Content-Disposition', `attachment; filename="${name}.${csv ? 'csv' : 'ndjson'}"`)
    .send(text)
}
