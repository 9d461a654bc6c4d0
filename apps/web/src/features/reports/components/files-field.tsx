import { useQueryClient } from '@tanstack/react-query';
import type { ReportFile } from '@dondoc/schemas';
import { evidenceAccept } from '@dondoc/schemas/activity-constants';
import { errorText } from '../../../components/status';
import { UploadMeter } from '../../../components/upload-meter';
import { useUploads } from '../../../components/use-uploads';
import { formatBytes } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { FILE_MAX_BYTES, FILE_MAX_MB, ownerKey, reportFileUrl, uploadReportFile, useDeleteReportFile, type FileOwner } from '../api/report-files';

type Props = {
  owner: FileOwner;
  files: ReportFile[];
  editable: boolean;
  legend: string;
  /** Shown instead of the picker when nothing may be attached (yet). */
  note?: string | undefined;
};

/**
 * Attachments of a request or a report. Each file is stored as soon as it is uploaded (it does not
 * wait for the form's save); the owner's query is refetched to list it.
 */
export function FilesField({ owner, files, editable, legend, note }: Props) {
  const queryClient = useQueryClient();
  const remove = useDeleteReportFile(owner);
  const { uploads, start, dismiss: drop } = useUploads({
    send: (file, opts) => uploadReportFile(owner, file, opts),
    // Stored as soon as uploaded: the owner's query lists it.
    onUploaded: () => queryClient.invalidateQueries({ queryKey: ownerKey(owner), exact: true }),
    maxBytes: FILE_MAX_BYTES,
    tooLarge: (name) => t('rfile.tooLarge', { name, mb: FILE_MAX_MB }),
    refused: (name, message) => t('rfile.refused', { name, message }),
  });

  return (
    <fieldset className="form-section files-field">
      <legend>{legend}</legend>
      {files.length === 0 && uploads.length === 0 ? <p className="muted small">{t('rfile.none')}</p> : null}
      <ul className="file-list">
        {files.map((f) => (
          <li key={f.id} className="file-chip" data-testid="report-file">
            <a href={reportFileUrl(f.id)} download={f.name} className="file-link">
              <span className="file-name">{f.name}</span>
              <span className="muted small">{formatBytes(f.size)}</span>
            </a>
            {editable ? (
              <button type="button" className="btn btn-ghost-danger btn-small" disabled={remove.isPending} aria-label={t('rfile.removeLabel', { name: f.name })} onClick={() => remove.mutate(f.id)}>
                {t('rfile.remove')}
              </button>
            ) : null}
          </li>
        ))}
        {uploads.map((u) => (
          <li key={u.key} className={`file-upload${u.error ? ' is-error' : ''}`}>
            {u.error ? (
              <>
                <p className="field-error" role="alert">
                  {u.error}
                </p>
                <button type="button" className="btn btn-ghost btn-small" onClick={() => drop(u.key)}>
                  {t('common.close')}
                </button>
              </>
            ) : (
              <UploadMeter
                className="file-progress"
                title={t('rfile.uploading', { name: u.name })}
                ariaLabel={t('rfile.progress', { name: u.name })}
                loaded={u.loaded}
                total={u.total}
                cancel={{ label: t('common.cancel'), className: 'btn btn-ghost btn-small', onClick: () => u.controller?.abort() }}
              />
            )}
          </li>
        ))}
      </ul>
      {remove.isError ? (
        <p className="form-error" role="alert">
          {errorText(remove.error)}
        </p>
      ) : null}
      {editable ? (
        <>
          <label className="btn btn-small file-pick">
            {t('rfile.choose')}
            <input
              type="file"
              className="file-input-hidden"
              multiple
              accept={evidenceAccept}
              onChange={(e) => {
                const chosen = Array.from(e.target.files ?? []);
                // Cleared so choosing the same file again (after a refusal) still fires.
                e.target.value = '';
                for (const file of chosen) start(file);
              }}
            />
          </label>
          <p className="field-hint">{t('rfile.hint', { mb: FILE_MAX_MB })}</p>
        </>
      ) : note ? (
        <p className="field-hint">{note}</p>
      ) : null}
    </fieldset>
  );
}
