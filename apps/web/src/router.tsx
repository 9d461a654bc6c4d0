import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import { Navigate, Outlet, createRootRouteWithContext, createRoute, createRouter } from '@tanstack/react-router';
import type { QueryClient } from '@tanstack/react-query';
import type { ActivityForm, Role } from '@dondoc/schemas';
import { activityForms } from '@dondoc/schemas/activity-constants';
import { AppShell } from './components/layout/app-shell';
import { homeFor } from './components/layout/nav-items';
import { Forbidden, Loading, NotFound } from './components/status';
import type { ActivityFilters } from './features/activities/api/get-activities';
import { AuthGate } from './features/auth/components/auth-gate';
import { LogoutButton } from './features/auth/components/logout-button';
import { NotificationBell } from './features/notifications/components/notification-bell';
import { DashboardPage } from './features/dashboard/components/dashboard-page';
import { DirectiveListPage } from './features/directives/components/directive-list-page';
import { DirectivePage } from './features/directives/components/directive-page';
import type { DialogKind } from './features/directives/components/form/form-dialogs';
import type { TaskFilter } from './features/tasks/api/get-tasks';
import { taskFilters } from './features/tasks/components/task-filter-tabs';
import { TaskListPage } from './features/tasks/components/task-list-page';
import { TaskPage } from './features/tasks/components/task-page';
import { unitsTabKeys, type UnitsTabKey } from './features/units/components/units-tab-keys';
import { useCurrentUser } from './lib/current-user';

// Screens only some roles open, and the heaviest ones, load on demand.
const DirectiveFormPage = lazy(() =>
  import('./features/directives/components/directive-form-page').then((m) => ({ default: m.DirectiveFormPage })),
);
const IntakePage = lazy(() => import('./features/intake/components/intake-page').then((m) => ({ default: m.IntakePage })));
const UnitsPage = lazy(() => import('./features/units/components/units-page').then((m) => ({ default: m.UnitsPage })));
const OrgChangePage = lazy(() => import('./features/org/components/org-change-page').then((m) => ({ default: m.OrgChangePage })));
const ActivitiesPage = lazy(() =>
  import('./features/activities/components/activities-page').then((m) => ({ default: m.ActivitiesPage })),
);
const AuditTrail = lazy(() => import('./features/audit/components/audit-trail').then((m) => ({ default: m.AuditTrail })));
const RequestListPage = lazy(() => import('./features/reports/components/request-list-page').then((m) => ({ default: m.RequestListPage })));
const RequestFormPage = lazy(() => import('./features/reports/components/request-form/request-form-page').then((m) => ({ default: m.RequestFormPage })));
const RequestPage = lazy(() => import('./features/reports/components/request-page').then((m) => ({ default: m.RequestPage })));
const ReportPage = lazy(() => import('./features/reports/components/report/report-page').then((m) => ({ default: m.ReportPage })));
const ReportsDuePanel = lazy(() => import('./features/reports/components/reports-due-panel').then((m) => ({ default: m.ReportsDuePanel })));
const NotificationSettingsPage = lazy(() =>
  import('./features/notifications/components/notification-settings-page').then((m) => ({ default: m.NotificationSettingsPage })),
);
const HolidaysPage = lazy(() => import('./features/holidays/components/holidays-page').then((m) => ({ default: m.HolidaysPage })));

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
    <AppShell me={me} actions={<LogoutButton />} bell={<NotificationBell />}>
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
    const me = useCurrentUser();
    // A unit's home page also lists the reports it still has to send.
    const panel =
      me.role === 'unit' ? (
        <Suspense fallback={null}>
          <ReportsDuePanel />
        </Suspense>
      ) : undefined;
    return <TaskListPage filter={filter ?? 'open'} panel={panel} />;
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

type UnitsSearch = { tab?: UnitsTabKey; changeId?: number };

const unitsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/units',
  validateSearch: (search: Record<string, unknown>): UnitsSearch => {
    const tab = unitsTabKeys.includes(search['tab'] as UnitsTabKey) ? (search['tab'] as UnitsTabKey) : undefined;
    const changeId = Number(search['changeId']);
    return {
      ...(tab && tab !== 'units' ? { tab } : {}),
      ...(tab === 'history' && Number.isInteger(changeId) && changeId > 0 ? { changeId } : {}),
    };
  },
  component: function UnitsRoute() {
    const { tab, changeId } = unitsRoute.useSearch();
    const navigate = unitsRoute.useNavigate();
    return (
      <RequireRole roles={['admin']}>
        <Lazy>
          <UnitsPage
            tab={tab ?? 'units'}
            changeId={changeId}
            onNavigate={(next) => void navigate({ search: { tab: next.tab === 'units' ? undefined : next.tab, changeId: next.changeId }, replace: true })}
          />
        </Lazy>
      </RequireRole>
    );
  },
});

const orgChangesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/units/changes',
  component: () => (
    <RequireRole roles={['admin']}>
      <Lazy>
        <OrgChangePage />
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

// ---- reports, notifications, working days (issue 5) ----

const reportsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reports',
  component: () => (
    <Lazy>
      <RequestListPage />
    </Lazy>
  ),
});

const newRequestRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reports/requests/new',
  validateSearch: (search: Record<string, unknown>): { directiveId?: number } => {
    const id = Number(search['directiveId']);
    return Number.isInteger(id) && id > 0 ? { directiveId: id } : {};
  },
  component: function NewRequestRoute() {
    const { directiveId } = newRequestRoute.useSearch();
    return (
      <RequireRole roles={STAFF}>
        <Lazy>
          <RequestFormPage key={directiveId ?? 'blank'} directiveId={directiveId} />
        </Lazy>
      </RequireRole>
    );
  },
});

const requestRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reports/requests/$requestId',
  component: function RequestRoute() {
    const id = idOf(requestRoute.useParams().requestId);
    if (!id) return <NotFound />;
    return (
      <RequireRole roles={READERS}>
        <Lazy>
          <RequestPage key={id} requestId={id} />
        </Lazy>
      </RequireRole>
    );
  },
});

const editRequestRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reports/requests/$requestId/edit',
  component: function EditRequestRoute() {
    const id = idOf(editRequestRoute.useParams().requestId);
    if (!id) return <NotFound />;
    return (
      <RequireRole roles={STAFF}>
        <Lazy>
          <RequestFormPage key={id} requestId={id} />
        </Lazy>
      </RequireRole>
    );
  },
});

const reportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reports/$reportId',
  component: function ReportRoute() {
    const id = idOf(reportRoute.useParams().reportId);
    if (!id) return <NotFound />;
    return (
      <Lazy>
        <ReportPage key={id} reportId={id} />
      </Lazy>
    );
  },
});

const notificationSettingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/settings/notifications',
  component: () => (
    <Lazy>
      <NotificationSettingsPage />
    </Lazy>
  ),
});

const holidaysRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/holidays',
  component: () => (
    <RequireRole roles={['admin']}>
      <Lazy>
        <HolidaysPage />
      </Lazy>
    </RequireRole>
  ),
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
  orgChangesRoute,
  activitiesRoute,
  reportsRoute,
  newRequestRoute,
  requestRoute,
  editRequestRoute,
  reportRoute,
  notificationSettingsRoute,
  holidaysRoute,
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({ routeTree, context: { queryClient }, scrollRestoration: true, defaultPreload: false });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
