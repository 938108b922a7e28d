process.env.DATABASE_URI='file:/tmp/exp/y.db'; process.env.PAYLOAD_SECRET='x'; process.env.JOBS_AUTORUN='false'
const { default: config } = await import('/work/main/src/payload.config')
const { getPayload } = await import('payload')
const payload = await getPayload({ config })
const ed: any = payload.config.editor
console.log(Object.keys(ed), Object.keys(ed.editorConfig ?? {}))
console.log(ed.editorConfig.features.nodes.map((n: any) => n.node.getType?.() ?? n.node.name))
const field: any = payload.collections.items.config.flattenedFields.find((f: any) => f.name === 'body')
console.log(Object.keys(field.editor ?? {}), field.editor === ed, typeof field.validate)
process.exit(0)
