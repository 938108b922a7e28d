import { readdirSync, readFileSync } from 'node:fs'

import autocannon from 'autocannon'

import { cpuTimeMs, residentMB } from '../test/helpers/processUsage'

/** CPU time in ms of a process and the children it runs (the print worker). */
export function cpuMs(pid: number): number {
  return cpuTimeMs(pid) + childrenOf(pid).reduce((sum, child) => sum + cpuMs(child), 0)
}

/** The children of every thread of a process, since any thread may have forked them. */
export function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((thread) =>
      readFileSync(`/proc/${pid}/task/${thread}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    )
  } catch {
    return [] // ended while being read
  }
}

export const rssMB = (pid: number) => Math.round(residentMB(pid))

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits

export type RateRun = { cpuUsPerRequest: number; p50Ms: number; p99Ms: number; requests: number }

/**
 * `requests` requests at `rate` a second over a few keep-alive connections: a moderate load that
 * leaves the CPU to the server, so its CPU time per request is the figure (SETUP-NOTES), with the
 * latencies seen at that rate. First as many requests as fast as they go, so that the JIT has
 * compiled the path (its compiler threads count in the process's CPU); then `rounds` measured runs,
 * of which the least disturbed (the least CPU) is reported. Every answer must be a 2xx.
 */
export async function atRate(url: string, pid: number, { headers = {}, rate = 250, requests = 2000, rounds = 2 } = {}): Promise<RateRun> {
  await autocannon({ amount: requests, connections: 4, headers, url })
  const runs: RateRun[] = []
  for (let attempt = 0; attempt < rounds; attempt++) {
    const before = cpuMs(pid)
    const result = await autocannon({ amount: requests, connections: 4, headers, overallRate: rate, url })
    const cpu = cpuMs(pid) - before
    if (result.non2xx || result.errors) throw new Error(`${url}: ${result.non2xx} answers were not 2xx, ${result.errors} failed`)
    runs.push({ cpuUsPerRequest: round((cpu * 1000) / requests, 0), p50Ms: result.latency.p50, p99Ms: result.latency.p99, requests })
  }
  return runs.reduce((best, run) => (run.cpuUsPerRequest < best.cpuUsPerRequest ? run : best))
}

export type Sequential = { cpuMsPerRequest: number; p50Ms: number; maxMs: number; count: number; bytes: number }

/** Each URL once, one after another (each a different cache key: what a first reader meets). */
export async function oneByOne(urls: string[], pid: number, headers: Record<string, string> = {}): Promise<Sequential> {
  const latencies: number[] = []
  let bytes = 0
  const before = cpuMs(pid)
  for (const url of urls) {
    const started = performance.now()
    const response = await fetch(url, { headers })
    const body = await response.arrayBuffer()
    latencies.push(performance.now() - started)
    if (!response.ok) throw new Error(`${url}: ${response.status} ${Buffer.from(body).toString('utf8').slice(0, 300)}`)
    bytes = Math.max(bytes, body.byteLength)
  }
  return {
    cpuMsPerRequest: round((cpuMs(pid) - before) / urls.length),
    p50Ms: round(percentile(latencies, 50)),
    maxMs: round(Math.max(...latencies)),
    count: urls.length,
    bytes,
  }
}
