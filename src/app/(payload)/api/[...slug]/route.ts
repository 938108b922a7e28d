import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { refusingMalformedInput } from '../../../../server/malformedRequests'

export const GET = refusingMalformedInput(REST_GET(config))
export const POST = refusingMalformedInput(REST_POST(config))
export const DELETE = refusingMalformedInput(REST_DELETE(config))
export const PATCH = refusingMalformedInput(REST_PATCH(config))
export const PUT = refusingMalformedInput(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
