import { z } from 'zod';
import { roles } from './constants';


export const role = z.enum(roles);
export type Role = z.infer<typeof role>;

export const loginBody = z.object({
  username: z.string().trim().min(1, 'Vui lòng nhập tên đăng nhập').max(100),
  password: z.string().min(1, 'Vui lòng nhập mật khẩu').max(200),
});
export type LoginBody = z.infer<typeof loginBody>;

export const unitRef = z.object({ id: z.number().int(), name: z.string(), shortName: z.string().nullable() });
export type UnitRef = z.infer<typeof unitRef>;

export const me = z.object({
  id: z.number().int(),
  username: z.string(),
  fullName: z.string(),
  role,
  isHead: z.boolean(),
  unit: unitRef.nullable(),
});
export type Me = z.infer<typeof me>;
