// "Mitarbeitende einladen": creates the account in status "invited" and shows
// the one-time link the new colleague uses to set a password.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inviteStaff } from '../api/admin';
import type { InvitationCreated, PartnerOrganisation, Unit } from '../api/types';
import { CopyField } from '../ui/CopyField';
import { FormSection } from '../ui/FormSection';
import { TextField } from '../ui/TextField';
import { useSubmission } from '../ui/useSubmission';
import { StaffDetailsFields, checkStaffDetails, partnerOrganisationOf, type StaffDetails, type StaffDetailsErrors } from './StaffDetailsFields';

interface Props {
  units: Unit[];
  partners: PartnerOrganisation[];
  onInvited: (result: InvitationCreated) => void;
}

const EMPTY: StaffDetails = { displayName: '', roles: [], unitIds: [], partnerOrganisationId: '' };

export function StaffInviteForm({ units, partners, onInvited }: Props) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [details, setDetails] = useState<StaffDetails>(EMPTY);
  const [fieldErrors, setFieldErrors] = useState<StaffDetailsErrors & { email?: string }>({});
  const submission = useSubmission();
  const [result, setResult] = useState<InvitationCreated | null>(null);

  const submit = async () => {
    const errors: typeof fieldErrors = checkStaffDetails(details, t);
    if (!email.trim()) errors.email = t('validation.emailRequired');
    else if (!/^\S+@\S+\.\S+$/.test(email.trim())) errors.email = t('validation.emailInvalid');
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;
    setResult(null);
    await submission.run(async () => {
      const created = await inviteStaff({
        email: email.trim(),
        displayName: details.displayName.trim(),
        roles: details.roles,
        unitIds: details.unitIds,
        partnerOrganisationId: partnerOrganisationOf(details),
      });
      setResult(created);
      setEmail('');
      setDetails(EMPTY);
      onInvited(created);
    });
  };

  // The page's only confirmation of the invitation, right next to the link to
  // send. The live region is always there, so screen readers announce the
  // confirmation when it appears.
  const invitationResult = (
    <div role="status">
      {result ? (
        <div className="alert alert-success invitation-result">
          <p>{t('staff.invited', { name: result.staff.displayName })}</p>
          <p>{t('staff.invitationLinkHelp')}</p>
          <CopyField label={t('staff.invitationLink')} value={result.invitationUrl} copyLabel={t('staff.copyLink')} />
        </div>
      ) : null}
    </div>
  );

  return (
    <FormSection
      heading={t('staff.inviteHeading')}
      aboveForm={invitationResult}
      error={submission.error}
      busy={submission.busy}
      submitLabel={t('staff.invite')}
      onSubmit={submit}
    >
      <TextField
        label={t('staff.email')}
        type="email"
        dir="ltr"
        value={email}
        onChange={setEmail}
        error={fieldErrors.email}
        required
        autoComplete="off"
      />
      <StaffDetailsFields details={details} onChange={setDetails} errors={fieldErrors} units={units} partners={partners} />
    </FormSection>
  );
}
