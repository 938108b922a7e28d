import path from 'node:path'

import { createScaffold, createUser } from '../helpers/fixtures'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { openFilesMatching, residentMB } from '../helpers/processUsage'
import { login, restClient } from '../helpers/rest'
import { startTestServer, type TestServer } from '../helpers/testServer'

const WARM_UP_WRITES = 200
const WRITES = 2000
/** Saves per GraphQL request: each mutation is its own operation and transaction, as in the admin. */
const PER_REQUEST = 20
const IN_FLIGHT = 2

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

/** Saves over REST, one request each. */
async function saveOverREST(times: number, label: string): Promise<number[]> {
  const statuses: number[] = []
  for (let n = 0; n < times; n++) {
    statuses.push((await api.patch(`/api/references/${referenceID}?depth=0`, { sourceOrganisation: `${label} ${n}` })).status)
  }
  return statuses
}

/** Saves over GraphQL, PER_REQUEST mutations a request and IN_FLIGHT requests at a time; the errors, if any. */
async function saveOverGraphQL(times: number, label: string): Promise<unknown[]> {
  const errors: unknown[] = []
  let next = 0
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < times) {
        const first = next
        next += PER_REQUEST
        const mutations = Array.from({ length: PER_REQUEST }, (_, k) => `s${k}: updateReference(id: ${referenceID}, data: { sourceOrganisation: "${label} ${first + k}" }) { id }`)
        const { body, status } = await api.graphql(`mutation { ${mutations.join(' ')} }`)
        if (status !== 200 || body.errors) errors.push(body.errors ?? status)
      }
    }),
  )
  return errors
}

describe('the server under a day of saves', () => {
  it(`keeps database handles and memory flat through ${WRITES} saves`, async () => {
    expect((await saveOverREST(WARM_UP_WRITES, '预热')).filter((status) => status !== 200)).toEqual([])
    const handlesBefore = openFilesMatching(server.pid, databaseFile)
    const memoryBefore = residentMB(server.pid)

    expect(await saveOverGraphQL(WRITES, '机构')).toEqual([])

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
