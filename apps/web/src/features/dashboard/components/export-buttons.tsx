import { useState } from 'react';
import type { ExportParams } from '@dondoc/schemas';
import { errorText } from '../../../components/status';
import { formatBytes } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { exportFileUrl, useCreateExport, useExportJob } from '../api/create-export';

/** Starts a matrix export job, shows its progress and offers the file once it is made. */
export function ExportButtons({ params }: { params: ExportParams }) {
  const create = useCreateExport();
  const [token, setToken] = useState<string | null>(null);
  const job = useExportJob(token);
  const start = (format: 'xlsx' | 'csv') =>
    create.mutate({ kind: 'matrix', format, params }, { onSuccess: (j) => setToken(j.token) });
  const j = job.data;
  const busy = create.isPending || (j !== undefined && (j.status === 'queued' || j.status === 'running'));
  return (
    <div className="actions dash-export">
      <button type="button" className="btn" disabled={busy} onClick={() => start('xlsx')}>
        {t('dash.export.excel')}
      </button>
      <button type="button" className="btn" disabled={busy} onClick={() => start('csv')}>
        {t('dash.export.csv')}
      </button>
      {j && (j.status === 'queued' || j.status === 'running') ? (
        <span role="status" className="dash-export-progress">
          <progress max={100} value={j.progress} /> {t('dash.export.running', { progress: j.progress })}
        </span>
      ) : null}
      {j && j.status === 'done' && token ? (
        <a className="btn btn-primary" href={exportFileUrl(token)} download={j.fileName ?? undefined} data-testid="export-download">
          {t('dash.export.ready', { name: j.fileName ?? '' })}
          {j.size !== null ? ` (${formatBytes(j.size)})` : ''}
        </a>
      ) : null}
      {j && j.status === 'failed' ? (
        <span role="alert" className="form-error">
          {t('dash.export.failed', { error: j.error ?? '' })}
        </span>
      ) : null}
      {create.isError ? (
        <span role="alert" className="form-error">
          {errorText(create.error)}
        </span>
      ) : null}
    </div>
  );
}
