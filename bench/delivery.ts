// npm run bench: the delivery API on an archive of BENCH_ITEMS (20,000) published items, measured
// as the server's CPU time per request (/proc/<pid>/stat), which on two cores does not depend on
// the load generator sharing them (SETUP-NOTES), with the latencies seen at a moderate rate. Each
// cached endpoint is set against a bare node:http server answering the same bytes (the ceiling);
// the full issue also against stock Payload REST for the same content. Then what a first reader
// meets (uncached pages, search from a cold start), publishing a 40-item issue (as the server's first
// write after its start, and after the issue's review on it), its PDF, /api under anonymous load,
// and the server's memory. Ends with the figures as one line of JSON.
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

import { login } from '../test/helpers/rest'
import { startTestServer } from '../test/helpers/testServer'
import { RARE_WORD } from './archive'
import { atRate, childrenOf, cpuMs, oneByOne, percentile, type RateRun, round, rssMB, type Sequential } from './measure'
import { preparedArchive, SERIES_SLUG } from './preparedArchive'

const ITEMS = Number(process.env.BENCH_ITEMS || 20_000)
const started = performance.now()

console.log(`Archive of ${ITEMS} published items (BENCH_ITEMS) …`)
const archive = await preparedArchive(ITEMS)
console.log(archive.builtInSeconds === undefined ? '  a copy of the one built before' : `  built in ${archive.builtInSeconds} s`)
// The anonymous limit counts as in production, set too high to refuse the bench's own requests.
const server = await startTestServer(archive.database, { JOBS_AUTORUN: 'false', LOG_LEVEL: 'warn', RATE_LIMIT_ANONYMOUS: '100000000' })
const { pid } = server
const base = `${server.baseURL}/delivery/v1`
const rssAfter: Record<string, number> = { start: rssMB(pid) }

async function json(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers })
  if (!response.ok) throw new Error(`${url}: ${response.status} ${(await response.text()).slice(0, 300)}`)
  return response.json()
}

// What to ask for, found through the API itself.
const firstPage = await json(`${base}/series/${SERIES_SLUG}/issues?limit=50`)
const issueIDs: number[] = firstPage.docs.map((issue: { id: number }) => issue.id)
const newestIssue = await json(`${base}/issues/${issueIDs[0]}`)
const itemID: number = newestIssue.sections[0].items[0].id
const sections: string[] = newestIssue.sections.map((section: { slug: string }) => section.slug)
const contributors = [...new Set<string>(newestIssue.sections.flatMap((section: any) => section.items.flatMap((item: any) => item.credits.map((credit: { slug: string }) => credit.slug))))]

// ── What a first reader meets: nothing cached ───────────────────────────────────────────────
// Search first, while the process has just started: its index lives in the database, not in memory.
const queries = [RARE_WORD, '固态', '钙钛矿', '储能系统', '氢燃料', '界面工程', '稀土', '回收利用', 'archive', '热失控 循环寿命', '碳捕集', '叠层电池']
const searchFromColdStart = await oneByOne(queries.map((q) => `${base}/search?q=${encodeURIComponent(q)}`), pid)
// Pages each asked once: a first set warms the code paths as a running server's are, the second is measured.
const itemURLs = newestIssue.sections.flatMap((section: any) => section.items.map((item: { id: number }) => `${base}/items/${item.id}`))
const uncachedPages: Record<string, string[]> = {
  fullIssue: issueIDs.slice(1, 21).map((id) => `${base}/issues/${id}/full`),
  item: itemURLs.slice(1, 21),
  sectionPage: sections.flatMap((slug) => [1, 7, 3, 9].map((page) => `${base}/sections/${slug}/items?page=${page}&limit=20`)),
  contributorPage: contributors.slice(0, 20).map((slug) => `${base}/authors/${slug}?limit=20`),
  seriesPage: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21].map((page) => `${base}/series/${SERIES_SLUG}/issues?page=${page}&limit=20`),
}
const measuredHalf = (urls: string[]) => urls.slice(Math.floor(urls.length / 2))
for (const urls of Object.values(uncachedPages)) await oneByOne(urls.slice(0, Math.floor(urls.length / 2)), pid)
const cold: Record<string, Sequential> = { searchFromColdStart }
for (const [name, urls] of Object.entries(uncachedPages)) cold[name] = await oneByOne(measuredHalf(urls), pid)
rssAfter.uncached = rssMB(pid)
const rareHits = (await json(`${base}/search?q=${encodeURIComponent(RARE_WORD)}`)).totalDocs

