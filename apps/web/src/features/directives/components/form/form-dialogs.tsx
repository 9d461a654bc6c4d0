import { useNavigate } from '@tanstack/react-router';
import type { Directive } from '@dondoc/schemas';
import { Modal } from '../../../../components/modal';
import { errorText } from '../../../../components/status';
import { t } from '../../../../i18n/t';
import { usePublishDirective } from '../../api/publish-directive';
import { PreviewContent } from './preview-content';

export type DialogKind = 'preview' | 'publish';

type Props = {
  directive: Directive;
  open: DialogKind | null;
  onClose: () => void;
  onPublishInstead: () => void;
};

/** "Xem trước" and the publish confirmation; both show what publishing would create. */
export function FormDialogs({ directive, open, onClose, onPublishInstead }: Props) {
  const publish = usePublishDirective();
  const navigate = useNavigate();

  return (
    <>
      <Modal
        open={open === 'preview'}
        title={t('preview.title')}
        onClose={onClose}
        wide
        footer={
          <>
            <button type="button" className="btn" onClick={onClose}>
              {t('common.close')}
            </button>
            <button type="button" className="btn btn-primary" onClick={onPublishInstead}>
              {t('form.publish')}
            </button>
          </>
        }
      >
        <PreviewContent directiveId={directive.id} />
      </Modal>
      <Modal
        open={open === 'publish'}
        title={t('publish.title')}
        onClose={onClose}
        wide
        footer={
          <>
            <button type="button" className="btn" onClick={onClose} disabled={publish.isPending}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={publish.isPending}
              onClick={() =>
                publish.mutate(
                  { id: directive.id, version: directive.version },
                  {
                    onSuccess: ({ directive: published }) =>
                      void navigate({ to: '/directives/$directiveId', params: { directiveId: String(published.id) } }),
                  },
                )
              }
            >
              {publish.isPending ? t('publish.publishing') : t('publish.confirm')}
            </button>
          </>
        }
      >
        <p>{t('publish.text')}</p>
        {publish.isError ? (
          <p className="form-error" role="alert">
            {errorText(publish.error)}
          </p>
        ) : null}
        <PreviewContent directiveId={directive.id} />
      </Modal>
    </>
  );
}
