import { Link } from '@tanstack/react-router';
import { ErrorMessage, Loading, NotFound } from '../../../components/status';
import { isApiError } from '../../../lib/api-client';
import { t } from '../../../i18n/t';
import { useDirective } from '../api/get-directive';
import { DirectiveForm } from './form/directive-form';
import type { DialogKind } from './form/form-dialogs';
import { SourceFileLine } from './source-file-link';

type Props = { directiveId?: number; open?: DialogKind | undefined };

export function DirectiveFormPage({ directiveId, open }: Props) {
  return (
    <div className="page page-form">
      <nav className="breadcrumb" aria-label={t('common.breadcrumb')}>
        <Link to="/directives">{t('nav.directives')}</Link>
      </nav>
      <header className="page-header">
        <h1>{directiveId ? t('form.editTitle') : t('form.newTitle')}</h1>
      </header>
      {directiveId ? <EditDirective directiveId={directiveId} open={open} /> : <DirectiveForm directive={null} onReload={async () => undefined} />}
    </div>
  );
}

function EditDirective({ directiveId, open }: { directiveId: number; open: DialogKind | undefined }) {
  const directive = useDirective(directiveId);
  if (directive.isPending) return <Loading />;
  if (directive.isError) {
    if (isApiError(directive.error) && directive.error.status === 404) return <NotFound />;
    return <ErrorMessage error={directive.error} />;
  }
  if (directive.data.status !== 'draft') {
    return (
      <div className="notice notice-warning">
        <p>{t('form.notDraft')}</p>
        <Link to="/directives/$directiveId" params={{ directiveId: String(directiveId) }}>
          {t('form.viewDirective')}
        </Link>
      </div>
    );
  }
  return (
    <>
      <SourceFileLine directive={directive.data} />
      <DirectiveForm
        key={directiveId}
        directive={directive.data}
        initialDialog={open}
        onReload={async () => (await directive.refetch()).data}
      />
    </>
  );
}
