import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ExportCreate } from '@dondoc/schemas';
import { errorText } from '../../../components/status';
import { formatBytes } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { exportFileUrl, useCreateExport, useExportJob } from '../api/create-export';

/** Starts an export and follows its job until the file is made (or the job fails). */
export function useExportRun() {
  const create = useCreateExport();
  // `inBackground`: the job was not done when it was made, so the user has been waiting for it.
  const [started, setStarted] = useState<{ token: string; inBackground: boolean } | null>(null);
  const token = started?.token ?? null;
  const job = useExportJob(token);
  const start = (body: ExportCreate) => {
    setStarted(null);
    create.mutate(body, { onSuccess: (created) => setStarted({ token: created.token, inBackground: created.status !== 'done' }) });
  };
  const j = token ? job.data : undefined;
  const running = j !== undefined && (j.status === 'queued' || j.status === 'running');
  return { start, create, token, job: j, inBackground: started?.inBackground ?? false, running, busy: create.isPending || running };
}

type Props = {
  run: ReturnType<typeof useExportRun>;
  /** A long export (made in the background) downloads by itself when it is ready, as the user asked for it. */
  downloadWhenDone?: boolean;
  /** Show the progress (at 0) while the export is still being asked for, before it has a job. */
  progressWhileStarting?: boolean;
  downloadClassName: string;
  downloadTestId: string;
};

function Alert({ children }: { children: ReactNode }) {
  return (
    <span role="alert" className="form-error">
      {children}
    </span>
  );
}

/** An export's progress, then its file (the link stays for downloading again) or why it failed. */
export function ExportOutcome({ run, downloadWhenDone = false, progressWhileStarting = false, downloadClassName, downloadTestId }: Props) {
  const { create, token, job: j } = run;
  const link = useRef<HTMLAnchorElement>(null);
  const status = j?.status;
  const autoDownload = downloadWhenDone && run.inBackground;
  useEffect(() => {
    if (status === 'done' && autoDownload) link.current?.click();
  }, [status, autoDownload]);
  return (
    <>
      {run.running || (progressWhileStarting && create.isPending) ? (
        <span role="status" className="dash-export-progress">
          <progress max={100} value={j?.progress ?? 0} /> {t('dash.export.running', { progress: j?.progress ?? 0 })}
        </span>
      ) : null}
      {j && j.status === 'done' && token ? (
        <a ref={link} className={downloadClassName} href={exportFileUrl(token)} download={j.fileName ?? undefined} data-testid={downloadTestId}>
          {t('dash.export.ready', { name: j.fileName ?? '' })}
          {j.size !== null ? ` (${formatBytes(j.size)})` : ''}
        </a>
      ) : null}
      {j && j.status === 'failed' ? <Alert>{t('dash.export.failed', { error: j.error ?? '' })}</Alert> : null}
      {create.isError ? <Alert>{errorText(create.error)}</Alert> : null}
    </>
  );
}
