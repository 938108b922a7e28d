import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler'

import { printFontDirectories } from '../fonts'

/**
 * A folder that does not exist on disk: Typst reads only what is mapped into it (the template's
 * data and the figures), so a document can never pull in a file of the server.
 */
export const TYPST_ROOT = '/bulletin-print'

export type TypstFile = { path: string; bytes: Buffer }

export class TypstCompileError extends Error {}

let compiler: NodeCompiler | undefined

/** One compiler for the process: loading the CJK fonts takes seconds, a compile then milliseconds. */
function typstCompiler(): NodeCompiler {
  compiler ??= NodeCompiler.create({ workspace: TYPST_ROOT, fontArgs: [{ fontPaths: printFontDirectories() }] })
  return compiler
}

function diagnostics(error: unknown): string {
  if (!error || typeof error !== 'object' || !('shortDiagnostics' in error)) return String(error)
  return (error as { shortDiagnostics: Array<{ message?: string; path?: string; range?: string }> }).shortDiagnostics
    .map((entry) => `${entry.path ?? ''}${entry.range ? `:${entry.range}` : ''} ${entry.message ?? JSON.stringify(entry)}`)
    .join('\n')
}

/**
 * Typst source as PDF, with `files` mapped under TYPST_ROOT (paths relative to it) for this
 * compile only. Synchronous from mapping to unmapping, so concurrent requests never see each
 * other's files.
 */
export function compilePDF(mainFileContent: string, inputs: Record<string, string>, files: TypstFile[] = []): Buffer {
  const typst = typstCompiler()
  for (const file of files) typst.mapShadow(`${TYPST_ROOT}/${file.path}`, file.bytes)
  try {
    const result = typst.compile({ mainFileContent, inputs })
    const error = result.takeError()
    if (error || !result.result) throw new TypstCompileError(`Typst could not set the edition:\n${diagnostics(error)}`)
    return typst.pdf(result.result)
  } finally {
    for (const file of files) typst.unmapShadow(`${TYPST_ROOT}/${file.path}`)
    typst.evictCache(10)
  }
}
