import { useState } from 'react';
import type { ExportCreate } from '@dondoc/schemas';
import { errorText } from '../../../components/status';
import { formatBytes } from '../../../lib/format';
import { t } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/vi';
import { exportFileUrl, useCreateExport, useExportJob } from '../api/create-export';
import type { UnitScorecardFilters } from '../api/get-unit-scorecard';

const choices: { kind: ExportCreate['kind']; format: ExportCreate['format']; label: MessageKey; testId: string }[] = [
  // A workbook of kind "units" holds both sheets: the unit's results and its activities.
  { kind: 'units', format: 'xlsx', label: 'scorecard.export.xlsx', testId: 'sc-export-xlsx' },
  { kind: 'units', format: 'csv', label: 'scorecard.export.unitsCsv', testId: 'sc-export-units-csv' },
  { kind: 'activities', format: 'csv', label: 'scorecard.export.activitiesCsv', testId: 'sc-export-activities-csv' },
];

/** This unit's figures and activities as a file; a unit user's export is its own unit whatever is asked (the API decides). */
export function UnitScorecardExport({ unitId, filters }: { unitId: number; filters: UnitScorecardFilters }) {
  const create = useCreateExport();
  const [token, setToken] = useState<string | null>(null);
  const job = useExportJob(token);
  const j = job.data;
  const busy = create.isPending || (j !== undefined && (j.status === 'queued' || j.status === 'running'));
  const start = (c: (typeof choices)[number]) => {
    setToken(null);
    create.mutate({ kind: c.kind, format: c.format, params: { ...filters, unitId } }, { onSuccess: (created) => setToken(created.token) });
  };
  return (
    <section className="card scorecard-export" aria-labelledby="sc-export-title">
      <h2 id="sc-export-title">{t('scorecard.export')}</h2>
      <div className="actions">
        {choices.map((c) => (
          <button key={c.testId} type="button" className="btn" disabled={busy} onClick={() => start(c)} data-testid={c.testId}>
            {t(c.label)}
          </button>
        ))}
      </div>
      <div className="actions" aria-live="polite">
        {j && (j.status === 'queued' || j.status === 'running') ? (
          <span role="status" className="dash-export-progress">
            <progress max={100} value={j.progress} /> {t('dash.export.running', { progress: j.progress })}
          </span>
        ) : null}
        {j && j.status === 'done' && token ? (
          <a className="btn btn-primary" href={exportFileUrl(token)} download={j.fileName ?? undefined} data-testid="sc-export-download">
            {t('dash.export.ready', { name: j.fileName ?? '' })}
            {j.size !== null ? ` (${formatBytes(j.size)})` : ''}
          </a>
        ) : null}
        {j && j.status === 'failed' ? (
          <span role="alert" className="form-error">
            {t('dash.export.failed', { error: j.error ?? '' })}
          </span>
        ) : null}
        {create.isError ? (
          <span role="alert" className="form-error">
            {errorText(create.error)}
          </span>
        ) : null}
      </div>
    </section>
  );
}
