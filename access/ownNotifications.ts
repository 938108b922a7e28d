import type { Access } from 'payload'

/** A person's own notifications, and no one else's (administrators included: they are private). */
export const ownNotifications: Access = ({ req: { user } }) => (user ? { recipient: { equals: user.id } } : false)
