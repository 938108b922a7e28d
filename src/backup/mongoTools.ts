import { spawn } from 'node:child_process'

/** Runs mongodump or mongorestore (MongoDB Database Tools), which must be on the PATH. */
export function runMongoTool(tool: 'mongodump' | 'mongorestore', args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { stdio: ['ignore', 'inherit', 'inherit'] })
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new Error(`${tool} was not found. Install the MongoDB Database Tools (https://www.mongodb.com/try/download/database-tools), then try again.`)
          : error,
      ),
    )
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${tool} stopped with exit code ${code}.`))))
  })
}
