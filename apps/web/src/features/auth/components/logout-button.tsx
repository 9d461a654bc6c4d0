import { useNavigate } from '@tanstack/react-router';
import { t } from '../../../i18n/t';
import { useLogout } from '../api/logout';

export function LogoutButton() {
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <button
      type="button"
      className="btn btn-light btn-small"
      disabled={logout.isPending}
      // Back to "/": whoever signs in next starts on their own home page, not on the last user's screen.
      onClick={() => logout.mutate(undefined, { onSettled: () => void navigate({ to: '/' }) })}
    >
      {t('shell.logout')}
    </button>
  );
}
