import { existsSync } from 'node:fs'
import path from 'node:path'

import { messagesByLanguage } from '../i18n'

/** The faces the printed edition sets: body text in Noto Serif CJK, headings in Noto Sans CJK. */
const REQUIRED_FACES = ['NotoSerifCJK-Regular.ttc', 'NotoSerifCJK-Bold.ttc', 'NotoSansCJK-Regular.ttc', 'NotoSansCJK-Bold.ttc']

/** Where Debian's fonts-noto-cjk (and other distributions' packages of the same files) put them. */
const DEFAULT_DIRECTORIES = ['/usr/share/fonts/opentype/noto', '/usr/share/fonts/noto-cjk', '/usr/share/fonts/google-noto-cjk', '/usr/local/share/fonts']

/** The print edition cannot be made on this machine; the message (in English, for the log) says what to install. */
export class PrintFontsMissing extends Error {
  constructor(
    readonly missing: string[],
    readonly searched: string[],
  ) {
    super(messagesByLanguage.en.print.fontsMissing({ missing, searched }))
  }
}

/** PRINT_FONT_DIRS (colon-separated) replaces the default folders, so an installation can point elsewhere. */
export function printFontSearchPath(): string[] {
  const configured = process.env.PRINT_FONT_DIRS?.split(':').filter(Boolean)
  return configured?.length ? configured : DEFAULT_DIRECTORIES
}

/**
 * The folders that hold every face the edition needs. Without one of them Typst would silently
 * fall back to another font and print boxes for Chinese, so a missing face is an error here.
 */
export function printFontDirectories(searchPath: readonly string[] = printFontSearchPath()): string[] {
  const found = new Map<string, string>()
  for (const face of REQUIRED_FACES) {
    const directory = searchPath.find((candidate) => existsSync(path.join(candidate, face)))
    if (directory) found.set(face, directory)
  }
  const missing = REQUIRED_FACES.filter((face) => !found.has(face))
  if (missing.length) throw new PrintFontsMissing(missing, [...searchPath])
  return [...new Set(found.values())]
}

/** Why this machine cannot make the print edition, or undefined when it can (start-up and /healthz say it). */
export function printFontsProblem(): string | undefined {
  try {
    printFontDirectories()
    return undefined
  } catch (error) {
    if (error instanceof PrintFontsMissing) return error.message
    throw error
  }
}
