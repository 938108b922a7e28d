/**
 * Express's `trust proxy` from TRUST_PROXY: unset or `false` when clients connect directly, `true`,
 * a number of proxies, or addresses (`loopback`, `10.0.0.0/8, 192.168.1.1`). Behind a reverse proxy
 * it makes the client address (rate limits) and the protocol (secure cookies) the reader's.
 */
export function trustProxySetting(value = process.env.TRUST_PROXY): boolean | number | string {
  if (!value || value === 'false') return false
  if (value === 'true') return true
  if (/^\d+$/.test(value)) return Number(value)
  return value
}
