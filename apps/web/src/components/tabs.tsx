import type { ReactNode } from 'react';

type Tab<K extends string> = { key: K; label: ReactNode };

type Props<K extends string> = {
  tabs: readonly Tab<K>[];
  active: K;
  onChange: (key: K) => void;
  label: string;
};

/** In-page tabs; the panel is rendered by the caller with role="tabpanel". */
export function Tabs<K extends string>({ tabs, active, onChange, label }: Props<K>) {
  return (
    <div className="tabs" role="tablist" aria-label={label}>
      {tabs.map((tab) => (
        <button
          key={tab.key}
          type="button"
          role="tab"
          id={`tab-${tab.key}`}
          aria-selected={tab.key === active}
          aria-controls={`panel-${tab.key}`}
          className={`tab${tab.key === active ? ' is-active' : ''}`}
          onClick={() => onChange(tab.key)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
