import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { IntakeResult } from '@dondoc/schemas';
import { errorText } from '../../../components/status';
import { t } from '../../../i18n/t';
import { UploadMeter } from '../../../components/upload-meter';
import { useAnalyseText } from '../api/analyse-text';
import { FileDrop } from '../../../components/file-drop';
import { ACCEPTED_FILES, MAX_UPLOAD_BYTES, useUploadFile } from '../api/upload-file';

type Props = { onResult: (result: IntakeResult) => void };

type Upload = { name: string; size: number; loaded: number; total: number };

const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';

/** Step 1: the dispatch comes in, pasted or as a file. */
export function IntakeStart({ onResult }: Props) {
  const textId = useId();
  const [text, setText] = useState('');
  const [pasteError, setPasteError] = useState<string | null>(null);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [refused, setRefused] = useState<{ name: string; message: string } | null>(null);
  const abortRef = useRef<AbortController | null>(null);
  const analyse = useAnalyseText();
  const send = useUploadFile();
  const busy = analyse.isPending || send.isPending;

  const onPaste = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) {
      setPasteError(t('intake.paste.empty'));
      return;
    }
    setPasteError(null);
    setRefused(null);
    analyse.mutate(text, { onSuccess: onResult, onError: (err) => setPasteError(errorText(err)) });
  };

  const onFile = (file: File) => {
    setRefused(null);
    setPasteError(null);
    if (file.size > MAX_UPLOAD_BYTES) {
      setRefused({ name: file.name, message: t('intake.file.tooLarge') });
      return;
    }
    const controller = new AbortController();
    abortRef.current = controller;
    setUpload({ name: file.name, size: file.size, loaded: 0, total: file.size });
    send.mutate(
      {
        file,
        signal: controller.signal,
        onProgress: ({ loaded, total }) => setUpload((u) => (u ? { ...u, loaded, total: total || u.total } : u)),
      },
      {
        onSuccess: onResult,
        onError: (err) => {
          if (!isAbort(err)) setRefused({ name: file.name, message: errorText(err) });
        },
        onSettled: () => {
          setUpload(null);
          abortRef.current = null;
        },
      },
    );
  };

  return (
    <div className="intake-start">
      {refused ? (
        <div className="notice notice-error intake-refused" role="alert" data-testid="intake-error">
          <p className="notice-title">{t('intake.file.refused', { name: refused.name })}</p>
          <p>{refused.message}</p>
        </div>
      ) : null}
      <div className="intake-start-grid">
        <form className="form-section intake-paste" onSubmit={onPaste} noValidate>
          <h2 className="section-title">{t('intake.paste.title')}</h2>
          <div className={`field${pasteError ? ' is-invalid' : ''}`}>
            <label htmlFor={textId}>{t('intake.paste.label')}</label>
            <textarea
              id={textId}
              className="paste-area"
              rows={16}
              value={text}
              spellCheck={false}
              aria-describedby={`${textId}-hint${pasteError ? ` ${textId}-error` : ''}`}
              onChange={(e) => setText(e.target.value)}
            />
            <p className="field-hint" id={`${textId}-hint`}>
              {t('intake.paste.hint')}
            </p>
            {pasteError ? (
              <p className="field-error" id={`${textId}-error`} role="alert">
                {pasteError}
              </p>
            ) : null}
          </div>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {analyse.isPending ? t('intake.paste.analysing') : t('intake.paste.submit')}
          </button>
        </form>
        <section className="form-section intake-file" aria-labelledby={`${textId}-file`}>
          <h2 className="section-title" id={`${textId}-file`}>
            {t('intake.file.title')}
          </h2>
          {upload ? <UploadStatus upload={upload} onCancel={() => abortRef.current?.abort()} /> : <FileDrop
              disabled={busy}
              onFile={onFile}
              accept={ACCEPTED_FILES}
              labels={{ drop: t('intake.file.drop'), or: t('intake.file.or'), choose: t('intake.file.choose'), hint: t('intake.file.hint') }}
            />}
        </section>
      </div>
    </div>
  );
}

function UploadStatus({ upload, onCancel }: { upload: Upload; onCancel: () => void }) {
  const sent = upload.total > 0 && upload.loaded >= upload.total;
  return (
    <UploadMeter
      className="upload-status"
      title={sent ? t('intake.file.reading', { name: upload.name }) : t('intake.file.uploading', { name: upload.name })}
      ariaLabel={t('intake.file.progress')}
      loaded={upload.loaded}
      total={upload.total}
      cancel={sent ? undefined : { label: t('intake.file.cancel'), onClick: onCancel }}
    />
  );
}
