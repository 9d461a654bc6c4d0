import type { IntakeResult } from '@dondoc/schemas';
import { t } from '../../../i18n/t';
import { formatBytes } from '../../../lib/format';
import { SourceFileLink } from '../../directives/components/source-file-link';

type Props = { source: IntakeResult['source']; savedId: number | null };

/** The dispatch as it came in, to read beside the form. */
export function SourcePanel({ source, savedId }: Props) {
  const file = source.fileId !== null;
  return (
    <section className="intake-source" aria-labelledby="intake-source-title">
      <header className="intake-source-head">
        <h2 id="intake-source-title" className="section-title">
          {t('intake.source.title')}
        </h2>
        <p className="intake-source-meta">
          {source.name ? <span className="source-name">{source.name}</span> : null}
          <span className="muted">
            {t(`intake.source.kind.${source.kind}`)} · {formatBytes(source.size)}
          </span>
        </p>
        {file ? (
          savedId !== null && source.name ? (
            <p className="small">
              <SourceFileLink directiveId={savedId} text={t('intake.source.download')} />
            </p>
          ) : (
            <p className="muted small">{t('intake.source.afterSave')}</p>
          )
        ) : null}
      </header>
      <pre className="source-text" tabIndex={0} aria-label={t('intake.source.text')}>
        {source.text}
      </pre>
    </section>
  );
}
