import { useState } from 'react';
import { Tabs } from '../../../components/tabs';
import { t } from '../../../i18n/t';
import { UnitGroupsTab } from './unit-groups-tab';
import { UnitsTab } from './units-tab';

type TabKey = 'units' | 'groups';

export function UnitsPage() {
  const [tab, setTab] = useState<TabKey>('units');
  return (
    <div className="page page-wide">
      <header className="page-header">
        <div>
          <h1>{t('units.title')}</h1>
          <p className="page-subtitle">{t('units.subtitle')}</p>
        </div>
      </header>
      <Tabs
        tabs={[
          { key: 'units', label: t('units.tab.units') },
          { key: 'groups', label: t('units.tab.groups') },
        ]}
        active={tab}
        onChange={setTab}
        label={t('units.title')}
      />
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        {tab === 'units' ? <UnitsTab /> : <UnitGroupsTab />}
      </div>
    </div>
  );
}
