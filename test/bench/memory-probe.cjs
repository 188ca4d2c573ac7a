// Loaded into one idle API server by the benchmark (`node --require`): on
// SIGWINCH it writes, to MEMORY_PROBE_FILE, where its memory is by V8's
// account (the heap's spaces, and memory outside the heap that V8 knows of),
// which the report sets beside the kernel's (file-backed and anonymous RSS).
'use strict'
const { writeFileSync } = require('node:fs')
const v8 = require('node:v8')

process.on('SIGWINCH', () => {
  const { heapTotal, external } = process.memoryUsage()
  const spaces = v8.getHeapSpaceStatistics().map(space => ({ name: space.space_name, size: space.space_size }))
  writeFileSync(process.env.MEMORY_PROBE_FILE, JSON.stringify({ heapTotal, external, spaces }))
})
