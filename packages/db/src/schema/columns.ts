import { integer, timestamp, uuid } from 'drizzle-orm/pg-core';
import { uuidv7 } from 'uuidv7';

/** UUIDv7 ids sort by creation time, so `id` doubles as a stable pagination key. */
export const id = () =>
  uuid('id')
    .notNull()
    .$defaultFn(() => uuidv7());

export const tenantId = () => uuid('tenant_id').notNull();

export const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
};

/** Incremented on every update; the ETag of a mutable record is derived from it. */
export const version = () => integer('version').notNull().default(1);
