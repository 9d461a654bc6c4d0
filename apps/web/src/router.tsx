import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import { Navigate, Outlet, createRootRouteWithContext, createRoute, createRouter } from '@tanstack/react-router';
import type { QueryClient } from '@tanstack/react-query';
import { activityForms, type ActivityForm, type Role } from '@dondoc/schemas';
import { AppShell } from './components/layout/app-shell';
import { homeFor } from './components/layout/nav-items';
import { Forbidden, Loading, NotFound } from './components/status';
import type { ActivityFilters } from './features/activities/api/get-activities';
import { AuthGate } from './features/auth/components/auth-gate';
import { LogoutButton } from './features/auth/components/logout-button';
import { DashboardPage } from './features/dashboard/components/dashboard-page';
import { DirectiveListPage } from './features/directives/components/directive-list-page';
import { DirectivePage } from './features/directives/components/directive-page';
import type { DialogKind } from './features/directives/components/form/form-dialogs';
import type { TaskFilter } from './features/tasks/api/get-tasks';
import { taskFilters } from './features/tasks/components/task-filter-tabs';
import { TaskListPage } from './features/tasks/components/task-list-page';
import { TaskPage } from './features/tasks/components/task-page';
import { useCurrentUser } from './lib/current-user';

// Screens only some roles open, and the heaviest ones, load on demand.
const DirectiveFormPage = lazy(() =>
  import('./features/directives/components/directive-form-page').then((m) => ({ default: m.DirectiveFormPage })),
);
const IntakePage = lazy(() => import('./features/intake/components/intake-page').then((m) => ({ default: m.IntakePage })));
const UnitsPage = lazy(() => import('./features/units/components/units-page').then((m) => ({ default: m.UnitsPage })));
const ActivitiesPage = lazy(() =>
  import('./features/activities/components/activities-page').then((m) => ({ default: m.ActivitiesPage })),
);
const AuditTrail = lazy(() => import('./features/audit/components/audit-trail').then((m) => ({ default: m.AuditTrail })));

const STAFF: readonly Role[] = ['admin', 'staff'];
const READERS: readonly Role[] = ['admin', 'staff', 'leader'];

function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const me = useCurrentUser();
  return roles.includes(me.role) ? <>{children}</> : <Forbidden />;
}

const Lazy = ({ children }: { children: ReactNode }) => <Suspense fallback={<Loading />}>{children}</Suspense>;

/** Route params are strings; anything but a positive integer is a page that does not exist. */
const idOf = (param: string): number | null => (/^[1-9]\d{0,9}$/.test(param) ? Number(param) : null);

function SignedInLayout() {
  const me = useCurrentUser();
  return (
    <AppShell me={me} actions={<LogoutButton />}>
      <Outlet />
    </AppShell>
  );
}

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: () => (
    <AuthGate>
      <SignedInLayout />
    </AuthGate>
  ),
  notFoundComponent: () => <NotFound />,
});

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: function Home() {
    const me = useCurrentUser();
    return <Navigate to={homeFor(me.role)} replace />;
  },
});

const tasksRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/tasks',
  validateSearch: (search: Record<string, unknown>): { filter?: TaskFilter } =>
    taskFilters.includes(search['filter'] as TaskFilter) ? { filter: search['filter'] as TaskFilter } : {},
  component: function TasksRoute() {
    const { filter } = tasksRoute.useSearch();
    return <TaskListPage filter={filter ?? 'open'} />;
  },
});

const taskRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/tasks/$taskId',
  component: function TaskRoute() {
    const id = idOf(taskRoute.useParams().taskId);
    return id ? <TaskPage key={id} taskId={id} /> : <NotFound />;
  },
});

const directivesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/directives',
  component: () => (
    <RequireRole roles={READERS}>
      <DirectiveListPage />
    </RequireRole>
  ),
});

const newDirectiveRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/directives/new',
  component: () => (
    <RequireRole roles={STAFF}>
      <Lazy>
        <DirectiveFormPage />
      </Lazy>
    </RequireRole>
  ),
});

const importDirectiveRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/directives/import',
  component: () => (
    <RequireRole roles={STAFF}>
      <Lazy>
        <IntakePage />
      </Lazy>
    </RequireRole>
  ),
});

const directiveRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/directives/$directiveId',
  component: function DirectiveRoute() {
    const id = idOf(directiveRoute.useParams().directiveId);
    if (!id) return <NotFound />;
    return (
      <RequireRole roles={READERS}>
        <DirectivePage
          key={id}
          directiveId={id}
          auditPanel={
            <Lazy>
              <AuditTrail directiveId={id} />
            </Lazy>
          }
        />
      </RequireRole>
    );
  },
});

const editDirectiveRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/directives/$directiveId/edit',
  validateSearch: (search: Record<string, unknown>): { open?: DialogKind } =>
    search['open'] === 'preview' || search['open'] === 'publish' ? { open: search['open'] } : {},
  component: function EditDirectiveRoute() {
    const id = idOf(editDirectiveRoute.useParams().directiveId);
    const { open } = editDirectiveRoute.useSearch();
    if (!id) return <NotFound />;
    return (
      <RequireRole roles={STAFF}>
        <Lazy>
          <DirectiveFormPage key={id} directiveId={id} open={open} />
        </Lazy>
      </RequireRole>
    );
  },
});

const dashboardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/dashboard',
  component: () => (
    <RequireRole roles={READERS}>
      <DashboardPage />
    </RequireRole>
  ),
});

const unitsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/units',
  component: () => (
    <RequireRole roles={['admin']}>
      <Lazy>
        <UnitsPage />
      </Lazy>
    </RequireRole>
  ),
});

const isoDay = (v: unknown): string | undefined => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);

const activitiesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/activities',
  validateSearch: (search: Record<string, unknown>): ActivityFilters => {
    const directiveId = Number(search['directiveId']);
    return {
      from: isoDay(search['from']),
      to: isoDay(search['to']),
      form: activityForms.includes(search['form'] as ActivityForm) ? (search['form'] as ActivityForm) : undefined,
      directiveId: Number.isInteger(directiveId) && directiveId > 0 ? directiveId : undefined,
      includeDeleted: search['includeDeleted'] === true || search['includeDeleted'] === 'true' ? true : undefined,
    };
  },
  component: function ActivitiesRoute() {
    const filters = activitiesRoute.useSearch();
    const navigate = activitiesRoute.useNavigate();
    return (
      <Lazy>
        <ActivitiesPage filters={filters} onFilters={(next) => void navigate({ search: next, replace: true })} />
      </Lazy>
    );
  },
});

const routeTree = rootRoute.addChildren([
  indexRoute,
  tasksRoute,
  taskRoute,
  directivesRoute,
  newDirectiveRoute,
  importDirectiveRoute,
  directiveRoute,
  editDirectiveRoute,
  dashboardRoute,
  unitsRoute,
  activitiesRoute,
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({ routeTree, context: { queryClient }, scrollRestoration: true, defaultPreload: false });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
