export const directiveKeys = {
  all: ['directives'] as const,
  lists: () => [...directiveKeys.all, 'list'] as const,
  details: () => [...directiveKeys.all, 'detail'] as const,
  detail: (id: number) => [...directiveKeys.details(), id] as const,
  preview: (id: number) => [...directiveKeys.detail(id), 'preview'] as const,
  tasks: (id: number) => [...directiveKeys.detail(id), 'tasks'] as const,
  summaryReports: (id: number) => [...directiveKeys.detail(id), 'summary-reports'] as const,
  summaryReport: (reportId: number) => [...directiveKeys.all, 'summary-report', reportId] as const,
};
