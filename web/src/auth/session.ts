/** The signed-in session as a TanStack Query: null when nobody is signed in. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, setCsrfToken } from '../api/client.ts';
import type { Ability, Me, SessionResponse } from '../api/contracts.ts';
import { authApi } from '../api/endpoints.ts';

export const sessionQueryKey = ['session'] as const;

async function fetchSession(): Promise<SessionResponse | null> {
  try {
    const session = await authApi.me();
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: Infinity, retry: false });
}

/** The current user; only call below <RequireAuth>, which guarantees a session. */
export function useMe(): Me {
  const { data } = useSession();
  if (!data) {
    throw new Error('useMe() outside <RequireAuth>');
  }
  return data.user;
}

export function hasAbility(me: Me, ability: Ability): boolean {
  return me.abilities.includes(ability);
}

/** Stores a fresh session (after login) or clears it (after logout / 401). */
export function useSetSession() {
  const queryClient = useQueryClient();
  return (session: SessionResponse | null) => {
    setCsrfToken(session?.csrfToken ?? null);
    if (!session) {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionQueryKey[0] });
    }
    queryClient.setQueryData(sessionQueryKey, session);
  };
}
