import { relationID } from '../lib/relationID'

type LexicalNode = {
  children?: LexicalNode[]
  fields?: { blockType?: string; reference?: Parameters<typeof relationID>[0] }
  type?: string
}
type EditorState = { root?: LexicalNode } | null | undefined

export function isFootnoteNode(node: LexicalNode): boolean {
  return node.type === 'inlineBlock' && node.fields?.blockType === 'footnote'
}

/** The references cited by footnote markers, in reading order, each once. */
export function footnoteReferenceIDs(state: EditorState): Array<number | string> {
  const ids: Array<number | string> = []
  const visit = (node: LexicalNode) => {
    if (isFootnoteNode(node)) {
      const id = relationID(node.fields?.reference)
      if (id !== undefined && !ids.includes(id)) ids.push(id)
    }
    node.children?.forEach(visit)
  }
  if (state?.root) visit(state.root)
  return ids
}
