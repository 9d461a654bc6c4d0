import type { PublishPreview } from '@dondoc/schemas';
import { Modal } from '../../../components/modal';
import { errorText } from '../../../components/status';
import { t } from '../../../i18n/t';
import type { FieldError } from '../../../lib/api-client';
import { FieldErrorsSummary } from '../../directives/components/form/directive-fields';
import { PreviewProblems, itemCountOf } from '../../directives/components/form/preview-content';

type Props = {
  open: boolean;
  busyText: string | null;
  preview: PublishPreview | undefined;
  error: unknown;
  fields: readonly FieldError[];
  onClose: () => void;
  onConfirm: () => void;
};

/** "Ban hành văn bản?": saving and publishing in one confirmed step. */
export function IntakePublishDialog({ open, busyText, preview, error, fields, onClose, onConfirm }: Props) {
  return (
    <Modal
      open={open}
      title={t('publish.title')}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose} disabled={busyText !== null}>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-primary" disabled={busyText !== null} onClick={onConfirm}>
            {busyText ?? t('publish.confirm')}
          </button>
        </>
      }
    >
      <p>{t('publish.text')}</p>
      {preview ? (
        <>
          <p className="summary-line">{t('preview.summary', { tasks: preview.tasks.length, items: itemCountOf(preview) })}</p>
          <PreviewProblems problems={preview.problems} />
        </>
      ) : null}
      {error ? (
        <>
          <p className="form-error" role="alert">
            {errorText(error)}
          </p>
          <FieldErrorsSummary fields={fields} />
        </>
      ) : null}
    </Modal>
  );
}
