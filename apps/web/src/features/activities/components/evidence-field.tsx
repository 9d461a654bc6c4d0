import type { EvidenceFile } from '@dondoc/schemas';
import { evidenceAccept } from '@dondoc/schemas/activity-constants';
import { FieldMessage, useFieldErrors } from '../../../components/form-field';
import { UploadMeter } from '../../../components/upload-meter';
import { useUploads, type Upload } from '../../../components/use-uploads';
import { t } from '../../../i18n/t';
import { EVIDENCE_MAX_BYTES, EVIDENCE_MAX_MB, uploadEvidence } from '../api/upload-evidence';
import { EvidenceLink } from './evidence-link';

/**
 * Uploads started from the form, each with its progress; a finished one becomes an evidence
 * file handed to `onUploaded`.
 */
export function useEvidenceUploads(onUploaded: (file: EvidenceFile) => void) {
  return useUploads({
    send: uploadEvidence,
    onUploaded,
    maxBytes: EVIDENCE_MAX_BYTES,
    tooLarge: (name) => t('activities.evidence.tooLarge', { name, mb: EVIDENCE_MAX_MB }),
    refused: (name, message) => t('activities.evidence.refused', { name, message }),
  });
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
