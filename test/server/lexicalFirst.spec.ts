import { spawn } from 'node:child_process'

/**
 * How a process that loads Payload's rich-text editor, preloaded as our scripts and servers are,
 * ends. Lexical's development builds are the larger ones: without the preload, 11 of 12 such
 * processes started three at a time exited with code 13, having printed nothing.
 */
function importEditor(): Promise<number | null> {
  const env = { ...process.env, NODE_ENV: 'development' as const, NODE_OPTIONS: '' }
  const args = ['--import', './scripts/lexical-first.mjs', '--input-type=module', '-e', "await import('@payloadcms/richtext-lexical')"]
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env, stdio: 'ignore' })
    child.once('close', (code) => resolve(code))
  })
}

describe('the Lexical preload of every process that loads the config (scripts/lexical-first.mjs)', () => {
  it('lets each of twelve processes finish loading the editor instead of exiting with code 13', async () => {
    const codes: (number | null)[] = []
    for (let batch = 0; batch < 4; batch++) codes.push(...(await Promise.all([1, 2, 3].map(importEditor))))
    expect(codes).toEqual(Array(12).fill(0))
  })
})
