// The suite starts while `next build` still runs (scripts/test.mjs): the specs that start the
// production server wait for the build (test/helpers/testServer.ts), so they go last, and the specs
// that call Payload in-process use the build's time. Within each group, jest's own order.
const { readFileSync } = require('node:fs')
const Sequencer = require('@jest/test-sequencer').default

const STARTS_A_SERVER = /from '\.\.\/helpers\/(testServer|demoAdmin)'/

class ServersLast extends Sequencer {
  sort(tests) {
    const ordered = super.sort(tests)
    const startsServer = (test) => STARTS_A_SERVER.test(readFileSync(test.path, 'utf8'))
    return [...ordered.filter((test) => !startsServer(test)), ...ordered.filter(startsServer)]
  }
}

module.exports = ServersLast
