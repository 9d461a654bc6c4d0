export const auditKeys = {
  all: ['audit'] as const,
  directive: (id: number) => [...auditKeys.all, 'directive', id] as const,
};
