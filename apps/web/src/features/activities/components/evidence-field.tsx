import { useEffect, useRef, useState } from 'react';
import { evidenceAccept, type EvidenceFile } from '@dondoc/schemas';
import { FieldMessage, useFieldErrors } from '../../../components/form-field';
import { errorText } from '../../../components/status';
import { UploadMeter } from '../../../components/upload-meter';
import { t } from '../../../i18n/t';
import { EVIDENCE_MAX_BYTES, EVIDENCE_MAX_MB, uploadEvidence } from '../api/upload-evidence';
import { EvidenceLink } from './evidence-link';

export type Upload = { key: number; name: string; loaded: number; total: number; error: string | null; controller: AbortController | null };

/**
 * Uploads started from the form, each with its progress; a finished one becomes an evidence
 * file handed to `onUploaded`. Uploads still running are cancelled when the form goes away.
 */
export function useEvidenceUploads(onUploaded: (file: EvidenceFile) => void) {
  const [uploads, setUploads] = useState<Upload[]>([]);
  const nextKey = useRef(1);
  const running = useRef(new Set<AbortController>());
  useEffect(() => {
    const set = running.current;
    return () => {
      for (const c of set) c.abort();
    };
  }, []);

  const patch = (key: number, change: Partial<Upload>) => setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...change } : u)));
  const drop = (key: number) => setUploads((list) => list.filter((u) => u.key !== key));

  const start = (file: File) => {
    const key = nextKey.current++;
    if (file.size > EVIDENCE_MAX_BYTES) {
      setUploads((list) => [...list, { key, name: file.name, loaded: 0, total: file.size, error: t('activities.evidence.tooLarge', { name: file.name, mb: EVIDENCE_MAX_MB }), controller: null }]);
      return;
    }
    const controller = new AbortController();
    running.current.add(controller);
    setUploads((list) => [...list, { key, name: file.name, loaded: 0, total: file.size, error: null, controller }]);
    uploadEvidence(file, { signal: controller.signal, onProgress: ({ loaded, total }) => patch(key, { loaded, total: total || file.size }) })
      .then((saved) => {
        drop(key);
        onUploaded(saved);
      })
      .catch((e: unknown) => {
        if (e instanceof DOMException && e.name === 'AbortError') drop(key);
        else {
          // The server's refusals name the file already; other failures (the network) get it added.
          const message = errorText(e);
          patch(key, { error: message.includes(file.name) ? message : t('activities.evidence.refused', { name: file.name, message }), controller: null });
        }
      })
      .finally(() => running.current.delete(controller));
  };

  return { uploads, start, dismiss: drop, busy: uploads.some((u) => u.error === null) };
}

type Props = {
  files: EvidenceFile[];
  onRemove: (id: number) => void;
  uploads: ReturnType<typeof useEvidenceUploads>;
};

/** The activity's evidence: files attached, uploads under way (with progress), and the picker. */
export function EvidenceField({ files, onRemove, uploads }: Props) {
  const itemErrors = useFieldErrors('evidenceIds');
  return (
    <fieldset className="activity-evidence">
      <legend>{t('activities.field.evidence')}</legend>
      {files.length > 0 || uploads.uploads.length > 0 ? (
        <ul className="evidence-list">
          {files.map((f, i) => (
            <li key={f.id} className="evidence-chip">
              <EvidenceLink file={f} />
              <button type="button" className="btn btn-ghost-danger btn-small" aria-label={t('activities.evidence.removeLabel', { name: f.name })} onClick={() => onRemove(f.id)}>
                {t('activities.evidence.remove')}
              </button>
              <FieldMessage path={`evidenceIds.${i}`} />
            </li>
          ))}
          {uploads.uploads.map((u) => (
            <li key={u.key} className={`evidence-upload${u.error ? ' is-error' : ''}`}>
              {u.error ? (
                <>
                  <p className="field-error" role="alert">
                    {u.error}
                  </p>
                  <button type="button" className="btn btn-ghost btn-small" onClick={() => uploads.dismiss(u.key)}>
                    {t('common.close')}
                  </button>
                </>
              ) : (
                <UploadProgress upload={u} />
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <label className="btn evidence-pick">
        {t('activities.evidence.choose')}
        <input
          type="file"
          className="file-input-hidden"
          multiple
          accept={evidenceAccept}
          onChange={(e) => {
            const chosen = Array.from(e.target.files ?? []);
            // Cleared so choosing the same file again (after a refusal) still fires.
            e.target.value = '';
            for (const file of chosen) uploads.start(file);
          }}
        />
      </label>
      <p className="field-hint">{t('activities.evidence.hint', { mb: EVIDENCE_MAX_MB })}</p>
      {itemErrors.length ? (
        <p className="field-error" role="alert">
          {itemErrors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}

function UploadProgress({ upload }: { upload: Upload }) {
  return (
    <UploadMeter
      className="evidence-progress"
      title={t('activities.evidence.uploading', { name: upload.name })}
      ariaLabel={t('activities.evidence.progress', { name: upload.name })}
      loaded={upload.loaded}
      total={upload.total}
      cancel={{ label: t('activities.evidence.cancel'), className: 'btn btn-ghost btn-small', onClick: () => upload.controller?.abort() }}
    />
  );
}
