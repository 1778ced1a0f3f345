// Name, roles and units of a staff member. Shared by the invitation and the
// edit form so both offer exactly the same choices and check them alike.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ROLES, type Unit } from '../api/types';
import { CheckboxGroup } from '../ui/CheckboxGroup';
import { FieldError } from '../ui/Alerts';
import { TextField } from '../ui/TextField';
import { useLabels } from '../ui/labels';

export interface StaffDetails {
  displayName: string;
  roles: string[];
  unitIds: string[];
}

export interface StaffDetailsErrors {
  displayName?: string;
  roles?: string;
}

export function checkStaffDetails(details: StaffDetails, t: TFunction): StaffDetailsErrors {
  const errors: StaffDetailsErrors = {};
  if (!details.displayName.trim()) errors.displayName = t('validation.nameRequired');
  if (details.roles.length === 0) errors.roles = t('validation.roleRequired');
  return errors;
}

interface Props {
  details: StaffDetails;
  onChange: (details: StaffDetails) => void;
  errors: StaffDetailsErrors;
  units: Unit[];
}

export function StaffDetailsFields({ details, onChange, errors, units }: Props) {
  const { t } = useTranslation();
  const { roleLabel, unitTypeLabel } = useLabels();
  const rolesErrorId = `${useId()}-roles-error`;
  // Inactive units stay selectable only if already assigned, so existing
  // assignments are visible and can be removed, but no new ones are made.
  const unitOptions = units
    .filter((unit) => unit.active || details.unitIds.includes(unit.id))
    .map((unit) => ({
      value: unit.id,
      label: unit.name,
      hint: unit.active ? `(${unitTypeLabel(unit.type)})` : `(${unitTypeLabel(unit.type)}, ${t('common.inactive')})`,
    }));
  return (
    <>
      <TextField
        label={t('staff.displayName')}
        value={details.displayName}
        onChange={(displayName) => onChange({ ...details, displayName })}
        error={errors.displayName}
        required
        autoComplete="off"
      />
      <CheckboxGroup
        legend={t('staff.roles')}
        options={ROLES.map((role) => ({ value: role, label: roleLabel(role) }))}
        selected={details.roles}
        onChange={(roles) => onChange({ ...details, roles })}
        invalid={Boolean(errors.roles)}
        errorId={rolesErrorId}
      />
      <FieldError id={rolesErrorId} message={errors.roles ?? null} />
      <CheckboxGroup
        legend={t('staff.units')}
        options={unitOptions}
        selected={details.unitIds}
        onChange={(unitIds) => onChange({ ...details, unitIds })}
        emptyText={t('staff.noUnitsToChoose')}
      />
    </>
  );
}
