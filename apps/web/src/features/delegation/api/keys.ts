export const delegationKeys = {
  all: ['delegation'] as const,
  targets: (taskId: number) => [...delegationKeys.all, 'targets', taskId] as const,
  rollup: (taskId: number) => [...delegationKeys.all, 'rollup', taskId] as const,
};
