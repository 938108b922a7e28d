import { relationID } from '../lib/relationID'

type LexicalNode = { children?: LexicalNode[]; relationTo?: string; type?: string; value?: Parameters<typeof relationID>[0] }
type EditorState = { root?: LexicalNode } | null | undefined

export function isFigureNode(node: LexicalNode): boolean {
  return node.type === 'upload' && node.relationTo === 'media'
}

/** The images a rich text shows (upload nodes of the media collection), in reading order, each once. */
export function figureMediaIDs(state: EditorState): Array<number | string> {
  const ids: Array<number | string> = []
  const visit = (node: LexicalNode) => {
    if (isFigureNode(node)) {
      const id = relationID(node.value)
      if (id !== undefined && !ids.includes(id)) ids.push(id)
    }
    node.children?.forEach(visit)
  }
  if (state?.root) visit(state.root)
  return ids
}
