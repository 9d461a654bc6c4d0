import type { EvidenceFile } from '@dondoc/schemas';
import { formatBytes } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { evidenceUrl } from '../api/upload-evidence';

/** A download link to an evidence file; a photo shows a thumbnail. */
export function EvidenceLink({ file }: { file: EvidenceFile }) {
  const image = file.mime === 'image/png' || file.mime === 'image/jpeg';
  return (
    <a className="evidence-link" href={evidenceUrl(file.id)} download={file.name} title={t('activities.openFile', { name: file.name, size: formatBytes(file.size) })}>
      {image ? <img className="evidence-thumb" src={evidenceUrl(file.id)} alt="" width={40} height={40} loading="lazy" /> : <span className="evidence-kind" aria-hidden="true">{kindOf(file)}</span>}
      <span className="evidence-name">{file.name}</span>
      <span className="muted small nowrap">{formatBytes(file.size)}</span>
    </a>
  );
}

/** A short tag for the file's type: PDF, DOCX, MP4… */
function kindOf(file: EvidenceFile): string {
  const ext = file.name.includes('.') ? file.name.split('.').pop() : '';
  return (ext || file.mime.split('/').pop() || '').slice(0, 4).toUpperCase();
}
