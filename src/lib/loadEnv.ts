import { loadEnvFiles } from './env'

// Imported first by the Payload config so that every module after it sees .env values.
loadEnvFiles()
