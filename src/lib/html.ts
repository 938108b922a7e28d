const ESCAPES: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&#39;', '<': '&lt;', '>': '&gt;' }

export function escapeHTML(value: null | number | string | undefined): string {
  return String(value ?? '').replace(/["&'<>]/g, (character) => ESCAPES[character])
}
