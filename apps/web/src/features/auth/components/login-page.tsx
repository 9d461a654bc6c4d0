import { useState } from 'react';
import type { FormEvent } from 'react';
import { Field, FieldErrorsProvider } from '../../../components/form-field';
import { isApiError } from '../../../lib/api-client';
import { errorText } from '../../../components/status';
import { t } from '../../../i18n/t';
import { useLogin } from '../api/login';

export function LoginPage() {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const login = useLogin();
  const fields = isApiError(login.error) ? login.error.fields : [];

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate({ username: username.trim(), password });
  };

  return (
    <main className="login-page">
      <div className="login-card">
        <div className="login-brand">
          <span className="brand-mark" aria-hidden="true">
            ĐĐ
          </span>
          <div>
            <h1>{t('app.name')}</h1>
            <p>{t('app.tagline')}</p>
          </div>
        </div>
        <h2 className="login-title">{t('login.title')}</h2>
        <FieldErrorsProvider value={fields}>
          <form onSubmit={onSubmit} noValidate>
            <Field label={t('login.username')} path="username">
              {({ id, describedBy }) => (
                <input
                  id={id}
                  name="username"
                  autoComplete="username"
                  autoCapitalize="none"
                  spellCheck={false}
                  value={username}
                  onChange={(e) => setUsername(e.target.value)}
                  aria-describedby={describedBy}
                  required
                  autoFocus
                />
              )}
            </Field>
            <Field label={t('login.password')} path="password">
              {({ id, describedBy }) => (
                <input
                  id={id}
                  name="password"
                  type="password"
                  autoComplete="current-password"
                  value={password}
                  onChange={(e) => setPassword(e.target.value)}
                  aria-describedby={describedBy}
                  required
                />
              )}
            </Field>
            {login.isError && fields.length === 0 ? (
              <p className="form-error" role="alert">
                {errorText(login.error)}
              </p>
            ) : null}
            <button type="submit" className="btn btn-primary btn-block" disabled={login.isPending}>
              {login.isPending ? t('login.submitting') : t('login.submit')}
            </button>
          </form>
        </FieldErrorsProvider>
      </div>
      <p className="login-footer">{t('app.owner')}</p>
    </main>
  );
}
