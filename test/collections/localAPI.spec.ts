import { contentSuite } from '../shared/contentSuite'
import { initPayload, type TestPayload } from '../helpers/initPayload'

let context: TestPayload

beforeAll(async () => {
  context = await initPayload('local-api')
})
afterAll(async () => {
  await context?.close()
})

describe(`Local API on ${process.env.MONGODB_TEST_URI ? 'MongoDB' : 'SQLite'}`, () => {
  contentSuite(() => context)
})
