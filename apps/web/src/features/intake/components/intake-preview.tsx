import { useState } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { PublishPreview } from '@dondoc/schemas';
import { Loading, errorText } from '../../../components/status';
import { t } from '../../../i18n/t';
import { PreviewTasks } from '../../directives/components/form/preview-content';

type Props = { preview: UseQueryResult<PublishPreview>; pending: boolean };

/**
 * "Nhiệm vụ sẽ tạo": the live preview of the unsaved draft. A draft that cannot be previewed
 * yet (a part without a title) says why, and the last good preview stays underneath.
 */
export function IntakePreview({ preview, pending }: Props) {
  const updating = pending || preview.isFetching;
  // A failed answer drops the placeholder: the last good preview is kept here instead.
  const [last, setLast] = useState(preview.data);
  if (preview.data && preview.data !== last) setLast(preview.data);
  const shown = preview.data ?? last;
  return (
    <section id="intake-preview" className="form-section intake-preview" aria-labelledby="intake-preview-title" aria-busy={updating}>
      <header className="intake-preview-head">
        <h2 id="intake-preview-title" className="section-title">
          {t('intake.preview.title')}
        </h2>
        <span className="muted small" role="status">
          {updating ? t('intake.preview.updating') : t('intake.preview.hint')}
        </span>
      </header>
      {preview.isError ? (
        <p className="notice notice-error" role="alert">
          {t('intake.preview.failed', { message: errorText(preview.error) })}
        </p>
      ) : null}
      {shown ? <PreviewTasks preview={shown} /> : preview.isPending ? <Loading /> : null}
    </section>
  );
}
