import type { DirectiveInput } from '@dondoc/schemas';

export const intakeKeys = {
  all: ['intake'] as const,
  previews: () => [...intakeKeys.all, 'preview'] as const,
  preview: (input: DirectiveInput) => [...intakeKeys.previews(), input] as const,
};
