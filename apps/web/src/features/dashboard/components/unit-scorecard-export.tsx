import type { ExportCreate } from '@dondoc/schemas';
import { t } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/vi';
import type { UnitScorecardFilters } from '../api/get-unit-scorecard';
import { ExportOutcome, useExportRun } from './export-run';

const choices: { kind: ExportCreate['kind']; format: ExportCreate['format']; label: MessageKey; testId: string }[] = [
  // A workbook of kind "units" holds both sheets: the unit's results and its activities.
  { kind: 'units', format: 'xlsx', label: 'scorecard.export.xlsx', testId: 'sc-export-xlsx' },
  { kind: 'units', format: 'csv', label: 'scorecard.export.unitsCsv', testId: 'sc-export-units-csv' },
  { kind: 'activities', format: 'csv', label: 'scorecard.export.activitiesCsv', testId: 'sc-export-activities-csv' },
];

/** This unit's figures and activities as a file; a unit user's export is its own unit whatever is asked (the API decides). */
export function UnitScorecardExport({ unitId, filters }: { unitId: number; filters: UnitScorecardFilters }) {
  const run = useExportRun();
  const start = (c: (typeof choices)[number]) => run.start({ kind: c.kind, format: c.format, params: { ...filters, unitId } });
  return (
    <section className="card scorecard-export" aria-labelledby="sc-export-title">
      <h2 id="sc-export-title">{t('scorecard.export')}</h2>
      <div className="actions">
        {choices.map((c) => (
          <button key={c.testId} type="button" className="btn" disabled={run.busy} onClick={() => start(c)} data-testid={c.testId}>
            {t(c.label)}
          </button>
        ))}
      </div>
      <div className="actions" aria-live="polite">
        <ExportOutcome run={run} downloadClassName="btn btn-primary" downloadTestId="sc-export-download" />
      </div>
    </section>
  );
}
