import type { Role } from '@dondoc/schemas';
import type { MessageKey } from '../../i18n/vi';

export type NavItem = { to: '/tasks' | '/directives' | '/dashboard' | '/units' | '/activities' | '/reports' | '/holidays'; label: MessageKey };

const tasks: NavItem = { to: '/tasks', label: 'nav.tasks' };
const directives: NavItem = { to: '/directives', label: 'nav.directives' };
const dashboard: NavItem = { to: '/dashboard', label: 'nav.dashboard' };
const units: NavItem = { to: '/units', label: 'nav.units' };
const activities: NavItem = { to: '/activities', label: 'nav.activities' };
const reports: NavItem = { to: '/reports', label: 'nav.reports' };
const holidays: NavItem = { to: '/holidays', label: 'nav.holidays' };

export const navItemsFor: Record<Role, readonly NavItem[]> = {
  unit: [tasks, reports, activities],
  staff: [directives, dashboard, reports, tasks, activities],
  admin: [directives, dashboard, reports, tasks, activities, units, holidays],
  leader: [directives, dashboard, reports, activities],
};

/** Where "/" sends each role. */
export const homeFor = (role: Role): NavItem['to'] => (role === 'unit' ? '/tasks' : '/dashboard');

/** A unit user's own scorecard: its figures and its data to export. */
export const unitResultsLabel: MessageKey = 'nav.unitResults';
