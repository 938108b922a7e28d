import { contentSuite } from '../shared/contentSuite'
import { initPayload, type TestPayload } from '../helpers/initPayload'

let context: TestPayload

beforeAll(async () => {
  context = await initPayload('mongo-parity', { kind: 'mongodb-emulator' })
})
afterAll(async () => {
  await context?.close()
})

// The production adapter (@payloadcms/db-mongodb) against an in-process wire-compatible server.
// Checks that rely on the database itself (unique indexes, rolled-back transactions, join
// fields) are not in the shared suite: the emulator has none of them. Run the whole suite on
// a real MongoDB with MONGODB_TEST_URI for those.
describe('Local API on MongoDB (in-process emulator)', () => {
  contentSuite(() => context)
})
