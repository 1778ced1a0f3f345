// Name, roles, units and (for partner counsellors) the partner organisation
// of a staff member. Shared by the invitation and the edit form so both offer
// exactly the same choices and check them alike.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ROLES, type PartnerOrganisation, type Unit } from '../api/types';
import { CheckboxGroup } from '../ui/CheckboxGroup';
import { FieldError } from '../ui/Alerts';
import { TextField } from '../ui/TextField';
import { useLabels } from '../ui/labels';

export interface StaffDetails {
  displayName: string;
  roles: string[];
  unitIds: string[];
  /** '' when none is chosen; only partner counsellors have one. */
  partnerOrganisationId: string;
}

export interface StaffDetailsErrors {
  displayName?: string;
  roles?: string;
  partnerOrganisationId?: string;
}

export const PARTNER_ROLE = 'partner_counsellor';

/** What the API gets: the organisation for a partner counsellor, none for everyone else. */
export function partnerOrganisationOf(details: StaffDetails): string | null {
  return details.roles.includes(PARTNER_ROLE) && details.partnerOrganisationId ? details.partnerOrganisationId : null;
}

export function checkStaffDetails(details: StaffDetails, t: TFunction): StaffDetailsErrors {
  const errors: StaffDetailsErrors = {};
  if (!details.displayName.trim()) errors.displayName = t('validation.nameRequired');
  if (details.roles.length === 0) errors.roles = t('validation.roleRequired');
  if (details.roles.includes(PARTNER_ROLE) && !details.partnerOrganisationId) errors.partnerOrganisationId = t('validation.partnerOrganisationRequired');
  return errors;
}

interface Props {
  details: StaffDetails;
  onChange: (details: StaffDetails) => void;
  errors: StaffDetailsErrors;
  units: Unit[];
  partners: PartnerOrganisation[];
}

export function StaffDetailsFields({ details, onChange, errors, units, partners }: Props) {
  const { t } = useTranslation();
  const { roleLabel, unitTypeLabel } = useLabels();
  const rolesErrorId = `${useId()}-roles-error`;
  const partnerId = useId();
  const partnerHintId = `${partnerId}-hint`;
  const partnerErrorId = `${partnerId}-error`;
  // As with units: a deactivated organisation stays visible only where it is already set.
  const partnerOptions = partners.filter((partner) => partner.active || partner.id === details.partnerOrganisationId);
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
      {details.roles.includes(PARTNER_ROLE) ? (
        <div className="field">
          <label htmlFor={partnerId}>{t('staff.partnerOrganisation')}</label>
          <p id={partnerHintId} className="hint">
            {partnerOptions.length > 0 ? t('staff.partnerOrganisationHint') : t('staff.noPartnersToChoose')}
          </p>
          <select
            id={partnerId}
            required
            value={details.partnerOrganisationId}
            onChange={(e) => onChange({ ...details, partnerOrganisationId: e.target.value })}
            aria-invalid={errors.partnerOrganisationId ? true : undefined}
            aria-describedby={errors.partnerOrganisationId ? `${partnerHintId} ${partnerErrorId}` : partnerHintId}
          >
            <option value="">{t('common.pleaseChoose')}</option>
            {partnerOptions.map((partner) => (
              <option key={partner.id} value={partner.id}>
                {partner.active ? partner.name : `${partner.name} (${t('common.inactive')})`}
              </option>
            ))}
          </select>
          <FieldError id={partnerErrorId} message={errors.partnerOrganisationId ?? null} />
        </div>
      ) : null}
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
