import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Reads PDFs with poppler-utils (scripts/ensure-browser.sh installs them), as a reader's tools would. */

const run = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] })

export type ReadPDF = {
  file: string
  info: Record<string, string>
  fonts: string
  /** Each page's text with its layout (pdftotext -layout), page 1 first. */
  layoutPages: string[]
  /** Each page's text in content order without layout (pdftotext -raw). */
  rawPages: string[]
  /** The number printed in the page's footer, where there is one. */
  footerNumbers: Array<number | undefined>
  images: number
}

export function readPDF(bytes: Buffer, name: string): ReadPDF {
  const directory = path.resolve('test-results/print')
  mkdirSync(directory, { recursive: true })
  const file = path.join(directory, `${name}.pdf`)
  writeFileSync(file, bytes)
  const info = Object.fromEntries(
    run('pdfinfo', [file])
      .split('\n')
      .filter((line) => line.includes(':'))
      .map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]),
  )
  const pages = (mode: string) => run('pdftotext', [mode, '-enc', 'UTF-8', file, '-']).split('\f').slice(0, Number(info.Pages))
  const layoutPages = pages('-layout')
  const footerNumbers = layoutPages.map((page) => {
    const last = page.split('\n').map((line) => line.trim()).filter(Boolean).at(-1) ?? ''
    return /^\d+$/.test(last) ? Number(last) : undefined
  })
  // Rows of type "image"; an image's alpha channel is listed again as "smask".
  const images = run('pdfimages', ['-list', file]).split('\n').filter((line) => /^\s*\d+\s+\d+\s+image\s/.test(line)).length
  return { file, info, fonts: run('pdffonts', [file]), layoutPages, rawPages: pages('-raw'), footerNumbers, images }
}

/** PNG screenshots of the first pages, kept beside the PDF for a person to look at. */
export function screenshots(pdf: ReadPDF, pages: number): string[] {
  const prefix = pdf.file.replace(/\.pdf$/, '')
  run('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', String(pages), pdf.file, prefix])
  const digits = String(Number(pdf.info.Pages)).length
  return Array.from({ length: pages }, (_, index) => `${prefix}-${String(index + 1).padStart(digits, '0')}.png`)
}
