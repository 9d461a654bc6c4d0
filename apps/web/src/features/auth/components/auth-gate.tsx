import type { ReactNode } from 'react';
import { CurrentUserProvider } from '../../../lib/current-user';
import { ErrorMessage, Loading } from '../../../components/status';
import { t } from '../../../i18n/t';
import { useMe } from '../api/get-me';
import { LoginPage } from './login-page';

/**
 * Shows the login page until there is a session. The URL is kept, so after signing in the
 * user lands on the page they asked for.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const me = useMe();
  // A failed background refetch keeps the last user: only a 401 (data null) signs out.
  if (me.data) return <CurrentUserProvider value={me.data}>{children}</CurrentUserProvider>;
  if (me.isPending) {
    return (
      <div className="splash">
        <Loading />
      </div>
    );
  }
  if (me.isError) {
    return (
      <div className="splash">
        <ErrorMessage error={me.error}>
          <button type="button" className="btn" onClick={() => void me.refetch()}>
            {t('common.retry')}
          </button>
        </ErrorMessage>
      </div>
    );
  }
  return <LoginPage />;
}
