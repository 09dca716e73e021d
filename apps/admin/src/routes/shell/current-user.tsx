import { canWrite, isRole } from '@formasi/core';
import { createContext, useContext, type ReactNode } from 'react';

interface CurrentUser {
  /** Administrators may create, edit and archive; viewers only read. */
  canWrite: boolean;
}

const CurrentUserContext = createContext<CurrentUser>({ canWrite: false });

export function CurrentUserProvider({ roles, children }: { roles: readonly string[]; children: ReactNode }) {
  const value = { canWrite: roles.some((role) => isRole(role) && canWrite(role)) };
  return <CurrentUserContext value={value}>{children}</CurrentUserContext>;
}

/** Whether the signed-in user may change data (the server decides again on every mutation). */
export function useCanWrite(): boolean {
  return useContext(CurrentUserContext).canWrite;
}
