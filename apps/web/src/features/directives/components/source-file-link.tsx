import type { Directive } from '@dondoc/schemas';
import { t } from '../../../i18n/t';
import { formatBytes } from '../../../lib/format';

/** The uploaded original; the server answers with Content-Disposition: attachment. */
export const sourceUrl = (directiveId: number) => `/api/directives/${directiveId}/source`;

export function SourceFileLink({ directiveId, text }: { directiveId: number; text: string }) {
  return (
    <a href={sourceUrl(directiveId)} download>
      {text}
    </a>
  );
}

/** "Tệp gốc: công-văn.docx (tải về)" under a directive's title. */
export function SourceFileLine({ directive }: { directive: Pick<Directive, 'id' | 'source'> }) {
  if (!directive.source) return null;
  return (
    <p className="source-line">
      {t('directive.source')}{' '}
      <SourceFileLink directiveId={directive.id} text={t('directive.sourceDownload', { name: directive.source.name })} />{' '}
      <span className="muted">· {formatBytes(directive.source.size)}</span>
    </p>
  );
}
