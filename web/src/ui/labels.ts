// Translated names for the server's codes (roles, unit types, staff status).
// Unknown codes are shown as they are rather than hidden, so a newer server
// never makes data disappear from an older client.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isRole, isUnitType, type StaffStatus } from '../api/types';

export function useLabels() {
  const { t } = useTranslation();
  const roleLabel = useCallback((role: string) => (isRole(role) ? t(`roles.${role}`) : role), [t]);
  const unitTypeLabel = useCallback((type: string) => (isUnitType(type) ? t(`unitTypes.${type}`) : type), [t]);
  const staffStatusLabel = useCallback((status: StaffStatus) => t(`staffStatus.${status}`), [t]);
  return { roleLabel, unitTypeLabel, staffStatusLabel };
}
