import { useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { t } from '../../../i18n/t';
import { ACCEPTED_FILES } from '../api/upload-file';

type Props = { disabled: boolean; onFile: (file: File) => void };

/** A drop target with a button: both hand one file to `onFile`. */
export function FileDrop({ disabled, onFile }: Props) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };

  return (
    <div
      className={`drop-zone${over ? ' is-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        if (!disabled) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p className="drop-title">{t('intake.file.drop')}</p>
      <p className="muted">{t('intake.file.or')}</p>
      <button type="button" className="btn btn-primary" disabled={disabled} onClick={() => inputRef.current?.click()}>
        {t('intake.file.choose')}
      </button>
      <input
        ref={inputRef}
        type="file"
        className="file-input"
        tabIndex={-1}
        aria-label={t('intake.file.choose')}
        accept={ACCEPTED_FILES}
        disabled={disabled}
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared so choosing the same file again (after fixing it) still fires.
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
      <p className="field-hint">{t('intake.file.hint')}</p>
    </div>
  );
}
