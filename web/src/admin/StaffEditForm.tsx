// Change a staff member's name, roles, units and partner organisation. E-mail
// is the login name and is not changed here.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateStaff } from '../api/admin';
import type { PartnerOrganisation, StaffMember, Unit } from '../api/types';
import { FormSection } from '../ui/FormSection';
import { useSubmission } from '../ui/useSubmission';
import { StaffDetailsFields, checkStaffDetails, partnerOrganisationOf, type StaffDetails, type StaffDetailsErrors } from './StaffDetailsFields';

interface Props {
  member: StaffMember;
  units: Unit[];
  partners: PartnerOrganisation[];
  onSaved: (member: StaffMember) => void;
  onCancel: () => void;
}

export function StaffEditForm({ member, units, partners, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [details, setDetails] = useState<StaffDetails>({
    displayName: member.displayName,
    roles: member.roles,
    unitIds: member.unitIds,
    partnerOrganisationId: member.partnerOrganisation?.id ?? '',
  });
  const [fieldErrors, setFieldErrors] = useState<StaffDetailsErrors>({});
  const submission = useSubmission();

  const submit = async () => {
    const errors = checkStaffDetails(details, t);
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;
    await submission.run(async () => {
      onSaved(
        await updateStaff(member.id, {
          displayName: details.displayName.trim(),
          roles: details.roles,
          unitIds: details.unitIds,
          partnerOrganisationId: partnerOrganisationOf(details),
        }),
      );
    });
  };

  return (
    <FormSection
      heading={t('staff.editHeading', { name: member.displayName })}
      focusHeading
      aboveForm={
        <p className="hint" dir="ltr">
          {member.email}
        </p>
      }
      error={submission.error}
      busy={submission.busy}
      submitLabel={t('common.save')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <StaffDetailsFields details={details} onChange={setDetails} errors={fieldErrors} units={units} partners={partners} />
    </FormSection>
  );
}
