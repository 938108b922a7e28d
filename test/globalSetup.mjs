// The test servers run the bundled express host; bundling takes a fraction of a second, so every
// run makes it from the sources it tests (SKIP_BUILD skips only Next's build of the admin).
import { buildServer } from '../scripts/build-server.mjs'

export default buildServer
