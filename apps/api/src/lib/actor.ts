import type { Role } from '@dondoc/schemas';

/** Who is acting. Every service call takes one and limits what it reads and writes by it. */
export type Actor = {
  userId: number;
  username: string;
  role: Role;
  unitId: number | null;
  isHead: boolean;
};

export const isDepartment = (a: Actor) => a.role === 'admin' || a.role === 'staff' || a.role === 'leader';
export const canWriteDirectives = (a: Actor) => a.role === 'admin' || a.role === 'staff';
