/**
 * Imported by `npm run import` before the Payload config reads the environment: a one-off command
 * runs no job queues (the server does), and its output is for a person, not a log.
 */
process.env.JOBS_AUTORUN = 'false'
process.env.LOG_LEVEL = 'error'
