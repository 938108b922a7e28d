import { ElementType, parseDocument } from 'htmlparser2'

/** The DOM htmlparser2 builds, named without reaching into its own dependencies. */
export type HtmlNode = ReturnType<typeof parseDocument>['children'][number]
export type HtmlElement = Extract<HtmlNode, { attribs: Record<string, string> }>

export function parseHtml(html: string): HtmlNode[] {
  return parseDocument(html).children
}

export function isElement(node: HtmlNode, ...names: string[]): node is HtmlElement {
  return node.type === ElementType.Tag && (names.length === 0 || names.includes(node.name))
}

/** The characters of a text node (entities decoded); undefined for anything else. */
export function textData(node: HtmlNode): string | undefined {
  return node.type === ElementType.Text ? node.data : undefined
}

export function childElements(element: HtmlElement, ...names: string[]): HtmlElement[] {
  return element.children.filter((child): child is HtmlElement => isElement(child, ...names))
}
