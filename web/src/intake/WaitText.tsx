// The estimated wait, as the kiosk and the desk say it.
import { useTranslation } from 'react-i18next';

export function WaitText({ before, minutes }: { before: number; minutes: number | null }) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('intake.wait.before', { count: before })}</p>
      <p>{minutes === null ? t('intake.wait.unknown') : t('intake.wait.minutes', { minutes })}</p>
    </>
  );
}
