import { z } from 'zod';

/** Every row key is a UUID (text), so rows made on different laptops never collide. */
export const idSchema = z.uuid();
export type Id = z.infer<typeof idSchema>;

/** ISO-8601 timestamps in UTC, as stored in `created_at` / `updated_at`. */
export const timestampSchema = z.iso.datetime();
