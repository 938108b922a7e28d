import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { refusingMalformedInput } from '../../../../server/malformedRequests'

export const POST = refusingMalformedInput(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
