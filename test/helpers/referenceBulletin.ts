import { existsSync } from 'node:fs'
import path from 'node:path'

/**
 * The real bulletin the office handed over (a PDF's text layer), kept beside the project in
 * ../shared/reference/ and never copied into it; REFERENCE_DIR points elsewhere (a clone in /tmp).
 */
const directory = path.resolve(process.cwd(), process.env.REFERENCE_DIR || '../shared/reference')

export const REFERENCE_BULLETIN = path.join(directory, 'advanced-materials-newsletter-2023-01.txt')

if (!existsSync(REFERENCE_BULLETIN)) {
  throw new Error(`The reference bulletin is not at ${REFERENCE_BULLETIN}: run the tests from a checkout beside ../shared, or set REFERENCE_DIR.`)
}
