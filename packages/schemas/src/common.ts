import { z } from 'zod';

/** Error body of every 4xx/5xx answer: a stable machine code and a Vietnamese message. */
export const apiError = z.object({
  code: z.string(),
  message: z.string(),
  fields: z
    .array(z.object({ path: z.string(), message: z.string() }))
    .optional(),
});
export type ApiError = z.infer<typeof apiError>;

export const idParam = z.object({ id: z.coerce.number().int().positive() });

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'Ngày không hợp lệ');

export const isoDateTime = z.string();

/** Optimistic concurrency: every editable record carries a version the client sends back. */
export const version = z.number().int().nonnegative();

export const listOf = <T extends z.ZodTypeAny>(item: T) => z.object({ items: z.array(item) });
