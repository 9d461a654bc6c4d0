import { useState } from 'react';
import type { ReactNode } from 'react';
import { Link, useRouterState } from '@tanstack/react-router';
import type { Me } from '@dondoc/schemas';
import { getLocale, setLocale, t } from '../../i18n/t';
import { navItemsFor, unitResultsLabel } from './nav-items';

/** `bell`: the notifications button, kept in the bar (outside the folding menu) on a phone. */
type Props = { me: Me; actions: ReactNode; bell?: ReactNode; children: ReactNode };

export function AppShell({ me, actions, bell, children }: Props) {
  const [menuOpen, setMenuOpen] = useState(false);
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const [lastPath, setLastPath] = useState(pathname);
  // Close the phone menu whenever the page changes (adjusting state during render, no effect needed).
  if (pathname !== lastPath) {
    setLastPath(pathname);
    setMenuOpen(false);
  }
  const items = navItemsFor[me.role];
  const unitName = me.unit ? (me.unit.shortName ?? me.unit.name) : t(`role.${me.role}`);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('shell.skip')}
      </a>
      <header className="topbar">
        <div className="topbar-inner">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              ĐĐ
            </span>
            <span className="brand-name">{t('app.name')}</span>
          </Link>
          {bell ? <div className="topbar-bell">{bell}</div> : null}
          <button
            type="button"
            className="btn btn-ghost menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="main-nav"
            onClick={() => setMenuOpen((o) => !o)}
          >
            {menuOpen ? t('shell.closeMenu') : t('shell.menu')}
          </button>
          <div className={`topbar-menu${menuOpen ? ' is-open' : ''}`}>
            <nav id="main-nav" aria-label={t('shell.nav')}>
              <ul className="nav-list">
                {items.map((item) => (
                  <li key={item.to}>
                    <Link to={item.to} className="nav-link" activeProps={{ className: 'is-active', 'aria-current': 'page' }}>
                      {t(item.label)}
                    </Link>
                  </li>
                ))}
                {me.role === 'unit' && me.unit ? (
                  <li>
                    <Link
                      to="/dashboard/units/$unitId"
                      params={{ unitId: String(me.unit.id) }}
                      className="nav-link"
                      activeProps={{ className: 'is-active', 'aria-current': 'page' }}
                    >
                      {t(unitResultsLabel)}
                    </Link>
                  </li>
                ) : null}
              </ul>
            </nav>
            <div className="user-box">
              <div className="user-info">
                <span className="user-name">{me.fullName}</span>
                <span className="user-unit" title={me.unit?.name}>
                  {unitName}
                </span>
              </div>
              <button
                type="button"
                className="btn btn-ghost btn-small"
                lang={getLocale() === 'vi' ? 'en' : 'vi'}
                onClick={() => setLocale(getLocale() === 'vi' ? 'en' : 'vi')}
              >
                {t('shell.otherLanguage')}
              </button>
              {actions}
            </div>
          </div>
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
