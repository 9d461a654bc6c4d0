import { createContext, useContext } from 'react';
import type { Me, Role } from '@dondoc/schemas';

const CurrentUserContext = createContext<Me | null>(null);

export const CurrentUserProvider = CurrentUserContext.Provider;

/** The signed-in user; only used below the auth gate, which guarantees one. */
export function useCurrentUser(): Me {
  const me = useContext(CurrentUserContext);
  if (!me) throw new Error('useCurrentUser used outside the signed-in app');
  return me;
}

export const canManageDirectives = (role: Role): boolean => role === 'admin' || role === 'staff';
export const canReadAll = (role: Role): boolean => role !== 'unit';
