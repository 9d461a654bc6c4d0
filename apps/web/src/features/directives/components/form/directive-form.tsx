import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from '@tanstack/react-router';
import type { Directive } from '@dondoc/schemas';
import { FieldErrorsProvider } from '../../../../components/form-field';
import { errorText } from '../../../../components/status';
import { isApiError } from '../../../../lib/api-client';
import { formatDateTime } from '../../../../lib/format';
import { t } from '../../../../i18n/t';
import { useCreateDirective } from '../../api/create-directive';
import { useUpdateDirective } from '../../api/update-directive';
import { DirectiveFields, FieldErrorsSummary } from './directive-fields';
import { draftFrom, emptyDraft, inputFrom } from './draft';
import type { DirectiveDraft } from './draft';
import { FormDialogs } from './form-dialogs';
import type { DialogKind } from './form-dialogs';

type Props = {
  directive: Directive | null;
  initialDialog?: DialogKind | undefined;
  onReload: () => Promise<Directive | undefined>;
};

const snapshot = (d: DirectiveDraft) => JSON.stringify(inputFrom(d));

export function DirectiveForm({ directive, initialDialog, onReload }: Props) {
  const [draft, setDraft] = useState<DirectiveDraft>(() => (directive ? draftFrom(directive) : emptyDraft()));
  const [saved, setSaved] = useState(() => snapshot(directive ? draftFrom(directive) : emptyDraft()));
  const [dialog, setDialog] = useState<DialogKind | null>(directive ? (initialDialog ?? null) : null);
  const create = useCreateDirective();
  const update = useUpdateDirective();
  const navigate = useNavigate();

  const dirty = snapshot(draft) !== saved;
  const patch = (p: Partial<DirectiveDraft>) => setDraft((d) => ({ ...d, ...p }));
  const lastError = create.error ?? update.error;
  const fields = isApiError(lastError) ? lastError.fields : [];
  const conflict = isApiError(lastError) && lastError.code === 'CONFLICT';
  const busy = create.isPending || update.isPending;

  // "?open=preview" has done its job once the dialog is up; a reload should not reopen it.
  useEffect(() => {
    if (directive && initialDialog) {
      void navigate({ to: '/directives/$directiveId/edit', params: { directiveId: String(directive.id) }, search: {}, replace: true });
    }
  }, [directive, initialDialog, navigate]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  /** Saves when needed, then opens the preview or publish dialog if asked. */
  const save = (then?: DialogKind) => {
    const input = inputFrom(draft);
    if (!directive) {
      create.mutate(input, {
        onSuccess: (created) =>
          void navigate({
            to: '/directives/$directiveId/edit',
            params: { directiveId: String(created.id) },
            search: then ? { open: then } : {},
            replace: true,
          }),
      });
      return;
    }
    if (!dirty) {
      if (then) setDialog(then);
      return;
    }
    update.mutate(
      { id: directive.id, body: { ...input, version: directive.version } },
      {
        onSuccess: (next) => {
          setSaved(snapshot(draftFrom(next)));
          setDraft(draftFrom(next));
          if (then) setDialog(then);
        },
      },
    );
  };

  const reload = async () => {
    const latest = await onReload();
    if (latest) {
      setDraft(draftFrom(latest));
      setSaved(snapshot(draftFrom(latest)));
      update.reset();
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save();
  };

  return (
    <FieldErrorsProvider value={fields}>
      <form className="directive-form" onSubmit={onSubmit} noValidate>
        <FieldErrorsSummary fields={fields} />
        <DirectiveFields draft={draft} onChange={patch} />

        <div className="form-actions sticky-actions">
          <div className="form-status" role="status">
            {busy
              ? t('common.saving')
              : dirty
                ? t('form.unsaved')
                : directive
                  ? t('form.savedAt', { at: formatDateTime(directive.updatedAt) })
                  : null}
          </div>
          {conflict ? (
            <p className="form-error" role="alert">
              {t('form.conflict')}{' '}
              <button type="button" className="btn btn-small" onClick={() => void reload()}>
                {t('form.reload')}
              </button>
            </p>
          ) : lastError && !fields.length ? (
            <p className="form-error" role="alert">
              {errorText(lastError)}
            </p>
          ) : null}
          <div className="actions">
            <button type="submit" className="btn" disabled={busy}>
              {t('form.saveDraft')}
            </button>
            <button type="button" className="btn" disabled={busy} onClick={() => save('preview')}>
              {t('form.preview')}
            </button>
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => save('publish')}>
              {t('form.publish')}
            </button>
          </div>
        </div>
      </form>
      {directive ? <FormDialogs directive={directive} open={dialog} onClose={() => setDialog(null)} onPublishInstead={() => setDialog('publish')} /> : null}
    </FieldErrorsProvider>
  );
}
