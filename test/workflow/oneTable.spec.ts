import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import ts from 'typescript'

import { transitions } from '../../src/workflow/transitions'

const root = process.cwd()
const SOURCES = ['src', 'collections', 'access', 'scripts']

function sourceFiles(directory: string): string[] {
  return readdirSync(path.join(root, directory), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(directory, entry.name)
    if (entry.isDirectory()) return sourceFiles(relative)
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('payload-types.ts') ? [relative] : []
  })
}

function parsed(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(path.join(root, file), 'utf8'), ts.ScriptTarget.Latest, true)
}

function visit(node: ts.Node, found: (node: ts.Node) => void): void {
  found(node)
  node.forEachChild((child) => visit(child, found))
}

const where = (file: ts.SourceFile, node: ts.Node) => `${file.fileName}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`

/** Places that write `workflowState` into a document: `data: { workflowState }`, `x.workflowState = …`, or a call of writeState. */
function stateWrites(): string[] {
  const writes: string[] = []
  for (const name of SOURCES.flatMap(sourceFiles)) {
    const file = parsed(name)
    visit(file, (node) => {
      if (
        ts.isPropertyAssignment(node) &&
        node.name.getText() === 'data' &&
        ts.isObjectLiteralExpression(node.initializer) &&
        node.initializer.properties.some((property) => property.name?.getText() === 'workflowState')
      ) {
        writes.push(`${where(file, node)} data with workflowState`)
      }
      if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && node.left.getText().endsWith('.workflowState')) {
        writes.push(`${where(file, node)} ${node.left.getText()} =`)
      }
      if (ts.isCallExpression(node) && node.expression.getText() === 'writeState') writes.push(`${where(file, node)} writeState()`)
    })
  }
  return writes
}

describe('the workflow in one place', () => {
  it('changes workflowState only in the transitions’ effects (src/workflow/effects, runTransition’s default effect)', () => {
    const writes = stateWrites()
    const outside = writes.filter((write) => {
      const file = write.split(':')[0]
      if (file.startsWith(`src${path.sep}workflow${path.sep}effects${path.sep}`)) return false
      if (file === path.join('src', 'workflow', 'runTransition.ts') && write.endsWith('writeState()')) return false
      // A new document starts in its collection's initial state; that is not a change of state.
      if (file === path.join('src', 'workflow', 'hooks', 'applyEditRules.ts') && write.includes('next.workflowState =')) return false
      return true
    })
    expect(writes.length).toBeGreaterThan(3)
    expect(outside).toEqual([])
  })

  it('writes past the edit rules only through systemWrite with a stated reason', () => {
    const uses = SOURCES.flatMap(sourceFiles).flatMap((name) => {
      const text = readFileSync(path.join(root, name), 'utf8')
      return [...text.matchAll(/systemWrite\('([^']+)'\)/g)].map((match) => `${name}: ${match[1]}`)
    })
    expect(uses.sort()).toEqual(
      [
        `${path.join('src', 'builder', 'reorder.ts')}: issue order`,
        `${path.join('src', 'credits', 'mergeAuthors.ts')}: contributor merge`,
        `${path.join('src', 'workflow', 'effects', 'writeState.ts')}: transition`,
      ].sort(),
    )
  })

  it('has one definition per action and state, each reaching a state of its collection', () => {
    const seen = new Set<string>()
    for (const transition of transitions) {
      for (const from of transition.from) {
        const key = `${transition.collection}.${transition.action}.${from}`
        expect(seen.has(key)).toBe(false)
        seen.add(key)
      }
      // Only scheduling keeps the state; it changes when the system publishes at the time.
      if (!transition.to) expect(transition.action).toBe('schedule')
    }
  })
})
