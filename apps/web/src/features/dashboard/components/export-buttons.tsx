import { useEffect, useRef, useState } from 'react';
import type { ExportParams } from '@dondoc/schemas';
import { errorText } from '../../../components/status';
import { formatBytes } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { exportFileUrl, useCreateExport, useExportJob } from '../api/create-export';

export type TableKind = 'matrix' | 'units' | 'activities';
const whatKey = { matrix: 'dash.export.what.matrix', units: 'dash.export.what.units', activities: 'dash.export.what.activities' } as const;

/**
 * Exports one table as it is on screen (the filters are the params), shows the job's progress
 * and offers the file once it is made. A long export (made in the background) downloads by
 * itself when it is ready, as the user asked for it; the link stays for downloading again.
 */
export function ExportButtons({ kind, params }: { kind: TableKind; params: ExportParams }) {
  const create = useCreateExport();
  const [token, setToken] = useState<string | null>(null);
  const job = useExportJob(token);
  const link = useRef<HTMLAnchorElement>(null);
  const downloadWhenDone = useRef(false);
  const start = (format: 'xlsx' | 'csv') => {
    setToken(null);
    create.mutate(
      { kind, format, params },
      {
        onSuccess: (created) => {
          downloadWhenDone.current = created.status !== 'done';
          setToken(created.token);
        },
      },
    );
  };
  const j = token ? job.data : undefined;
  const status = j?.status;
  useEffect(() => {
    if (status === 'done' && downloadWhenDone.current) {
      downloadWhenDone.current = false;
      link.current?.click();
    }
  }, [status]);
  const busy = create.isPending || (j !== undefined && (j.status === 'queued' || j.status === 'running'));
  const what = t(whatKey[kind]);
  return (
    <div className="actions dash-export" role="group" aria-label={t('dash.export.group', { what })}>
      <button type="button" className="btn btn-small" disabled={busy} aria-label={`${t('dash.export.excel')} ${what}`} onClick={() => start('xlsx')}>
        {t('dash.export.excel')}
      </button>
      <button type="button" className="btn btn-small" disabled={busy} aria-label={`${t('dash.export.csv')} ${what}`} onClick={() => start('csv')}>
        {t('dash.export.csv')}
      </button>
      {create.isPending || (j && (j.status === 'queued' || j.status === 'running')) ? (
        <span role="status" className="dash-export-progress">
          <progress max={100} value={j?.progress ?? 0} /> {t('dash.export.running', { progress: j?.progress ?? 0 })}
        </span>
      ) : null}
      {j && j.status === 'done' && token ? (
        <a ref={link} className="btn btn-small btn-primary" href={exportFileUrl(token)} download={j.fileName ?? undefined} data-testid={`export-download-${kind}`}>
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