// ── Cached answers at a moderate rate, each against node:http answering the same bytes ─────────
async function ceilingFor(url: string): Promise<RateRun> {
  const response = await fetch(url)
  const bodyFile = path.join(os.tmpdir(), `bench-body-${process.pid}`)
  writeFileSync(bodyFile, Buffer.from(await response.arrayBuffer()))
  const ceiling = spawn(process.execPath, ['bench/ceiling-server.mjs', bodyFile, response.headers.get('content-type') ?? 'application/json'], { stdio: ['ignore', 'pipe', 'inherit'] })
  try {
    const port = await new Promise<string>((resolve) => ceiling.stdout.once('data', (chunk) => resolve(String(chunk).trim())))
    return await atRate(`http://127.0.0.1:${port}/`, ceiling.pid!)
  } finally {
    ceiling.kill('SIGTERM')
  }
}

const cachedEndpoints: Record<string, string> = {
  fullIssue: `${base}/issues/${issueIDs[0]}/full`,
  issueList: `${base}/series/${SERIES_SLUG}/issues`,
  item: `${base}/items/${itemID}`,
  search: `${base}/search?q=${encodeURIComponent('固态')}`,
  feed: `${base}/feeds/${SERIES_SLUG}.rss`,
}
const cached: Record<string, { api: RateRun; ceiling: RateRun; ratio: number; bytes: number }> = {}
for (const [name, url] of Object.entries(cachedEndpoints)) {
  const bytes = (await (await fetch(url)).arrayBuffer()).byteLength
  const api = await atRate(url, pid)
  const ceiling = await ceilingFor(url)
  cached[name] = { api, ceiling, ratio: round(ceiling.cpuUsPerRequest / api.cpuUsPerRequest, 2), bytes }
}

rssAfter.cached = rssMB(pid)

// ── Stock Payload REST for the same 40 items, as a signed-in reader (anonymous reads are capped) ─
const token = await login(server.baseURL, archive.editor.email, archive.editor.password)
const stockURL = `${server.baseURL}/api/items?where[issue][equals]=${issueIDs[0]}&depth=2&limit=40`
const stock = await oneByOne(Array.from({ length: 20 }, () => stockURL), pid, { Authorization: `JWT ${token}` })
const stockRatio = round((stock.cpuMsPerRequest * 1000) / cached.fullIssue.api.cpuUsPerRequest, 0)

rssAfter.stockREST = rssMB(pid)

