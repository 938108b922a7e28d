import { type DocumentNode, Kind, parse, visit } from 'graphql'

/**
 * Whether a GraphQL query's fragments spread one another in a cycle. GraphQL's validation refuses
 * such a query, but Payload estimates a query's complexity first, and that estimate recurses
 * through the cycle until the stack runs out.
 */
export function hasFragmentCycle(query: string): boolean {
  let document: DocumentNode
  try {
    document = parse(query)
  } catch {
    return false // GraphQL's own syntax error follows, as a 400.
  }
  const spreads = new Map<string, string[]>()
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue
    const names: string[] = []
    visit(definition.selectionSet, { FragmentSpread: (node) => void names.push(node.name.value) })
    spreads.set(definition.name.value, names)
  }
  const finished = new Set<string>()
  const onPath = new Set<string>()
  const cycles = (name: string): boolean => {
    if (onPath.has(name)) return true
    if (finished.has(name)) return false
    onPath.add(name)
    const found = (spreads.get(name) ?? []).some(cycles)
    onPath.delete(name)
    finished.add(name)
    return found
  }
  return [...spreads.keys()].some(cycles)
}
