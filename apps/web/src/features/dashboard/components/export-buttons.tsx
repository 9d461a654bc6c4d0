import type { ExportParams } from '@dondoc/schemas';
import { t } from '../../../i18n/t';
import { ExportOutcome, useExportRun } from './export-run';

export type TableKind = 'matrix' | 'units' | 'activities';
const whatKey = { matrix: 'dash.export.what.matrix', units: 'dash.export.what.units', activities: 'dash.export.what.activities' } as const;

/**
 * Exports one table as it is on screen (the filters are the params), shows the job's progress
 * and offers the file once it is made. A long export downloads by itself when it is ready.
 */
export function ExportButtons({ kind, params }: { kind: TableKind; params: ExportParams }) {
  const run = useExportRun();
  const start = (format: 'xlsx' | 'csv') => run.start({ kind, format, params });
  const what = t(whatKey[kind]);
  return (
    <div className="actions dash-export" role="group" aria-label={t('dash.export.group', { what })}>
      <button type="button" className="btn btn-small" disabled={run.busy} aria-label={`${t('dash.export.excel')} ${what}`} onClick={() => start('xlsx')}>
        {t('dash.export.excel')}
      </button>
      <button type="button" className="btn btn-small" disabled={run.busy} aria-label={`${t('dash.export.csv')} ${what}`} onClick={() => start('csv')}>
        {t('dash.export.csv')}
      </button>
      <ExportOutcome run={run} downloadWhenDone progressWhileStarting downloadClassName="btn btn-small btn-primary" downloadTestId={`export-download-${kind}`} />
    </div>
  );
}
