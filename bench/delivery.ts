// npm run bench: the delivery API's full issue against stock Payload REST and a bare node:http
// ceiling, all measured in this one run with autocannon (50 connections). Prints req/s, p50,
// p99 and the ratios a/b (target ≥ 10) and a/c (target ≥ 0.4); a's p99 target is < 10 ms.
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

import { createScaffold, createUser, footnote, paragraph, richText, text } from '../test/helpers/fixtures'
import { initPayload } from '../test/helpers/initPayload'
import { startTestServer } from '../test/helpers/testServer'
import { publishThroughWorkflow } from '../test/helpers/workflow'

const ITEMS = 40
const CONNECTIONS = 50
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS || 10)

type Measured = { errors: number; label: string; latencyP50: number; latencyP99: number; requestsPerSecond: number }

async function measure(label: string, url: string, headers: Record<string, string> = {}): Promise<Measured> {
  await autocannon({ connections: CONNECTIONS, duration: 2, headers, url }) // warm-up: caches, JIT
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION_SECONDS, headers, url })
  if (result.non2xx > 0) throw new Error(`${label}: ${result.non2xx} responses were not 2xx`)
  // Errors are requests that outlived autocannon's 10 s timeout: reported, and not counted as served.
  return { errors: result.errors, label, latencyP50: result.latency.p50, latencyP99: result.latency.p99, requestsPerSecond: result.requests.average }
}

async function seedIssueOf40Items() {
  const context = await initPayload('bench')
  const { payload } = context
  await createUser(payload, ['admin'])
  const editor = (await createUser(payload, ['editor'])).user
  const reviewer = (await createUser(payload, ['reviewer'])).user
  const scaffold = await createScaffold(payload, 2026, 1)
  for (let index = 0; index < ITEMS; index++) {
    const paragraphs = Array.from({ length: 4 }, (_, part) =>
      paragraph(
        text(`第${index + 1}篇第${part + 1}段：新型储能材料的研究进展与产业化路径，涉及固态电解质、界面工程和制造工艺。`),
        footnote(scaffold.references[(index + part) % scaffold.references.length].id),
      ),
    )
    await payload.create({
      collection: 'items',
      data: {
        title: `基准测试稿件 ${index + 1}`,
        titleEn: `Benchmark item ${index + 1}`,
        summary: '用于测量交付接口性能的稿件摘要。',
        issue: scaffold.issue.id,
        section: scaffold.sections[index % 2].id,
        body: richText(...paragraphs),
        credits: [{ contributor: scaffold.authors[0].id, role: 'compiled' }],
      },
      draft: true,
    })
  }
  await publishThroughWorkflow(payload, scaffold.issue.id, { editor, reviewer })
  return { context, issueID: scaffold.issue.id }
}

const { context, issueID } = await seedIssueOf40Items()
const server = await startTestServer(context.database, { LOG_LEVEL: 'warn', JOBS_AUTORUN: 'false' })
const deliveryURL = `${server.baseURL}/delivery/v1/issues/${issueID}/full`
const stockURL = `${server.baseURL}/api/items?where[issue][equals]=${issueID}&depth=2&limit=${ITEMS}`

const bytes = Buffer.from(await (await fetch(deliveryURL)).arrayBuffer())
const bodyFile = path.join(os.tmpdir(), `bench-issue-${process.pid}.json`)
writeFileSync(bodyFile, bytes)
const ceiling = spawn(process.execPath, ['bench/ceiling-server.mjs', bodyFile], { stdio: ['ignore', 'pipe', 'inherit'] })
const ceilingPort = await new Promise<string>((resolve) => ceiling.stdout.once('data', (chunk) => resolve(String(chunk).trim())))

const results: Measured[] = []
try {
  results.push(await measure('(a) delivery API /delivery/v1/issues/:id/full', deliveryURL))
  results.push(await measure(`(b) Payload REST /api/items?where[issue]…&depth=2&limit=${ITEMS}`, stockURL))
  results.push(await measure('(c) bare node:http, same bytes', `http://127.0.0.1:${ceilingPort}/`))
} finally {
  ceiling.kill('SIGTERM')
  await server.stop()
  await context.close()
}

const [a, b, c] = results
console.log(`\nIssue of ${ITEMS} items, response ${bytes.length} bytes, ${CONNECTIONS} connections, ${DURATION_SECONDS} s each, ${os.cpus().length} cores\n`)
for (const row of results) {
  const timeouts = row.errors ? `   ${row.errors} timed out` : ''
  console.log(`${row.label.padEnd(62)} ${row.requestsPerSecond.toFixed(0).padStart(7)} req/s   p50 ${String(row.latencyP50).padStart(5)} ms   p99 ${String(row.latencyP99).padStart(5)} ms${timeouts}`)
}
console.log(`\na/b = ${(a.requestsPerSecond / b.requestsPerSecond).toFixed(1)} (target ≥ 10)`)
console.log(`a/c = ${(a.requestsPerSecond / c.requestsPerSecond).toFixed(2)} (target ≥ 0.4)`)
console.log(`p99 of (a) = ${a.latencyP99} ms (target < 10 ms)`)
process.exit(0)
