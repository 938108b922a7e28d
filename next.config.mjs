import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The dev server must not overwrite the production build that `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The express host initialises Payload from node_modules before Next starts; Next's routes must
  // use that same copy (one instance, one set of error classes), not a bundled second copy.
  // The Typst compiler is a native addon and pdf.js loads its own worker: both load from node_modules too.
  serverExternalPackages: ['payload', '@payloadcms/db-sqlite', '@payloadcms/db-mongodb', '@payloadcms/drizzle', '@myriaddreamin/typst-ts-node-compiler', 'pdfjs-dist'],
  // Types and lint run in `npm run typecheck` and the test suite, not in every build.
  typescript: { ignoreBuildErrors: true },
  eslint: { ignoreDuringBuilds: true },
  // Next traces the files every route needs, for standalone and serverless packaging: 30 of a
  // build's 80 s here. This app runs from its checkout with node_modules, and nothing reads the traces.
  outputFileTracingExcludes: { '*': ['**/*'] },
  // Next loads a route's code when it is first asked for, not every route at start: a server that
  // only delivers never holds the admin's pages (some 35 MB).
  experimental: { preloadEntriesOnStart: false },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
