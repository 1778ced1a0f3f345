// Create or edit one partner organisation (NGO, clinic, housing company, …).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createPartnerOrganisation, updatePartnerOrganisation } from '../api/admin';
import type { PartnerOrganisation } from '../api/types';
import { FormSection } from '../ui/FormSection';
import { TextField } from '../ui/TextField';
import { useSubmission } from '../ui/useSubmission';

interface Props {
  partner?: PartnerOrganisation;
  onSaved: (partner: PartnerOrganisation) => void;
  onCancel?: () => void;
}

type Errors = { name?: string; kind?: string; contactEmail?: string };

export function PartnerForm({ partner, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(partner?.name ?? '');
  const [kind, setKind] = useState(partner?.kind ?? '');
  const [contactEmail, setContactEmail] = useState(partner?.contactEmail ?? '');
  const [fieldErrors, setFieldErrors] = useState<Errors>({});
  const submission = useSubmission();

  const submit = async () => {
    const errors: Errors = {};
    if (!name.trim()) errors.name = t('validation.nameRequired');
    if (!kind.trim()) errors.kind = t('validation.kindRequired');
    const email = contactEmail.trim();
    if (email && !/^\S+@\S+\.\S+$/.test(email)) errors.contactEmail = t('validation.emailInvalid');
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;
    await submission.run(async () => {
      const saved = partner
        ? await updatePartnerOrganisation(partner.id, {
            name: name.trim(),
            kind: kind.trim(),
            contactEmail: email || null,
          })
        : await createPartnerOrganisation({
            name: name.trim(),
            kind: kind.trim(),
            ...(email ? { contactEmail: email } : {}),
          });
      if (!partner) {
        setName('');
        setKind('');
        setContactEmail('');
      }
      onSaved(saved);
    });
  };

  return (
    <FormSection
      heading={partner ? t('partners.editHeading', { name: partner.name }) : t('partners.createHeading')}
      focusHeading={Boolean(partner)}
      error={submission.error}
      busy={submission.busy}
      submitLabel={partner ? t('common.save') : t('partners.create')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <TextField
        label={t('partners.name')}
        value={name}
        onChange={setName}
        error={fieldErrors.name}
        required
        autoComplete="off"
      />
      <TextField
        label={t('partners.kind')}
        hint={t('partners.kindHint')}
        value={kind}
        onChange={setKind}
        error={fieldErrors.kind}
        required
        autoComplete="off"
      />
      <TextField
        label={t('partners.contactEmail')}
        hint={t('common.optional')}
        type="email"
        dir="ltr"
        value={contactEmail}
        onChange={setContactEmail}
        error={fieldErrors.contactEmail}
        autoComplete="off"
      />
    </FormSection>
  );
}
