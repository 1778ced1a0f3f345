// How the register's data reads on screen: names isolated for right-to-left
// scripts, birth dates with their precision, reasons as German sentences.
import { useTranslation } from 'react-i18next';
import type { BirthDate, Reason } from './api';

/** A name inside German text: <bdi> keeps Arabic or Hebrew letters from reordering the sentence around them. */
export function Name({ given, family }: { given: string; family: string }) {
  return <bdi dir="auto">{`${given} ${family}`.trim()}</bdi>;
}

export function useBirthDate() {
  const { t } = useTranslation();
  return (birthDate: BirthDate | null): string => {
    if (!birthDate) return t('people.person.notStated');
    const [year, month, day] = birthDate.date.split('-');
    if (birthDate.precision === 'year') return year ?? '';
    if (birthDate.precision === 'month') return `${month}.${year}`;
    const text = `${day}.${month}.${year}`;
    return birthDate.precision === 'placeholder' ? `${text} (${t('people.placeholderNote')})` : text;
  };
}

const NAMED = new Set(['SAME_NAME', 'NAME_VARIANT', 'NAME_ORIGINAL_SCRIPT', 'KNOWN_ALIAS']);
const LOWERING = new Set(['DIFFERENT_BIRTH_DATE', 'NAME_PARTIAL']);

export function Reasons({ reasons }: { reasons: Reason[] }) {
  const { t } = useTranslation();
  return (
    <ul className="tag-list people-reasons">
      {reasons.map((reason, index) => (
        <li key={`${reason.code}-${index}`} className={LOWERING.has(reason.code) ? 'tag people-reason-down' : 'tag'}>
          {t(`people.reason.${reason.code}` as never, { defaultValue: reason.code })}
          {reason.code === 'SAME_IDENTIFIER' && reason.kind ? ` ${t(`people.identifier.${reason.kind}` as never)}` : null}
          {NAMED.has(reason.code) && reason.name ? (
            <>
              {' „'}
              <bdi dir="auto">{reason.name}</bdi>
              {'“'}
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export const splitCodes = (text: string) =>
  text
    .split(/[,;\s]+/)
    .map((code) => code.trim())
    .filter(Boolean);
