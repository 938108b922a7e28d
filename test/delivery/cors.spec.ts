import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'

import express from 'express'

import { configuredOrigins, corsForDelivery } from '../../src/delivery/cors'

const PARTNER = 'https://partner.example.org'
const STRANGER = 'https://evil.example'

/** The delivery API's CORS in front of one route, on a port of its own (HTTP is what is tested). */
async function serve(origins: string[]): Promise<{ close: () => Promise<void>; url: string }> {
  const app = express()
  app.use(corsForDelivery(origins))
  app.get('/series', (_req, res) => void res.json({ docs: [] }))
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, () => resolve(listening))
  })
  return {
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
  }
}

const corsHeaders = (response: Response) =>
  Object.fromEntries([...response.headers.entries()].filter(([name]) => name.startsWith('access-control-')))

const preflight = (url: string, origin: string) =>
  fetch(`${url}/series`, {
    method: 'OPTIONS',
    headers: { Origin: origin, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'if-none-match' },
  })

describe('CORS of the delivery API', () => {
  let partnerOnly: Awaited<ReturnType<typeof serve>>
  let anyOrigin: Awaited<ReturnType<typeof serve>>

  beforeAll(async () => {
    partnerOnly = await serve(configuredOrigins(` ${PARTNER} , https://other.example.org,`))
    anyOrigin = await serve(configuredOrigins('*'))
  })
  afterAll(async () => {
    await partnerOnly.close()
    await anyOrigin.close()
  })

  it('reads DELIVERY_CORS_ORIGINS as a comma-separated list', () => {
    expect(configuredOrigins(' https://a.example , https://b.example,,')).toEqual(['https://a.example', 'https://b.example'])
    expect(configuredOrigins('')).toEqual([])
  })

  it('answers a listed origin’s preflight with 204 and what it may send and read', async () => {
    const response = await preflight(partnerOnly.url, PARTNER)
    expect(response.status).toBe(204)
    expect(await response.text()).toBe('')
    expect(corsHeaders(response)).toEqual({
      'access-control-allow-origin': PARTNER,
      'access-control-allow-methods': 'GET, HEAD, OPTIONS',
      'access-control-allow-headers': 'If-None-Match, Content-Type',
      'access-control-expose-headers': 'ETag, Last-Modified',
      'access-control-max-age': '600',
    })
    expect(response.headers.get('vary')).toContain('Origin')
  })

  it('answers an unlisted origin’s preflight with 204 and no CORS headers, so the browser refuses', async () => {
    const response = await preflight(partnerOnly.url, STRANGER)
    expect(response.status).toBe(204)
    expect(corsHeaders(response)).toEqual({})
  })

  it('lets a listed origin read a response and its ETag, and gives others and same-origin calls no CORS headers', async () => {
    const partner = await fetch(`${partnerOnly.url}/series`, { headers: { Origin: PARTNER } })
    expect(partner.status).toBe(200)
    expect(corsHeaders(partner)).toEqual({ 'access-control-allow-origin': PARTNER, 'access-control-expose-headers': 'ETag, Last-Modified' })
    const stranger = await fetch(`${partnerOnly.url}/series`, { headers: { Origin: STRANGER } })
    expect(stranger.status).toBe(200)
    expect(corsHeaders(stranger)).toEqual({})
    const sameOrigin = await fetch(`${partnerOnly.url}/series`)
    expect(corsHeaders(sameOrigin)).toEqual({})
  })

  it('with *, allows every origin as *', async () => {
    const response = await fetch(`${anyOrigin.url}/series`, { headers: { Origin: STRANGER } })
    expect(corsHeaders(response)).toEqual({ 'access-control-allow-origin': '*', 'access-control-expose-headers': 'ETag, Last-Modified' })
    const check = await preflight(anyOrigin.url, STRANGER)
    expect(check.status).toBe(204)
    expect(check.headers.get('access-control-allow-origin')).toBe('*')
    expect(check.headers.get('access-control-max-age')).toBe('600')
    expect(corsHeaders(await fetch(`${anyOrigin.url}/series`))).toEqual({})
  })
})
