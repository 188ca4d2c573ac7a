// What the API says about itself, in the OpenAPI document and at GET /.
import { readFileSync } from 'node:fs'
import { packageJsonPath } from '../paths.js'

/** The API's version: package.json's, which is the OpenAPI document's `info.version`. */
export const apiVersion = (JSON.parse(readFileSync(packageJsonPath, 'utf8')) as { version: string }).version

export const apiName = 'Accords'

export const apiDescription = 'Bilateral agreements between states and the companies and institutions they sign for: ' +
  'who signed what, where, in which sector and about which minerals, and how we know it. ' +
  'Every fact cites a verbatim quote of its source. Errors are RFC 9457 problem details.'
