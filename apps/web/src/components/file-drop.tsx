import { useRef, useState } from 'react';
import type { DragEvent } from 'react';

type Props = {
  disabled: boolean;
  onFile: (file: File) => void;
  /** The file picker's filter (the server checks the content whatever it says). */
  accept: string;
  labels: { drop: string; or: string; choose: string; hint: string };
};

/** A drop target with a button: both hand one file to `onFile` (a directive's file, a directory change). */
export function FileDrop({ disabled, onFile, accept, labels }: Props) {
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
      <p className="drop-title">{labels.drop}</p>
      <p className="muted">{labels.or}</p>
      <button type="button" className="btn btn-primary" disabled={disabled} onClick={() => inputRef.current?.click()}>
        {labels.choose}
      </button>
      <input
        ref={inputRef}
        type="file"
        className="file-input"
        tabIndex={-1}
        aria-label={labels.choose}
        accept={accept}
        disabled={disabled}
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared so choosing the same file again (after fixing it) still fires.
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
      <p className="field-hint">{labels.hint}</p>
    </div>
  );
}
