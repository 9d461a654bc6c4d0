import { Link } from '@tanstack/react-router';
import { Tabs } from '../../../components/tabs';
import { t } from '../../../i18n/t';
import { UnitEventsTab } from './unit-events-tab';
import { UnitGroupsTab } from './unit-groups-tab';
import { UnitsTab } from './units-tab';
import type { UnitsTabKey } from './units-tab-keys';
import '../units.css';

type Props = {
  tab: UnitsTabKey;
  /** The history tab narrowed to one applied change. */
  changeId?: number | undefined;
  onNavigate: (next: { tab: UnitsTabKey; changeId?: number | undefined }) => void;
};

export function UnitsPage({ tab, changeId, onNavigate }: Props) {
  return (
    <div className="page page-wide">
      <header className="page-header">
        <div>
          <h1>{t('units.title')}</h1>
          <p className="page-subtitle">{t('units.subtitle')}</p>
        </div>
        <Link to="/units/changes" className="btn">
          {t('orgChange.open')}
        </Link>
      </header>
      <Tabs
        tabs={[
          { key: 'units', label: t('units.tab.units') },
          { key: 'groups', label: t('units.tab.groups') },
          { key: 'history', label: t('units.tab.history') },
        ]}
        active={tab}
        onChange={(next) => onNavigate({ tab: next })}
        label={t('units.title')}
      />
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        {tab === 'units' ? <UnitsTab /> : null}
        {tab === 'groups' ? <UnitGroupsTab /> : null}
        {tab === 'history' ? <UnitEventsTab changeId={changeId} onClearChange={() => onNavigate({ tab: 'history' })} /> : null}
      </div>
    </div>
  );
}
