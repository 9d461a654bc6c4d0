import { useState } from 'react';
import type { UnitGroup } from '@dondoc/schemas';
import { Modal } from '../../../components/modal';
import { Empty, ErrorMessage, Loading } from '../../../components/status';
import { t } from '../../../i18n/t';
import { useUnitGroups } from '../api/get-unit-groups';
import { useUnits } from '../api/get-units';
import { UnitGroupForm } from './unit-group-form';

type Dialog = { group: UnitGroup | null } | null;

export function UnitGroupsTab() {
  const groups = useUnitGroups();
  const units = useUnits({ includeRetired: true });
  const [dialog, setDialog] = useState<Dialog>(null);
  const nameOf = new Map((units.data ?? []).map((u) => [u.id, u.shortName ?? u.name]));

  return (
    <>
      <div className="toolbar">
        <p className="toolbar-text">{t('groups.intro')}</p>
        <button type="button" className="btn btn-primary toolbar-action" onClick={() => setDialog({ group: null })}>
          {t('groups.add')}
        </button>
      </div>
      {groups.isPending ? (
        <Loading />
      ) : !groups.data ? (
        <ErrorMessage error={groups.error} />
      ) : groups.data.length === 0 ? (
        <Empty>{t('groups.empty')}</Empty>
      ) : (
        <div className="table-wrap">
          <table role="table" className="table table-cards" aria-label={t('units.tab.groups')}>
            <thead>
              <tr>
                <th scope="col">{t('groups.col.name')}</th>
                <th scope="col">{t('groups.col.code')}</th>
                <th scope="col">{t('groups.col.members')}</th>
                <th scope="col">{t('groups.col.aliases')}</th>
                <th scope="col">{t('units.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {groups.data.map((g) => (
                <tr key={g.id}>
                  <td className="cell-main">
                    <span className="row-title-text">{g.name}</span>
                  </td>
                  <td data-label={t('groups.col.code')}>
                    <code>{g.code}</code>
                  </td>
                  <td data-label={t('groups.col.members')}>
                    <span title={g.memberIds.map((id) => nameOf.get(id) ?? `#${id}`).join(', ')}>
                      {t('groups.memberCount', { n: g.memberIds.length })}
                    </span>
                  </td>
                  <td data-label={t('groups.col.aliases')}>{g.aliases.length ? g.aliases.join('; ') : <span className="muted">{t('common.dash')}</span>}</td>
                  <td data-label={t('units.col.actions')}>
                    <button type="button" className="btn btn-small" onClick={() => setDialog({ group: g })}>
                      {t('common.edit')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Modal
        open={dialog !== null}
        title={dialog?.group ? t('groups.editTitle') : t('groups.addTitle')}
        onClose={() => setDialog(null)}
        wide
      >
        {dialog ? <UnitGroupForm key={dialog.group?.id ?? 'new'} group={dialog.group} onDone={() => setDialog(null)} /> : null}
      </Modal>
    </>
  );
}
