import path from 'node:path'

import { createScaffold, createUser } from '../helpers/fixtures'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { openFilesMatching, residentMB } from '../helpers/processUsage'
import { login, restClient } from '../helpers/rest'
import { startTestServer, type TestServer } from '../helpers/testServer'

const WARM_UP_WRITES = 200
const WRITES = 2000
const IN_FLIGHT = 4

let context: TestPayload
let server: TestServer
let api: ReturnType<typeof restClient>
let referenceID: number
let databaseFile: string

beforeAll(async () => {
  context = await initPayload('sustained-writes')
  databaseFile = path.basename(context.database.uri)
  const editor = await createUser(context.payload, ['editor'])
  referenceID = (await createScaffold(context.payload)).references[0].id
  // A modest heap makes the collector run as it would under steady traffic, so what stays in
  // memory is what the server keeps, not garbage it has not yet collected.
  server = await startTestServer(context.database, { NODE_OPTIONS: '--max-old-space-size=384' })
  api = restClient(server.baseURL, await login(server.baseURL, editor.email, editor.password))
})
afterAll(async () => {
  await server?.stop()
  await context?.close()
})

async function saveReference(times: number, label: string): Promise<number[]> {
  const statuses: number[] = []
  let next = 0
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < times) {
        const n = next++
        const { status } = await api.patch(`/api/references/${referenceID}`, { sourceOrganisation: `${label} ${n}` })
        statuses.push(status)
      }
    }),
  )
  return statuses
}

describe('the server under a day of saves', () => {
  it(`keeps database handles and memory flat through ${WRITES} saves`, async () => {
    await saveReference(WARM_UP_WRITES, '预热')
    const handlesBefore = openFilesMatching(server.pid, databaseFile)
    const memoryBefore = residentMB(server.pid)

    const statuses = await saveReference(WRITES, '机构')

    expect(statuses.filter((status) => status !== 200)).toEqual([])
    const handlesAfter = openFilesMatching(server.pid, databaseFile)
    const growth = residentMB(server.pid) - memoryBefore
    console.log(`${WRITES} saves: database handles ${handlesBefore} → ${handlesAfter}, RSS +${growth.toFixed(1)} MB`)
    expect(handlesAfter).toBeLessThanOrEqual(8)
    expect(handlesAfter).toBeLessThanOrEqual(handlesBefore)
    expect(growth).toBeLessThan(80)
    const { body } = await api.get(`/api/references/${referenceID}?depth=0`)
    expect(body.sourceOrganisation).toMatch(/^机构 \d+$/)
  })
})
