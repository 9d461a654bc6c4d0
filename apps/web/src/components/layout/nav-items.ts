import type { Role } from '@dondoc/schemas';
import type { MessageKey } from '../../i18n/vi';

export type NavItem = { to: '/tasks' | '/directives' | '/dashboard' | '/units'; label: MessageKey };

const tasks: NavItem = { to: '/tasks', label: 'nav.tasks' };
const directives: NavItem = { to: '/directives', label: 'nav.directives' };
const dashboard: NavItem = { to: '/dashboard', label: 'nav.dashboard' };
const units: NavItem = { to: '/units', label: 'nav.units' };

export const navItemsFor: Record<Role, readonly NavItem[]> = {
  unit: [tasks],
  staff: [directives, dashboard, tasks],
  admin: [directives, dashboard, tasks, units],
  leader: [directives, dashboard],
};

/** Where "/" sends each role. */
export const homeFor = (role: Role): NavItem['to'] => (role === 'unit' ? '/tasks' : '/dashboard');
