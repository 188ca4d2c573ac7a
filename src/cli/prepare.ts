// Prepares DATABASE_URL (migrate, and seed when empty) and prints what it did
// as JSON. The server runs this as a child process on a first run.
import { parseConfig } from '../config.js'
import { prepareDatabase } from '../setup/prepare.js'

const { database } = parseConfig(process.env)
process.stdout.write(JSON.stringify(await prepareDatabase(database)) + '\n')
