import { type i18n } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportEn, exportId } from './export';
import { formsEn, formsId } from './forms';
import { gapsEn, gapsId } from './gaps';
import { needsEn, needsId } from './needs';
import { planningEn, planningId } from './planning';
import { staffEn, staffId } from './staff';
import { stakeholdersEn, stakeholdersId } from './stakeholders';
import { usersEn, usersId } from './users';

// The screens' namespaces. They ship with the signed-in shell, not with the sign-in page, which needs none of them.
export const featuresId = {
  needs: needsId,
  staff: staffId,
  planning: planningId,
  gaps: gapsId,
  stakeholders: stakeholdersId,
  users: usersId,
  export: exportId,
  forms: formsId,
};

export const featuresEn: typeof featuresId = {
  needs: needsEn,
  staff: staffEn,
  planning: planningEn,
  gaps: gapsEn,
  stakeholders: stakeholdersEn,
  users: usersEn,
  export: exportEn,
  forms: formsEn,
};

/** Adds the screens' namespaces, in both languages, to an instance made by createI18n (again is harmless). */
export function addFeatureTranslations(instance: i18n): i18n {
  instance.addResourceBundle('id', 'translation', featuresId, true, true);
  instance.addResourceBundle('en', 'translation', featuresEn, true, true);
  return instance;
}

/** The shell's part: the screens' texts are there before the first screen renders. */
export function useFeatureTranslations(): void {
  const { i18n } = useTranslation();
  useState(() => addFeatureTranslations(i18n));
}
