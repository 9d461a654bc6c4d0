import { useEffect, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import type { IntakeResult } from '@dondoc/schemas';
import { FieldErrorsProvider } from '../../../components/form-field';
import { errorText } from '../../../components/status';
import { t } from '../../../i18n/t';
import { formatDateTime } from '../../../lib/format';
import { useDebounced } from '../../../lib/use-debounced';
import { DirectiveFields, FieldErrorsSummary } from '../../directives/components/form/directive-fields';
import { draftFromInput, inputFrom } from '../../directives/components/form/draft';
import type { DirectiveDraft } from '../../directives/components/form/draft';
import { itemCountOf } from '../../directives/components/form/preview-content';
import { useIntakePreview } from '../api/get-intake-preview';
import { IntakeNotices } from './intake-notices';
import { IntakePreview } from './intake-preview';
import { IntakePublishDialog } from './intake-publish-dialog';
import { ResolutionPanel } from './resolution-panel';
import { SourcePanel } from './source-panel';
import { useIntakeSave } from './use-intake-save';

type Props = { result: IntakeResult; onRestart: () => void };

/** Step 2: the source beside the directive form prefilled from the parse, the matches, the tasks it makes. */
export function IntakeReview({ result, onRestart }: Props) {
  const [initial] = useState<DirectiveDraft>(() => draftFromInput(result.draft));
  const [draft, setDraft] = useState(initial);
  const [confirming, setConfirming] = useState(false);
  const patch = (p: Partial<DirectiveDraft>) => setDraft((d) => ({ ...d, ...p }));
  const input = useMemo(() => inputFrom(draft), [draft]);
  const settled = useDebounced(input, 500);
  const preview = useIntakePreview(settled);
  const store = useIntakeSave(result.source.fileId);
  const navigate = useNavigate();
  const dirty = store.isDirty(input);
  const saved = store.saved?.directive ?? null;

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    store.save(input).catch(() => undefined);
  };

  const publish = () => {
    store
      .saveAndPublish(input)
      .then(({ directive }) => navigate({ to: '/directives/$directiveId', params: { directiveId: String(directive.id) } }))
      .catch(() => undefined);
  };

  const restart = () => {
    if (!dirty || window.confirm(t('intake.restartConfirm'))) onRestart();
  };

  const shownPreview = preview.data;
  const busy = store.saving || store.publishing;

  return (
    <FieldErrorsProvider value={store.fields}>
      <form className="intake-review" onSubmit={onSubmit} noValidate>
        <header className="page-header">
          <h1>{t('intake.title')}</h1>
          <button type="button" className="btn" onClick={restart}>
            {t('intake.restart')}
          </button>
        </header>
        <IntakeNotices duplicates={result.duplicates} warnings={result.warnings} />
        <div className="intake-grid">
          <SourcePanel source={result.source} savedId={saved?.id ?? null} />
          <div className="intake-main">
            <ResolutionPanel resolution={result.resolution} initial={initial} draft={draft} onChange={patch} />
            {confirming ? null : <FieldErrorsSummary fields={store.fields} />}
            <DirectiveFields draft={draft} onChange={patch} />
          </div>
        </div>
        <IntakePreview preview={preview} pending={settled !== input} />

        <div className="form-actions sticky-actions intake-actions">
          <div className="form-status" role="status">
            {store.saving ? (
              t('common.saving')
            ) : saved && !dirty ? (
              <>
                {t('intake.saved', { at: formatDateTime(saved.updatedAt) })} ·{' '}
                <Link to="/directives/$directiveId" params={{ directiveId: String(saved.id) }}>
                  {t('intake.openDraft')}
                </Link>
              </>
            ) : (
              t('form.unsaved')
            )}
          </div>
          {shownPreview ? (
            <a href="#intake-preview" className="intake-count" data-testid="intake-count">
              {t('intake.preview.short', { tasks: shownPreview.tasks.length, items: itemCountOf(shownPreview) })}
            </a>
          ) : null}
          {store.error && !store.fields.length && !confirming ? (
            <p className="form-error" role="alert">
              {errorText(store.error)}
            </p>
          ) : null}
          <div className="actions">
            <button type="submit" className="btn" disabled={busy}>
              {t('form.saveDraft')}
            </button>
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => setConfirming(true)}>
              {t('form.publish')}
            </button>
          </div>
        </div>
      </form>
      <IntakePublishDialog
        open={confirming}
        busyText={store.saving ? t('intake.publish.saving') : store.publishing ? t('publish.publishing') : null}
        preview={shownPreview}
        error={store.error}
        fields={store.fields}
        onClose={() => setConfirming(false)}
        onConfirm={publish}
      />
    </FieldErrorsProvider>
  );
}