// ── Publishing a 40-item issue, and its PDF ──────────────────────────────────────────────────
async function timedOnServer(request: () => Promise<Response>) {
  const before = cpuMs(pid)
  const begin = performance.now()
  const response = await request()
  const body = await response.arrayBuffer()
  if (!response.ok) throw new Error(`${response.status} ${Buffer.from(body).toString('utf8').slice(0, 300)}`)
  return { wallMs: round(performance.now() - begin, 0), cpuMs: cpuMs(pid) - before, bytes: body.byteLength }
}
const takeAction = (as: string, collection: 'issues' | 'items', id: number, action: string) =>
  fetch(`${server.baseURL}/api/${collection}/${id}/workflow`, {
    method: 'POST',
    headers: { Authorization: `JWT ${as}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ action }),
  })
// The server has only read so far: its first publication also compiles the whole write path.
const firstPublish = await timedOnServer(() => takeAction(token, 'issues', archive.approvedIssueID, 'publish'))

// In use, an issue is reviewed on the server that then publishes it: its 40 items submitted and approved, then the issue.
const reviewerToken = await login(server.baseURL, archive.reviewer.email, archive.reviewer.password)
const unreviewed = `${server.baseURL}/api/items?where[issue][equals]=${archive.unreviewedIssueID}&draft=true&depth=0&limit=100`
const { docs: unreviewedItems } = (await (await fetch(unreviewed, { headers: { Authorization: `JWT ${token}` } })).json()) as { docs: Array<{ id: number }> }
const review = { requests: 0, wallMs: 0 }
for (const [as, collection, id, action] of [
  ...unreviewedItems.flatMap(({ id }) => [[token, 'items', id, 'submit'], [reviewerToken, 'items', id, 'approve']] as const),
  [token, 'issues', archive.unreviewedIssueID, 'submit'],
  [reviewerToken, 'issues', archive.unreviewedIssueID, 'approve'],
] as const) {
  const step = await timedOnServer(() => takeAction(as, collection, id, action))
  review.requests++
  review.wallMs += step.wallMs
}
const publish = await timedOnServer(() => takeAction(token, 'issues', archive.unreviewedIssueID, 'publish'))
rssAfter.publish = rssMB(pid)
const pdf = await timedOnServer(() => fetch(`${base}/issues/${archive.unreviewedIssueID}/pdf`))
rssAfter.pdf = rssMB(pid)
const printWorkerMB = childrenOf(pid).reduce((sum, child) => sum + rssMB(child), 0)

// ── /healthz and a cached issue while anonymous clients ask /api for deep, long lists ──────────
async function probeWhile(load: Promise<unknown>) {
  const latencies: number[] = []
  let done = false
  void load.finally(() => (done = true))
  while (!done) {
    for (const url of [`${server.baseURL}/healthz`, cachedEndpoints.fullIssue]) {
      const begin = performance.now()
      await (await fetch(url)).arrayBuffer()
      latencies.push(performance.now() - begin)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return { p50Ms: round(percentile(latencies, 50)), p99Ms: round(percentile(latencies, 99)), probes: latencies.length }
}
const anonymousLoad = await probeWhile(Promise.resolve(autocannon({ connections: 8, duration: 5, url: `${server.baseURL}/api/items?depth=2&limit=100` })))

rssAfter.anonymousLoad = rssMB(pid)
const rssAtEnd = rssAfter.anonymousLoad
await server.stop()
await archive.database.drop()

// ── Report ───────────────────────────────────────────────────────────────────────────────────
const line = (label: string, text: string) => console.log(`${label.padEnd(40)} ${text}`)
console.log(`\n${archive.items} published items in ${archive.issues} issues; ${os.cpus().length} cores; server RSS ${rssAfter.start} MB at start\n`)
console.log('Cached, 2,000 requests at 250/s, the better of two runs (server CPU per request, latency p50/p99), against node:http with the same bytes:')
for (const [name, { api, ceiling, ratio, bytes }] of Object.entries(cached)) {
  line(`  ${name} (${round(bytes / 1024)} KB)`, `${api.cpuUsPerRequest} µs  ${api.p50Ms}/${api.p99Ms} ms   node:http ${ceiling.cpuUsPerRequest} µs   ratio ${ratio}`)
}
line('  stock Payload REST, same 40 items', `${stock.cpuMsPerRequest} ms CPU, p50 ${stock.p50Ms} ms   (${stockRatio}× the cached full issue)`)
console.log('\nUncached, each URL once; search on the process just started, pages after as many others (p50 / slowest, server CPU per request):')
for (const [name, run] of Object.entries(cold)) line(`  ${name} ×${run.count}`, `${run.p50Ms} / ${run.maxMs} ms   ${run.cpuMsPerRequest} ms CPU   ≤ ${round(run.bytes / 1024)} KB`)
line(`  search '${RARE_WORD}'`, `${rareHits} hit(s)`)
console.log('')
line('Publishing a 40-item issue', `${publish.wallMs} ms (server CPU ${publish.cpuMs} ms), after its review on the server`)
line('  the server\'s first write after its start', `${firstPublish.wallMs} ms (server CPU ${firstPublish.cpuMs} ms)`)
line('  its review before', `${review.requests} workflow requests, ${round(review.wallMs / review.requests)} ms each`)
line('Its PDF, first rendering', `${pdf.wallMs} ms (CPU of the server and its print worker ${pdf.cpuMs} ms), ${round(pdf.bytes / 1024, 0)} KB; the worker's RSS ${printWorkerMB} MB until it leaves`)
line('While anonymous /api load runs', `/healthz and a cached issue p50 ${anonymousLoad.p50Ms} ms, p99 ${anonymousLoad.p99Ms} ms (${anonymousLoad.probes} probes)`)
line('Server RSS after the bench', `${rssAtEnd} MB (after each part: ${Object.entries(rssAfter).map(([part, mb]) => `${part} ${mb}`).join(', ')})`)
line('Bench took', `${round((performance.now() - started) / 1000, 0)} s`)

console.log(
  JSON.stringify({
    items: archive.items,
    cached: Object.fromEntries(Object.entries(cached).map(([name, { api, ceiling, ratio }]) => [name, { cpuUs: api.cpuUsPerRequest, p50Ms: api.p50Ms, p99Ms: api.p99Ms, ceilingCpuUs: ceiling.cpuUsPerRequest, ratio }])),
    stockRestCpuMs: stock.cpuMsPerRequest,
    stockToCachedFullIssue: stockRatio,
    uncachedP50Ms: Object.fromEntries(Object.entries(cold).map(([name, run]) => [name, run.p50Ms])),
    publish40Ms: publish.wallMs,
    publish40FirstAfterStartMs: firstPublish.wallMs,
    reviewRequestMs: round(review.wallMs / review.requests),
    pdf40Ms: pdf.wallMs,
    printWorkerRssMB: printWorkerMB,
    anonymousLoadProbeP99Ms: anonymousLoad.p99Ms,
    rssMB: rssAtEnd,
    seconds: round((performance.now() - started) / 1000, 0),
  }),
)
process.exit(0)
