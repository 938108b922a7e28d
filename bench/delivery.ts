// npm run bench: the delivery API's full issue against stock Payload REST and a bare node:http
// ceiling, all measured in this one run with autocannon (50 connections). Prints req/s, p50,
// p99 and the ratios a/b (target ≥ 10) and a/c (target ≥ 0.4); a's p99 target is < 10 ms.
// Then the printed editions of the same issue (PDF target: under 5 s), as wall time and server CPU.
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

import { table } from '../src/richtext/lexical'
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

function benchTable(index: number) {
  return table(['材料', '指标', '数值'], ...Array.from({ length: 6 }, (_, row) => [`样品 ${index + 1}-${row + 1}`, '离子电导率', `${(row + 1) * 1.5} mS/cm`]))
}

/** utime + stime of a process in ms (/proc/<pid>/stat counts 100 ticks a second). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10
}

type EditionRun = { bytes: number; cpuMs: number; wallMs: number }

/**
 * One rendering: a query string the response cache has not seen makes the server build the file
 * again. Typst memoises compilation, so a repeat of unchanged content is faster than a first one.
 */
async function renderEdition(url: string, run: string, pid: number): Promise<EditionRun> {
  const cpuBefore = cpuMs(pid)
  const started = performance.now()
  const response = await fetch(`${url}?run=${run}`)
  if (response.status !== 200) throw new Error(`${url}: ${response.status} ${await response.text()}`)
  const bytes = (await response.arrayBuffer()).byteLength
  return { bytes, cpuMs: cpuMs(pid) - cpuBefore, wallMs: performance.now() - started }
}

async function measureEdition(label: string, url: string, pid: number) {
  const first = await renderEdition(url, 'first', pid)
  const warm: EditionRun[] = []
  for (let run = 1; run <= 5; run++) warm.push(await renderEdition(url, String(run), pid))
  const median = [...warm].sort((x, y) => x.wallMs - y.wallMs)[2]
  return { label, first, median }
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
        body: richText(...paragraphs, ...(index % 5 === 0 ? [benchTable(index)] : [])),
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
const editions: Array<Awaited<ReturnType<typeof measureEdition>>> = []
try {
  results.push(await measure('(a) delivery API /delivery/v1/issues/:id/full', deliveryURL))
  results.push(await measure(`(b) Payload REST /api/items?where[issue]…&depth=2&limit=${ITEMS}`, stockURL))
  results.push(await measure('(c) bare node:http, same bytes', `http://127.0.0.1:${ceilingPort}/`))
  editions.push(await measureEdition('PDF  /delivery/v1/issues/:id/pdf', `${server.baseURL}/delivery/v1/issues/${issueID}/pdf`, server.pid))
  editions.push(await measureEdition('Word /delivery/v1/issues/:id/docx', `${server.baseURL}/delivery/v1/issues/${issueID}/docx`, server.pid))
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
console.log(`\nPrinted editions of the same issue, one request at a time (wall time / server CPU); first = first in the process (fonts loaded), then = rebuilt without the response cache:`)
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
for (const { label, first, median } of editions) {
  console.log(
    `${label.padEnd(36)} first ${seconds(first.wallMs)} / ${seconds(first.cpuMs)}   then median of 5 ${seconds(median.wallMs)} / ${seconds(median.cpuMs)}   ${(median.bytes / 1024).toFixed(0)} KB`,
  )
}
console.log(`PDF of ${ITEMS} items, first rendering = ${seconds(editions[0].first.wallMs)} (target < 5 s)`)
process.exit(0)
