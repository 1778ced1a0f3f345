// Emergency access with a reason; audited and shown to the data-protection officer.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../ui/FormSection';
import { useSubmission } from '../ui/useSubmission';
import { casesApi } from './api';
import { TextAreaField } from './fields';

export function BreakGlassForm({ caseId, onDone, onCancel }: { caseId: string; onDone: (message: string) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const [reason, setReason] = useState('');
  const { busy, error, run } = useSubmission();
  return (
    <FormSection heading={t('cases.breakGlass.title')} focusHeading error={error} busy={busy} submitLabel={t('cases.breakGlass.confirm')} onCancel={onCancel}
      aboveForm={<p className="alert alert-warning">{t('cases.breakGlass.intro')}</p>}
      onSubmit={() => run(async () => {
        const result = await casesApi.breakGlass(caseId, reason);
        onDone(t('cases.breakGlass.granted', { time: new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(new Date(result.expiresAt)) }));
      })}>
      <TextAreaField label={t('cases.breakGlass.reason')} value={reason} onChange={setReason} maxLength={2000} />
    </FormSection>
  );
}
