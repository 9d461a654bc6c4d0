import { useId, useRef, useState } from 'react';
import type { OrgChangeInput } from '@dondoc/schemas';
import { Disclosure } from '../../../components/disclosure';
import { errorText } from '../../../components/status';
import { UploadMeter } from '../../../components/upload-meter';
import { isApiError } from '../../../lib/api-client';
import type { FieldError } from '../../../lib/api-client';
import { t } from '../../../i18n/t';
import { TEMPLATE_CSV_URL, useSampleChange } from '../api/get-sample-change';
import { FileDrop } from '../../../components/file-drop';
import { ACCEPTED_CHANGE_FILES, MAX_CHANGE_BYTES, useReadChangeFile } from '../api/read-change-file';

type Props = { onChange: (change: OrgChangeInput) => void };

type Upload = { name: string; loaded: number; total: number };
type Refused = { title: string; message: string; fields: readonly FieldError[] };

const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';
const refusal = (title: string, e: unknown): Refused => ({ title, message: errorText(e), fields: isApiError(e) ? e.fields : [] });

/** Step 1: the change comes in, as a file or as the bundled 2025 sample. */
export function ChangeStart({ onChange }: Props) {
  const id = useId();
  const [effectiveOn, setEffectiveOn] = useState('');
  const [legalBasis, setLegalBasis] = useState('');
  const [upload, setUpload] = useState<Upload | null>(null);
  const [refused, setRefused] = useState<Refused | null>(null);
  const abortRef = useRef<AbortController | null>(null);
  const read = useReadChangeFile();
  const sample = useSampleChange();
  const busy = read.isPending || sample.isPending;

  const onFile = (file: File) => {
    setRefused(null);
    if (file.size > MAX_CHANGE_BYTES) {
      setRefused({ title: t('orgChange.file.refused', { name: file.name }), message: t('orgChange.file.tooLarge'), fields: [] });
      return;
    }
    const controller = new AbortController();
    abortRef.current = controller;
    setUpload({ name: file.name, loaded: 0, total: file.size });
    read.mutate(
      {
        file,
        effectiveOn: effectiveOn || undefined,
        legalBasis: legalBasis.trim() || undefined,
        signal: controller.signal,
        onProgress: ({ loaded, total }) => setUpload((u) => (u ? { ...u, loaded, total: total || u.total } : u)),
      },
      {
        onSuccess: onChange,
        onError: (e) => {
          if (!isAbort(e)) setRefused(refusal(t('orgChange.file.refused', { name: file.name }), e));
        },
        onSettled: () => {
          setUpload(null);
          abortRef.current = null;
        },
      },
    );
  };

  const onSample = () => {
    setRefused(null);
    sample.mutate(undefined, { onSuccess: onChange, onError: (e) => setRefused(refusal(t('orgChange.sample.failed'), e)) });
  };

  return (
    <div className="org-start">
      {refused ? (
        <div className="notice notice-error" role="alert" data-testid="org-change-error">
          <p className="notice-title">{refused.title}</p>
          <p>{refused.message}</p>
          {refused.fields.length ? (
            <ul className="org-field-errors">
              {refused.fields.slice(0, 20).map((f, i) => (
                <li key={`${f.path}-${i}`}>
                  {f.path ? <code>{f.path}</code> : null} {f.message}
                </li>
              ))}
              {refused.fields.length > 20 ? <li>{t('orgChange.file.moreErrors', { n: refused.fields.length - 20 })}</li> : null}
            </ul>
          ) : null}
        </div>
      ) : null}
      <div className="org-start-grid">
        <section className="form-section" aria-labelledby={`${id}-file`}>
          <h2 className="section-title" id={`${id}-file`}>
            {t('orgChange.file.title')}
          </h2>
          {upload ? (
            <UploadMeter
              className="upload-status"
              title={upload.total > 0 && upload.loaded >= upload.total ? t('orgChange.file.reading', { name: upload.name }) : t('orgChange.file.uploading', { name: upload.name })}
              ariaLabel={t('orgChange.file.progress')}
              loaded={upload.loaded}
              total={upload.total}
              cancel={upload.loaded >= upload.total ? undefined : { label: t('common.cancel'), onClick: () => abortRef.current?.abort() }}
            />
          ) : (
            <FileDrop
              disabled={busy}
              onFile={onFile}
              accept={ACCEPTED_CHANGE_FILES}
              labels={{ drop: t('orgChange.file.drop'), or: t('orgChange.file.or'), choose: t('orgChange.file.choose'), hint: t('orgChange.file.hint') }}
            />
          )}
          <Disclosure className="org-file-extras" initiallyOpen={false} summary={t('orgChange.file.extras')}>
            <p className="field-hint">{t('orgChange.file.extrasHint')}</p>
            <div className="grid grid-2">
              <div className="field">
                <label htmlFor={`${id}-date`}>{t('unitEvent.effectiveOn')}</label>
                <input id={`${id}-date`} type="date" value={effectiveOn} onChange={(e) => setEffectiveOn(e.target.value)} />
              </div>
              <div className="field">
                <label htmlFor={`${id}-basis`}>{t('unitEvent.legalBasis')}</label>
                <input id={`${id}-basis`} value={legalBasis} placeholder={t('unitEvent.legalBasisHint')} onChange={(e) => setLegalBasis(e.target.value)} />
              </div>
            </div>
          </Disclosure>
          <p className="org-template">
            <a href={TEMPLATE_CSV_URL} download>
              {t('orgChange.template')}
            </a>
            <span className="muted small"> {t('orgChange.templateHint')}</span>
          </p>
        </section>
        <section className="form-section org-sample" aria-labelledby={`${id}-sample`}>
          <h2 className="section-title" id={`${id}-sample`}>
            {t('orgChange.sample.title')}
          </h2>
          <p>{t('orgChange.sample.text')}</p>
          <button type="button" className="btn btn-primary org-sample-btn" disabled={busy} onClick={onSample}>
            {sample.isPending ? t('common.loading') : t('orgChange.sample.use')}
          </button>
        </section>
      </div>
    </div>
  );
}
