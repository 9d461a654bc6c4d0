import type { ReactNode } from 'react';
import { isApiError } from '../lib/api-client';
import { t } from '../i18n/t';

export function Loading({ label }: { label?: string }) {
  return (
    <p className="status status-loading" role="status">
      {label ?? t('common.loading')}
    </p>
  );
}

export function errorText(error: unknown): string {
  if (isApiError(error)) return error.message;
  return t('error.unexpected');
}

export function ErrorMessage({ error, children }: { error: unknown; children?: ReactNode }) {
  return (
    <div className="status status-error" role="alert">
      <p>{errorText(error)}</p>
      {children}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="status status-empty">{children}</p>;
}

export function NotFound({ title, children, action }: { title?: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <section className="not-found" role="alert">
      <h1>{title ?? t('error.notFoundTitle')}</h1>
      <p>{children ?? t('error.notFoundText')}</p>
      {action}
    </section>
  );
}

export function Forbidden() {
  return (
    <section className="not-found" role="alert">
      <h1>{t('error.forbiddenTitle')}</h1>
      <p>{t('error.forbiddenText')}</p>
    </section>
  );
}
