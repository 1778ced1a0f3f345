// Text from the catalogue in the language it is written in. When it differs
// from the page's language (German where a translation is missing), lang and
// dir tell browsers and screen readers how to read and lay it out.
import type { ElementType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  lang: string;
  dir: 'ltr' | 'rtl';
  as?: ElementType;
  className?: string;
  children: ReactNode;
}

export function Localized({ lang, dir, as: Tag = 'span', className, children }: Props) {
  const { i18n } = useTranslation();
  const same = lang === i18n.language;
  return (
    <Tag className={className} lang={same ? undefined : lang} dir={same ? undefined : dir}>
      {children}
    </Tag>
  );
}
