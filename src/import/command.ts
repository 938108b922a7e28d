import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

import { createLocalReq, type Payload, type Where } from 'payload'

import { serverURL } from '../lib/env'
import type { User } from '../payload-types'
import { importArchiveFile } from './run'
import { summaryLines } from './write/summaryLines'

const USAGE =
  'Usage: npm run import -- <file.docx|.pdf|.txt> --series <slug> --year <yyyy> --number <n> [--date yyyy-mm-dd] [--published] [--replace] [--as <email>]'

class Refusal extends Error {}

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        as: { type: 'string' },
        date: { type: 'string' },
        number: { type: 'string' },
        published: { type: 'boolean' },
        replace: { type: 'boolean' },
        series: { type: 'string' },
        year: { type: 'string' },
      },
    })
  } catch (error) {
    throw new Refusal(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`)
  }
}

/** The named staff account, or the first administrator: an import is always someone's work. */
async function importingUser(payload: Payload, email: string | undefined): Promise<User> {
  const where: Where = email ? { email: { equals: email.trim().toLowerCase() } } : { roles: { contains: 'admin' } }
  const { docs } = await payload.find({ collection: 'users', depth: 0, limit: 1, sort: 'createdAt', where })
  if (docs[0]) return docs[0]
  throw new Refusal(email ? `没有账号 ${email}。No account ${email}.` : '数据库中还没有管理员账号。There is no administrator account yet: create one first.')
}

function readArchive(file: string): Uint8Array {
  try {
    return readFileSync(file)
  } catch (error) {
    throw new Refusal(`无法读取文件 ${file}。Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
  }
}

/** Our refusals carry both languages; Payload's validation names the fields. */
function refusalText(error: unknown): string {
  const data = (error as { data?: { en?: string; errors?: { message: string; path: string }[]; zh?: string } }).data
  if (data?.zh && data.en) return `${data.zh}\n${data.en}`
  const fields = data?.errors?.map(({ message, path }) => `  ${path}: ${message}`).join('\n')
  return `导入失败 Import failed: ${error instanceof Error ? error.message : String(error)}${fields ? `\n${fields}` : ''}`
}

export type CommandOutput = { error: (text: string) => void; print: (text: string) => void }

/**
 * `npm run import -- …` (scripts/import.ts) without the process around it: reads `args`, opens
 * Payload only once they make sense, imports, prints progress and the summary; the exit code.
 */
export async function runImportCommand(args: string[], openPayload: () => Promise<Payload>, output: CommandOutput): Promise<number> {
  try {
    const { positionals, values } = parse(args)
    const [file] = positionals
    if (!file || !values.series || !values.year || !values.number) throw new Refusal(USAGE)
    const bytes = readArchive(file)
    const payload = await openPayload()
    const user = await importingUser(payload, values.as)
    const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
    const summary = await importArchiveFile(
      req,
      { name: file, bytes },
      { series: values.series, year: Number(values.year), number: Number(values.number), date: values.date, published: values.published, replace: values.replace },
      ({ message }) => output.print(message),
    )
    output.print('')
    for (const line of summaryLines(summary, `${serverURL()}${summary.issue.adminPath}`)) output.print(line)
    return 0
  } catch (error) {
    output.error(error instanceof Refusal ? error.message : refusalText(error))
    return 1
  }
}
