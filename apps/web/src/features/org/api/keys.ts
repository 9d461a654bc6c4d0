import type { OrgChangeChoices } from '@dondoc/schemas';

export const orgKeys = {
  all: ['org-changes'] as const,
  applied: () => [...orgKeys.all, 'applied'] as const,
  /**
   * A loaded change is identified by its load number (`run`), not by its content: the content is
   * a few hundred rows and never changes once read, so hashing it on every render buys nothing.
   */
  preview: (run: number, choices: OrgChangeChoices) => [...orgKeys.all, 'preview', run, choices] as const,
};
