/** The pieces every path of the staff API's description is made of. */
export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
export const json = (schema: object, description = 'OK') => ({ description, content: { 'application/json': { schema } } })
/** A JSON request body, with an example to copy. */
export const jsonBody = (schema: object, example?: unknown) => ({ required: true, content: { 'application/json': { schema, ...(example === undefined ? {} : { example }) } } })
export const idParameter = { name: 'id', in: 'path', required: true, schema: { oneOf: [{ type: 'integer' }, { type: 'string' }] } }
