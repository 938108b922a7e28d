// The ceiling for the benchmark: node:http answering every request with the same bytes.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'

const body = readFileSync(process.argv[2])
const server = createServer((_req, res) => {
  res.writeHead(200, { 'Content-Length': body.length, 'Content-Type': 'application/json; charset=utf-8' })
  res.end(body)
})
server.listen(0, '127.0.0.1', () => console.log(server.address().port))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
