export const dashboardKeys = {
  all: ['dashboard'] as const,
  matrix: () => [...dashboardKeys.all, 'matrix'] as const,
};
