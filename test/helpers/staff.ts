import type { Payload } from 'payload'

import type { User } from '../../src/payload-types'
import { createUser } from './fixtures'
import { login, restClient } from './rest'

export type Client = ReturnType<typeof restClient>
export type StaffMember = { client: Client; token: string; user: User }

/**
 * One signed-in REST client per role. The admin is created first: the first account on an
 * empty database is always made an administrator.
 */
export async function signInStaff<Name extends string>(
  payload: Payload,
  baseURL: string,
  roles: Record<Name, User['roles']>,
): Promise<Record<Name, StaffMember>> {
  const members = {} as Record<Name, StaffMember>
  for (const name of Object.keys(roles) as Name[]) {
    const { email, password, user } = await createUser(payload, roles[name])
    const token = await login(baseURL, email, password)
    members[name] = { client: restClient(baseURL, token), token, user }
  }
  return members
}

export function workflow(client: Client, collection: 'issues' | 'items', id: number | string, action: string, extra: Record<string, string> = {}, language?: 'en') {
  return client.post(`/api/${collection}/${id}/workflow`, { action, ...extra }, language ? { 'Accept-Language': language } : {})
}
