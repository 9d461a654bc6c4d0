import { Link } from '@tanstack/react-router';
import { ErrorMessage, Loading, NotFound } from '../../../../components/status';
import { isApiError } from '../../../../lib/api-client';
import { t } from '../../../../i18n/t';
import { useReportRequest } from '../../api/get-report-request';
import { useRequestTemplate } from '../../api/get-request-template';
import { draftFromRequest, draftFromTemplate, emptyDraft } from './draft';
import { RequestForm } from './request-form';
import '../../reports.css';

type Props = {
  /** Editing this request; a new one otherwise. */
  requestId?: number | undefined;
  /** A new request answering this directive's report clause, prefilled from it. */
  directiveId?: number | undefined;
};

/** "Tạo yêu cầu báo cáo" (blank or from a directive) and "Sửa yêu cầu báo cáo". */
export function RequestFormPage({ requestId, directiveId }: Props) {
  const request = useReportRequest(requestId ?? 0, { enabled: requestId !== undefined });
  const template = useRequestTemplate(requestId === undefined ? directiveId : undefined);

  const back = (
    <nav className="breadcrumb" aria-label={t('common.breadcrumb')}>
      <Link to="/reports">{t('nav.reports')}</Link>
      {requestId !== undefined ? (
        <>
          <span aria-hidden="true"> › </span>
          <Link to="/reports/requests/$requestId" params={{ requestId: String(requestId) }}>
            {request.data?.title ?? t('rr.request')}
          </Link>
        </>
      ) : directiveId !== undefined ? (
        <>
          <span aria-hidden="true"> › </span>
          <Link to="/directives/$directiveId" params={{ directiveId: String(directiveId) }}>
            {t('rr.form.backToDirective')}
          </Link>
        </>
      ) : null}
    </nav>
  );

  if (requestId !== undefined) {
    if (request.isPending) return <Loading />;
    if (request.isError) return isApiError(request.error) && request.error.status === 404 ? <NotFound /> : <ErrorMessage error={request.error} />;
    if (request.data.status === 'closed') {
      return (
        <NotFound title={t('rr.form.closedTitle')}>
          {t('rr.form.closedText')}
        </NotFound>
      );
    }
    return (
      <div className="page page-form">
        {back}
        <RequestForm key={request.data.id} initial={draftFromRequest(request.data)} request={request.data} />
      </div>
    );
  }
  if (directiveId !== undefined) {
    if (template.isPending) return <Loading />;
    if (template.isError) return isApiError(template.error) && template.error.status === 404 ? <NotFound /> : <ErrorMessage error={template.error} />;
    return (
      <div className="page page-form">
        {back}
        <RequestForm initial={draftFromTemplate(template.data)} fromTemplate />
      </div>
    );
  }
  return (
    <div className="page page-form">
      {back}
      <RequestForm initial={emptyDraft()} />
    </div>
  );
}
