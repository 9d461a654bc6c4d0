import { useState } from 'react';
import type { Unit, UnitKind } from '@dondoc/schemas';
import { Modal } from '../../../components/modal';
import { Empty, ErrorMessage, Loading } from '../../../components/status';
import { formatDate } from '../../../lib/format';
import { unitKindLabel, unitKindOptions } from '../../../lib/unit-kind';
import { useDebounced } from '../../../lib/use-debounced';
import { t } from '../../../i18n/t';
import { useUnits } from '../api/get-units';
import { MergeUnitsForm } from './merge-units-form';
import { RenameUnitForm } from './rename-unit-form';
import { RetireUnitForm } from './retire-unit-form';
import { CreateUnitForm, EditUnitForm } from './unit-forms';
import { UnitHistoryView } from './unit-history';

type Dialog =
  | { kind: 'create' }
  | { kind: 'merge' }
  | { kind: 'edit' | 'rename' | 'history' | 'retire'; unit: Unit }
  | null;

export function UnitsTab() {
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<UnitKind | ''>('');
  const [includeRetired, setIncludeRetired] = useState(true);
  const [dialog, setDialog] = useState<Dialog>(null);
  const query = useDebounced(q.trim());
  const units = useUnits({ q: query || undefined, kind: kind || undefined, includeRetired });
  const close = () => setDialog(null);

  return (
    <>
      <div className="toolbar">
        <div className="field toolbar-search">
          <label htmlFor="unit-search">{t('units.search')}</label>
          <input id="unit-search" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('units.searchPlaceholder')} />
        </div>
        <div className="field">
          <label htmlFor="unit-kind">{t('units.kindFilter')}</label>
          <select id="unit-kind" value={kind} onChange={(e) => setKind(e.target.value as UnitKind | '')}>
            <option value="">{t('units.allKinds')}</option>
            {unitKindOptions.map((k) => (
              <option key={k} value={k}>
                {t(unitKindLabel[k])}
              </option>
            ))}
          </select>
        </div>
        <label className="check toolbar-check">
          <input type="checkbox" checked={includeRetired} onChange={(e) => setIncludeRetired(e.target.checked)} />
          {t('units.includeRetired')}
        </label>
        <div className="actions toolbar-action">
          <button type="button" className="btn" onClick={() => setDialog({ kind: 'merge' })}>
            {t('merge.open')}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => setDialog({ kind: 'create' })}>
            {t('units.add')}
          </button>
        </div>
      </div>

      {units.isPending ? (
        <Loading />
      ) : !units.data ? (
        <ErrorMessage error={units.error} />
      ) : units.data.length === 0 ? (
        <Empty>{t('units.empty')}</Empty>
      ) : (
        <>
          <p className="summary-line">{t('units.count', { n: units.data.length })}</p>
          <div className="table-wrap">
            <table role="table" className="table table-cards" aria-label={t('units.tab.units')}>
              <thead>
                <tr>
                  <th scope="col">{t('units.col.name')}</th>
                  <th scope="col">{t('units.col.code')}</th>
                  <th scope="col">{t('units.col.shortName')}</th>
                  <th scope="col">{t('units.col.kind')}</th>
                  <th scope="col">{t('units.col.district')}</th>
                  <th scope="col">{t('units.col.validity')}</th>
                  <th scope="col">{t('units.col.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {units.data.map((u) => (
                  <tr key={u.id} className={u.validTo ? 'is-retired' : undefined}>
                    <td className="cell-main">
                      <span className="row-title-text">{u.name}</span>
                      {u.aliases.length ? <span className="muted small"> {t('units.aliasesShort', { list: u.aliases.join('; ') })}</span> : null}
                    </td>
                    <td data-label={t('units.col.code')}>
                      <code>{u.code}</code>
                    </td>
                    <td data-label={t('units.col.shortName')}>{u.shortName ?? <span className="muted">{t('common.dash')}</span>}</td>
                    <td data-label={t('units.col.kind')}>{t(unitKindLabel[u.kind])}</td>
                    <td data-label={t('units.col.district')}>{u.districtName ?? <span className="muted">{t('common.dash')}</span>}</td>
                    <td data-label={t('units.col.validity')}>
                      {u.validFrom ? t('units.from', { date: formatDate(u.validFrom) }) : null}
                      {u.validTo ? (
                        <span className="badge badge-muted">{t('units.retiredOn', { date: formatDate(u.validTo) })}</span>
                      ) : (
                        <span className="badge badge-ok">{t('units.active')}</span>
                      )}
                    </td>
                    <td data-label={t('units.col.actions')}>
                      <div className="actions row-actions unit-row-actions">
                        <button type="button" className="btn btn-small" onClick={() => setDialog({ kind: 'edit', unit: u })}>
                          {t('common.edit')}
                        </button>
                        {!u.validTo ? (
                          <button type="button" className="btn btn-small" onClick={() => setDialog({ kind: 'rename', unit: u })}>
                            {t('rename.open')}
                          </button>
                        ) : null}
                        <button type="button" className="btn btn-small" onClick={() => setDialog({ kind: 'history', unit: u })}>
                          {t('unitHistory.open')}
                        </button>
                        {!u.validTo ? (
                          <button type="button" className="btn btn-small btn-ghost-danger" onClick={() => setDialog({ kind: 'retire', unit: u })}>
                            {t('units.retire')}
                          </button>
                        ) : null}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      <Modal open={dialog?.kind === 'create'} title={t('units.addTitle')} onClose={close} wide>
        <CreateUnitForm onDone={close} />
      </Modal>
      <Modal open={dialog?.kind === 'edit'} title={t('units.editTitle')} onClose={close} wide>
        {dialog?.kind === 'edit' ? <EditUnitForm unit={dialog.unit} onDone={close} /> : null}
      </Modal>
      <Modal open={dialog?.kind === 'retire'} title={t('units.retireTitle')} onClose={close}>
        {dialog?.kind === 'retire' ? <RetireUnitForm unit={dialog.unit} onDone={close} /> : null}
      </Modal>
      <Modal open={dialog?.kind === 'rename'} title={t('rename.title')} onClose={close} wide>
        {dialog?.kind === 'rename' ? <RenameUnitForm unit={dialog.unit} onDone={close} /> : null}
      </Modal>
      <Modal open={dialog?.kind === 'merge'} title={t('merge.title')} onClose={close} wide>
        {dialog?.kind === 'merge' ? <MergeUnitsForm onDone={close} /> : null}
      </Modal>
      <Modal open={dialog?.kind === 'history'} title={t('unitHistory.title')} onClose={close} wide>
        {dialog?.kind === 'history' ? <UnitHistoryView unitId={dialog.unit.id} /> : null}
      </Modal>
    </>
  );
}
