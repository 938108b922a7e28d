import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { translated } from '../i18n'
import { hasAnyRole } from '../../access/roles'
import { BAD_REQUEST, FORBIDDEN, RequestError } from '../lib/RequestError'
import { importArchiveFile, recogniseArchiveFile, type ArchiveFile } from './run'
import type { ImportTarget } from './write/options'
import { outlineImport } from './write/outline'

const UNAUTHORIZED = 401

type Form = { confirm?: unknown; date?: unknown; number?: unknown; published?: unknown; replace?: unknown; series?: unknown; year?: unknown }

const flag = (value: unknown) => value === true || value === 'true' || value === 'on'
const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined)

function requireEditor(req: PayloadRequest): void {
  if (!req.user) throw new RequestError(req, UNAUTHORIZED, translated((m) => m.import.signIn))
  if (!hasAnyRole(req.user, ['editor', 'admin'])) {
    throw new RequestError(req, FORBIDDEN, translated((m) => m.import.editorsOnly))
  }
}

function uploadedFile(req: PayloadRequest): ArchiveFile {
  const file = req.file
  if (!file?.data) throw new RequestError(req, BAD_REQUEST, translated((m) => m.import.chooseFile))
  return { name: file.name, bytes: file.data }
}

function targetOf(req: PayloadRequest, form: Form): ImportTarget {
  const series = text(form.series)
  if (!series) throw new RequestError(req, BAD_REQUEST, translated((m) => m.import.chooseSeries))
  return {
    series,
    year: Number(text(form.year) ?? form.year),
    number: Number(text(form.number) ?? form.number),
    date: text(form.date),
    published: flag(form.published),
    replace: flag(form.replace),
  }
}

/**
 * POST /api/issues/import  multipart: `file` and `_payload` = { series, year, number, date?, published?, replace?, confirm? }
 * (editors and administrators). Without `confirm`, the recognised structure (nothing written);
 * with it, the import itself: 201 and its summary with the new issue's admin link.
 */
export const issueImportEndpoints: Endpoint[] = [
  {
    method: 'post',
    path: '/import',
    handler: async (req) => {
      requireEditor(req)
      await addDataAndFileToRequest(req)
      const form = (req.data ?? {}) as Form
      const file = uploadedFile(req)
      const target = targetOf(req, form)
      if (!flag(form.confirm)) {
        return Response.json({ outline: await outlineImport(req, await recogniseArchiveFile(req, file), target) })
      }
      return Response.json({ summary: await importArchiveFile(req, file, target) }, { status: 201 })
    },
  },
]
