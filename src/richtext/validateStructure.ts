import {
  type CollectionBeforeOperationHook,
  type FlattenedField,
  type PayloadRequest,
  type RichTextAdapter,
  ValidationError,
} from 'payload'

import { inRequestLanguage, type Translated, translated } from '../i18n'
import { isPlainObject } from '../lib/isPlainObject'
import { FootnoteBlock } from './footnoteBlock'

/** Nodes every Lexical document has, besides those the editor's features register. */
const CORE_NODES = ['root', 'paragraph', 'text', 'linebreak', 'tab']
const BLOCK_NODES = new Set(['block', 'inlineBlock'])
const LINK_NODES = new Set(['link', 'autolink'])
const BLOCK_TYPES = new Set([FootnoteBlock.slug])
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:'])
const MAX_DEPTH = 40
/** What may stand in what, where the renderers count on it: a table has rows of cells, a list items, text stays in its paragraph. */
const INSIDE_BLOCKS = new Set(['paragraph', 'heading', 'quote', 'list', 'table', 'upload', 'block', 'horizontalrule'])
const ONLY_CHILDREN: Record<string, (type: string) => boolean> = {
  root: (type) => !['text', 'linebreak', 'tab', 'link', 'autolink', 'inlineBlock', 'tablerow', 'tablecell', 'listitem'].includes(type),
  paragraph: (type) => !INSIDE_BLOCKS.has(type),
  heading: (type) => !INSIDE_BLOCKS.has(type),
  table: (type) => type === 'tablerow',
  tablerow: (type) => type === 'tablecell',
  list: (type) => type === 'listitem',
}
const NEVER_EMPTY = new Set(['table', 'tablerow', 'list'])
const CONTAINERS = new Set(['root', 'paragraph', 'heading', 'quote', 'list', 'listitem', 'table', 'tablerow', 'tablecell', 'link', 'autolink'])
const MAX_NODES = 50_000

type Node = Record<string, unknown>
type EditorWithNodes = { editorConfig?: { features?: { nodes?: Array<{ node: { getType?: () => string } }> } } }

const nodeTypesOf = new WeakMap<object, Set<string>>()

function allowedNodeTypes(editor: RichTextAdapter | undefined): Set<string> {
  const key = (editor ?? {}) as object
  let types = nodeTypesOf.get(key)
  if (!types) {
    const registered = ((editor as EditorWithNodes | undefined)?.editorConfig?.features?.nodes ?? []).map(({ node }) => node.getType?.())
    types = new Set([...CORE_NODES, ...registered.filter((type): type is string => Boolean(type))])
    nodeTypesOf.set(key, types)
  }
  return types
}

/** Relative addresses and web, mail and phone links; never `javascript:` or `data:`, however written. */
export function isSafeLinkURL(url: unknown): boolean {
  if (typeof url !== 'string' || !url.trim()) return false
  try {
    return SAFE_PROTOCOLS.has(new URL(url.trim(), 'https://relative.invalid').protocol)
  } catch {
    return false
  }
}

function nodeProblem(node: unknown, where: string, types: Set<string>): Translated | undefined {
  if (!isPlainObject(node) || typeof node.type !== 'string') {
    return translated((m) => m.richtext.notANode({ where }))
  }
  const { type } = node
  if (!types.has(type)) {
    return translated((m) => m.richtext.unknownNodeType({ type, where }))
  }
  if (type === 'text' && typeof node.text !== 'string') {
    return translated((m) => m.richtext.emptyText({ where }))
  }
  const fields = isPlainObject(node.fields) ? node.fields : {}
  if (LINK_NODES.has(type) && fields.linkType !== 'internal' && !isSafeLinkURL(fields.url)) {
    return translated((m) => m.richtext.badLink({ url: String(fields.url ?? ''), where }))
  }
  if (BLOCK_NODES.has(type) && !BLOCK_TYPES.has(String(fields.blockType))) {
    return translated((m) => m.richtext.unknownBlock({ blockType: String(fields.blockType), where }))
  }
  if (type === 'upload' && (node.relationTo !== 'media' || node.value === undefined || node.value === null)) {
    return translated((m) => m.richtext.imageWithoutUpload({ where }))
  }
  if (('children' in node || CONTAINERS.has(type)) && !Array.isArray(node.children)) {
    return translated((m) => m.richtext.childrenNotAList({ where }))
  }
  const children = (node.children ?? []) as unknown[]
  if (NEVER_EMPTY.has(type) && children.length === 0) return translated((m) => m.richtext.emptyContainer({ type, where }))
  const allowed = ONLY_CHILDREN[type]
  if (!allowed) return undefined
  const misplaced = children.findIndex((child) => isPlainObject(child) && typeof child.type === 'string' && !allowed(child.type))
  if (misplaced === -1) return undefined
  const child = (children[misplaced] as Node).type as string
  return translated((m) => m.richtext.misplaced({ parent: type, type: child, where: `${where}.children[${misplaced}]` }))
}

/**
 * Whether a value is a document of this editor: Lexical's JSON, with only the node types its
 * features register, links to web, mail or phone addresses and footnote blocks. Checked on every
 * save, drafts included, so that nothing the editor cannot open is stored and nothing unsafe
 * waits in a draft until publication.
 */
export function richTextStructureProblem(value: unknown, editor: RichTextAdapter | undefined): Translated | undefined {
  if (value === null || value === undefined) return undefined
  if (!isPlainObject(value) || !isPlainObject(value.root) || value.root.type !== 'root' || !Array.isArray(value.root.children)) {
    return translated((m) => m.richtext.notADocument)
  }
  const types = allowedNodeTypes(editor)
  let visited = 0
  const stack: Array<{ depth: number; node: unknown; where: string }> = [{ depth: 0, node: value.root, where: 'root' }]
  while (stack.length) {
    const { depth, node, where } = stack.pop()!
    visited += 1
    if (visited > MAX_NODES || depth > MAX_DEPTH) {
      return translated((m) => m.richtext.tooLarge({ depth: MAX_DEPTH, nodes: MAX_NODES }))
    }
    const problem = nodeProblem(node, where, types)
    if (problem) return problem
    const children = (node as Node).children
    if (Array.isArray(children)) {
      children.forEach((child, index) => stack.push({ depth: depth + 1, node: child, where: `${where}.children[${index}]` }))
    }
  }
  return undefined
}

type FieldProblem = { message: string; path: string }

function problemsIn(fields: FlattenedField[], data: unknown, prefix: string, req: PayloadRequest): FieldProblem[] {
  if (!isPlainObject(data)) return []
  return fields.flatMap((field) => {
    if (!('name' in field) || !(field.name in data)) return []
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    if (field.type === 'richText') {
      const problem = richTextStructureProblem(value, field.editor as RichTextAdapter | undefined)
      return problem ? [{ message: inRequestLanguage(req, problem), path }] : []
    }
    if (field.type === 'array' && Array.isArray(value)) {
      return value.flatMap((row, index) => problemsIn(field.flattenedFields, row, `${path}.${index}.`, req))
    }
    if (field.type === 'group') return problemsIn(field.flattenedFields, value, `${path}.`, req)
    return []
  })
}

/**
 * Refuses rich text that is not a document of our editor before any hook reads it: Lexical's own
 * hooks and validation walk `children` and failed with a 500 on a string, and a draft was not
 * validated at all. A 400 names each field, as Payload's own validation does.
 */
export const refuseMalformedRichText: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const problems = problemsIn(collection.flattenedFields, (args as { data?: unknown }).data, '', req)
  if (problems.length) throw new ValidationError({ collection: collection.slug, errors: problems }, req.t)
  return args
}
