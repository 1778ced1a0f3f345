// Second login step for accounts that already have a second factor.
import { useTranslation } from 'react-i18next';
import { verifyTotp } from '../api/auth';
import { PageHeading } from '../ui/PageHeading';
import { CodeForm } from './CodeForm';

interface Props {
  onDone: () => Promise<void>;
  onSessionLost: (error: unknown) => void;
  onCancel: () => void;
}

export function TotpStep({ onDone, onSessionLost, onCancel }: Props) {
  const { t } = useTranslation();
  const send = async (code: string) => {
    await verifyTotp(code);
    await onDone();
  };

  return (
    <>
      <PageHeading focusOnMount>{t('totp.title')}</PageHeading>
      <p>{t('totp.intro')}</p>
      <CodeForm
        send={send}
        allowRecoveryCode
        submitLabel={t('totp.submit')}
        busyLabel={t('totp.submitting')}
        onSessionLost={onSessionLost}
        onCancel={onCancel}
      />
    </>
  );
}
