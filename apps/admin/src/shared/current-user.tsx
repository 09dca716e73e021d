import { canDraftAnalyses, canWrite, isRole } from '@formasi/core';
import { createContext, useContext, type ReactNode } from 'react';

interface CurrentUser {
  /** Administrators may create, edit and archive; viewers only read. */
  canWrite: boolean;
  /** Administrators and unit operators draft needs analyses (operators within their unit: the server decides). */
  canDraftAnalyses: boolean;
}

const CurrentUserContext = createContext<CurrentUser>({ canWrite: false, canDraftAnalyses: false });

export function CurrentUserProvider({ roles, children }: { roles: readonly string[]; children: ReactNode }) {
  const value = {
    canWrite: roles.some((role) => isRole(role) && canWrite(role)),
    canDraftAnalyses: roles.some((role) => isRole(role) && canDraftAnalyses(role)),
  };
  return <CurrentUserContext value={value}>{children}</CurrentUserContext>;
}

/** Whether the signed-in user may change data (the server decides again on every mutation). */
export function useCanWrite(): boolean {
  return useContext(CurrentUserContext).canWrite;
}

/** Whether the signed-in user may start needs analyses (for some unit; each analysis says what the user may do). */
export function useCanDraftAnalyses(): boolean {
  return useContext(CurrentUserContext).canDraftAnalyses;
}
