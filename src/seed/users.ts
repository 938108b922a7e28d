import type { Role } from '../../access/roles'
import type { User } from '../payload-types'
import { findOrCreate, findOne, type SeedContext } from './findOrCreate'

export type DemoAccount = { role: Role; email: string; password: string }

type AccountSeed = { role: Role; name: string; emailVariable: string; passwordVariable: string }

// The admin comes first: on an empty database the first account is made admin whatever it asks for.
const accountSeeds: AccountSeed[] = [
  { role: 'admin', name: '系统管理员', emailVariable: 'SEED_ADMIN_EMAIL', passwordVariable: 'SEED_ADMIN_PASSWORD' },
  { role: 'editor', name: '许 宁', emailVariable: 'SEED_EDITOR_EMAIL', passwordVariable: 'SEED_EDITOR_PASSWORD' },
  { role: 'reviewer', name: '方 禾', emailVariable: 'SEED_REVIEWER_EMAIL', passwordVariable: 'SEED_REVIEWER_PASSWORD' },
]

function requiredEnv(name: string): string {
  const value = process.env[name]
  if (!value?.trim()) throw new Error(`${name} is not set; the demo accounts are configured in .env (defaults in .env.example).`)
  return value
}

export type DemoUsers = { accounts: DemoAccount[]; byRole: Record<Role, User> }

export async function seedUsers({ payload, tally }: SeedContext): Promise<DemoUsers> {
  const accounts: DemoAccount[] = []
  const byRole = {} as Record<Role, User>
  for (const seed of accountSeeds) {
    const account = {
      role: seed.role,
      email: requiredEnv(seed.emailVariable),
      password: requiredEnv(seed.passwordVariable),
    }
    byRole[seed.role] = await findOrCreate(
      tally,
      // Payload stores e-mail addresses in lower case.
      () => findOne(payload, 'users', { email: { equals: account.email.toLowerCase() } }),
      () =>
        payload.create({
          collection: 'users',
          data: { email: account.email, password: account.password, name: seed.name, roles: [seed.role] },
        }),
    )
    accounts.push(account)
  }
  return { accounts, byRole }
}
