import { isFootnoteNode } from './footnotes'
import { isFigureNode } from './uploads'
import { relationID } from '../lib/relationID'

type LexicalNode = { children?: LexicalNode[]; fields?: { reference?: unknown }; relationTo?: string; type?: string; value?: unknown }
type EditorState = { root?: LexicalNode } | null | undefined

/** Documents by id, as strings, for each kind of relationship a body holds. */
export type BodyDocuments = { media: ReadonlyMap<string, object>; references: ReadonlyMap<string, object> }

/**
 * Puts the images a rich text shows and the sources its footnotes cite in place of their ids, as
 * Payload's population at depth 1 would. Ids without a document given stay ids.
 */
export function populateBody(state: EditorState, { media, references }: BodyDocuments): void {
  const documentFor = (documents: ReadonlyMap<string, object>, value: unknown) => documents.get(String(relationID(value as never))) ?? value
  const visit = (node: LexicalNode) => {
    if (isFigureNode(node as never)) node.value = documentFor(media, node.value)
    if (isFootnoteNode(node as never) && node.fields) node.fields.reference = documentFor(references, node.fields.reference)
    node.children?.forEach(visit)
  }
  if (state?.root) visit(state.root)
}
