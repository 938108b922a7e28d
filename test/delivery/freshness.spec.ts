import type { Request } from 'express'

import { clientHasIt } from '../../src/delivery/freshness'

const response = { etag: '"abc"', lastModified: 'Tue, 03 Mar 2026 08:00:00 GMT' }
const request = (headers: Record<string, string>) => ({ headers }) as unknown as Request

describe('whether the client already holds a delivery response (304)', () => {
  it('compares If-None-Match with the ETag, weak or in a list', () => {
    expect(clientHasIt(request({ 'if-none-match': '"abc"' }), response)).toBe(true)
    expect(clientHasIt(request({ 'if-none-match': '"old", W/"abc"' }), response)).toBe(true)
    expect(clientHasIt(request({ 'if-none-match': '"old"' }), response)).toBe(false)
  })

  it('compares If-Modified-Since with Last-Modified when there is no If-None-Match', () => {
    expect(clientHasIt(request({ 'if-modified-since': response.lastModified }), response)).toBe(true)
    expect(clientHasIt(request({ 'if-modified-since': 'Mon, 02 Mar 2026 08:00:00 GMT' }), response)).toBe(false)
    expect(clientHasIt(request({ 'if-none-match': '"old"', 'if-modified-since': response.lastModified }), response)).toBe(false)
    expect(clientHasIt(request({}), response)).toBe(false)
  })

  it('still answers 304 when fetch() has added Cache-Control: no-cache, as it does to every conditional request', () => {
    expect(clientHasIt(request({ 'if-none-match': '"abc"', 'cache-control': 'no-cache', pragma: 'no-cache' }), response)).toBe(true)
  })
})
