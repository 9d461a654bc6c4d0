import { test as base, expect } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo123';

type Fixtures = {
  /** Signs in through the login form, as a person would, starting at `path`. */
  login: (username: string, path?: string) => Promise<Page>;
  /** Signs the page's browser context in through the API (fast; for tests about other screens). */
  signIn: (username: string) => Promise<void>;
  /** An API client signed in as department staff, to look up ids the test needs. */
  staffApi: APIRequestContext;
};

export const test = base.extend<Fixtures>({
  login: async ({ page }, use) => {
    await use(async (username, path = '/') => {
      await page.goto(path);
      await page.getByLabel('Tên đăng nhập').fill(username);
      await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await expect(page.getByLabel('Tên đăng nhập')).toBeHidden();
      return page;
    });
  },
  signIn: async ({ page }, use) => {
    await use(async (username) => {
      const res = await page.request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
      expect(res.status(), `login as ${username}`).toBe(200);
    });
  },
  staffApi: async ({ playwright, baseURL }, use) => {
    const api = await playwright.request.newContext({ baseURL });
    const res = await api.post('/api/auth/login', { data: { username: 'staff', password: DEMO_PASSWORD } });
    expect(res.status()).toBe(200);
    await use(api);
    await api.dispose();
  },
});

export { expect };

type Summary = { id: number; subject: string };
type TaskRow = { id: number; itemsTotal: number; unit: { id: number; name: string } };

/** The seed directive (the November 2020 Engels dispatch) and its tasks, by unit name. */
export async function seedDirective(api: APIRequestContext) {
  const list = (await (await api.get('/api/directives')).json()) as { items: Summary[] };
  // The first one: the intake tests import the same dispatch again.
  const directive = list.items.filter((d) => d.subject.includes('Ăng-ghen')).sort((a, b) => a.id - b.id)[0];
  if (!directive) throw new Error('seed directive not found');
  const tasks = (await (await api.get(`/api/directives/${directive.id}/tasks`)).json()) as { items: TaskRow[] };
  const taskOf = (unitName: string) => {
    const task = tasks.items.find((t) => t.unit.name === unitName);
    if (!task) throw new Error(`no task for ${unitName}`);
    return task;
  };
  return { directive, tasks: tasks.items, taskOf };
}
