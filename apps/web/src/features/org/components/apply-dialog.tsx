import type { OrgChangePreview } from '@dondoc/schemas';
import { Modal } from '../../../components/modal';
import { errorText } from '../../../components/status';
import { isApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { t } from '../../../i18n/t';

type Props = {
  open: boolean;
  preview: OrgChangePreview;
  pending: boolean;
  error: unknown;
  onClose: () => void;
  onConfirm: () => void;
};

/** The last look before the directory changes: the figures, stated once more. */
export function ApplyDialog({ open, preview, pending, error, onClose, onConfirm }: Props) {
  const c = preview.counts;
  return (
    <Modal
      open={open}
      title={t('orgChange.apply.title')}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose} disabled={pending}>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-primary" onClick={onConfirm} disabled={pending}>
            {pending ? t('orgChange.apply.applying') : t('orgChange.apply.confirm')}
          </button>
        </>
      }
    >
      <p>{t('orgChange.apply.text', { basis: preview.change.legalBasis, date: formatDate(preview.change.effectiveOn) })}</p>
      <ul className="apply-figures" data-testid="apply-figures">
        <li>{t('orgChange.apply.communes', { n: c.communes })}</li>
        <li>{t('orgChange.apply.created', { n: c.unitsCreated })}</li>
        <li>{t('orgChange.apply.retired', { n: c.unitsRetired })}</li>
        <li>{t('orgChange.apply.tasks', { n: c.tasksMoved })}</li>
        <li>{t('orgChange.apply.users', { moved: c.usersMoved, locked: c.usersDeactivated })}</li>
      </ul>
      <p className="muted small">{t('orgChange.apply.note')}</p>
      {error && !(isApiError(error) && error.code === 'STALE_PREVIEW') ? (
        <p className="form-error" role="alert">
          {errorText(error)}
        </p>
      ) : null}
    </Modal>
  );
}
