import { spawn } from 'node:child_process'

export type Run = { code: number | null; output: string }

/**
 * One of the README's commands, as a person runs it, with the given settings; its exit code and
 * everything it printed. Answered once every process holding its output has closed it ('close', not
 * 'exit'), so that no pipe outlives the test.
 */
export function npmRun(script: string, args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    const { NODE_OPTIONS: _jestVMModules, ...inherited } = process.env
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], { env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.once('close', (code) => resolve({ code, output }))
  })
}
