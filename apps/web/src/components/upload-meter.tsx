import { formatBytes } from '../lib/format';

/** A file on its way up: name line, percentage bar (pulsing once sent, while the server works), bytes, cancel. */
export function UploadMeter(props: {
  className: string;
  title: string;
  ariaLabel: string;
  loaded: number;
  total: number;
  cancel?: { label: string; onClick: () => void; className?: string } | undefined;
}) {
  const { loaded, total } = props;
  const pct = total > 0 ? Math.min(100, Math.round((loaded / total) * 100)) : 0;
  const sent = total > 0 && loaded >= total;
  return (
    <div className={props.className} role="status">
      <p className="upload-name">{props.title}</p>
      <div className="progress">
        <div
          className={`progress-track${sent ? ' is-working' : ''}`}
          role="progressbar"
          aria-label={props.ariaLabel}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={pct}
        >
          <div className="progress-fill" style={{ width: `${pct}%` }} />
        </div>
        <span className="progress-text">{pct}%</span>
      </div>
      <p className="muted small">
        {formatBytes(loaded)} / {formatBytes(total)}
      </p>
      {props.cancel ? (
        <button type="button" className={props.cancel.className ?? 'btn btn-small'} onClick={props.cancel.onClick}>
          {props.cancel.label}
        </button>
      ) : null}
    </div>
  );
}
