import { useState } from 'react';
import type { Directive, DirectiveInput } from '@dondoc/schemas';
import { isApiError } from '../../../lib/api-client';
import { useCreateDirective } from '../../directives/api/create-directive';
import { usePublishDirective } from '../../directives/api/publish-directive';
import type { PublishResult } from '../../directives/api/publish-directive';
import { useUpdateDirective } from '../../directives/api/update-directive';

type Saved = { directive: Directive; snapshot: string };

/**
 * Saving an imported draft: the first save creates it with the uploaded original, later ones
 * update it; publishing saves first. Failures land in `error`/`fields`, and the promises
 * reject so a caller can stop a sequence.
 */
export function useIntakeSave(sourceFileId: number | null) {
  const [saved, setSaved] = useState<Saved | null>(null);
  const create = useCreateDirective();
  const update = useUpdateDirective();
  const publish = usePublishDirective();

  const save = async (input: DirectiveInput): Promise<Directive> => {
    publish.reset();
    const snapshot = JSON.stringify(input);
    if (saved && saved.snapshot === snapshot) return saved.directive;
    const directive = saved
      ? await update.mutateAsync({ id: saved.directive.id, body: { ...input, version: saved.directive.version } })
      : await create.mutateAsync({ ...input, sourceFileId });
    setSaved({ directive, snapshot });
    return directive;
  };

  const saveAndPublish = async (input: DirectiveInput): Promise<PublishResult> => {
    const directive = await save(input);
    return publish.mutateAsync({ id: directive.id, version: directive.version });
  };

  const error = create.error ?? update.error ?? publish.error;
  return {
    saved,
    save,
    saveAndPublish,
    isDirty: (input: DirectiveInput) => !saved || saved.snapshot !== JSON.stringify(input),
    saving: create.isPending || update.isPending,
    publishing: publish.isPending,
    error,
    fields: isApiError(error) ? error.fields : [],
  };
}
