import { Link } from '@tanstack/react-router';
import { t } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/vi';
import type { TaskFilter } from '../api/get-tasks';

const filterLabels: Record<TaskFilter, MessageKey> = {
  open: 'tasks.filter.open',
  overdue: 'tasks.filter.overdue',
  done: 'tasks.filter.done',
  all: 'tasks.filter.all',
};

export const taskFilters = Object.keys(filterLabels) as TaskFilter[];

export function TaskFilterTabs({ active }: { active: TaskFilter }) {
  return (
    <nav className="tabs" aria-label={t('tasks.filter.label')}>
      {taskFilters.map((filter) => (
        <Link
          key={filter}
          to="/tasks"
          search={{ filter }}
          className={`tab${filter === active ? ' is-active' : ''}`}
          aria-current={filter === active ? 'page' : undefined}
        >
          {t(filterLabels[filter])}
        </Link>
      ))}
    </nav>
  );
}
