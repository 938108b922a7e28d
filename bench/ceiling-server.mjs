// The ceiling for the benchmark: node:http answering every request with the same bytes and type,
// the body read from a file named on the command line; prints its port, ends on SIGTERM.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'

const body = readFileSync(process.argv[2])
const contentType = process.argv[3] ?? 'application/json; charset=utf-8'
const server = createServer((_req, res) => {
  res.writeHead(200, { 'Content-Length': body.length, 'Content-Type': contentType })
  res.end(body)
})
server.listen(0, '127.0.0.1', () => console.log(server.address().port))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
